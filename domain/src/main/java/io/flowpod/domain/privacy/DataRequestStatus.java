package io.flowpod.domain.privacy;

/** Where a request stands; COMPLETED and REJECTED are final. */
public enum DataRequestStatus {
  AWAITING_VERIFICATION, IN_PROGRESS, COMPLETED, REJECTED;

  public boolean open() {
    return this == AWAITING_VERIFICATION || this == IN_PROGRESS;
  }
}
