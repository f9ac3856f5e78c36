package io.flowpod.domain.messaging;

import java.util.Map;
import java.util.Set;

/**
 * A workspace's settings for one channel: whether it is on, the non-secret settings (e.g. {@code
 * phoneNumberId}, {@code smtpHost}) and the names of the secrets that are set (never their values).
 */
public record ChannelConfig(Channel channel, boolean enabled, Map<String, String> settings,
    Set<String> secretNames) {

  public ChannelConfig {
    settings = Map.copyOf(settings);
    secretNames = Set.copyOf(secretNames);
  }

  public String setting(String name) {
    return settings.get(name);
  }
}
