package io.flowpod.domain.identity;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * FlowPod's password rule: at least {@value #MIN_LENGTH} characters and at most {@value #MAX_BYTES}
 * bytes in UTF-8 (bcrypt ignores everything after 72 bytes, so a longer password would be silently
 * truncated), and not only whitespace.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_BYTES = 72;

  private PasswordPolicy() {}

  /** Why the password is not acceptable, or empty if it is. */
  public static Optional<String> violation(String password) {
    if (password == null || password.isBlank()) {
      return Optional.of("must not be blank");
    }
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of("must be at least " + MIN_LENGTH + " characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return Optional.of("must be at most " + MAX_BYTES + " bytes");
    }
    return Optional.empty();
  }
}
