package rw.paydesk.core.gateway.infrastructure.rwandapay.internal;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Rwanda Pay API v1 as a MicroProfile Rest Client. Every method answers the raw
 * {@link Response}: the adapter decides what each status means (429 above all).
 */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface RwandaPayApi {

    String AUTHORIZATION = "Authorization";
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @POST
    @Path("payments/collect")
    Response collect(@HeaderParam(AUTHORIZATION) String bearer, @HeaderParam(IDEMPOTENCY_KEY) String key, JsonObject body);

    @GET
    @Path("payments/{reference}")
    Response payment(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("reference") String reference);

    @POST
    @Path("payments/{reference}/refund")
    Response refund(@HeaderParam(AUTHORIZATION) String bearer, @HeaderParam(IDEMPOTENCY_KEY) String key,
                    @PathParam("reference") String reference, JsonObject body);

    @POST
    @Path("checkout/initialize")
    Response checkout(@HeaderParam(AUTHORIZATION) String bearer, @HeaderParam(IDEMPOTENCY_KEY) String key, JsonObject body);

    @POST
    @Path("withdrawals")
    Response withdraw(@HeaderParam(AUTHORIZATION) String bearer, @HeaderParam(IDEMPOTENCY_KEY) String key, JsonObject body);

    @GET
    @Path("withdrawals/{reference}")
    Response withdrawal(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("reference") String reference);

    @GET
    @Path("balance")
    Response balance(@HeaderParam(AUTHORIZATION) String bearer);
}
