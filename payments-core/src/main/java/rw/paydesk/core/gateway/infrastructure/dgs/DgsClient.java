package rw.paydesk.core.gateway.infrastructure.dgs;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import rw.paydesk.core.gateway.infrastructure.HttpAnswers;
import rw.paydesk.core.gateway.infrastructure.dgs.internal.DgsApi;

import java.util.concurrent.TimeUnit;

/** The Rest Client for DGS-Pay, built once from configuration, with its time-outs. */
@ApplicationScoped
public class DgsClient {

    @Inject
    DgsSettings settings;

    private DgsApi api;

    @PostConstruct
    void build() {
        api = RestClientBuilder.newBuilder()
                .baseUri(settings.baseUri())
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // statuses are the adapter's to interpret, not exceptions thrown by the client
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(DgsApi.class);
    }

    public DgsApi api() {
        return api;
    }

    /** The body as a JSON object, or an empty object when it is empty or not JSON. */
    static JsonObject body(Response response) {
        return HttpAnswers.body(response);
    }
}
