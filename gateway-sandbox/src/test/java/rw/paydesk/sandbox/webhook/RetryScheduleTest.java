package rw.paydesk.sandbox.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetryScheduleTest {

    @Test
    void eachFailedAttemptWaitsLongerUntilTheScheduleRunsOut() {
        RetrySchedule s = RetrySchedule.parse("5, 30,120");
        assertEquals(Optional.of(Duration.ofSeconds(5)), s.after(1));
        assertEquals(Optional.of(Duration.ofSeconds(30)), s.after(2));
        assertEquals(Optional.of(Duration.ofSeconds(120)), s.after(3));
        assertEquals(Optional.empty(), s.after(4));
        assertEquals(4, s.maxAttempts());
    }

    @Test
    void acceptsFractionsOfASecondForTests() {
        assertEquals(Optional.of(Duration.ofMillis(500)), RetrySchedule.parse("0.5").after(1));
    }
}
