package io.flowpod.domain.tenancy;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A workspace: one business using FlowPod. */
@Table("tenants")
public record Tenant(
    @Id UUID id,
    String name,
    String slug,
    String timeZone,
    String currency,
    String locale,
    String brandColor,
    String logoUrl,
    TenantStatus status,
    String statusReason,
    Instant createdAt,
    @Version Integer version) {

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }

  Tenant withStatus(TenantStatus newStatus, String reason) {
    return new Tenant(id, name, slug, timeZone, currency, locale, brandColor, logoUrl, newStatus,
        reason, createdAt, version);
  }
}
