package io.flowpod.api.ratelimit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a per-client limit is keyed by: the connection's remote address, or, only when
 * {@code flowpod.ratelimit.trust-forwarded-for=true}, the last X-Forwarded-For entry (the address the
 * trusted proxy in front of FlowPod saw; earlier entries are the client's own claims).
 */
final class ClientAddress {

  private ClientAddress() {}

  static String of(HttpServletRequest request, boolean trustForwardedFor) {
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
