package rw.paydesk.core.gateway.infrastructure.dgs.internal;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The DGS-Pay mobile-money charges API ({@code …/generation/v2}) as a MicroProfile Rest Client. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface DgsChargesApi {

    @POST
    @Path("charges")
    Response charge(@HeaderParam("X-DGS-API-Key") String apiKey, JsonObject body);
}
