package rw.paydesk.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import rw.paydesk.testsupport.PayaraMicroProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two PayDesk nodes clustered by Payara's Hazelcast data grid (TCP/IP discovery on loopback),
 * on one PostgreSQL, with the gateway sandbox in a server of its own (one gateway for both, as
 * in production). Each node schedules every job; the test shows that the cluster does each
 * job once: one gateway token for both nodes and one renewal per due time, reconciliation
 * and report turns one after another (never one per node), one mail per report period, and a
 * payout sent once whether both nodes are up or the node sending it dies in the middle of
 * the call. A user on the dead node signs in again on the other and finds what they submitted.
 *
 * <p>Node B's address stands in for the load balancer's: it is the public URL the gateway
 * sends webhooks to, and the test never stops it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final ZoneId KIGALI = ZoneId.of("Africa/Kigali");
    /** Reconciliation and report turns: every 2 s on each node; a lease is held 9/10 of that. */
    private static final Duration TURN = Duration.ofSeconds(2);
    /** The sandbox's tokens live 77 s; nodes renew a token due within 5 s + 60 s, so 12 s after it was issued. */
    private static final int TOKEN_LIFETIME_SECONDS = 77;

    private static EmbeddedPostgres postgres;
    private static SmtpCatcher smtp;
    private static PayaraMicroProcess sandbox;
    private static PayaraMicroProcess nodeA;
    private static PayaraMicroProcess nodeB;
    private static int gridA;
    private static int gridB;
    private static String finance;
    private static Instant clusterUp;
    private static final List<Browser> browsers = new ArrayList<>();

    @BeforeAll
    static void startCluster() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        smtp = new SmtpCatcher();
        Path bundle = Path.of(System.getProperty("paydesk.it.bundle", "target/bundle"));
        Path work = Path.of(System.getProperty("paydesk.it.work", "target/it-work")).resolveSibling("it-work-cluster");
        int sandboxPort = PayaraMicroProcess.freePort();
        int portA = PayaraMicroProcess.freePort();
        int portB = PayaraMicroProcess.freePort();
        gridA = PayaraMicroProcess.freePort();
        gridB = PayaraMicroProcess.freePort();
        String gateway = "http://localhost:" + sandboxPort + "/sandbox";
        String balancer = "http://localhost:" + portB;

        CompletableFuture<PayaraMicroProcess> gatewayStarts = CompletableFuture.supplyAsync(() ->
                PayaraMicroProcess.builder(bundle.resolve("payara-micro.jar"))
                        .port(sandboxPort)
                        .deploy(bundle.resolve("sandbox.war"), "/sandbox")
                        .workingDirectory(directory(work.resolve("sandbox")))
                        .env("SANDBOX_PUBLIC_BASE_URL", gateway)
                        .env("SANDBOX_ACCOUNT_ACC_2322_0001_WEBHOOK_URL", balancer + "/api/webhooks/dgs")
                        .env("SANDBOX_TOKEN_LIFETIME_SECONDS", Integer.toString(TOKEN_LIFETIME_SECONDS))
                        .readyPath("/sandbox/control/state")
                        .startTimeout(Duration.ofMinutes(4))
                        .start());
        CompletableFuture<PayaraMicroProcess> aStarts = CompletableFuture.supplyAsync(() ->
                node(bundle, work.resolve("node-a"), portA, gridA, balancer, gateway));
        CompletableFuture<PayaraMicroProcess> bStarts = CompletableFuture.supplyAsync(() ->
                node(bundle, work.resolve("node-b"), portB, gridB, balancer, gateway));
        try {
            sandbox = gatewayStarts.join();
            nodeA = aStarts.join();
            nodeB = bStarts.join();
        } finally {
            // a server that started while another failed is still stopped at the end
            sandbox = sandbox != null ? sandbox : gatewayStarts.getNow(null);
            nodeA = nodeA != null ? nodeA : aStarts.getNow(null);
            nodeB = nodeB != null ? nodeB : bStarts.getNow(null);
        }
        Sandbox.runsAt(gateway);
        clusterUp = Instant.now();

        // a daily summary due at the next whole minute: whichever node's turn finds it due sends it
        finance = "cluster-" + System.nanoTime() + "@kigali-traders.rw";
        Browser admin = browser(nodeA, "admin", "demo-admin-pass");
        ReportMailIT.subscribeDaily(admin, nextWholeMinute(), finance);
    }

    private static PayaraMicroProcess node(Path bundle, Path work, int port, int grid, String balancer, String gateway) {
        return PayDeskServer.configure(PayaraMicroProcess.builder(bundle.resolve("payara-micro.jar")), postgres, balancer, gateway)
                .port(port)
                .deploy(bundle.resolve("ROOT.war"), "/")
                .workingDirectory(directory(work))
                .cluster("paydesk-it-" + gridA, grid, List.of(gridA, gridB))
                .env("PAYDESK_SCHEDULE_TOKEN_REFRESH", "PT5S")
                .env("PAYDESK_SCHEDULE_REPORTS", "PT" + TURN.toSeconds() + "S")
                .env("PAYDESK_MAIL_SMTP_HOST", "127.0.0.1")
                .env("PAYDESK_MAIL_SMTP_PORT", Integer.toString(smtp.port()))
                .env("PAYDESK_MAIL_SMTP_STARTTLS", "false")
                .env("PAYDESK_MAIL_FROM", "PayDesk Reports <reports@kigali-traders.rw>")
                .readyPath("/health")
                .startTimeout(Duration.ofMinutes(5))
                .start();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        browsers.forEach(Browser::close);
        Sandbox.runsAt(null);
        for (PayaraMicroProcess server : new PayaraMicroProcess[] {nodeA, nodeB, sandbox}) {
            if (server != null) {
                server.close();
            }
        }
        if (smtp != null) {
            smtp.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void the_two_nodes_join_one_data_grid() throws Exception {
        waitFor(Duration.ofSeconds(60), () -> joined(nodeA, gridB) || joined(nodeB, gridA),
                "node A and node B in one Hazelcast cluster");
    }

    /**
     * Payara says so in one of two ways: a node that boots after the other prints the grid's
     * status with both members; a node already up logs the other's arrival at its grid port.
     */
    private static boolean joined(PayaraMicroProcess node, int otherGridPort) {
        try {
            String log = Files.readString(node.log());
            return log.contains("DG Name: paydesk-it-" + gridA + " DG Size: 2")
                    || log.lines().anyMatch(l -> l.contains("Data Grid Instance Added") && l.contains("127.0.0.1:" + otherGridPort));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    @Order(2)
    void both_nodes_use_one_gateway_token_and_renew_it_once_per_due_time() throws Exception {
        // every token the gateway gave out stops working; the counters start from zero
        Sandbox.control("/tokens/expire", "{}");
        Sandbox.control("/reset", "{}");
        Instant from = Instant.now();
        waitFor(Duration.ofSeconds(30), () -> Sandbox.tokenRequests() >= 1, "a node asking for a new token");

        // watch three renewal periods (a fixed window: what is counted is what did not happen)
        Duration window = Duration.ofSeconds(36);
        waitFor(window.plusSeconds(5), () -> Instant.now().isAfter(from.plus(window)), "the end of the window");
        int tokens = Sandbox.tokenRequests();
        // both nodes called the gateway in it: their ledger syncs read its list
        assertEquals(2, runsSince("ledger-sync", from).stream().filter(r -> instant(r[1]).isBefore(from.plus(window)))
                .map(r -> r[0]).distinct().count(), "both nodes synced the ledger");
        // one node fetched the first token for both, and one renewal followed every 12 to 17 s (timer of 5 s):
        // at most 4; each node on its own would have asked for 2 at first and 4 to 6 renewals after
        assertTrue(tokens >= 2 && tokens <= 4, "token requests in " + window.toSeconds() + " s by two nodes: " + tokens);
    }

    @Test
    @Order(3)
    void a_payout_approved_on_one_node_while_both_are_up_is_sent_once() throws Exception {
        Sandbox.reset();
        Sandbox.topUp("RWF", 50_000);
        Browser maker = browser(nodeA, "maker", "demo-maker-pass");
        String detail = PayoutsIT.request(maker, "Grace Uwase", "6000", "Cluster: both nodes up", "");
        String reference = maker.text(By.id("reference"));
        Browser approver = browser(nodeB, "approver", "demo-approver-pass");
        approver.open(detail);
        approver.click(By.id("actions:approve"));

        awaitStored(reference, "COMPLETED");
        assertEquals(1, Sandbox.transactions(reference).size(), "the gateway holds it once");
        assertEquals(1, Integer.parseInt(payout(reference, "send_attempts")), "sent by one node, once");
    }

    @Test
    @Order(4)
    void when_the_node_sending_a_payout_dies_mid_call_the_other_finishes_it_and_its_users_sign_in_again() throws Exception {
        Sandbox.reset();
        Sandbox.topUp("RWF", 50_000);
        // work a maker submitted on node A: a payout request waiting for its approvals
        Browser maker = browser(nodeA, "maker", "demo-maker-pass");
        PayoutsIT.request(maker, "Grace Uwase", "5000", "Cluster: submitted before the crash", "");
        String submitted = maker.text(By.id("reference"));

        // an approver on node A approves a payout; the gateway takes it and holds its answer
        Sandbox.control("/faults", "{\"mode\":\"timeout_after_processing\",\"operation\":\"init_payout\",\"hold_ms\":20000}");
        String detail = PayoutsIT.request(maker, "Jean Mugisha", "7000", "Cluster: node dies mid-call", "");
        String midCall = maker.text(By.id("reference"));
        Browser approver = browser(nodeA, "approver", "demo-approver-pass");
        approver.open(detail);
        ((JavascriptExecutor) approver.driver()).executeScript("document.getElementById('actions:approve').click();");
        awaitStored(midCall, "SUBMITTING");
        waitFor(Duration.ofSeconds(10), () -> !Sandbox.transactions(midCall).isEmpty(), "the gateway receiving " + midCall);

        nodeA.kill();

        // node B finds the payout left in the middle, asks the gateway, and settles it without resending
        awaitStored(midCall, "COMPLETED");
        assertEquals(1, Sandbox.transactions(midCall).size(), "the gateway holds it once");
        assertEquals(1, Integer.parseInt(payout(midCall, "send_attempts")), "looked up by node B, not sent again");

        // the maker's next click reaches node B: no session there, so the sign-in page, then their work
        maker.failOverTo(nodeB.baseUrl()).open("/payouts/index.xhtml");
        assertTrue(maker.isPresent(By.id("login:username")), "node B asks the user to sign in: " + maker.path());
        maker.signIn("maker", "demo-maker-pass");
        maker.open("/payouts/index.xhtml");
        String id = payout(submitted, "id");
        assertEquals("awaiting approval", maker.text(By.id("status-" + id)), "the request submitted on node A");
        assertEquals("completed", maker.text(By.id("status-" + payout(midCall, "id"))));
        maker.screenshot("cluster-after-failover");
    }

    @Test
    @Order(5)
    void reconciliation_and_report_turns_run_once_across_the_cluster_and_the_report_is_mailed_once() throws Exception {
        waitFor(Duration.ofMinutes(3), () -> smtp.receivedBy(finance).size() == 1, "the scheduled summary to " + finance);
        Instant mailed = Instant.now();
        // more report turns after it, on whichever node is left: none sends the period again
        waitFor(Duration.ofSeconds(60), () -> runsSince("reports", mailed).size() >= 3, "three report turns after the mail");
        assertEquals(1, smtp.receivedBy(finance).size(), "one mail for the period");
        assertEquals(1, rows("SELECT r.id FROM report_run r JOIN report_subscription s ON s.id = r.subscription_id"
                + " WHERE s.recipients LIKE ?", "%" + finance + "%").size(), "one run for the period");

        Duration minimumGap = TURN.multipliedBy(9).dividedBy(10).minusMillis(50);
        for (String job : List.of("reconciliation", "reports")) {
            List<Object[]> runs = runsSince(job, clusterUp);
            Duration watched = Duration.between(clusterUp, Instant.now());
            // two nodes with a timer every 2 s: one turn per 2 s for the cluster, not two
            long most = watched.toMillis() / minimumGap.toMillis() + 2;
            assertTrue(runs.size() >= 10 && runs.size() <= most, job + " ran " + runs.size() + " times in "
                    + watched.toSeconds() + " s (at most " + most + ")");
            // where the turn passes from one node to the other, the lease kept them 1.8 s apart at least
            for (int i = 1; i < runs.size(); i++) {
                if (runs.get(i - 1)[0].equals(runs.get(i)[0])) {
                    continue;
                }
                Duration gap = Duration.between(instant(runs.get(i - 1)[1]), instant(runs.get(i)[1]));
                assertTrue(gap.compareTo(minimumGap) >= 0, job + " turns of two nodes " + gap.toMillis() + " ms apart");
            }
        }
    }

    // --- helpers ---

    private static Browser browser(PayaraMicroProcess node, String user, String password) {
        Browser b = new Browser(node.baseUrl());
        browsers.add(b);
        b.signIn(user, password);
        return b;
    }

    private static Path directory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HH:mm in Kigali of the next whole minute at least 15 s away (the subscription is saved before it). */
    private static String nextWholeMinute() {
        Instant next = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        if (Duration.between(Instant.now(), next).toSeconds() < 15) {
            next = next.plus(Duration.ofMinutes(1));
        }
        return DateTimeFormatter.ofPattern("HH:mm").format(LocalDateTime.ofInstant(next, KIGALI));
    }

    /** Node and start of each run of {@code job} that started after {@code since}, in order. */
    private static List<Object[]> runsSince(String job, Instant since) {
        return rows("SELECT node, started_at FROM job_run WHERE job = ? AND started_at > ? ORDER BY started_at", job,
                OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC));
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }

    private static void awaitStored(String reference, String status) throws Exception {
        waitFor(Duration.ofSeconds(90), () -> status.equals(payout(reference, "status")),
                "payout " + reference + " " + status + " (it is " + payout(reference, "status") + ")");
    }

    private static String payout(String reference, String column) {
        List<Object[]> found = rows("SELECT " + column + " FROM payout WHERE reference = ?", reference);
        return found.isEmpty() ? null : String.valueOf(found.get(0)[0]);
    }

    private static List<Object[]> rows(String sql, Object... parameters) {
        return Rows.of(postgres.getPostgresDatabase(), sql, parameters);
    }

    /** Polls a condition (a short pause between looks) until it holds or the time runs out. */
    private static void waitFor(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s in vain for " + what + "\nnode A:\n"
                        + (nodeA == null ? "" : nodeA.tail()) + "\nnode B:\n" + (nodeB == null ? "" : nodeB.tail()));
            }
            Thread.sleep(250);
        }
    }
}
