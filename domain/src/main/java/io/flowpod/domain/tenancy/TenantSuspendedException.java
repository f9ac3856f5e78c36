package io.flowpod.domain.tenancy;

/**
 * The workspace is suspended by the platform operator: its users cannot sign in or call the API and
 * its public pages are closed until it is reactivated.
 */
public class TenantSuspendedException extends RuntimeException {

  public TenantSuspendedException() {
    super("This workspace is suspended");
  }
}
