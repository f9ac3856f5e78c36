package io.flowpod.api.webhooks;

import io.flowpod.api.security.CurrentUser;
import io.flowpod.api.webhooks.WebhookDtos.DeliveryBody;
import io.flowpod.api.webhooks.WebhookDtos.EndpointBody;
import io.flowpod.api.webhooks.WebhookDtos.EndpointRequest;
import io.flowpod.api.webhooks.WebhookDtos.EndpointWithSecretBody;
import io.flowpod.api.webhooks.WebhookDtos.EventTypeBody;
import io.flowpod.domain.webhooks.EndpointWithSecret;
import io.flowpod.domain.webhooks.WebhookDeliveries;
import io.flowpod.domain.webhooks.WebhookEndpointDraft;
import io.flowpod.domain.webhooks.WebhookEndpoints;
import io.flowpod.domain.webhooks.WebhookEventType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace's outbound webhooks: endpoints (ADMIN and up), their delivery log, redelivery and a
 * test event. Another workspace's ids answer 404. The signing secret appears only in the answers to
 * creating an endpoint and rotating its secret.
 */
@RestController
@RequestMapping("/api/v1/webhook-endpoints")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Webhooks")
class WebhookEndpointsController {

  private final WebhookEndpoints endpoints;
  private final WebhookDeliveries deliveries;

  WebhookEndpointsController(WebhookEndpoints endpoints, WebhookDeliveries deliveries) {
    this.endpoints = endpoints;
    this.deliveries = deliveries;
  }

  @GetMapping("/event-types")
  @Operation(summary = "The events an endpoint can subscribe to", description = "Roles: OWNER, ADMIN.")
  List<EventTypeBody> eventTypes() {
    return WebhookEventType.catalog().stream().map(EventTypeBody::of).toList();
  }

  @GetMapping
  @Operation(summary = "The workspace's webhook endpoints, oldest first",
      description = "Roles: OWNER, ADMIN. Secrets only as hints.")
  List<EndpointBody> list() {
    return endpoints.list().stream().map(EndpointBody::of).toList();
  }

  @PostMapping
  @Operation(summary = "Register an endpoint; answers its signing secret this once",
      description = "Roles: OWNER, ADMIN. url: http(s), at most 2000 characters, its host must resolve "
          + "to public addresses only (loopback, private, link-local, CGNAT, multicast and similar "
          + "are refused with 400 naming url); eventTypes: one or more of GET /event-types; "
          + "description optional (200); enabled defaults to true. The secret (whsec_…) signs every "
          + "body: X-FlowPod-Signature t=<unix>,v1=<hex HMAC-SHA256(secret, t.body)>.")
  ResponseEntity<EndpointWithSecretBody> create(@RequestBody EndpointRequest request,
      CurrentUser caller) {
    EndpointWithSecret created = endpoints.create(draft(request), caller.userId());
    return ResponseEntity.created(URI.create("/api/v1/webhook-endpoints/"
        + created.endpoint().id())).body(EndpointWithSecretBody.of(created));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One endpoint", description = "Roles: OWNER, ADMIN. The secret only as a hint.")
  EndpointBody get(@PathVariable UUID id) {
    return EndpointBody.of(endpoints.find(id));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Replace an endpoint's url, description, events and enabled",
      description = "Roles: OWNER, ADMIN. Same rules as creating; the secret stays. Disabling "
          + "holds its pending deliveries (they fail when their retry window ends).")
  EndpointBody update(@PathVariable UUID id, @RequestBody EndpointRequest request,
      CurrentUser caller) {
    return EndpointBody.of(endpoints.update(id, draft(request), caller.userId()));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Remove an endpoint and its delivery log", description = "Roles: OWNER, ADMIN.")
  ResponseEntity<Void> delete(@PathVariable UUID id, CurrentUser caller) {
    endpoints.delete(id, caller.userId());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/rotate-secret")
  @Operation(summary = "Replace the signing secret; answers the new one this once",
      description = "Roles: OWNER, ADMIN. The old secret stops signing at once.")
  EndpointWithSecretBody rotateSecret(@PathVariable UUID id, CurrentUser caller) {
    return EndpointWithSecretBody.of(endpoints.rotateSecret(id, caller.userId()));
  }

  @GetMapping("/{id}/deliveries")
  @Operation(summary = "The endpoint's delivery log, newest first, with every attempt",
      description = "Roles: OWNER, ADMIN. limit 1..200 (default 50).")
  List<DeliveryBody> deliveries(@PathVariable UUID id,
      @RequestParam(defaultValue = "50") int limit) {
    return deliveries.log(id, limit).stream().map(DeliveryBody::of).toList();
  }

  @GetMapping("/{id}/deliveries/{deliveryId}")
  @Operation(summary = "One delivery with its attempts", description = "Roles: OWNER, ADMIN.")
  DeliveryBody delivery(@PathVariable UUID id, @PathVariable UUID deliveryId) {
    return DeliveryBody.of(deliveries.find(id, deliveryId));
  }

  @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
  @Operation(summary = "Send a delivery again (same delivery id and body)",
      description = "Roles: OWNER, ADMIN. Queued at once with a fresh retry window; 409 when the "
          + "endpoint is disabled.")
  ResponseEntity<DeliveryBody> redeliver(@PathVariable UUID id, @PathVariable UUID deliveryId,
      CurrentUser caller) {
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(DeliveryBody.of(deliveries.redeliver(id, deliveryId, caller.userId())));
  }

  @PostMapping("/{id}/test")
  @Operation(summary = "Send a ping event to the endpoint",
      description = "Roles: OWNER, ADMIN. Queued at once, whatever the endpoint subscribes to; 409 "
          + "when the endpoint is disabled. Follow it in the delivery log.")
  ResponseEntity<DeliveryBody> test(@PathVariable UUID id, CurrentUser caller) {
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(DeliveryBody.of(deliveries.sendTest(id, caller.userId())));
  }

  private static WebhookEndpointDraft draft(EndpointRequest request) {
    return new WebhookEndpointDraft(request.url(), request.description(), request.eventTypes(),
        request.enabled());
  }
}
