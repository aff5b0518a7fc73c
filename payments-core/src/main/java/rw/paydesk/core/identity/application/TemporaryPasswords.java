package rw.paydesk.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;

/**
 * Generates temporary passwords an administrator can read out or type: 16 characters
 * without look-alikes (no 0/O, 1/l/I), about 92 bits of entropy.
 */
@ApplicationScoped
public class TemporaryPasswords {

    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    public String generate() {
        StringBuilder password = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
