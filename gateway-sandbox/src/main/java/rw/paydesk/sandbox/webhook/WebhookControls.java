package rw.paydesk.sandbox.webhook;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Webhook tricks a test can ask for: drop the next N (lost on the way), send the next N twice, or
 * hold them to release out of order. Dropping comes first: a dropped webhook uses up neither a
 * duplicate nor the hold, which apply to the next webhooks that are actually sent.
 */
@ApplicationScoped
public class WebhookControls {

    private final AtomicInteger dropNext = new AtomicInteger();
    private final AtomicInteger duplicateNext = new AtomicInteger();
    private final AtomicBoolean holding = new AtomicBoolean();

    public void dropNext(int count) {
        dropNext.set(Math.max(0, count));
    }

    /** True (and one fewer left) when the next webhook must be lost instead of sent. */
    boolean takeDrop() {
        return dropNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    public int dropsLeft() {
        return dropNext.get();
    }

    public void duplicateNext(int count) {
        duplicateNext.set(Math.max(0, count));
    }

    /** True (and one fewer left) when the next webhook must be sent twice. */
    boolean takeDuplicate() {
        return duplicateNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    public int duplicatesLeft() {
        return duplicateNext.get();
    }

    public void hold(boolean hold) {
        holding.set(hold);
    }

    public boolean holding() {
        return holding.get();
    }

    public void clear() {
        dropNext.set(0);
        duplicateNext.set(0);
        holding.set(false);
    }
}
