package io.flowpod.api.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First filter of every request: fixes the request id, echoes it in {@value RequestId#HEADER} and puts
 * it into the log context (MDC) for the request's lifetime, error dispatch included.
 */
class RequestIdFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String id = RequestId.of(request);
    response.setHeader(RequestId.HEADER, id);
    String outer = MDC.get(RequestId.MDC_KEY);
    MDC.put(RequestId.MDC_KEY, id);
    try {
      chain.doFilter(request, response);
    } finally {
      if (outer == null) {
        MDC.remove(RequestId.MDC_KEY);
      } else {
        MDC.put(RequestId.MDC_KEY, outer);
      }
    }
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }
}
