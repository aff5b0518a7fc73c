package rw.paydesk.core.platform;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** A setting that lists pauses, such as {@code PT1M, PT5M, PT1H}: back-off schedules. */
public final class DurationList {

    private DurationList() {
    }

    /**
     * The durations in the text, in order.
     *
     * @param key  the setting's key, for the message when the text is wrong
     * @throws IllegalStateException when a duration is not ISO-8601, not positive, or when none
     *                               is given though {@code required}
     */
    public static List<Duration> parse(String key, String text, boolean required) {
        List<Duration> delays;
        try {
            delays = Arrays.stream(text == null ? new String[0] : text.split(",")).map(String::trim)
                    .filter(s -> !s.isEmpty()).map(Duration::parse).toList();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(key + " must list ISO-8601 durations, e.g. PT1M, PT5M: " + e.getParsedString());
        }
        if ((required && delays.isEmpty()) || delays.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalStateException(key + " must list positive durations, e.g. PT1M, PT5M");
        }
        return delays;
    }
}
