package rw.paydesk.sandbox.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** State survives a restart: transactions, balances, time-outs of pending prompts and the card key. */
@ExtendWith(SandboxServer.class)
class RestartIT {

    @Test
    void stateSurvivesARestart() {
        Api api = new Api();
        // the balance is compared across the restart: other tests' collections must not land meanwhile
        api.awaitQuietWallet("RWF");
        String done = Api.reference("RST");
        api.post("/api/init_payment", Requests.momo(done, "https://merchant.example/hook").add("simulation", Requests.simulation(null, "approved")));
        assertEquals("successful", api.finalStatus(done));
        String waiting = Api.reference("RSW");
        api.post("/api/init_payment", Requests.momo(waiting, "https://merchant.example/hook"));
        long balance = api.wallet("RWF").getJsonNumber("balance").longValue();
        String publicKey = Api.getUrl(Api.api() + "/api/public-key").string("public_key");
        RwandaPayClient rwandaPay = new RwandaPayClient();
        String idempotencyKey = Api.reference("RESTART-");
        String collect = RwandaPayClient.collect(5000, "0788123456", null, null).build().toString();
        Reply collected = rwandaPay.post("/payments/collect", collect, idempotencyKey, null);
        assertEquals(201, collected.status(), collected.toString());

        SandboxServer.get().restart();

        Api after = new Api();
        assertEquals("successful", after.transaction(done).getString("status"));
        assertEquals(balance, after.wallet("RWF").getJsonNumber("balance").longValue());
        assertEquals(publicKey, Api.getUrl(Api.api() + "/api/public-key").string("public_key"));
        Reply replayed = rwandaPay.post("/payments/collect", collect, idempotencyKey, null);
        assertEquals(collected.text(), replayed.text(), "Rwanda Pay idempotency keys are kept in the database");
        assertEquals("true", replayed.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals("failed", after.finalStatus(waiting), "the clock resumes pending work from the database");
        assertEquals(true, after.transaction(waiting).getString("reason").startsWith("Timed out"));
    }
}
