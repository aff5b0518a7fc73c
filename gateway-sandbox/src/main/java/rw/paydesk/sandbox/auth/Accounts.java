package rw.paydesk.sandbox.auth;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The configured merchant accounts: {@code sandbox.accounts} lists their numbers, and
 * {@code sandbox.account.<number>.secret|webhook-secret|api-codes|name|webhook-url} describe each.
 */
@ApplicationScoped
public class Accounts {

    @Inject
    Config config;

    private final Map<String, Account> byNumber = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        String list = config.getOptionalValue("sandbox.accounts", String.class).orElse("");
        for (String number : list.split(",")) {
            String n = number.trim();
            if (n.isEmpty()) {
                continue;
            }
            String prefix = "sandbox.account." + n + ".";
            String secret = config.getOptionalValue(prefix + "secret", String.class)
                    .orElseThrow(() -> new IllegalStateException("no " + prefix + "secret configured"));
            String webhookSecret = config.getOptionalValue(prefix + "webhook-secret", String.class).orElse("");
            Set<String> codes = config.getOptionalValue(prefix + "api-codes", String.class)
                    .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                            .map(Account::canonicalApiCode).collect(Collectors.toUnmodifiableSet()))
                    .orElse(Account.API_CODES);
            String name = config.getOptionalValue(prefix + "name", String.class).orElse(n);
            Optional<String> webhookUrl = config.getOptionalValue(prefix + "webhook-url", String.class);
            byNumber.put(n, new Account(n, name, secret, webhookSecret, codes, webhookUrl));
        }
    }

    public Optional<Account> find(String number) {
        return Optional.ofNullable(number == null ? null : byNumber.get(number));
    }

    public Account get(String number) {
        return find(number).orElseThrow(() -> new IllegalStateException("unknown account " + number));
    }

    public List<Account> all() {
        return List.copyOf(byNumber.values());
    }

    /** The account whose secret this is, compared in constant time. */
    public Optional<Account> authenticate(String number, String secret) {
        return find(number).filter(a -> sameSecret(a, secret));
    }

    /**
     * The account whose secret this is, for APIs that take the secret alone as an API key (the
     * charges API's X-DGS-API-Key). Every account is compared, so the time taken says nothing.
     */
    public Optional<Account> withSecret(String secret) {
        Account found = null;
        for (Account a : byNumber.values()) {
            if (sameSecret(a, secret) && found == null) {
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean sameSecret(Account account, String secret) {
        return MessageDigest.isEqual(account.secret().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }
}
