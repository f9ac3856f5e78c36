package io.flowpod.api.payments;

import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.payments.PaymentProvider;
import io.flowpod.domain.payments.PaymentRequest;
import io.flowpod.domain.payments.Payments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff record that an order was paid outside FlowPod (bank transfer, cash). */
@RestController
@Tag(name = "Payments")
class ManualPaymentController {

  private final Payments payments;

  ManualPaymentController(Payments payments) {
    this.payments = payments;
  }

  /** The order's payment request after the change. */
  record PaymentResponse(UUID orderId, PaymentProvider provider, PaymentRequest.State state,
      long amountMinor, String currency, Instant expiresAt) {

    static PaymentResponse of(PaymentRequest r) {
      return new PaymentResponse(r.payableId(), r.provider(), r.state(), r.amountMinor(),
          r.currency(), r.expiresAt());
    }
  }

  @PostMapping("/api/v1/orders/{id}/manual-payment")
  @PreAuthorize("hasRole('MANAGER')")
  @Operation(summary = "Record a manual payment of an order",
      description = "Roles: OWNER, ADMIN, MANAGER. For MANUAL and TEST payment requests awaiting "
          + "payment: marks the order paid and lets its flow continue. 404 for an unknown order or one "
          + "without a payment request; 409 when it is not awaiting a payment staff may record.")
  PaymentResponse record(@PathVariable UUID id, CurrentUser caller) {
    return PaymentResponse.of(payments.recordManualPayment(id, caller.userId()));
  }
}
