package io.flowpod.app.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** The body of {@code POST /api/v1/auth/signup} for a test workspace in Vienna that bills in EUR. */
public final class SignupRequests {

  private SignupRequests() {}

  public static Map<String, Object> body(String slug, String email, String password) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("workspaceName", "Shop " + slug);
    body.put("workspaceSlug", slug);
    body.put("timeZone", "Europe/Vienna");
    body.put("currency", "EUR");
    body.put("locale", "de-AT");
    body.put("ownerName", "Olga Owner");
    body.put("email", email);
    body.put("password", password);
    return body;
  }
}
