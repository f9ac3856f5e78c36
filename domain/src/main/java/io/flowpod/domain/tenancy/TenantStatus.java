package io.flowpod.domain.tenancy;

public enum TenantStatus {
  ACTIVE,
  SUSPENDED
}
