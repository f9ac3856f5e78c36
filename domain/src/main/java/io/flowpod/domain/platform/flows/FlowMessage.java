package io.flowpod.domain.platform.flows;

import java.time.Duration;
import java.util.Map;

/**
 * A domain event that starts or advances a BPMN flow. Published inside the domain transaction; the
 * outbox (Spring Modulith's event publication registry) delivers it to the engine at least once after
 * commit. The message id makes a repeated delivery harmless while the engine still buffers the message;
 * receivers stay idempotent beyond that.
 */
public interface FlowMessage {

  /** The buffer for messages to intermediate catch events: long enough for the flow to get there. */
  Duration MID_FLOW_TIME_TO_LIVE = Duration.ofHours(1);

  /** {@code <capability>.<past-tense-event>}, e.g. {@code platform.flow-check-requested}. */
  String messageName();

  /** Unique per waiting instance, e.g. the business object's id. */
  String correlationKey();

  /** Stable across redeliveries of the same event. */
  String messageId();

  /** References only: never personal data or secrets. */
  Map<String, Object> variables();

  /**
   * How long the engine buffers the message when no instance waits for it yet; null for the
   * configured default (zero: start messages need no buffer). A message to an intermediate catch event
   * that may arrive before the flow reaches it (a payment before its wait starts) sets one.
   */
  default Duration timeToLive() {
    return null;
  }
}
