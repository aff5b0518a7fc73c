package rw.paydesk.core.gateway.infrastructure.dgs.internal;

import org.junit.jupiter.api.Test;
import rw.paydesk.core.gateway.Payee;
import rw.paydesk.core.gateway.PayoutInstruction;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.core.party.Reference;

import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DgsWirePayoutTest {

    @Test
    void a_mobile_payout_names_the_wallet_as_the_docs_do_digits_with_the_country_code() {
        PayoutInstruction instruction = new PayoutInstruction(new Reference("PDR123456789ABC"), Money.of("15000", "RWF"),
                Currency.getInstance("RWF"), null, "Salary", Payee.mobile(PhoneNumber.parse(Country.RW, "0788 123 456"),
                "MTN", "Jean", "Mugisha", null), "https://paydesk.example/api/webhooks/dgs", null);
        var mobile = DgsWire.payout(instruction).getJsonObject("to").getJsonObject("mobile_money");
        assertEquals("250788123456", mobile.getString("phone_number"));
        assertEquals("RW", mobile.getString("country"));
    }
}
