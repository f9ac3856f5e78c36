package io.flowpod.domain.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as FlowPod stores them: trimmed, lower case, one platform-wide account per address. */
final class Emails {

  static final int MAX_LENGTH = 254;
  private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private Emails() {}

  static String normalize(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  static boolean isValid(String normalized) {
    return normalized != null && normalized.length() <= MAX_LENGTH && SHAPE.matcher(normalized).matches();
  }
}
