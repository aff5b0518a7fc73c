package rw.paydesk.portal.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.money.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How pages show amounts and times: amounts at their currency's own decimals (RWF and
 * UGX none), times in Kigali.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public static final ZoneId KIGALI = ZoneId.of("Africa/Kigali");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(KIGALI);

    public String money(BigDecimal amount, String currency) {
        return amount == null || currency == null ? "" : Money.rounded(amount, Money.currency(currency)).format();
    }

    @Inject
    Clock clock;

    /** Now, for pages that compare with it (e.g. approvals that still count). */
    public Instant getNow() {
        return clock.instant();
    }

    public String time(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
