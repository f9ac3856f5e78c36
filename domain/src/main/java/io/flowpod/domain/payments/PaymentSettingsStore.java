package io.flowpod.domain.payments;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** payment_settings of the current tenant (row-level security scopes every statement). */
@Component
class PaymentSettingsStore {

  private final JdbcClient jdbc;

  PaymentSettingsStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StoredSettings> find(UUID tenantId) {
    return jdbc.sql("""
            select tenant_id, provider, stripe_secret_key_enc, stripe_secret_key_hint,
              stripe_webhook_secret_enc, stripe_webhook_secret_hint, manual_instructions
            from payment_settings where tenant_id = ?""")
        .param(tenantId)
        .query((rs, n) -> new StoredSettings(rs.getObject(1, UUID.class),
            PaymentProvider.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7)))
        .optional();
  }

  void save(StoredSettings s, UUID actor, Instant now) {
    jdbc.sql("""
            insert into payment_settings (tenant_id, provider, stripe_secret_key_enc,
              stripe_secret_key_hint, stripe_webhook_secret_enc, stripe_webhook_secret_hint,
              manual_instructions, updated_at, updated_by)
            values (:tenant, :provider, :key, :keyHint, :hook, :hookHint, :instructions, :now, :actor)
            on conflict (tenant_id) do update set provider = excluded.provider,
              stripe_secret_key_enc = excluded.stripe_secret_key_enc,
              stripe_secret_key_hint = excluded.stripe_secret_key_hint,
              stripe_webhook_secret_enc = excluded.stripe_webhook_secret_enc,
              stripe_webhook_secret_hint = excluded.stripe_webhook_secret_hint,
              manual_instructions = excluded.manual_instructions,
              updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
        .param("tenant", s.tenantId())
        .param("provider", s.provider().name())
        .param("key", s.secretKeySealed())
        .param("keyHint", s.secretKeyHint())
        .param("hook", s.webhookSecretSealed())
        .param("hookHint", s.webhookSecretHint())
        .param("instructions", s.manualInstructions())
        .param("now", java.sql.Timestamp.from(now))
        .param("actor", actor)
        .update();
  }
}
