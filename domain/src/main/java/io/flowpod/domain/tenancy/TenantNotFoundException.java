package io.flowpod.domain.tenancy;

/** No workspace with that id or slug (or it is the platform's own tenant, which is not a workspace). */
public class TenantNotFoundException extends RuntimeException {

  public TenantNotFoundException() {
    super("No such workspace");
  }
}
