package rw.paydesk.sandbox.webhook;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookControlsTest {

    @Test
    void exactlyTheNextNWebhooksAreDropped() {
        WebhookControls controls = new WebhookControls();
        controls.dropNext(2);
        assertTrue(controls.takeDrop());
        assertEquals(1, controls.dropsLeft());
        assertTrue(controls.takeDrop());
        assertFalse(controls.takeDrop());
        assertEquals(0, controls.dropsLeft());
    }

    @Test
    void clearEndsEveryTrick() {
        WebhookControls controls = new WebhookControls();
        controls.dropNext(3);
        controls.duplicateNext(2);
        controls.hold(true);
        controls.clear();
        assertEquals(0, controls.dropsLeft());
        assertEquals(0, controls.duplicatesLeft());
        assertFalse(controls.holding());
        assertFalse(controls.takeDrop());
    }
}
