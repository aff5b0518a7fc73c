package rw.paydesk.payouts.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import rw.paydesk.core.gateway.FxQuote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The FX quotes makers were shown, kept for a few minutes so that the payout they then
 * request is converted, tiered and approved at exactly that quote, never at a figure the
 * browser sent back. Per node: a maker's session stays on one node.
 */
@ApplicationScoped
public class QuoteBook {

    /** How long a quote may be used after it was shown. */
    static final Duration VALIDITY = Duration.ofMinutes(10);

    private record Entry(FxQuote quote, Instant until) {
    }

    private final Map<String, Entry> quotes = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    void keep(String user, FxQuote quote) {
        Instant now = clock.instant();
        quotes.values().removeIf(e -> e.until().isBefore(now));
        quotes.put(key(user, quote.rateId()), new Entry(quote, now.plus(VALIDITY)));
    }

    /** The quote this user was shown under that id, if it is still fresh. */
    Optional<FxQuote> find(String user, String rateId) {
        if (rateId == null) {
            return Optional.empty();
        }
        Entry e = quotes.get(key(user, rateId));
        return e == null || e.until().isBefore(clock.instant()) ? Optional.empty() : Optional.of(e.quote());
    }

    private static String key(String user, String rateId) {
        return user.toLowerCase(Locale.ROOT) + "\n" + rateId;
    }
}
