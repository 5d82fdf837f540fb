package org.techbridge.deal.payment;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbridge.deal.deal.DealView;
import org.techbridge.deal.idempotency.IdempotentRequests;
import org.techbridge.platform.security.Caller;
import org.techbridge.platform.web.Ids;
import org.techbridge.platform.web.Responses;

@RolesAllowed({ Caller.BROKER, Caller.INSTITUTION, Caller.ENTERPRISE })
@Path("/api/v1/deals/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Payments against a signed plan, sales under a royalty, the end of a trial")
public class PaymentResource {

    private final PaymentService payments;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    PaymentResource(PaymentService payments, IdempotentRequests idempotent, Caller caller) {
        this.payments = payments;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Path("/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was first used with another body",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(summary = "Record a payment (SIGNED or IN_EXECUTION deals)", description = "At most what is "
            + "outstanding, in the deal's currency, not dated in the future. With an Idempotency-Key, a retry "
            + "returns the first answer and records nothing new.")
    public Response record(@PathParam("id") String id,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "first instalment", value = "{\"amount\": {\"amount\": \"1000000.00\", \"currency\": "
                            + "\"CNY\"}, \"paidOn\": \"2026-01-30\", \"reference\": \"HT-2026-0042\"}")))
            @Valid @NotNull PaymentRequest request) {
        var dealId = Ids.parse(id, "id");
        String actor = caller.name();
        return idempotent.once("POST /api/v1/deals/" + dealId + "/payments", idempotencyKey, request, () -> {
            PaymentView payment = payments.record(dealId, request, actor);
            return new IdempotentRequests.Created(URI.create("/api/v1/deals/" + dealId + "/payments"), payment, null);
        });
    }

    @GET
    @Path("/payments")
    @Operation(summary = "The payments of a deal and its balance")
    public PaymentsView list(@PathParam("id") String id) {
        return payments.list(Ids.parse(id, "id"));
    }

    @POST
    @Path("/sales")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The deal with its new balance", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DealView.class)))
    @Operation(summary = "Report sales under a ROYALTY plan", description = "The royalty rate applies to the sales; "
            + "what falls short of the minimum (the amount) by dueOn is due then.")
    public Response reportSales(@PathParam("id") String id, @Valid @NotNull SalesReportRequest request) {
        return Responses.ok(payments.reportSales(Ids.parse(id, "id"), request, caller.name()));
    }

    @POST
    @Path("/usage")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The deal with its new balance", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DealView.class)))
    @Operation(summary = "Report how the trial of a USE_FIRST_PAY_LATER deal ended (once)")
    public Response reportUsage(@PathParam("id") String id, @Valid @NotNull UsageRequest request) {
        return Responses.ok(payments.reportUsage(Ids.parse(id, "id"), request));
    }
}
