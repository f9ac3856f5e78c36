package io.flowpod.domain.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.platform.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deliveries of the current workspace: recorded once per (endpoint, event), listed with every attempt,
 * sent again on request. Sending is {@link WebhookDispatcher}'s.
 */
@Service
public class WebhookDeliveries {

  public static final String DELIVERY_REDELIVERED = "webhook.delivery-redelivered";
  public static final String TEST_SENT = "webhook.test-sent";
  public static final String DELIVERY_FAILED = "webhook.delivery-failed";
  static final String TARGET = "webhook_delivery";
  static final int MAX_LOG = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebhookStore store;
  private final WebhookEndpoints endpoints;
  private final RetrySchedule schedule;
  private final AuditLog audit;
  private final Clock clock;

  WebhookDeliveries(WebhookStore store, WebhookEndpoints endpoints, RetrySchedule schedule,
      AuditLog audit, Clock clock) {
    this.store = store;
    this.endpoints = endpoints;
    this.schedule = schedule;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The endpoint's latest deliveries (at most {@code limit}, up to 200), newest first. One snapshot
   * (repeatable read), so a delivery and its attempts agree while the scheduler records one.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public List<WebhookDelivery> log(UUID endpointId, int limit) {
    endpoints.find(endpointId);
    return store.deliveries(endpointId, Math.max(1, Math.min(limit, MAX_LOG)));
  }

  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public WebhookDelivery find(UUID endpointId, UUID deliveryId) {
    endpoints.find(endpointId);
    return store.findDelivery(endpointId, deliveryId)
        .orElseThrow(() -> WebhookException.notFound("Webhook delivery"));
  }

  /**
   * Sends a delivery again as soon as the scheduler runs, same delivery id and body, with a fresh
   * retry window (also for one that succeeded: the receiver asked for it again).
   */
  @Transactional
  public WebhookDelivery redeliver(UUID endpointId, UUID deliveryId, UUID actorUserId) {
    WebhookDelivery delivery = find(endpointId, deliveryId);
    if (!endpoints.find(endpointId).enabled()) {
      throw WebhookException.conflict("The endpoint is disabled; enable it before redelivering");
    }
    Instant now = Instant.now(clock);
    store.requeue(endpointId, deliveryId, now, now.plus(schedule.window()));
    audit.record(DELIVERY_REDELIVERED, actorUserId, TARGET, delivery.id(),
        "endpoint " + endpointId + ", event " + delivery.eventType());
    return find(endpointId, deliveryId);
  }

  /** Queues a {@code ping} event for the endpoint (whatever it subscribes to). */
  @Transactional
  public WebhookDelivery sendTest(UUID endpointId, UUID actorUserId) {
    if (!endpoints.find(endpointId).enabled()) {
      throw WebhookException.conflict("The endpoint is disabled; enable it before sending a test");
    }
    Instant now = Instant.now(clock);
    WebhookEvent ping = WebhookEvent.of(TenantContext.require(), WebhookEventType.PING,
        UUID.randomUUID().toString(), now, Map.of("endpointId", endpointId.toString()));
    UUID deliveryId = UUID.randomUUID();
    store.insertDelivery(deliveryId, endpointId, ping.id(), ping.type().code(),
        json(ping.body(TenantContext.require())), now, now.plus(schedule.window()), now);
    audit.record(TEST_SENT, actorUserId, TARGET, deliveryId, "endpoint " + endpointId);
    return find(endpointId, deliveryId);
  }

  /**
   * Records the event for every enabled endpoint subscribed to its type, once per endpoint: a
   * repeated event finds its deliveries already there. Answers how many were new.
   */
  @Transactional
  int record(WebhookEvent event) {
    UUID tenantId = TenantContext.require();
    Instant now = Instant.now(clock);
    String payload = json(event.body(tenantId));
    Instant giveUpAt = event.occurredAt().plus(schedule.window());
    if (giveUpAt.isBefore(now)) {
      giveUpAt = now.plus(schedule.window());
    }
    int created = 0;
    for (UUID endpointId : store.subscribers(event.type().code())) {
      if (store.insertDelivery(UUID.randomUUID(), endpointId, event.id(), event.type().code(),
          payload, event.occurredAt(), giveUpAt, now)) {
        created++;
      }
    }
    return created;
  }

  /** Whether any enabled endpoint of the current workspace takes this event (most take none). */
  @Transactional(readOnly = true)
  boolean subscribed(WebhookEventType type) {
    return !store.subscribers(type.code()).isEmpty();
  }

  static String json(Map<String, Object> body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A webhook body could not be written", e);
    }
  }
}
