package io.flowpod.app.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.ordering.Order;
import io.flowpod.domain.ordering.OrderProcess;
import io.flowpod.domain.ordering.OrderStatus;
import io.flowpod.domain.ordering.Orders;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.platform.flows.ResumableFlow;
import io.flowpod.domain.platform.flows.Resumption;
import io.flowpod.domain.tasks.StaffTaskException;
import io.flowpod.domain.tasks.StaffTaskForm;
import io.flowpod.domain.tasks.StaffTasks;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The order's staff task forms and its flow resumption, called as the task inbox and start-up do. */
@FlowPodIntegrationTest
class OrderTaskFormsTest {

  @LocalServerPort
  int port;
  @Autowired
  Orders orders;
  @Autowired
  StaffTasks tasks;
  @Autowired
  List<ResumableFlow> flows;

  ShopFixture shop;
  UUID orderId;
  long number;

  @BeforeEach
  void placeAnOrder() {
    shop = ShopFixture.signup(new CatalogClient(port));
    String tea = shop.product("TEA-1", 450, null, 1000);
    var placed = shop.api.post("/api/v1/orders", shop.owner,
        ShopFixture.order(ShopFixture.email(), Map.of(tea, 1L))).expect(201).json();
    orderId = UUID.fromString(placed.path("id").asText());
    number = placed.path("number").asLong();
  }

  private StaffTaskForm form(String key) {
    return tasks.form(key).orElseThrow();
  }

  @Test
  void theReviewFormNeedsADecisionAndRecordsIt() {
    StaffTaskForm review = form(OrderProcess.REVIEW_FORM);
    assertThat(review.businessObjectType()).isEqualTo("order");
    assertThat(review.businessObjectVariable()).isEqualTo("orderId");
    TenantContext.runAs(shop.tenantId, () -> {
      assertThat(review.title(orderId.toString()))
          .isEqualTo("Order " + number + ": review before payment");
      assertThatThrownBy(() -> review.complete(orderId.toString(), Map.of("note", "ok"), null))
          .isInstanceOfSatisfying(StaffTaskException.class,
              e -> assertThat(e.fieldErrors()).containsOnlyKeys("approved"));
      assertThat(review.complete(orderId.toString(), Map.of("approved", false), null))
          .isEqualTo(Map.of("approved", false));
      assertThat(orders.timeline(orderId)).anySatisfy(event -> {
        assertThat(event.kind()).isEqualTo(Orders.REVIEWED);
        assertThat(event.cause()).isEqualTo("REJECTED");
      });
    });
  }

  @Test
  void theFulfilmentFormShipsAConfirmedOrder() {
    StaffTaskForm fulfilment = form(OrderProcess.FULFILMENT_FORM);
    TenantContext.runAs(shop.tenantId, () -> {
      assertThat(fulfilment.title(orderId.toString()))
          .isEqualTo("Order " + number + ": pick, pack and ship");
      assertThatThrownBy(() -> fulfilment.complete(orderId.toString(),
          Map.of("carrier", "DHL", "trackingNumber", "JJD1"), null))
          .isInstanceOfSatisfying(StaffTaskException.class,
              e -> assertThat(e.reason()).isEqualTo(StaffTaskException.Reason.CONFLICT));
      orders.confirmPaid(orderId);
      assertThatThrownBy(() -> fulfilment.complete(orderId.toString(), Map.of("carrier", " "),
          null)).isInstanceOfSatisfying(StaffTaskException.class,
              e -> assertThat(e.fieldErrors()).containsOnlyKeys("carrier", "trackingNumber"));
      Map<String, Object> outcome = fulfilment.complete(orderId.toString(),
          Map.of("carrier", "DHL", "trackingNumber", "JJD1"), null);
      Order shipped = orders.find(orderId).orElseThrow();
      assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
      assertThat(outcome).isEqualTo(Map.of("autoDeliverAt", shipped.autoDeliverAt().toString()));
      assertThat(Instant.parse((String) outcome.get("autoDeliverAt")))
          .isAfter(Instant.now().plusSeconds(13 * 24 * 3600));
    });
  }

  @Test
  void unfinishedOrdersResumeWhereTheirStatusStands() {
    ResumableFlow flow = flows.stream()
        .filter(candidate -> candidate.processId().equals(OrderProcess.PROCESS_ID))
        .findFirst().orElseThrow();
    TenantContext.runAs(shop.tenantId, () -> {
      Resumption.ResumeAt pending = (Resumption.ResumeAt) only(flow.inFlightRecords());
      assertThat(pending.businessObject()).isEqualTo("order " + number);
      assertThat(pending.elementId()).isEqualTo(OrderProcess.RESERVE_STOCK_ELEMENT);
      assertThat(pending.variables()).containsEntry("orderId", orderId.toString())
          .containsEntry("orderNumber", Long.toString(number))
          .containsEntry("tenantId", shop.tenantId.toString())
          .containsEntry("totalMinor", 495L).containsKeys("channel", "currency");

      Order confirmed = orders.confirmPaid(orderId);
      Resumption.ResumeAt paid = (Resumption.ResumeAt) only(flow.inFlightRecords());
      assertThat(paid.elementId()).isEqualTo(OrderProcess.FULFIL_ELEMENT);
      assertThat(paid.variables()).containsEntry("fulfilmentNoticeAt",
          confirmed.fulfilmentNoticeAt().toString());

      Order shipped = orders.ship(orderId, "DHL", "JJD1", null);
      Resumption.ResumeAt onItsWay = (Resumption.ResumeAt) only(flow.inFlightRecords());
      assertThat(onItsWay.elementId()).isEqualTo(OrderProcess.AWAIT_DELIVERY_ELEMENT);
      assertThat(onItsWay.variables()).containsEntry("autoDeliverAt",
          shipped.autoDeliverAt().toString());

      orders.confirmDelivery(orderId, null);
      assertThat(flow.inFlightRecords()).isEmpty();
    });
  }

  private static Resumption only(List<Resumption> resumptions) {
    assertThat(resumptions).hasSize(1);
    return resumptions.get(0);
  }
}
