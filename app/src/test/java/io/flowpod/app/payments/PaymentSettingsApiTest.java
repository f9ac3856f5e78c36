package io.flowpod.app.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.embedded.EmbeddedRuntime;
import io.flowpod.app.payments.PaymentsHttp.Owner;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.payments.Payable;
import io.flowpod.domain.payments.PaymentMessage.Outcome;
import io.flowpod.domain.payments.Payments;
import io.flowpod.domain.platform.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The payment settings as an admin's client sees them (secrets go in, only hints come out, and the
 * database holds them encrypted), and staff recording a manual payment, scoped to their workspace.
 */
@FlowPodIntegrationTest
class PaymentSettingsApiTest {

  @Autowired Payments payments;
  @Autowired EmbeddedRuntime runtime;
  @LocalServerPort int port;

  @Test
  void aNewWorkspaceInEmbeddedModeUsesTheTestPageAndSecretsAreNeverEchoed() {
    PaymentsHttp http = new PaymentsHttp(port);
    Owner owner = http.signUp();
    String secretKey = "sk_test_51Secret" + UUID.randomUUID().toString().replace("-", "") + "9876";
    String webhookSecret = "whsec_" + UUID.randomUUID().toString().replace("-", "") + "abcd";

    JsonNode before = http.get("/api/v1/settings/payments", owner.accessToken()).json();
    assertThat(before.path("provider").asText()).isEqualTo("TEST");
    assertThat(before.path("testPageAvailable").asBoolean()).isTrue();

    PaymentsHttp.Reply saved = http.putJson("/api/v1/settings/payments", owner.accessToken(),
        PaymentsHttp.settings("STRIPE", secretKey, webhookSecret));
    PaymentsHttp.Reply read = http.get("/api/v1/settings/payments", owner.accessToken());

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    for (PaymentsHttp.Reply reply : java.util.List.of(saved, read)) {
      assertThat(reply.body()).doesNotContain(secretKey).doesNotContain(webhookSecret);
      assertThat(reply.json().path("provider").asText()).isEqualTo("STRIPE");
      assertThat(reply.json().path("stripeSecretKeyHint").asText()).isEqualTo("sk_test_…9876");
      assertThat(reply.json().path("stripeWebhookSecretHint").asText()).isEqualTo("whsec_…abcd");
    }
    OutboxProbe probe = new OutboxProbe(runtime);
    assertThat(probe.settingsColumn(owner.tenantId(), "stripe_secret_key_enc"))
        .startsWith("v1:").doesNotContain(secretKey);
    assertThat(probe.settingsColumn(owner.tenantId(), "stripe_webhook_secret_enc"))
        .startsWith("v1:").doesNotContain(webhookSecret);

    // Leaving the secrets out keeps them; switching provider keeps them too.
    JsonNode manual = http.putJson("/api/v1/settings/payments", owner.accessToken(),
        Map.of("provider", "MANUAL", "manualInstructions", "IBAN AT00 1234")).json();
    assertThat(manual.path("stripeSecretKeyHint").asText()).isEqualTo("sk_test_…9876");
    assertThat(manual.path("manualInstructions").asText()).isEqualTo("IBAN AT00 1234");
  }

  @Test
  void invalidSettingsAnswerFieldErrorsAndChangeNothing() {
    PaymentsHttp http = new PaymentsHttp(port);
    Owner owner = http.signUp();

    PaymentsHttp.Reply reply = http.putJson("/api/v1/settings/payments", owner.accessToken(),
        PaymentsHttp.settings("STRIPE", "pk_test_publishable_not_secret", null));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().path("errors").findValuesAsText("field"))
        .contains("stripeSecretKey", "stripeWebhookSecret");
    assertThat(reply.body()).doesNotContain("pk_test_publishable_not_secret");
    assertThat(http.get("/api/v1/settings/payments", owner.accessToken()).json()
        .path("provider").asText()).isEqualTo("TEST");
    assertThat(http.get("/api/v1/settings/payments", null).status()).isEqualTo(401);
  }

  @Test
  void onlyAdminsSeeOrChangeSettingsAndStaffBelowManagerCannotRecordPayments() {
    PaymentsHttp http = new PaymentsHttp(port);
    String staff = http.postJson("/api/v1/auth/login", null,
        Map.of("email", "staff@demo.flowpod.local", "password", "demo-password-1")).json()
        .path("accessToken").asText();

    assertThat(http.get("/api/v1/settings/payments", staff).status()).isEqualTo(403);
    assertThat(http.putJson("/api/v1/settings/payments", staff,
        Map.of("provider", "MANUAL")).status()).isEqualTo(403);
    assertThat(http.postJson("/api/v1/orders/" + UUID.randomUUID() + "/manual-payment", staff,
        Map.of()).status()).isEqualTo(403);
  }

  @Test
  void staffRecordAManualPaymentOnlyInTheirOwnWorkspaceAndOnlyOnce() {
    PaymentsHttp http = new PaymentsHttp(port);
    Owner shop = http.signUp();
    Owner other = http.signUp();
    http.putJson("/api/v1/settings/payments", shop.accessToken(),
        Map.of("provider", "MANUAL", "manualInstructions", "Pay at the counter"));
    UUID orderId = UUID.randomUUID();
    var request = TenantContext.callAs(shop.tenantId(), () -> payments.request(new Payable(orderId,
        "Order 7", 990, "EUR", Instant.now().plus(Duration.ofDays(2)), "/shop/orders/7")));
    assertThat(request.instructions()).isEqualTo("Pay at the counter");
    assertThat(request.payUrl()).isNull();
    String path = "/api/v1/orders/" + orderId + "/manual-payment";

    assertThat(http.postJson(path, other.accessToken(), Map.of()).status()).isEqualTo(404);
    assertThat(http.postJson("/api/v1/orders/" + UUID.randomUUID() + "/manual-payment",
        shop.accessToken(), Map.of()).status()).isEqualTo(404);
    PaymentsHttp.Reply paid = http.postJson(path, shop.accessToken(), Map.of());
    PaymentsHttp.Reply again = http.postJson(path, shop.accessToken(), Map.of());

    assertThat(paid.status()).as(paid.body()).isEqualTo(200);
    assertThat(paid.json().path("state").asText()).isEqualTo("PAID");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(new OutboxProbe(runtime).published(Outcome.RECEIVED, orderId)).isEqualTo(1);
  }
}
