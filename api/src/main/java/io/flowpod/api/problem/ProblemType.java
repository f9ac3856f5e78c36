package io.flowpod.api.problem;

import java.net.URI;
import java.util.Arrays;

/**
 * Every kind of problem the API answers, each with a stable {@code type} URI
 * ({@value #BASE}{@code <slug>}) that clients may switch on, its status and a short title.
 */
public enum ProblemType {
  // General kinds, one per status: what a status means when nothing more specific applies.
  BAD_REQUEST("bad-request", 400, "Bad request"),
  UNAUTHORIZED("unauthorized", 401, "Authentication required"),
  FORBIDDEN("forbidden", 403, "Access denied"),
  NOT_FOUND("not-found", 404, "Not found"),
  METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
  NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
  CONFLICT("conflict", 409, "Conflicting change"),
  GONE("gone", 410, "Gone"),
  PRECONDITION_FAILED("precondition-failed", 412, "Precondition failed"),
  PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
  UNPROCESSABLE("unprocessable", 422, "Unprocessable request"),
  PRECONDITION_REQUIRED("precondition-required", 428, "Precondition required"),
  RATE_LIMITED("rate-limited", 429, "Too many requests"),
  INTERNAL_ERROR("internal-error", 500, "Internal error"),
  SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable"),

  // Specific kinds: each refines a general one and answers its status.
  VALIDATION(BAD_REQUEST, "validation", "Invalid request content"),
  MALFORMED_REQUEST(BAD_REQUEST, "malformed-request", "Malformed request"),
  UNKNOWN_FIELD(BAD_REQUEST, "unknown-field", "Field not accepted"),
  INVALID_LINK(BAD_REQUEST, "invalid-link", "Invalid link"),
  INVALID_CREDENTIALS(UNAUTHORIZED, "invalid-credentials", "Sign-in failed"),
  SESSION_EXPIRED(UNAUTHORIZED, "session-expired", "Session expired"),
  WORKSPACE_SUSPENDED(FORBIDDEN, "workspace-suspended", "Workspace suspended"),
  WORKSPACE_NOT_FOUND(NOT_FOUND, "workspace-not-found", "Not found"),
  REQUEST_IN_PROGRESS(CONFLICT, "request-in-progress", "Request in progress"),
  EMAIL_TAKEN(CONFLICT, "email-taken", "Email already registered"),
  WORKSPACE_SLUG_TAKEN(CONFLICT, "workspace-slug-taken", "Workspace address taken"),
  LINK_EXPIRED(GONE, "link-expired", "Link expired"),
  IDEMPOTENCY_KEY_REUSED(UNPROCESSABLE, "idempotency-key-reused", "Idempotency key reused"),
  MODEL_REJECTED(BAD_REQUEST, "model-rejected", "Model files rejected");

  public static final String BASE = "https://flowpod.io/problems/";

  private final ProblemType general;
  private final String slug;
  private final int status;
  private final String title;

  ProblemType(String slug, int status, String title) {
    this.general = null;
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  ProblemType(ProblemType general, String slug, String title) {
    this.general = general;
    this.slug = slug;
    this.status = general.status;
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
        .filter(type -> type.general == null && type.status == status)
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
