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
        String done = Api.reference("RST");
        api.post("/api/init_payment", Requests.momo(done, "https://merchant.example/hook").add("simulation", Requests.simulation(null, "approved")));
        assertEquals("successful", api.finalStatus(done));
        String waiting = Api.reference("RSW");
        api.post("/api/init_payment", Requests.momo(waiting, "https://merchant.example/hook"));
        long balance = api.wallet("RWF").getJsonNumber("balance").longValue();
        String publicKey = Api.getUrl(Api.api() + "/api/public-key").string("public_key");

        SandboxServer.get().restart();

        Api after = new Api();
        assertEquals("successful", after.transaction(done).getString("status"));
        assertEquals(balance, after.wallet("RWF").getJsonNumber("balance").longValue());
        assertEquals(publicKey, Api.getUrl(Api.api() + "/api/public-key").string("public_key"));
        assertEquals("failed", after.finalStatus(waiting), "the clock resumes pending work from the database");
        assertEquals(true, after.transaction(waiting).getString("reason").startsWith("Timed out"));
    }
}
