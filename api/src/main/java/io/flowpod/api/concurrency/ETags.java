package io.flowpod.api.concurrency;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entity tags made from an entity's version: {@code W/"<version>"} (weak, because the representation
 * may change with content negotiation while the version does not).
 */
public final class ETags {

  private static final Pattern VERSION_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

  private ETags() {}

  public static String of(long version) {
    return "W/\"" + version + "\"";
  }

  /** The version inside a tag this class made (weak or strong form), if it is one. */
  public static OptionalLong version(String tag) {
    if (tag == null) {
      return OptionalLong.empty();
    }
    Matcher matcher = VERSION_TAG.matcher(tag.strip());
    return matcher.matches()
        ? OptionalLong.of(Long.parseLong(matcher.group(1)))
        : OptionalLong.empty();
  }
}
