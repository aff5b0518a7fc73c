import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-loop load on the sandbox's init_payment: requests are started at a fixed rate whatever
 * the answers do, and each latency is measured from the moment its request was due, so a slow
 * server cannot hide its queueing (no coordinated omission).
 *
 * <pre>java InitPaymentLoad.java BASE_URL [RATE_PER_S] [SECONDS] [WARMUP_SECONDS]</pre>
 *
 * Every request is the docs' mobile-money example with its own reference and a simulated
 * approval, so the sandbox also completes the charges and sends their webhooks (to a receiver
 * in this process) while it is measured.
 */
public class InitPaymentLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;

        HttpServer hooks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger webhooks = new AtomicInteger();
        hooks.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            webhooks.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        hooks.setExecutor(Executors.newFixedThreadPool(4));
        hooks.start();
        String callback = "http://127.0.0.1:" + hooks.getAddress().getPort() + "/hook";

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(16)).build();
        String token = token(client, base);

        System.err.printf("warm-up: %d s at %d/s%n", warmup, rate);
        run(client, base, token, callback, rate, warmup, "W");
        System.err.printf("measuring: %d s at %d/s%n", seconds, rate);
        Result r = run(client, base, token, callback, rate, seconds, "B");
        List<Long> l = r.latenciesMicros;
        Collections.sort(l);
        System.out.printf(Locale.ROOT, "requests=%d ok=%d errors=%d achieved_rate=%.1f/s p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms webhooks_received=%d%n",
                r.sent, l.size(), r.errors.get(), r.sent / (double) seconds,
                pct(l, 50), pct(l, 95), pct(l, 99), l.isEmpty() ? 0 : l.get(l.size() - 1) / 1000.0, webhooks.get());
        hooks.stop(0);
        System.exit(r.errors.get() == 0 ? 0 : 1);
    }

    record Result(int sent, List<Long> latenciesMicros, AtomicInteger errors) {
    }

    static Result run(HttpClient client, String base, String token, String callback, int rate, int seconds, String prefix)
            throws InterruptedException {
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
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
            String reference = prefix + runId + "N" + n;
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/dgs/api-v2/api/init_payment"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(reference, callback)))
                    .build();
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long micros = (System.nanoTime() - due) / 1000;
                if (failure == null && response.statusCode() == 200 && response.body().contains("\"status\":\"pending\"")) {
                    latencies.add(micros);
                } else {
                    if (errors.getAndIncrement() < 5) {
                        System.err.println("error: " + (failure != null ? failure : response.statusCode() + " " + response.body()));
                    }
                }
                done.countDown();
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        done.await(seconds + 60L, TimeUnit.SECONDS);
        ticker.shutdownNow();
        return new Result(total, new ArrayList<>(latencies), errors);
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    static String body(String reference, String callback) {
        return "{\"pay_info\":{\"amount\":100,\"currency\":\"RWF\",\"api_code\":\"PAYIN_MOBILE\",\"reference\":\"" + reference
                + "\",\"callback_url\":\"" + callback + "\",\"description\":\"Benchmark\"},"
                + "\"from\":{\"payment_type\":\"mobile_money\",\"provider\":\"MTN\",\"name\":\"John Doe\","
                + "\"email\":\"john@example.com\",\"phone\":\"782589800\",\"country_code\":\"250\"},"
                + "\"metadata\":{\"order_id\":\"12345\"},\"simulation\":{\"context\":\"auth_pin\",\"response\":\"approved\"}}";
    }

    static String token(HttpClient client, String base) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/dgs/api-v2/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"account_number\":\"ACC-2322-0001\",\"client_secret\":\"sk_sandbox_abc123yoursandboxkey\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }
}
