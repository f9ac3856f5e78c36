package io.flowpod.api.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one answer to "which address did this request come from", for per-client rate limits and audit
 * entries alike: the connection's remote address, or, only when
 * {@code flowpod.api.trust-forwarded-for=true}, the last X-Forwarded-For entry (the address the
 * trusted proxy in front of FlowPod saw; earlier entries are the client's own claims).
 */
@Component
public class ClientAddresses {

  private final boolean trustForwardedFor;

  public ClientAddresses(@Value("${flowpod.api.trust-forwarded-for:false}") boolean trustForwardedFor) {
    this.trustForwardedFor = trustForwardedFor;
  }

  public String of(HttpServletRequest request) {
    if (trustForwardedFor) {
      String forwarded = request.getHeader("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        if (!last.isEmpty()) {
          return last;
        }
      }
    }
    return request.getRemoteAddr();
  }
}
