package io.flowpod.api.logging;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties a request's log lines, its problem responses and the caller's bug report together.
 * Taken from {@value #HEADER} when it is a safe token, generated otherwise, and echoed in the
 * response.
 */
public final class RequestId {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";
  static final String ATTRIBUTE = RequestId.class.getName();

  // Letters, digits and . _ - only: nothing that could forge a log line or carry much data.
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private RequestId() {}

  /** This request's id; assigns one if the request id filter has not run (e.g. in a slice test). */
  public static String of(HttpServletRequest request) {
    if (request.getAttribute(ATTRIBUTE) instanceof String id) {
      return id;
    }
    String id = accept(request.getHeader(HEADER));
    request.setAttribute(ATTRIBUTE, id);
    return id;
  }

  static String accept(String candidate) {
    return candidate != null && SAFE.matcher(candidate).matches()
        ? candidate
        : UUID.randomUUID().toString();
  }
}
