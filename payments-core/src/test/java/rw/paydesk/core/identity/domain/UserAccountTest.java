package rw.paydesk.core.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final LockoutPolicy POLICY = LockoutPolicy.DEFAULT;

    private final UserAccount cut = new UserAccount("Maker", "Moses Maker", "moses@example.rw",
            Set.of(Role.MAKER), "hash", T0);

    @Test
    void the_fifth_wrong_password_locks_for_fifteen_minutes() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(SignInOutcome.BAD_CREDENTIALS, cut.attemptSignIn(() -> false, T0, POLICY));
        }
        assertEquals(SignInOutcome.LOCKED_NOW, cut.attemptSignIn(() -> false, T0, POLICY));
        assertEquals(T0.plus(Duration.ofMinutes(15)), cut.lockedUntil());
    }

    @Test
    void a_locked_account_refuses_the_right_password_without_checking_it() {
        lock();
        AtomicInteger checks = new AtomicInteger();
        SignInOutcome outcome = cut.attemptSignIn(() -> checks.incrementAndGet() > 0, T0.plusSeconds(60), POLICY);
        assertEquals(SignInOutcome.LOCKED, outcome);
        assertEquals(0, checks.get(), "a locked account must not reveal whether a guess was right");
    }

    @Test
    void the_lock_runs_out_after_fifteen_minutes() {
        lock();
        assertEquals(SignInOutcome.LOCKED, cut.attemptSignIn(() -> true, T0.plus(Duration.ofMinutes(14)), POLICY));
        assertEquals(SignInOutcome.SIGNED_IN, cut.attemptSignIn(() -> true, T0.plus(Duration.ofMinutes(15)), POLICY));
        assertEquals(0, cut.failedAttempts());
    }

    @Test
    void after_a_lock_runs_out_one_wrong_password_does_not_lock_again() {
        lock();
        assertEquals(SignInOutcome.BAD_CREDENTIALS, cut.attemptSignIn(() -> false, T0.plus(Duration.ofMinutes(16)), POLICY));
        assertEquals(1, cut.failedAttempts());
    }

    @Test
    void a_right_password_resets_the_count() {
        for (int i = 0; i < 4; i++) {
            cut.attemptSignIn(() -> false, T0, POLICY);
        }
        assertEquals(SignInOutcome.SIGNED_IN, cut.attemptSignIn(() -> true, T0, POLICY));
        assertEquals(SignInOutcome.BAD_CREDENTIALS, cut.attemptSignIn(() -> false, T0, POLICY));
        assertFalse(cut.isLockedAt(T0));
    }

    @Test
    void a_disabled_account_cannot_sign_in() {
        cut.disable();
        assertEquals(SignInOutcome.DISABLED, cut.attemptSignIn(() -> true, T0, POLICY));
    }

    @Test
    void an_administrator_reset_forces_a_new_password_and_lifts_the_lock() {
        lock();
        cut.resetPassword("temporary", T0);
        assertTrue(cut.mustChangePassword());
        assertFalse(cut.isLockedAt(T0));
        cut.changePassword("own", T0);
        assertFalse(cut.mustChangePassword());
    }

    @Test
    void user_names_are_lower_case_and_checked() {
        assertEquals("maker", cut.username());
        assertThrows(IdentityException.class, () -> UserAccount.normalizeUsername("a"));
        assertThrows(IdentityException.class, () -> UserAccount.normalizeUsername("bad name"));
        assertThrows(IdentityException.class, () -> UserAccount.normalizeUsername("<script>"));
    }

    @Test
    void a_user_holds_several_roles_but_at_least_one() {
        cut.assignRoles(Set.of(Role.MAKER, Role.VIEWER));
        assertEquals(Set.of(Role.MAKER, Role.VIEWER), cut.roles());
        assertThrows(IdentityException.class, () -> cut.assignRoles(Set.of()));
    }

    @Test
    void a_bad_email_is_refused_with_the_address_in_the_message() {
        IdentityException e = assertThrows(IdentityException.class, () -> cut.rename("Moses", "not-an-email"));
        assertTrue(e.getMessage().contains("not-an-email"));
    }

    private void lock() {
        for (int i = 0; i < 5; i++) {
            cut.attemptSignIn(() -> false, T0, POLICY);
        }
        assertTrue(cut.isLockedAt(T0));
    }
}
