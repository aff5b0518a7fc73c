package rw.paydesk.sandbox.card;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import rw.paydesk.sandbox.store.Db;
import rw.paydesk.sandbox.store.Rows;

import javax.crypto.Cipher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The sandbox's RSA key pair for card data. Generated at first start and kept in the database,
 * so data encrypted before a restart still decrypts. Clients encrypt with the public key the way
 * JSEncrypt does: RSA with PKCS#1 v1.5 padding, base64 output.
 */
@ApplicationScoped
public class CardKeys {

    public static final String TRANSFORMATION = "RSA/ECB/PKCS1Padding";

    @Inject
    Db db;

    private PublicKey publicKey;
    private PrivateKey privateKey;

    @PostConstruct
    void load() {
        try {
            Optional<String[]> stored = read();
            if (stored.isEmpty()) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                String pub = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
                String priv = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
                try {
                    db.inTransaction(c -> {
                        try (PreparedStatement insert = c.prepareStatement(
                                "INSERT INTO rsa_key (id, public_spki, private_pkcs8, created_at) VALUES (1, ?, ?, ?)")) {
                            return Rows.bind(insert, pub, priv, Instant.now()).executeUpdate();
                        }
                    });
                } catch (Db.StoreException e) {
                    if (!e.isDuplicateKey()) {
                        throw e;
                    }
                }
                stored = read();
            }
            KeyFactory factory = KeyFactory.getInstance("RSA");
            publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(stored.orElseThrow()[0])));
            privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored.orElseThrow()[1])));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up the card encryption key", e);
        }
    }

    private Optional<String[]> read() {
        return db.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT public_spki, private_pkcs8 FROM rsa_key WHERE id = 1")) {
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(new String[]{rs.getString(1), rs.getString(2)}) : Optional.empty();
                }
            }
        });
    }

    /** The public key as PEM ("BEGIN PUBLIC KEY", X.509 SubjectPublicKeyInfo), what JSEncrypt's setPublicKey takes. */
    public String publicKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(publicKey.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** Decrypts base64 RSA/PKCS#1 v1.5 ciphertext, or empty when it is not valid for this key. */
    public Optional<String> decrypt(String base64) {
        try {
            byte[] cipherText = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, privateKey);
            return Optional.of(new String(cipher.doFinal(cipherText), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
