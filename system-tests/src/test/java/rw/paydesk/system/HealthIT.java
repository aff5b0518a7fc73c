package rw.paydesk.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a load balancer or an orchestrator sees, without signing in. */
@ExtendWith(PayDeskServer.class)
class HealthIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void health_is_up_with_the_database_check_inside() throws Exception {
        HttpResponse<String> response = get("/health");
        assertEquals(200, response.statusCode());
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("UP", body.getString("status"));
        JsonObject database = body.getJsonArray("checks").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertEquals("PostgreSQL", database.getJsonObject("data").getString("product"),
                "the system tests run PayDesk on PostgreSQL, set by environment variables only");
    }

    @Test
    void readiness_and_liveness_answer_too() throws Exception {
        assertEquals(200, get("/health/ready").statusCode());
        assertEquals(200, get("/health/live").statusCode());
    }

    @Test
    void a_protected_page_sends_an_anonymous_caller_to_sign_in() throws Exception {
        HttpResponse<String> response = get("/admin/users.xhtml");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(PayDeskServer.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
