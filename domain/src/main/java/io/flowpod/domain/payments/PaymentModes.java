package io.flowpod.domain.payments;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the runtime mode means for payments: embedded mode serves the test payment page and makes it
 * the default provider; cluster mode defaults to MANUAL and serves the page only when
 * {@code flowpod.payments.test-page-enabled} is true.
 */
@Component
public class PaymentModes {

  private final boolean embedded;
  private final boolean testPageEnabled;

  PaymentModes(@Value("${flowpod.mode:embedded}") String mode,
      @Value("${flowpod.payments.test-page-enabled:false}") boolean testPageEnabled) {
    this.embedded = "embedded".equals(mode);
    this.testPageEnabled = embedded || testPageEnabled;
  }

  /** Whether /pay/test/** answers (otherwise 404) and provider TEST may be chosen. */
  public boolean testPageEnabled() {
    return testPageEnabled;
  }

  /** The provider of a workspace that has not chosen one. */
  PaymentProvider defaultProvider() {
    return embedded ? PaymentProvider.TEST : PaymentProvider.MANUAL;
  }
}
