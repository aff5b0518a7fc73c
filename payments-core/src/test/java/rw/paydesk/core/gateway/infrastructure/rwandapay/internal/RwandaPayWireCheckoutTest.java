package rw.paydesk.core.gateway.infrastructure.rwandapay.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import rw.paydesk.core.gateway.CheckoutChannel;
import rw.paydesk.core.gateway.GatewayLink;
import rw.paydesk.core.money.Money;

import java.io.StringReader;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class RwandaPayWireCheckoutTest {

    @Test
    void a_checkout_is_sent_with_our_reference_as_tx_ref_and_the_accounts_webhook_url() {
        JsonObject body = RwandaPayWire.checkout("PDLABCDEF234567", new CheckoutChannel.CheckoutRequest(
                Money.of("2500", "RWF"), null, null, null, "Invoice 7", "https://paydesk.example/",
                "https://paydesk.example/api/webhooks/rwandapay"));

        assertEquals(2500, body.getJsonNumber("amount").longValueExact(), "whole RWF as a JSON integer");
        assertEquals("RWF", body.getString("currency"));
        assertEquals("PDLABCDEF234567", body.getString("tx_ref"));
        assertEquals("https://paydesk.example/", body.getString("redirect_url"));
        assertEquals("https://paydesk.example/api/webhooks/rwandapay", body.getString("webhook_url"));
        assertEquals("Invoice 7", body.getJsonObject("meta").getString("description"));
        assertFalse(body.getJsonObject("customer").containsKey("phone"), "no customer details PayDesk does not have");
    }

    @Test
    void the_answer_gives_the_session_its_page_and_its_expiry() {
        GatewayLink link = RwandaPayWire.checkoutAnswer(json("{\"status\":\"success\",\"data\":{\"session_id\":"
                + "\"CHK-ABC123DEF456\",\"reference\":\"PDLABCDEF234567\",\"payment_url\":"
                + "\"https://pay.rwandapay.rw/checkout/CHK-ABC123DEF456\",\"expires_at\":\"2024-12-15T15:00:00Z\","
                + "\"amount\":5000}}"), Instant.EPOCH);

        assertEquals("CHK-ABC123DEF456", link.token());
        assertEquals("https://pay.rwandapay.rw/checkout/CHK-ABC123DEF456", link.url());
        assertEquals(Instant.parse("2024-12-15T15:00:00Z"), link.expiresAt());
    }

    @Test
    void without_an_expiry_the_documented_thirty_minutes_apply() {
        Instant fallback = Instant.parse("2026-11-23T08:30:00Z");
        GatewayLink link = RwandaPayWire.checkoutAnswer(json("{\"status\":\"success\",\"data\":{\"session_id\":\"CHK-1\","
                + "\"payment_url\":\"https://pay.example/CHK-1\"}}"), fallback);

        assertEquals(fallback, link.expiresAt());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
