package rw.paydesk.core.gateway.infrastructure.dgs.internal;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The DGS-Pay API v2 as a MicroProfile Rest Client. Every method answers the raw
 * {@link Response} so the adapter, not an exception mapper, decides what each status means.
 */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface DgsApi {

    @POST
    @Path("api/auth/token")
    Response token(JsonObject credentials);

    @POST
    @Path("api/init_payment")
    Response initPayment(@HeaderParam("Authorization") String bearer, JsonObject body);

    @POST
    @Path("api/authorize_payment")
    Response authorizePayment(@HeaderParam("Authorization") String bearer, JsonObject body);

    @POST
    @Path("api/create-link")
    Response createLink(@HeaderParam("Authorization") String bearer, JsonObject body);

    @POST
    @Path("api/wallet")
    Response wallet(@HeaderParam("Authorization") String bearer, JsonObject body);

    @POST
    @Path("api/init_payout")
    Response initPayout(@HeaderParam("Authorization") String bearer, JsonObject body);

    @POST
    @Path("api/fx-rate")
    Response fxRate(@HeaderParam("Authorization") String bearer, JsonObject body);

    @GET
    @Path("api/banks")
    Response banks(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("api/public-key")
    Response publicKey();
}
