package rw.paydesk.core.gateway.infrastructure.dgs.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import rw.paydesk.core.gateway.ListedTransaction;
import rw.paydesk.core.gateway.TransactionPage;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DgsWireTransactionListTest {

    private static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }

    @Test
    void the_docs_example_is_read() {
        TransactionPage page = DgsWire.transactionPage(json("""
                {"status":"success","limit":20,"offset":0,"count":1,"transactions":[{"id":102,"direction":"collection",
                "reference":"TXN-2025-0002","currency":"USD","base_amount":100.00,"charged_amount":102.00,"total_fee":2.00,
                "client_net_amount":100.00,"status":"successful","created_at":"2025-01-10 14:21:10",
                "updated_at":"2025-01-10 14:22:02"}]}"""), 20, 0);
        assertEquals(1, page.transactions().size());
        assertTrue(page.isLast());
        ListedTransaction t = page.transactions().get(0);
        assertEquals(102L, t.sequence());
        assertEquals("TXN-2025-0002", t.reference());
        assertEquals(0, new BigDecimal("100").compareTo(t.amount()), "the base amount, not what was charged");
        assertEquals(0, new BigDecimal("2").compareTo(t.fee()));
        assertEquals(Instant.parse("2025-01-10T14:21:10Z"), t.createdAt());
        assertEquals("successful", t.status());
    }

    @Test
    void ids_and_amounts_as_strings_and_a_capped_page_size_are_understood() {
        TransactionPage page = DgsWire.transactionPage(json("""
                {"status":"success","limit":"2","offset":0,"total":7,"transactions":[
                {"id":"9","direction":"disbursement","reference":"PDP1","transaction_id":"trf_9","base_amount":"1000",
                 "total_fee":"500","currency":"RWF","status":"success","created_at":"2026-11-23T07:00:00Z"},
                {"id":"chg_x","reference":"PDC2","base_amount":10,"currency":"RWF","status":"pending"}]}"""), 50, 0);
        assertEquals(2, page.limit(), "the gateway gave pages of 2");
        assertEquals(7L, page.total());
        assertEquals(9L, page.transactions().get(0).sequence());
        assertEquals("trf_9", page.transactions().get(0).transactionId());
        assertEquals(Instant.parse("2026-11-23T07:00:00Z"), page.transactions().get(0).createdAt());
        assertNull(page.transactions().get(1).sequence(), "not a number: no sequence");
    }

    @Test
    void an_answer_without_a_list_is_an_empty_last_page() {
        TransactionPage page = DgsWire.transactionPage(json("{\"status\":\"success\"}"), 50, 100);
        assertTrue(page.transactions().isEmpty());
        assertTrue(page.isLast());
    }
}
