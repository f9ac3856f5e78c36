package io.flowpod.domain.webhooks;

import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.platform.secrets.SecretBox;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current workspace's webhook endpoints. The signing secret is generated here, sealed for
 * storage and answered only by {@link #create} and {@link #rotateSecret}. Every change is audited.
 */
@Service
public class WebhookEndpoints {

  public static final String ENDPOINT_CREATED = "webhook.endpoint-created";
  public static final String ENDPOINT_UPDATED = "webhook.endpoint-updated";
  public static final String ENDPOINT_DELETED = "webhook.endpoint-deleted";
  public static final String SECRET_ROTATED = "webhook.secret-rotated";
  public static final String ENDPOINT_REFUSED = "webhook.endpoint-refused";
  static final String TARGET = "webhook_endpoint";
  static final int MAX_URL = 2000;
  static final int MAX_DESCRIPTION = 200;
  private static final String SECRET_PREFIX = "whsec_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final WebhookStore store;
  private final WebhookAddressPolicy addresses;
  private final SecretBox box;
  private final AuditLog audit;
  private final Clock clock;

  WebhookEndpoints(WebhookStore store, WebhookAddressPolicy addresses, SecretBox box, AuditLog audit,
      Clock clock) {
    this.store = store;
    this.addresses = addresses;
    this.box = box;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<WebhookEndpoint> list() {
    return store.endpoints();
  }

  /** @throws WebhookException NOT_FOUND also for another workspace's endpoint */
  @Transactional(readOnly = true)
  public WebhookEndpoint find(UUID id) {
    return store.findEndpoint(id).orElseThrow(() -> WebhookException.notFound("Webhook endpoint"));
  }

  /**
   * Registers an endpoint with a new secret, answered this once.
   *
   * @throws WebhookException INVALID with every field problem (url refused for private addresses)
   */
  @Transactional(noRollbackFor = WebhookException.class)
  public EndpointWithSecret create(WebhookEndpointDraft draft, UUID actorUserId) {
    Valid valid = validate(draft, actorUserId, null);
    UUID id = UUID.randomUUID();
    String secret = newSecret();
    Instant now = Instant.now(clock);
    store.insertEndpoint(id, valid.url(), valid.description(), valid.eventTypes(),
        box.seal(secret, sealContext(id)), hint(secret), valid.enabled(), now);
    audit.record(ENDPOINT_CREATED, actorUserId, TARGET, id, "events: "
        + String.join(", ", valid.eventTypes()));
    return new EndpointWithSecret(find(id), secret);
  }

  /** Replaces url, description, event types and enabled; the secret stays. */
  @Transactional(noRollbackFor = WebhookException.class)
  public WebhookEndpoint update(UUID id, WebhookEndpointDraft draft, UUID actorUserId) {
    find(id);
    Valid valid = validate(draft, actorUserId, id);
    store.updateEndpoint(id, valid.url(), valid.description(), valid.eventTypes(), valid.enabled(),
        Instant.now(clock));
    audit.record(ENDPOINT_UPDATED, actorUserId, TARGET, id, "events: "
        + String.join(", ", valid.eventTypes()) + "; enabled: " + valid.enabled());
    return find(id);
  }

  /** A new secret, answered this once; the old one stops signing at once. */
  @Transactional
  public EndpointWithSecret rotateSecret(UUID id, UUID actorUserId) {
    find(id);
    String secret = newSecret();
    store.replaceSecret(id, box.seal(secret, sealContext(id)), hint(secret),
        Instant.now(clock));
    audit.record(SECRET_ROTATED, actorUserId, TARGET, id);
    return new EndpointWithSecret(find(id), secret);
  }

  /** Removes the endpoint with its delivery log. */
  @Transactional
  public void delete(UUID id, UUID actorUserId) {
    find(id);
    store.deleteEndpoint(id);
    audit.record(ENDPOINT_DELETED, actorUserId, TARGET, id);
  }

  /** The plain secret of an endpoint, for signing only. */
  String secretOf(UUID endpointId, String sealed) {
    return box.open(sealed, sealContext(endpointId));
  }

  private static String sealContext(UUID endpointId) {
    return "webhook-secret:" + TenantContext.require() + ":" + endpointId;
  }

  /** "whsec_…" and the last four characters (SecretBox.hint would cut at an underscore of base64url). */
  private static String hint(String secret) {
    return SECRET_PREFIX + "…" + secret.substring(secret.length() - 4);
  }

  private static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private record Valid(String url, String description, List<String> eventTypes, boolean enabled) {}

  private Valid validate(WebhookEndpointDraft draft, UUID actorUserId, UUID endpointId) {
    Map<String, String> errors = new LinkedHashMap<>();
    String url = draft.url() == null ? null : draft.url().strip();
    if (url == null || url.isEmpty()) {
      errors.put("url", "must not be blank");
    } else if (url.length() > MAX_URL) {
      errors.put("url", "must be at most " + MAX_URL + " characters");
    } else {
      addresses.problem(url).ifPresent(problem -> errors.put("url", problem));
    }
    String description = draft.description() == null || draft.description().isBlank() ? null
        : draft.description().strip();
    if (description != null && description.length() > MAX_DESCRIPTION) {
      errors.put("description", "must be at most " + MAX_DESCRIPTION + " characters");
    }
    Set<String> types = new LinkedHashSet<>();
    if (draft.eventTypes() == null || draft.eventTypes().isEmpty()) {
      errors.put("eventTypes", "must name at least one of "
          + WebhookEventType.catalog().stream().map(WebhookEventType::code).toList());
    } else {
      List<String> given = new ArrayList<>(draft.eventTypes());
      for (int i = 0; i < given.size(); i++) {
        String code = given.get(i);
        if (code == null || WebhookEventType.of(code).filter(WebhookEventType::subscribable).isEmpty()) {
          errors.put("eventTypes[" + i + "]", "must be one of "
              + WebhookEventType.catalog().stream().map(WebhookEventType::code).toList());
        } else {
          types.add(code);
        }
      }
    }
    if (!errors.isEmpty()) {
      if (errors.containsKey("url")) {
        // Refused addresses are worth an audit entry: someone may be probing the network.
        audit.record(ENDPOINT_REFUSED, actorUserId, TARGET, endpointId, "url: " + errors.get("url"));
      }
      throw WebhookException.invalid(errors);
    }
    return new Valid(url, description, List.copyOf(types),
        draft.enabled() == null || draft.enabled());
  }
}
