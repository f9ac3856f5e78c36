package io.flowpod.api.problem;

import java.net.URI;
import java.util.Arrays;

/**
 * Every kind of problem the API answers, each with a stable {@code type} URI
 * ({@value #BASE}{@code <slug>}) that clients may switch on, its status and a short title.
 */
public enum ProblemType {
  BAD_REQUEST("bad-request", 400, "Bad request"),
  VALIDATION("validation", 400, "Invalid request content"),
  MALFORMED_REQUEST("malformed-request", 400, "Malformed request"),
  UNKNOWN_FIELD("unknown-field", 400, "Field not accepted"),
  UNAUTHORIZED("unauthorized", 401, "Authentication required"),
  FORBIDDEN("forbidden", 403, "Access denied"),
  NOT_FOUND("not-found", 404, "Not found"),
  METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
  NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
  CONFLICT("conflict", 409, "Conflicting change"),
  REQUEST_IN_PROGRESS("request-in-progress", 409, "Request in progress"),
  PRECONDITION_FAILED("precondition-failed", 412, "Precondition failed"),
  PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
  IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency key reused"),
  PRECONDITION_REQUIRED("precondition-required", 428, "Precondition required"),
  RATE_LIMITED("rate-limited", 429, "Too many requests"),
  INTERNAL_ERROR("internal-error", 500, "Internal error"),
  SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable");

  public static final String BASE = "https://flowpod.io/problems/";

  private final String slug;
  private final int status;
  private final String title;

  ProblemType(String slug, int status, String title) {
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  public String slug() {
    return slug;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public URI uri() {
    return URI.create(BASE + slug);
  }

  /** The general type for a status that no more specific handler classified. */
  public static ProblemType forStatus(int status) {
    return Arrays.stream(values())
        .filter(type -> type.status == status)
        .findFirst()
        .orElse(status >= 500 ? INTERNAL_ERROR : BAD_REQUEST);
  }

  /** The type whose URI this is, if it is one of ours. */
  public static ProblemType fromUri(URI uri) {
    return Arrays.stream(values())
        .filter(type -> type.uri().equals(uri))
        .findFirst()
        .orElse(null);
  }
}
