package io.flowpod.domain.payments;

import io.flowpod.domain.payments.PaymentRequest.State;
import io.flowpod.domain.platform.TenantTransactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The embedded test payment page's side: a link token leads (through its hash and a pre-tenant lookup
 * that answers only the owning workspace) to one TEST payment request, which the visitor pays or
 * declines. Pay and decline go through the same state machine as Stripe events.
 */
@Service
public class TestPayments {

  /** What the page shows; {@code expired} when the link's time is up and it can no longer be paid. */
  public record TestPayment(String description, long amountMinor, String currency, State state,
      boolean expired, String returnUrl) {}

  private final JdbcClient jdbc;
  private final PaymentRequestStore requests;
  private final PaymentOutcomes outcomes;
  private final TenantTransactions transactions;
  private final Clock clock;

  TestPayments(JdbcClient jdbc, PaymentRequestStore requests, PaymentOutcomes outcomes,
      TenantTransactions transactions, Clock clock) {
    this.jdbc = jdbc;
    this.requests = requests;
    this.outcomes = outcomes;
    this.transactions = transactions;
    this.clock = clock;
  }

  public Optional<TestPayment> find(String token) {
    return withRequest(token, row -> view(row));
  }

  /**
   * Pays an open, unexpired request; anything else (a declined one too: its order is cancelled)
   * answers it unchanged. Empty: unknown token.
   */
  public Optional<TestPayment> pay(String token) {
    return withRequest(token, row -> {
      if (!expired(row)) {
        outcomes.paidIfRequested(row.payableId(), null);
      }
      return view(requests.find(row.payableId()).orElseThrow());
    });
  }

  /** Declines an open request (payment failed); anything else answers it unchanged. */
  public Optional<TestPayment> decline(String token) {
    return withRequest(token, row -> {
      if (!expired(row)) {
        outcomes.failed(row.payableId(), State.FAILED);
      }
      return view(requests.find(row.payableId()).orElseThrow());
    });
  }

  private Optional<TestPayment> withRequest(String token,
      java.util.function.Function<PaymentRequestRow, TestPayment> work) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    String hash = TestPaymentTokens.hash(token);
    Optional<UUID> tenant = jdbc.sql("select tenant_of_test_payment(?)").param(hash)
        .query(UUID.class).optional();
    return tenant.flatMap(t -> transactions.as(t, () -> requests.findByTestTokenHash(hash)
        .filter(row -> row.provider() == PaymentProvider.TEST)
        .map(work)));
  }

  private boolean expired(PaymentRequestRow row) {
    return !Instant.now(clock).isBefore(row.expiresAt());
  }

  private TestPayment view(PaymentRequestRow row) {
    return new TestPayment(row.description(), row.amountMinor(), row.currency(), row.state(),
        row.state() == State.REQUESTED && expired(row), row.returnUrl());
  }
}
