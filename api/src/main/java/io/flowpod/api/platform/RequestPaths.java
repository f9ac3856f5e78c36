package io.flowpod.api.platform;

import jakarta.servlet.http.HttpServletRequest;

/** The request's path inside the application (without the context path), as filters match it. */
public final class RequestPaths {

  private RequestPaths() {}

  public static String of(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
