package io.flowpod.domain.payments;

import io.flowpod.domain.payments.PaymentRequest.State;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The payment state machine, run inside the caller's transaction on a locked row. PAID is final except
 * for a refund: a late failure or expiry never moves it back. A payment that arrives after a failure
 * is still recorded (the money was taken) and announced. Each real change publishes its flow message
 * through the outbox in the same transaction.
 */
@Component
class PaymentOutcomes {

  /** What an event did; also the outcome recorded in the inbox. */
  enum Change { PAID, FAILED, EXPIRED, UNCHANGED, UNKNOWN_PAYABLE }

  private static final Set<State> PAYABLE = EnumSet.of(State.REQUESTED, State.FAILED, State.EXPIRED);

  private final PaymentRequestStore requests;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PaymentOutcomes(PaymentRequestStore requests, ApplicationEventPublisher events, Clock clock) {
    this.requests = requests;
    this.events = events;
    this.clock = clock;
  }

  /** A provider's word that money was taken: also after a failure or expiry. */
  Change paid(UUID payableId, String paymentIntentId, UUID recordedBy) {
    return paid(payableId, paymentIntentId, recordedBy, PAYABLE);
  }

  /** Staff or the test page: only a request still awaiting payment becomes paid. */
  Change paidIfRequested(UUID payableId, UUID recordedBy) {
    return paid(payableId, null, recordedBy, EnumSet.of(State.REQUESTED));
  }

  private Change paid(UUID payableId, String paymentIntentId, UUID recordedBy, Set<State> from) {
    PaymentRequestRow row = requests.lock(payableId).orElse(null);
    if (row == null) {
      return Change.UNKNOWN_PAYABLE;
    }
    if (!from.contains(row.state())) {
      return Change.UNCHANGED;
    }
    requests.changeState(payableId, State.PAID, paymentIntentId, recordedBy, Instant.now(clock));
    events.publishEvent(PaymentMessage.received(row.tenantId(), payableId));
    return Change.PAID;
  }

  /**
   * The payable no longer wants the money (its order was cancelled): a request still awaiting payment
   * becomes EXPIRED, without a failure message, since no flow waits for one.
   */
  Change withdrawn(UUID payableId) {
    PaymentRequestRow row = requests.lock(payableId).orElse(null);
    if (row == null) {
      return Change.UNKNOWN_PAYABLE;
    }
    if (row.state() != State.REQUESTED) {
      return Change.UNCHANGED;
    }
    requests.changeState(payableId, State.EXPIRED, null, null, Instant.now(clock));
    return Change.EXPIRED;
  }

  /** {@code to} is FAILED or EXPIRED; only a request still awaiting payment changes. */
  Change failed(UUID payableId, State to) {
    PaymentRequestRow row = requests.lock(payableId).orElse(null);
    if (row == null) {
      return Change.UNKNOWN_PAYABLE;
    }
    if (row.state() != State.REQUESTED) {
      return Change.UNCHANGED;
    }
    requests.changeState(payableId, to, null, null, Instant.now(clock));
    events.publishEvent(PaymentMessage.failed(row.tenantId(), payableId));
    return to == State.EXPIRED ? Change.EXPIRED : Change.FAILED;
  }
}
