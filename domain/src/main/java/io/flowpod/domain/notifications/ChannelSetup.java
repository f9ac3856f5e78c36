package io.flowpod.domain.notifications;

import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.ChannelConfig;
import io.flowpod.domain.messaging.ChannelSettings;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.platform.secrets.SecretBox;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's view and change of the workspace's channel settings. Each channel has a fixed set of
 * settings and secrets; secrets are write-only and shown as hints ({@link SecretBox#hint}). A channel
 * can be switched on only with what it needs to send. Every change and every refusal is audited
 * (names of fields, never values).
 */
@Service
public class ChannelSetup {

  static final String UPDATED = "channels.settings.updated";
  static final String REJECTED = "channels.settings.rejected";
  private static final Logger log = LoggerFactory.getLogger(ChannelSetup.class);
  private static final int MAX_VALUE = 500;

  /** What each channel knows: setting names, secret names, and which of them sending needs. */
  record Shape(Set<String> settings, Set<String> secrets, Set<String> requiredSettings,
      Set<String> requiredSecrets) {}

  static final Map<Channel, Shape> SHAPES = Map.of(
      Channel.WHATSAPP, new Shape(Set.of("phoneNumberId", "businessAccountId"),
          Set.of("accessToken"), Set.of("phoneNumberId"), Set.of("accessToken")),
      Channel.TELEGRAM, new Shape(Set.of("botUsername"), Set.of("botToken", "webhookSecret"),
          Set.of(), Set.of("botToken")),
      Channel.EMAIL, new Shape(Set.of("smtpHost", "smtpPort", "smtpFrom", "smtpUsername"),
          Set.of("smtpPassword"), Set.of(), Set.of()),
      Channel.SMS, new Shape(Set.of("provider", "accountSid", "from"), Set.of("authToken"),
          Set.of("accountSid", "from"), Set.of("authToken")));

  /** A channel as staff see it: secrets only as hints. */
  public record ChannelView(Channel channel, boolean enabled, boolean saved,
      Map<String, String> settings, Map<String, String> secretHints) {}

  private final ChannelSettings settings;
  private final AuditLog audit;

  ChannelSetup(ChannelSettings settings, AuditLog audit) {
    this.settings = settings;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public List<ChannelView> all() {
    return Arrays.stream(Channel.values()).map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public ChannelView view(Channel channel) {
    return settings.find(channel).map(this::view).orElseGet(() ->
        // E-mail without saved settings goes through the platform's mail server.
        new ChannelView(channel, channel == Channel.EMAIL, false, Map.of(), Map.of()));
  }

  /**
   * Replaces the channel's settings; secrets named are set (an empty value removes one), secrets not
   * named keep their stored value.
   *
   * @throws ChannelSetupException with one message per invalid field; nothing is saved
   */
  @Transactional(noRollbackFor = ChannelSetupException.class)
  public ChannelView update(Channel channel, boolean enabled, Map<String, String> newSettings,
      Map<String, String> newSecrets, UUID actorUserId) {
    Shape shape = SHAPES.get(channel);
    Map<String, String> cleanSettings = new TreeMap<>();
    Map<String, String> violations = new LinkedHashMap<>();
    (newSettings == null ? Map.<String, String>of() : newSettings).forEach((name, value) -> {
      if (!shape.settings().contains(name)) {
        violations.put("settings." + name, "is not a " + channel + " setting; known: "
            + new TreeMap<>(Map.copyOf(toMap(shape.settings()))).keySet());
      } else if (value != null && value.length() > MAX_VALUE) {
        violations.put("settings." + name, "must be at most " + MAX_VALUE + " characters");
      } else if (value != null && !value.isBlank()) {
        cleanSettings.put(name, value.strip());
      }
    });
    Map<String, String> secrets = newSecrets == null ? Map.of() : newSecrets;
    secrets.forEach((name, value) -> {
      if (!shape.secrets().contains(name)) {
        violations.put("secrets." + name, "is not a " + channel + " secret; known: "
            + new TreeMap<>(toMap(shape.secrets())).keySet());
      } else if (value != null && (value.length() > MAX_VALUE || value.contains("\n"))) {
        violations.put("secrets." + name, "must be one line of at most " + MAX_VALUE + " characters");
      }
    });
    String port = cleanSettings.get("smtpPort");
    if (port != null && !port.matches("[0-9]{1,5}")) {
      violations.put("settings.smtpPort", "must be a port number");
    }
    String number = cleanSettings.get("phoneNumberId");
    if (channel == Channel.WHATSAPP && number != null && settings.tenantOfWhatsAppNumber(number)
        .filter(owner -> !owner.equals(TenantContext.require())).isPresent()) {
      violations.put("settings.phoneNumberId", "is already connected to another workspace");
    }
    if (cleanSettings.containsKey("smtpHost") && !cleanSettings.containsKey("smtpFrom")) {
      violations.put("settings.smtpFrom", "is required with smtpHost");
    }
    if (enabled) {
      shape.requiredSettings().stream().filter(name -> !cleanSettings.containsKey(name))
          .forEach(name -> violations.put("settings." + name, "is required to switch "
              + channel + " on"));
      Set<String> stored = settings.find(channel).map(ChannelConfig::secretNames).orElse(Set.of());
      shape.requiredSecrets().stream()
          .filter(name -> secrets.get(name) == null ? !stored.contains(name)
              : secrets.get(name).isBlank())
          .forEach(name -> violations.put("secrets." + name, "is required to switch "
              + channel + " on"));
    }
    if (!violations.isEmpty()) {
      audit.record(REJECTED, actorUserId, "channel", channel.name(),
          "fields: " + String.join(", ", violations.keySet()));
      log.info("Channel settings for {} rejected: {}", channel, violations.keySet());
      throw new ChannelSetupException(violations);
    }
    Map<String, String> cleanSecrets = new LinkedHashMap<>();
    // null keeps the stored secret; an empty value removes it.
    secrets.forEach((name, value) -> {
      if (value != null) {
        cleanSecrets.put(name, value.strip());
      }
    });
    settings.save(channel, enabled, cleanSettings, cleanSecrets);
    audit.record(UPDATED, actorUserId, "channel", channel.name(), "settings: "
        + String.join(", ", cleanSettings.keySet()) + "; secrets changed: "
        + String.join(", ", cleanSecrets.keySet()) + "; enabled: " + enabled);
    return view(channel);
  }

  private ChannelView view(ChannelConfig config) {
    Map<String, String> hints = new TreeMap<>();
    config.secretNames().forEach(name -> settings.secret(config.channel(), name)
        .ifPresent(secret -> hints.put(name, SecretBox.hint(secret))));
    return new ChannelView(config.channel(), config.enabled(), true,
        new TreeMap<>(config.settings()), hints);
  }

  private static Map<String, String> toMap(Set<String> names) {
    Map<String, String> map = new TreeMap<>();
    names.forEach(name -> map.put(name, name));
    return map;
  }
}
