package rw.paydesk.core.webhook.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSecretsTest {

    private static final String CURRENT = "whsec_sandbox_paydesk_local";

    @Test
    void only_the_configured_secret_is_accepted() {
        WebhookSecrets secrets = new WebhookSecrets(CURRENT, "");
        assertTrue(secrets.accepts(CURRENT));
        assertFalse(secrets.accepts("whsec_sandbox_paydesk_locaL"));
        assertFalse(secrets.accepts(CURRENT + " "), "no trimming: the secret is compared byte for byte");
        assertFalse(secrets.accepts(CURRENT.substring(0, 10)), "a prefix is not enough");
        assertFalse(secrets.accepts(""));
        assertFalse(secrets.accepts(null));
    }

    @Test
    void during_a_rotation_the_previous_secret_is_accepted_too() {
        WebhookSecrets secrets = new WebhookSecrets("whsec_new_one_2026", CURRENT);
        assertTrue(secrets.accepts("whsec_new_one_2026"));
        assertTrue(secrets.accepts(CURRENT));
        assertFalse(secrets.accepts("whsec_something_else"));
    }

    @Test
    void with_no_secret_configured_nothing_is_accepted_not_even_an_empty_header() {
        WebhookSecrets none = new WebhookSecrets("", CURRENT);
        assertFalse(none.configured());
        assertFalse(none.accepts(""));
        assertFalse(none.accepts(CURRENT), "a previous secret alone does not open the door");
    }

    @Test
    void comparison_time_does_not_depend_on_how_much_of_the_secret_is_right() {
        WebhookSecrets secrets = new WebhookSecrets(CURRENT, "");
        String nothingRight = "x".repeat(CURRENT.length());
        String almostRight = CURRENT.substring(0, CURRENT.length() - 1) + "x";
        // warm up, then compare the medians of many runs; a short-circuiting comparison would
        // take measurably longer for the guess that shares 26 of 27 characters
        for (int i = 0; i < 20_000; i++) {
            secrets.accepts(nothingRight);
            secrets.accepts(almostRight);
        }
        long wrong = medianNanos(secrets, nothingRight);
        long almost = medianNanos(secrets, almostRight);
        assertTrue(Math.abs(wrong - almost) < Math.max(wrong, almost) / 2 + 2_000,
                "wrong " + wrong + " ns vs almost right " + almost + " ns");
    }

    private static long medianNanos(WebhookSecrets secrets, String guess) {
        long[] runs = new long[2001];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            secrets.accepts(guess);
            runs[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(runs);
        return runs[runs.length / 2];
    }
}
