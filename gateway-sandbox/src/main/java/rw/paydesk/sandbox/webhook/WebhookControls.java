package rw.paydesk.sandbox.webhook;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Webhook tricks a test can ask for: send the next N twice, or hold them to release out of order. */
@ApplicationScoped
public class WebhookControls {

    private final AtomicInteger duplicateNext = new AtomicInteger();
    private final AtomicBoolean holding = new AtomicBoolean();

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
        duplicateNext.set(0);
        holding.set(false);
    }
}
