package rw.paydesk.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import rw.paydesk.testsupport.PayaraMicroProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The system under test: the real bundle (portal at {@code /}, sandbox at {@code /sandbox})
 * in one Payara Micro, on an embedded PostgreSQL, started once for all system tests of the
 * run and stopped when the run ends.
 *
 * <p>To test a server that is already running (while developing), pass
 * {@code -Dpaydesk.it.base-url=http://localhost:8080}; then nothing is started.
 */
public final class PayDeskServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static PayDeskServer running;

    private EmbeddedPostgres postgres;
    private PayaraMicroProcess payara;
    private String baseUrl;
    private Path bundle;
    private Path work;

    /** {@code http://localhost:PORT}, no trailing slash. */
    public static String baseUrl() {
        if (running == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(PayDeskServer.class)");
        }
        return running.baseUrl;
    }

    /** The server's console output, when this run started the server. */
    public static java.util.Optional<String> serverLog() {
        if (running == null || running.payara == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.nio.file.Files.readString(running.payara.log()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (PayDeskServer.class) {
            if (running == null) {
                PayDeskServer server = new PayDeskServer();
                server.start();
                running = server;
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(PayDeskServer.class.getName(), server);
            }
        }
    }

    private void start() throws Exception {
        String external = System.getProperty("paydesk.it.base-url");
        if (external != null && !external.isBlank()) {
            baseUrl = external.replaceAll("/+$", "");
            return;
        }
        bundle = Path.of(System.getProperty("paydesk.it.bundle", "target/bundle"));
        work = Files.createDirectories(Path.of(System.getProperty("paydesk.it.work", "target/it-work")));
        postgres = EmbeddedPostgres.builder().start();
        payara = launch(PayaraMicroProcess.freePort());
        baseUrl = payara.baseUrl();
    }

    private PayaraMicroProcess launch(int port) {
        String root = "http://localhost:" + port;
        return configure(PayaraMicroProcess.builder(bundle.resolve("payara-micro.jar")), postgres, root, root + "/sandbox")
                .port(port)
                .deploy(bundle.resolve("ROOT.war"), "/")
                .deploy(bundle.resolve("sandbox.war"), "/sandbox")
                .workingDirectory(work)
                // the charges API has no callback field: the sandbox account's default webhook address
                .env("SANDBOX_ACCOUNT_ACC_2322_0001_WEBHOOK_URL", root + "/api/webhooks/dgs")
                .env("SANDBOX_PUBLIC_BASE_URL", root + "/sandbox")
                .readyPath("/health", "/sandbox/control/state")
                .startTimeout(Duration.ofMinutes(4))
                .start();
    }

    /**
     * PayDesk's settings in the system tests: the database, its public address {@code root}, the
     * gateway sandbox at {@code sandbox} ({@code http://localhost:PORT/sandbox}), and job
     * intervals short enough for a test to watch them work.
     */
    static PayaraMicroProcess.Builder configure(PayaraMicroProcess.Builder builder, EmbeddedPostgres database, String root,
                                                String sandbox) {
        return builder
                .env("PAYDESK_DB_CLASS_NAME", "org.postgresql.ds.PGSimpleDataSource")
                .env("PAYDESK_DB_URL", database.getJdbcUrl("postgres", "postgres"))
                .env("PAYDESK_DB_USER", "postgres")
                .env("PAYDESK_DB_PASSWORD", "postgres")
                .env("PAYDESK_PUBLIC_URL", root + "/")
                .env("PAYDESK_GATEWAY_BASE_URL", sandbox + "/dgs/api-v2")
                .env("PAYDESK_DGS_CHARGES_BASE_URL", sandbox + "/dgs/generation/v2")
                .env("PAYDESK_RWANDAPAY_BASE_URL", sandbox + "/rwandapay/v1")
                // a rate-limited call may wait out a whole minute's window, and then its turn
                .env("PAYDESK_RWANDAPAY_MAX_THROTTLE_WAIT", "PT150S")
                // short enough for a test to see a time-out become UNKNOWN without waiting half a minute
                .env("PAYDESK_GATEWAY_READ_TIMEOUT", "PT4S")
                // payouts: a quick sweep and status checks, so tests see waiting and unknown payouts settle
                .env("PAYDESK_PAYOUTS_SWEEP_INTERVAL", "PT1S")
                .env("PAYDESK_PAYOUTS_STATUS_CHECK_DELAYS", "PT2S, PT3S")
                .env("PAYDESK_PAYOUTS_RESEND_AFTER", "PT10S")
                // reconciliation: a turn every 2 s; an open charge is first asked about after 20 s
                // (so tests that look at a fresh UNKNOWN charge see it), then every 2 s
                .env("PAYDESK_SCHEDULE_RECONCILIATION", "PT2S")
                .env("PAYDESK_RECONCILIATION_CHECK_DELAYS", "PT20S, PT2S")
                // a difference is an exception once it has lasted 15 s
                .env("PAYDESK_RECONCILIATION_EXCEPTION_AFTER", "PT15S")
                // the ledger takes in the gateway's new transactions every few seconds
                .env("PAYDESK_SCHEDULE_LEDGER_SYNC", "PT3S");
    }

    /**
     * Kills the server as a crashed node dies (no shutdown), then starts it again on the same
     * port, database and working directory (the sandbox keeps its state there).
     */
    public static void crashAndRestart() {
        PayDeskServer server = requireStarted();
        int port = server.payara.port();
        server.payara.kill();
        server.payara = server.launch(port);
    }

    /** A connection to PayDesk's database, for tests that must look at what is stored. */
    public static java.sql.Connection database() throws java.sql.SQLException {
        return requireStarted().postgres.getPostgresDatabase().getConnection();
    }

    private static PayDeskServer requireStarted() {
        if (running == null || running.payara == null) {
            throw new IllegalStateException("this test needs the server this run starts (not -Dpaydesk.it.base-url)");
        }
        return running;
    }

    @Override
    public void close() throws Exception {
        if (payara != null) {
            payara.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
