package io.flowpod.api.payments;

import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.payments.PaymentProvider;
import io.flowpod.domain.payments.PaymentSettings;
import io.flowpod.domain.payments.PaymentSettingsUpdate;
import io.flowpod.domain.payments.PaymentSettingsView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's payment provider and Stripe credentials; secrets are write-only. */
@RestController
@RequestMapping("/api/v1/settings/payments")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Payments")
class PaymentSettingsController {

  private final PaymentSettings settings;

  PaymentSettingsController(PaymentSettings settings) {
    this.settings = settings;
  }

  /** Secrets are write-only: null keeps the stored one. */
  record SettingsRequest(PaymentProvider provider, String stripeSecretKey, String stripeWebhookSecret,
      String manualInstructions) {}

  /** Secrets appear only as hints such as "sk_test_…4242", null when not set. */
  record SettingsResponse(PaymentProvider provider, String stripeSecretKeyHint,
      String stripeWebhookSecretHint, String manualInstructions, boolean testPageAvailable) {

    static SettingsResponse of(PaymentSettingsView v) {
      return new SettingsResponse(v.provider(), v.stripeSecretKeyHint(), v.stripeWebhookSecretHint(),
          v.manualInstructions(), v.testPageAvailable());
    }
  }

  @GetMapping
  @Operation(summary = "The workspace's payment settings",
      description = "Roles: OWNER, ADMIN. Without saved settings: provider TEST in embedded mode, "
          + "MANUAL in cluster mode. Secrets only as hints.")
  SettingsResponse get() {
    return SettingsResponse.of(settings.current());
  }

  @PutMapping
  @Operation(summary = "Replace the workspace's payment settings",
      description = "Roles: OWNER, ADMIN. provider MANUAL | TEST | STRIPE; STRIPE needs "
          + "stripeSecretKey (sk_…/rk_…) and stripeWebhookSecret (whsec_…), now or stored before; a "
          + "secret left out keeps the stored one. TEST only where the test payment page runs. 400 "
          + "with field errors.")
  SettingsResponse put(@RequestBody SettingsRequest request, CurrentUser caller) {
    return SettingsResponse.of(settings.update(new PaymentSettingsUpdate(request.provider(),
        request.stripeSecretKey(), request.stripeWebhookSecret(), request.manualInstructions()),
        caller.userId()));
  }
}
