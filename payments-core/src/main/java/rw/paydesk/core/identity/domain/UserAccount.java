package rw.paydesk.core.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in to PayDesk. The account knows its own lockout rule: the service
 * only tells it what happened and when.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "select u from UserAccount u order by u.username")
@NamedQuery(name = UserAccount.COUNT, query = "select count(u) from UserAccount u")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String ALL = "UserAccount.all";
    public static final String COUNT = "UserAccount.count";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 64)
    private String username;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String fullName, String email, Collection<Role> roles,
                       String passwordHash, Instant now) {
        this.username = normalizeUsername(username);
        rename(fullName, email);
        assignRoles(roles);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    /** Lower-cased and checked: 2–64 of a–z, 0–9, dot, hyphen, underscore, starting with a letter or digit. */
    public static String normalizeUsername(String username) {
        String normalized = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(normalized).matches()) {
            throw new IdentityException("A user name has 2 to 64 characters: letters, digits, '.', '-' or '_'.");
        }
        return normalized;
    }

    public void rename(String fullName, String email) {
        String name = fullName == null ? "" : fullName.trim();
        if (name.isEmpty() || name.length() > 120) {
            throw new IdentityException("The full name is required (at most 120 characters).");
        }
        String mail = email == null || email.isBlank() ? null : email.trim();
        if (mail != null && (mail.length() > 254 || !EMAIL.matcher(mail).matches())) {
            throw new IdentityException("'" + mail + "' is not an email address.");
        }
        this.fullName = name;
        this.email = mail;
    }

    public void assignRoles(Collection<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IdentityException("A user needs at least one role.");
        }
        this.roles = new HashSet<>(EnumSet.copyOf(newRoles));
    }

    /**
     * Decides a sign-in attempt. {@code passwordMatches} is only consulted when the account
     * is usable, so a locked account does not reveal whether a guess was right.
     */
    public SignInOutcome attemptSignIn(java.util.function.BooleanSupplier passwordMatches, Instant now,
                                       LockoutPolicy policy) {
        if (!enabled) {
            return SignInOutcome.DISABLED;
        }
        if (isLockedAt(now)) {
            return SignInOutcome.LOCKED;
        }
        if (passwordMatches.getAsBoolean()) {
            failedAttempts = 0;
            lockedUntil = null;
            lastLoginAt = now;
            return SignInOutcome.SIGNED_IN;
        }
        if (lockedUntil != null) {
            // an earlier lock has run out: count afresh
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= policy.maxFailedAttempts()) {
            lockedUntil = now.plus(policy.lockDuration());
            return SignInOutcome.LOCKED_NOW;
        }
        return SignInOutcome.BAD_CREDENTIALS;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** An administrator lifts a lock before it runs out. */
    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** The user chose a new password themselves. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
    }

    /** An administrator set a temporary password: the user must choose their own at next sign-in. */
    public void resetPassword(String temporaryHash, Instant now) {
        changePassword(temporaryHash, now);
        this.mustChangePassword = true;
        unlock();
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
