package io.flowpod.domain.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderMessagesTest {

  private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-00000000000b");

  @Test
  void placingStartsTheFlowWithReferencesOnly() {
    OrderPlaced placed = new OrderPlaced(TENANT, ORDER, 1042, SalesChannel.STOREFRONT, 4950, "EUR");
    assertThat(placed.messageName()).isEqualTo("orders.order-placed");
    assertThat(placed.correlationKey()).isEqualTo(ORDER.toString());
    assertThat(placed.messageId()).isEqualTo("order-placed:" + ORDER);
    assertThat(placed.timeToLive()).isNull();
    assertThat(placed.variables()).isEqualTo(Map.of("tenantId", TENANT.toString(),
        "orderId", ORDER.toString(), "orderNumber", "1042", "channel", "STOREFRONT",
        "totalMinor", 4950L, "currency", "EUR"));
  }

  @Test
  void placingNamesTheDecisionsTheWorkspacesPoliciesChose() {
    OrderPlaced placed = new OrderPlaced(TENANT, ORDER, 1042, SalesChannel.API, 4950, "EUR",
        Map.of(OrderProcess.APPROVAL_DECISION_VARIABLE, "order-approval--t0a",
            OrderProcess.REMINDER_DECISION_VARIABLE, OrderProcess.REMINDER_DECISION_ID));
    assertThat(placed.variables())
        .containsEntry("approvalDecisionId", "order-approval--t0a")
        .containsEntry("reminderDecisionId", "order-payment-reminder")
        .containsEntry("orderId", ORDER.toString());
  }

  @Test
  void signalsToARunningFlowAreBufferedForAnHour() {
    OrderSignal cancel = new OrderSignal(TENANT, ORDER, OrderSignal.Kind.CANCELLATION_REQUESTED);
    assertThat(cancel.messageName()).isEqualTo("orders.cancellation-requested");
    assertThat(cancel.messageId()).isEqualTo("order-cancel:" + ORDER);
    assertThat(cancel.timeToLive()).isEqualTo(Duration.ofHours(1));
    OrderSignal delivered = new OrderSignal(TENANT, ORDER, OrderSignal.Kind.DELIVERY_CONFIRMED);
    assertThat(delivered.messageName()).isEqualTo("orders.delivery-confirmed");
    assertThat(delivered.correlationKey()).isEqualTo(ORDER.toString());
    assertThat(delivered.variables()).isEqualTo(Map.of("tenantId", TENANT.toString()));
  }
}
