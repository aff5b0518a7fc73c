import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open-loop load on PayDesk's webhook endpoint, as the gateway would deliver: requests start at
 * a fixed rate whatever the answers do, and each latency counts from the moment its request was
 * due, so queueing in the server shows (no coordinated omission).
 *
 * <pre>java WebhookLoad.java BASE_URL [RATE_PER_S] [SECONDS] [WARMUP_SECONDS]</pre>
 *
 * Each request is a collection webhook as the sandbox sends it, with its own reference; every
 * tenth is a redelivery of the one before under a new delivery id, which PayDesk must answer
 * 200 as a duplicate. The secret is PAYDESK_GATEWAY_WEBHOOK_SECRET, or the sandbox default.
 */
public class WebhookLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "");
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        String secret = System.getenv().getOrDefault("PAYDESK_GATEWAY_WEBHOOK_SECRET", "whsec_sandbox_paydesk_local");

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(16)).build();

        System.err.printf("warm-up: %d s at %d/s%n", warmup, rate);
        run(client, base, secret, rate, warmup, "W");
        System.err.printf("measuring: %d s at %d/s%n", seconds, rate);
        Result r = run(client, base, secret, rate, seconds, "B");
        List<Long> l = r.latenciesMicros;
        Collections.sort(l);
        System.out.printf(Locale.ROOT,
                "requests=%d ok=%d errors=%d achieved_rate=%.1f/s p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms answers=%s%n",
                r.sent, l.size(), r.errors.get(), r.sent / (double) seconds,
                pct(l, 50), pct(l, 95), pct(l, 99), l.isEmpty() ? 0 : l.get(l.size() - 1) / 1000.0, r.answers);
        System.exit(r.errors.get() == 0 ? 0 : 1);
    }

    record Result(int sent, List<Long> latenciesMicros, AtomicInteger errors, Map<String, Integer> answers) {
    }

    static Result run(HttpClient client, String base, String secret, int rate, int seconds, String prefix)
            throws InterruptedException {
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long runId = System.currentTimeMillis() % 100_000_000L;
        AtomicInteger i = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            int n = i.getAndIncrement();
            if (n >= total) {
                return;
            }
            long due = start + n * periodNanos;
            // every tenth delivery repeats the event before it, as a gateway retry would
            int eventNumber = n % 10 == 9 ? n - 1 : n;
            String reference = prefix + runId + "N" + eventNumber;
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/webhooks/dgs"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("DGS-Webhook-Secret", secret)
                    .header("DGS-Webhook-Id", prefix + runId + "D" + n)
                    .POST(HttpRequest.BodyPublishers.ofString(body(reference, 100_000 + eventNumber)))
                    .build();
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long micros = (System.nanoTime() - due) / 1000;
                String answer = failure != null ? "failure" : response.statusCode() + " " + status(response.body());
                answers.merge(answer, 1, Integer::sum);
                if (failure == null && response.statusCode() == 200) {
                    latencies.add(micros);
                } else if (errors.getAndIncrement() < 5) {
                    System.err.println("error: " + (failure != null ? failure : response.statusCode() + " " + response.body()));
                }
                done.countDown();
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        done.await(seconds + 60L, TimeUnit.SECONDS);
        ticker.shutdownNow();
        return new Result(total, new ArrayList<>(latencies), errors, new java.util.TreeMap<>(answers));
    }

    static String status(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"status\":\"([^\"]+)\"").matcher(body);
        return m.find() ? m.group(1) : "?";
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    static String body(String reference, int transactionId) {
        return "{\"event\":\"transaction.completed\",\"status\":\"successful\",\"direction\":\"collection\","
                + "\"payment_type\":\"mobile_money\",\"reference\":\"" + reference + "\",\"tx_ref\":\"DGS" + transactionId
                + "\",\"transaction_id\":" + transactionId + ",\"amount\":1500,\"currency\":\"RWF\",\"fee\":30,"
                + "\"charged_amount\":1500,\"net_amount\":1470,\"network\":\"MTN\","
                + "\"customer\":{\"name\":\"John Doe\",\"phone\":\"250782589800\"},\"metadata\":{\"order_id\":\"12345\"},"
                + "\"created_at\":\"2026-11-23T08:00:00Z\",\"updated_at\":\"2026-11-23T08:00:05Z\"}";
    }
}
