package io.flowpod.domain.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which provider a workspace without settings gets, and where the test payment page runs. */
class PaymentModesTest {

  @Test
  void embeddedModeServesTheTestPageAndDefaultsToIt() {
    PaymentModes embedded = new PaymentModes("embedded", false);
    assertThat(embedded.testPageEnabled()).isTrue();
    assertThat(embedded.defaultProvider()).isEqualTo(PaymentProvider.TEST);
  }

  @Test
  void clusterModeDefaultsToManualAndServesTheTestPageOnlyWhenAsked() {
    assertThat(new PaymentModes("cluster", false).testPageEnabled()).isFalse();
    assertThat(new PaymentModes("cluster", false).defaultProvider()).isEqualTo(PaymentProvider.MANUAL);
    assertThat(new PaymentModes("cluster", true).testPageEnabled()).isTrue();
    assertThat(new PaymentModes("cluster", true).defaultProvider()).isEqualTo(PaymentProvider.MANUAL);
  }
}
