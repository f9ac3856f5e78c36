package io.flowpod.domain.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The payment messages the order flow waits on (issue 3 contract). */
class PaymentMessageTest {

  final UUID tenant = UUID.randomUUID();
  final UUID payable = UUID.randomUUID();

  @Test
  void receivedAndFailedCarryTheContractsNamesIdsKeyTtlAndOnlyTheTenant() {
    PaymentMessage received = PaymentMessage.received(tenant, payable);
    PaymentMessage failed = PaymentMessage.failed(tenant, payable);

    assertThat(received.messageName()).isEqualTo("payments.payment-received");
    assertThat(received.messageId()).isEqualTo("payment-received:" + payable);
    assertThat(failed.messageName()).isEqualTo("payments.payment-failed");
    assertThat(failed.messageId()).isEqualTo("payment-failed:" + payable);
    for (PaymentMessage message : new PaymentMessage[] {received, failed}) {
      assertThat(message.correlationKey()).isEqualTo(payable.toString());
      assertThat(message.timeToLive()).isEqualTo(Duration.ofHours(1));
      assertThat(message.variables()).isEqualTo(Map.of("tenantId", tenant.toString()));
    }
  }
}
