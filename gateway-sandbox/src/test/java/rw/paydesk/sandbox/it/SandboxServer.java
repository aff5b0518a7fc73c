package rw.paydesk.sandbox.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import rw.paydesk.testsupport.PayaraMicroProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts Payara Micro with the built sandbox.war once for the whole test JVM (about 20 s) and
 * stops it when the run ends. Timings are shortened so outcomes, time-outs, settlement and
 * webhook retries happen within seconds.
 */
public final class SandboxServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    /** A second account with only PAYIN_MOBILE enabled, for the 403 rule. */
    public static final String SECOND_ACCOUNT = "ACC-TEST-0002";
    public static final String SECOND_SECRET = "sk_sandbox_second_account_key";
    public static final String SECOND_WEBHOOK_SECRET = "whsec_second";
    /** A third account with every API code and no funds. */
    public static final String THIRD_ACCOUNT = "ACC-TEST-0003";
    public static final String THIRD_SECRET = "sk_sandbox_third_account_key";
    /**
     * An account with a default webhook URL, the only webhook target of the charges API: the
     * receiver {@link #accountWebhooks()}, which lives as long as the server.
     */
    public static final String CHARGES_ACCOUNT = "ACC-CHRG-0001";
    public static final String CHARGES_SECRET = "sk_sandbox_charges_account_key";
    public static final String CHARGES_WEBHOOK_SECRET = "whsec_charges";
    /** An account without PAYIN_MOBILE, for the charges API's 403. */
    public static final String CARDS_ONLY_ACCOUNT = "ACC-CHRG-0002";
    public static final String CARDS_ONLY_SECRET = "sk_sandbox_cards_only_key";
    public static final int TOKEN_LIFETIME_SECONDS = 5;
    public static final int MOMO_TIMEOUT_SECONDS = 4;
    public static final int RWANDAPAY_PAYMENT_TIMEOUT_SECONDS = 4;

    private static SandboxServer instance;

    private final Path workDir;
    private final int port;
    private final WebhookReceiver accountWebhooks;
    private PayaraMicroProcess process;

    private SandboxServer() {
        workDir = Path.of(System.getProperty("sandbox.work.dir", "target/it-server"));
        port = PayaraMicroProcess.freePort();
        accountWebhooks = new WebhookReceiver();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (SandboxServer.class) {
            if (instance == null) {
                instance = new SandboxServer();
                instance.start(true);
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(SandboxServer.class.getName(), instance);
            }
        }
    }

    public static SandboxServer get() {
        if (instance == null) {
            throw new IllegalStateException("the sandbox server was not started; use @ExtendWith(SandboxServer.class)");
        }
        return instance;
    }

    private void start(boolean fresh) {
        try {
            if (fresh && Files.exists(workDir)) {
                try (var files = Files.walk(workDir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(workDir);
            // Payara Micro keeps a copy of deployed apps in its root directory; a restart must not
            // deploy that stale copy next to the WAR, so only the data directory is kept.
            Path payaraRoot = workDir.resolve("payara-root");
            if (Files.exists(payaraRoot)) {
                try (var files = Files.walk(payaraRoot)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        process = PayaraMicroProcess.builder(Path.of(required("sandbox.payara.jar")))
                .deploy(Path.of(required("sandbox.war")), "/sandbox")
                .port(port)
                .workingDirectory(workDir)
                .readyPath("/sandbox/")
                .startTimeout(Duration.ofMinutes(3))
                .env("SANDBOX_PUBLIC_BASE_URL", "http://localhost:" + port + "/sandbox")
                .env("SANDBOX_TOKEN_LIFETIME_SECONDS", Integer.toString(TOKEN_LIFETIME_SECONDS))
                .env("SANDBOX_SIMULATION_DELAY_MS", "300")
                .env("SANDBOX_PAYOUT_DELAY_MS", "500")
                .env("SANDBOX_SETTLEMENT_DELAY_SECONDS", "2")
                .env("SANDBOX_MOMO_TIMEOUT_SECONDS", Integer.toString(MOMO_TIMEOUT_SECONDS))
                .env("SANDBOX_WEBHOOK_RETRY_DELAYS_SECONDS", "0.5,1,1")
                .env("SANDBOX_FAULT_TIMEOUT_HOLD_MS", "3000")
                .env("SANDBOX_CLOCK_INTERVAL_MS", "100")
                .env("SANDBOX_ACCOUNTS", "ACC-2322-0001," + SECOND_ACCOUNT + "," + THIRD_ACCOUNT + ","
                        + CHARGES_ACCOUNT + "," + CARDS_ONLY_ACCOUNT)
                .env("SANDBOX_ACCOUNT_ACC_TEST_0002_SECRET", SECOND_SECRET)
                .env("SANDBOX_ACCOUNT_ACC_TEST_0002_WEBHOOK_SECRET", SECOND_WEBHOOK_SECRET)
                .env("SANDBOX_ACCOUNT_ACC_TEST_0002_API_CODES", "PAYIN_MOBILE")
                .env("SANDBOX_ACCOUNT_ACC_TEST_0003_SECRET", THIRD_SECRET)
                .env("SANDBOX_ACCOUNT_ACC_CHRG_0001_SECRET", CHARGES_SECRET)
                .env("SANDBOX_ACCOUNT_ACC_CHRG_0001_WEBHOOK_SECRET", CHARGES_WEBHOOK_SECRET)
                .env("SANDBOX_ACCOUNT_ACC_CHRG_0001_WEBHOOK_URL", accountWebhooks.url())
                .env("SANDBOX_ACCOUNT_ACC_CHRG_0002_SECRET", CARDS_ONLY_SECRET)
                .env("SANDBOX_ACCOUNT_ACC_CHRG_0002_API_CODES", "PAYIN_CARD_LOCAL,PAYIN_CARD_INTL")
                .env("SANDBOX_RWANDAPAY_OUTCOME_DELAY_MS", "300")
                .env("SANDBOX_RWANDAPAY_PAYMENT_TIMEOUT_SECONDS", Integer.toString(RWANDAPAY_PAYMENT_TIMEOUT_SECONDS))
                .env("SANDBOX_RWANDAPAY_WITHDRAWAL_DELAY_MS", "300")
                .env("SANDBOX_RWANDAPAY_SETTLEMENT_DELAY_SECONDS", "3600")
                // The tests poll: the docs' 100 per minute is set back per test through the control API.
                .env("SANDBOX_RWANDAPAY_RATE_LIMIT_PER_MINUTE", "100000")
                .start();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set (run through mvn verify)");
        }
        return value;
    }

    /** Stops the server the way an operator would and starts it again on the same data. */
    public void restart() {
        process.close();
        start(false);
    }

    public String baseUrl() {
        return process.baseUrl() + "/sandbox";
    }

    public String apiUrl() {
        return baseUrl() + "/dgs/api-v2";
    }

    public String rwandaPayUrl() {
        return baseUrl() + "/rwandapay/v1";
    }

    public String log() {
        return process.tail();
    }

    /** The default webhook endpoint of {@link #CHARGES_ACCOUNT}. */
    public WebhookReceiver accountWebhooks() {
        return accountWebhooks;
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
        accountWebhooks.close();
    }
}
