package rw.paydesk.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The docs ask for one token per lifetime, not one per call: with fifty people opening
 * pages that call the gateway at the same moment, PayDesk asks for one new token, as the
 * sandbox's counters show.
 */
@ExtendWith(PayDeskServer.class)
class GatewayTokenIT {

    private static final int USERS = 50;

    @Test
    void fifty_users_at_once_cause_one_token_request() throws Exception {
        // fifty people, each signed in in a session of their own
        String[][] accounts = {{"viewer", "demo-viewer-pass"}, {"maker", "demo-maker-pass"},
                {"approver", "demo-approver-pass"}};
        List<HttpClient> sessions = new ArrayList<>();
        for (int user = 0; user < USERS; user++) {
            String[] account = accounts[user % accounts.length];
            sessions.add(signedIn(account[0], account[1]));
        }
        // every token the gateway gave out is now worthless: the next calls are refused with 401
        Sandbox.control("/tokens/expire", "{}");
        Sandbox.control("/reset", "{}");

        List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
        for (int user = 0; user < USERS; user++) {
            HttpClient session = sessions.get(user);
            pages.add(session.sendAsync(HttpRequest.newBuilder(URI.create(PayDeskServer.baseUrl() + "/balances/index.xhtml"))
                    .timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (int user = 0; user < USERS; user++) {
            HttpResponse<String> response = pages.get(user).get();
            String who = accounts[user % accounts.length][0] + " #" + user;
            assertEquals(200, response.statusCode(), who);
            assertTrue(response.body().contains("Withdrawable") && response.body().contains("RWF"),
                    "every user sees the balances");
        }
        assertEquals(1, Sandbox.tokenRequests(), "one token for fifty users");
        assertTrue(Sandbox.apiCalls("wallet") >= USERS, "each page asked the gateway");
    }

    /** An HTTP session signed in through the real sign-in form. */
    static HttpClient signedIn(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String login = client.send(HttpRequest.newBuilder(URI.create(PayDeskServer.baseUrl() + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertTrue(viewState.find(), "the sign-in page carries a view state");
        String form = "login=login&login%3Ausername=" + encode(username) + "&login%3Apassword=" + encode(password)
                + "&login%3Asign-in=&jakarta.faces.ViewState=" + encode(viewState.group(1));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(PayDeskServer.baseUrl() + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(signedIn.uri().getPath().endsWith("/dashboard.xhtml"), "signed in as " + username + ": " + signedIn.uri());
        return client;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
