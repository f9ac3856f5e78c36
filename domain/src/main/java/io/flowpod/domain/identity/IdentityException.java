package io.flowpod.domain.identity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An identity request that cannot be carried out, with the {@link Reason} the web layer turns into a
 * status and problem type. The message is safe to show to the caller: it never says whether an account
 * exists unless the caller is already entitled to know.
 */
public class IdentityException extends RuntimeException {

  /** Why the request failed. */
  public enum Reason {
    /** Field-level problems, listed in {@link #violations()}. */
    INVALID_INPUT,
    /** Email or password wrong (deliberately not saying which). */
    INVALID_CREDENTIALS,
    /** Refresh token unknown, expired, revoked or (after reuse) its family revoked. */
    INVALID_REFRESH_TOKEN,
    /** A reset or invitation link that does not exist. */
    INVALID_LINK,
    /** A reset or invitation link that expired or was already used. */
    LINK_EXPIRED,
    /** The email belongs to an existing account. */
    EMAIL_TAKEN,
    /** The caller's role does not allow this (e.g. an ADMIN inviting an OWNER). */
    NOT_PERMITTED,
    /** No such user in the caller's workspace. */
    USER_NOT_FOUND,
    /** The change would leave the workspace in a state it must not be in. */
    CONFLICT
  }

  private final Reason reason;
  private final Map<String, String> violations;

  public IdentityException(Reason reason, String message) {
    this(reason, message, Map.of());
  }

  private IdentityException(Reason reason, String message, Map<String, String> violations) {
    super(message);
    this.reason = reason;
    this.violations = Collections.unmodifiableMap(new LinkedHashMap<>(violations));
  }

  /** Field name to message (field names as the caller sent them), in the order given. */
  public static IdentityException invalid(Map<String, String> violations) {
    return new IdentityException(Reason.INVALID_INPUT, "The request has invalid fields", violations);
  }

  public Reason reason() {
    return reason;
  }

  public Map<String, String> violations() {
    return violations;
  }
}
