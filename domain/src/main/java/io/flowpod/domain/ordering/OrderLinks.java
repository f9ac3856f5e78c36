package io.flowpod.domain.ordering;

import io.flowpod.domain.identity.LinkSecret;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed links to an order's public status page: /shop/{slug}/orders/{number}?t={token}. The token is
 * HMAC-SHA256(link secret, "order-status:{tenantId}:{number}"), derived rather than stored, so a link
 * works for as long as the secret stays and cannot be guessed from the (sequential) order number.
 */
@org.springframework.stereotype.Service
public class OrderLinks {

  static final String PURPOSE = "order-status";

  private final LinkSecret secret;
  private final Tenants tenants;

  OrderLinks(LinkSecret secret, Tenants tenants) {
    this.secret = secret;
    this.tenants = tenants;
  }

  /** The status page's path and query for an order of the current workspace. */
  public String statusUrl(Order order) {
    Tenant tenant = tenants.find(TenantContext.require())
        .orElseThrow(() -> new IllegalStateException("The current workspace does not exist"));
    return "/shop/" + tenant.slug() + "/orders/" + order.number() + "?t=" + token(order.number());
  }

  /** The token of an order number of the current workspace. */
  public String token(long orderNumber) {
    return sign(TenantContext.require(), orderNumber);
  }

  /** Whether the token belongs to this order number of the current workspace (constant time). */
  public boolean verify(long orderNumber, String token) {
    if (token == null || token.isBlank()) {
      return false;
    }
    byte[] expected = token(orderNumber).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII));
  }

  private String sign(UUID tenantId, long orderNumber) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
      byte[] signature = mac.doFinal((PURPOSE + ":" + tenantId + ":" + orderNumber)
          .getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
