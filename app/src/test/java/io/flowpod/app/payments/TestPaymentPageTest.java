package io.flowpod.app.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.embedded.EmbeddedRuntime;
import io.flowpod.app.payments.PaymentsHttp.Reply;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.support.TestTenants;
import io.flowpod.domain.payments.Payable;
import io.flowpod.domain.payments.PaymentProvider;
import io.flowpod.domain.payments.PaymentMessage.Outcome;
import io.flowpod.domain.payments.PaymentRequest;
import io.flowpod.domain.payments.PaymentRequest.State;
import io.flowpod.domain.payments.Payments;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The embedded test payment page, driven over HTTP as a customer's browser does. */
@FlowPodIntegrationTest
class TestPaymentPageTest {

  @Autowired Payments payments;
  @Autowired Tenants tenants;
  @Autowired EmbeddedRuntime runtime;
  @LocalServerPort int port;

  PaymentsHttp http;
  UUID tenant;

  @BeforeEach
  void testWorkspace() {
    http = new PaymentsHttp(port);
    tenant = TestTenants.create(tenants, "TestPay").id();
    TenantContext.set(tenant);
  }

  @AfterEach
  void clear() {
    TenantContext.clear();
  }

  @Test
  void theCustomerSeesWhatToPayPaysOnceAndIsLedBackToTheOrder() {
    Payable payable = payable(1_250, "EUR");
    PaymentRequest request = payments.request(payable);
    assertThat(request.provider()).isEqualTo(PaymentProvider.TEST);
    assertThat(request.payUrl()).matches("/pay/test/[A-Za-z0-9_-]{40,}");
    assertThat(payments.request(payable).payUrl()).isEqualTo(request.payUrl());

    Reply page = http.get(request.payUrl(), null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("<html lang=\"en\"", "<h1>Test payment</h1>", "Order 9",
        "12.50 EUR", ">Pay</button>", ">Decline</button>", "/assets/flowpod.css",
        "action=\"" + request.payUrl() + "/pay\"");

    Reply paid = http.postForm(request.payUrl() + "/pay");
    assertThat(paid.status()).isBetween(302, 303);
    assertThat(paid.location()).endsWith(request.payUrl());
    http.postForm(request.payUrl() + "/decline");

    Reply after = http.get(request.payUrl(), null);
    assertThat(after.body()).contains("Payment received", "href=\"/shop/orders/9\"")
        .doesNotContain(">Pay</button>");
    assertThat(payments.find(payable.id()).orElseThrow().state()).isEqualTo(State.PAID);
    OutboxProbe probe = new OutboxProbe(runtime);
    assertThat(probe.published(Outcome.RECEIVED, payable.id())).isEqualTo(1);
    assertThat(probe.published(Outcome.FAILED, payable.id())).isZero();
  }

  @Test
  void aDeclinedTestPaymentFailsOnceAndShowsTheCurrencysOwnDigits() {
    Payable payable = payable(1_250, "JPY");
    PaymentRequest request = payments.request(payable);
    assertThat(http.get(request.payUrl(), null).body()).contains("1250 JPY");

    http.postForm(request.payUrl() + "/decline");
    http.postForm(request.payUrl() + "/decline");
    http.postForm(request.payUrl() + "/pay");

    assertThat(http.get(request.payUrl(), null).body()).contains("The payment was declined");
    assertThat(payments.find(payable.id()).orElseThrow().state()).isEqualTo(State.FAILED);
    OutboxProbe probe = new OutboxProbe(runtime);
    assertThat(probe.published(Outcome.FAILED, payable.id())).isEqualTo(1);
    assertThat(probe.published(Outcome.RECEIVED, payable.id())).isZero();
  }

  @Test
  void anUnknownLinkIsNotFound() {
    assertThat(http.get("/pay/test/not-a-real-token", null).status()).isEqualTo(404);
    assertThat(http.postForm("/pay/test/not-a-real-token/pay").status()).isEqualTo(404);
  }

  private static Payable payable(long amountMinor, String currency) {
    return new Payable(UUID.randomUUID(), "Order 9", amountMinor, currency,
        Instant.now().plus(Duration.ofHours(1)), "/shop/orders/9");
  }
}
