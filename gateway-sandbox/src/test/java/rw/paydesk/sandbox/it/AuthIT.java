package rw.paydesk.sandbox.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(SandboxServer.class)
class AuthIT {

    private static Reply token(String body) {
        return Api.postJson(Api.api() + "/api/auth/token", body, null, null);
    }

    private static Reply wallet(String token) {
        return Api.postJson(Api.api() + "/api/wallet", "{\"action\":\"balance\"}", token, null);
    }

    @Test
    void aWrongSecretGets401WithTheErrorFieldTheDocsClientsRead() {
        Reply r = token("{\"account_number\":\"ACC-2322-0001\",\"client_secret\":\"sk_sandbox_wrong\"}");
        assertEquals(401, r.status());
        assertEquals("error", r.string("status"));
        assertEquals("Invalid account number or client secret", r.string("error"));
        assertEquals(401, token("{\"account_number\":\"ACC-9999\",\"client_secret\":\"sk_sandbox_abc123yoursandboxkey\"}").status());
    }

    @Test
    void liveKeysAreRefused() {
        Reply r = token("{\"account_number\":\"ACC-2322-0001\",\"client_secret\":\"sk_live_abc\"}");
        assertEquals(401, r.status());
        assertTrue(r.string("error").contains("sk_live_"));
    }

    @Test
    void missingCredentialsAreAValidationError() {
        Reply r = token("{\"account_number\":\"ACC-2322-0001\"}");
        assertEquals(400, r.status());
        assertEquals("10400", r.string("code"));
        assertEquals("is required", r.errors().getString("client_secret"));
        assertEquals(400, token("not json").status());
    }

    @Test
    void everyOtherEndpointNeedsABearerToken() {
        for (String path : new String[]{"/api/init_payment", "/api/authorize_payment", "/api/init_payout", "/api/wallet",
                "/api/fx-rate", "/api/create-link", "/wallet", "/api-v2/api/create-link"}) {
            Reply none = Api.postJson(Api.api() + path, "{}", null, null);
            assertEquals(401, none.status(), path);
            assertEquals("401", none.string("code"), path);
            assertEquals(401, Api.postJson(Api.api() + path, "{}", "not-a-token", null).status(), path);
        }
        assertEquals(401, Api.getUrl(Api.api() + "/api/banks").status());
        assertEquals(200, Api.getUrl(Api.api() + "/api/public-key").status(), "the public key is for browsers");
    }

    @Test
    void tokensExpireAfterTheirLifetime() {
        String token = new Api().token();
        assertEquals(200, wallet(token).status());
        Api.await("the token to expire", Duration.ofSeconds(SandboxServer.TOKEN_LIFETIME_SECONDS + 5),
                () -> wallet(token).status() == 401);
        assertEquals("Invalid or expired token", wallet(token).string("message"));
    }

    @Test
    void anApiCodeTheAccountHasNotEnabledGets403() {
        Api second = new Api(SandboxServer.SECOND_ACCOUNT, SandboxServer.SECOND_SECRET);
        Reply card = second.post("/api/init_payment", Requests.card("irrelevant", "https://example.com/hook"));
        assertEquals(403, card.status(), card.toString());
        assertEquals("403", card.string("code"));
        Reply payout = second.post("/api/init_payout", Requests.bankPayout(Api.reference("REF"), "https://example.com/hook", 1000, null));
        assertEquals(403, payout.status());
        Reply momo = second.post("/api/init_payment", Requests.momo(Api.reference("MM"), "https://example.com/hook"));
        assertEquals(200, momo.status(), "PAYIN_MOBILE is enabled for the second account");
    }
}
