package io.flowpod.domain.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.platform.secrets.SecretBox;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current workspace's channel settings. Secrets are sealed with {@link SecretBox}, bound to the
 * workspace, channel and secret name, so a sealed value copied elsewhere does not open.
 */
@Service
@Transactional // row-level security needs the workspace set, which a transaction does
public class ChannelSettings {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final SecretBox secrets;
  private final Clock clock;

  ChannelSettings(JdbcClient jdbc, SecretBox secrets, Clock clock) {
    this.jdbc = jdbc;
    this.secrets = secrets;
    this.clock = clock;
  }

  public Optional<ChannelConfig> find(Channel channel) {
    return jdbc.sql("select enabled, settings::text, secrets::text from channel_settings where channel = ?")
        .param(channel.name())
        .query((rs, n) -> new ChannelConfig(channel, rs.getBoolean(1), read(rs.getString(2)),
            read(rs.getString(3)).keySet()))
        .optional();
  }

  /** The secret in clear, or empty when it is not set. */
  public Optional<String> secret(Channel channel, String name) {
    return jdbc.sql("select secrets ->> ? from channel_settings where channel = ?")
        .params(name, channel.name()).query(String.class).optional()
        .map(sealed -> secrets.open(sealed, context(channel, name)));
  }

  /**
   * Saves the channel's settings. {@code newSecrets} holds only secrets to set or replace; a secret
   * not named keeps its stored value, one named with an empty value is removed.
   */
  public void save(Channel channel, boolean enabled, Map<String, String> settings,
      Map<String, String> newSecrets) {
    Map<String, String> sealed = new HashMap<>();
    jdbc.sql("select secrets::text from channel_settings where channel = ?").param(channel.name())
        .query(String.class).optional().ifPresent(stored -> sealed.putAll(read(stored)));
    newSecrets.forEach((name, value) -> {
      if (value == null || value.isEmpty()) {
        sealed.remove(name);
      } else {
        sealed.put(name, secrets.seal(value, context(channel, name)));
      }
    });
    jdbc.sql("""
            insert into channel_settings (tenant_id, channel, enabled, settings, secrets, updated_at)
            values (?, ?, ?, ?::jsonb, ?::jsonb, ?)
            on conflict (tenant_id, channel) do update set enabled = excluded.enabled,
              settings = excluded.settings, secrets = excluded.secrets, updated_at = excluded.updated_at""")
        .params(TenantContext.require(), channel.name(), enabled, write(settings), write(sealed),
            Timestamp.from(Instant.now(clock)))
        .update();
  }

  /** The workspace whose WhatsApp business number this is (read before any workspace is set). */
  public Optional<UUID> tenantOfWhatsAppNumber(String phoneNumberId) {
    if (phoneNumberId == null || phoneNumberId.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql("select tenant_of_whatsapp_number(?)").param(phoneNumberId).query(UUID.class)
        .optional();
  }

  private String context(Channel channel, String name) {
    return "channel-secret:" + TenantContext.require() + ":" + channel + ":" + name;
  }

  private static Map<String, String> read(String json) {
    try {
      return json == null ? Map.of() : JSON.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored channel settings are not valid JSON", e);
    }
  }

  private static String write(Map<String, String> map) {
    try {
      return JSON.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Channel settings cannot be written as JSON", e);
    }
  }
}
