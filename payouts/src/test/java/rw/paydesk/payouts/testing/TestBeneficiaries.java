package rw.paydesk.payouts.testing;

import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.payouts.beneficiary.domain.Beneficiary;

import java.lang.reflect.Field;
import java.time.Instant;

/** Test data: beneficiaries as a service would hand them to a payout, saved and approved. */
public final class TestBeneficiaries {

    private TestBeneficiaries() {
    }

    /** Jean Uwase's MTN wallet, entered by "clerk", approved by "checker" at {@code approvedAt}. */
    public static Beneficiary approvedMobile(long id, Instant approvedAt) {
        Beneficiary b = Beneficiary.mobile(PhoneNumber.parse(Country.RW, "0788 123 456"), "MTN", "Jean", "Uwase",
                null, "clerk", approvedAt.minusSeconds(3600));
        b.approve("checker", approvedAt);
        return withId(b, id);
    }

    /** Access Bank account of Aline Mukamana, approved at {@code approvedAt}. */
    public static Beneficiary approvedBank(long id, Instant approvedAt) {
        Beneficiary b = Beneficiary.bank("access_rwanda", "Access Bank Rwanda", "18287377638728", "Aline", "Mukamana",
                "aline@example.rw", "clerk", approvedAt.minusSeconds(3600));
        b.approve("checker", approvedAt);
        return withId(b, id);
    }

    /** As if saved: the database gives the id, which a payout refers to. */
    public static Beneficiary withId(Beneficiary b, long id) {
        try {
            Field field = Beneficiary.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(b, id);
            return b;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
