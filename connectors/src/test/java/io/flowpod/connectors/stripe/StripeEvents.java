package io.flowpod.connectors.stripe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook deliveries as Stripe sends them: an event envelope around a Checkout session or payment
 * intent, signed with Stripe's scheme ({@code Stripe-Signature: t=<ts>,v1=<hex HMAC-SHA256 of
 * "<ts>.<payload>">} under the endpoint's whsec secret), written here independently of stripe-java.
 */
public final class StripeEvents {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StripeEvents() {}

  /** A checkout.session.* event for the session (as the fake holds it, or built from the ids). */
  public static String sessionEvent(String type, Map<String, Object> session) {
    return event(type, session);
  }

  /** A Checkout session object carrying FlowPod's metadata. */
  public static Map<String, Object> session(String sessionId, UUID tenantId, UUID payableId,
      String paymentStatus, String paymentIntent) {
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("id", sessionId);
    session.put("object", "checkout.session");
    session.put("payment_status", paymentStatus);
    session.put("payment_intent", paymentIntent);
    session.put("metadata", metadata(tenantId, payableId));
    return session;
  }

  /** A payment_intent.* event. */
  public static String paymentIntentEvent(String type, String paymentIntentId, UUID tenantId,
      UUID payableId) {
    Map<String, Object> intent = new LinkedHashMap<>();
    intent.put("id", paymentIntentId);
    intent.put("object", "payment_intent");
    intent.put("metadata", metadata(tenantId, payableId));
    return event(type, intent);
  }

  /** The Stripe-Signature header for {@code payload} signed now. */
  public static String sign(String payload, String webhookSecret) {
    return sign(payload, webhookSecret, System.currentTimeMillis() / 1000);
  }

  public static String sign(String payload, String webhookSecret, long timestamp) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(webhookSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
      return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> metadata(UUID tenantId, UUID payableId) {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("flowpod_tenant_id", tenantId.toString());
    metadata.put("flowpod_payable_id", payableId.toString());
    return metadata;
  }

  private static String event(String type, Map<String, Object> object) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24));
    event.put("object", "event");
    event.put("api_version", "2025-10-29.clover");
    event.put("created", System.currentTimeMillis() / 1000);
    event.put("type", type);
    event.put("livemode", false);
    event.put("data", Map.of("object", object));
    try {
      return JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
