package rw.paydesk.sandbox.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A merchant's webhook endpoint in the test: records every POST and answers the statuses it is told to. */
public final class WebhookReceiver implements AutoCloseable {

    /** One received webhook, with its raw body and headers (names in lower case) for signature checks. */
    public record Received(String secret, JsonObject body, int answeredWith, String raw, Map<String, String> headers) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Integer> answers = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int n = calls.getAndIncrement();
            try {
                Thread.sleep(delay.toMillis()); // a slow merchant endpoint, on purpose
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int status = n < answers.size() ? answers.get(n) : 200;
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            received.add(new Received(exchange.getRequestHeaders().getFirst("DGS-Webhook-Secret"),
                    Json.createReader(new StringReader(body)).readObject(), status, body, headers));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The statuses to answer the first calls with (then 200). */
    public WebhookReceiver answering(Integer... statuses) {
        answers.addAll(List.of(statuses));
        return this;
    }

    /**
     * The statuses to answer the next calls with, counted from now (then 200), for a receiver that
     * has been in use already.
     */
    public synchronized WebhookReceiver answeringNext(Integer... statuses) {
        while (answers.size() < calls.get()) {
            answers.add(200);
        }
        answers.addAll(List.of(statuses));
        return this;
    }

    /** Answers every call only after this long, like an overloaded merchant server. */
    public WebhookReceiver delaying(Duration delay) {
        this.delay = delay;
        return this;
    }

    /** How many calls have arrived, answered or not. */
    public int calls() {
        return calls.get();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Received> all() {
        return new ArrayList<>(received);
    }

    public List<Received> about(String reference) {
        return received.stream().filter(r -> reference.equals(r.body().getString("reference", null))
                || r.body().get("data") instanceof JsonObject data && reference.equals(data.getString("reference", null))).toList();
    }

    /** Waits until a webhook about the reference matching the condition has arrived and returns it. */
    public Received await(String reference, Predicate<Received> condition) {
        Api.await("a webhook about " + reference, Duration.ofSeconds(15),
                () -> about(reference).stream().anyMatch(condition));
        return about(reference).stream().filter(condition).findFirst().orElseThrow();
    }

    public Received awaitAccepted(String reference) {
        return await(reference, r -> r.answeredWith() / 100 == 2);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
