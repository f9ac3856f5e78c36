package io.flowpod.domain.platform.flows;

import java.util.Map;

/**
 * A domain event that starts or advances a BPMN flow. Published inside the domain transaction; the
 * outbox (Spring Modulith's event publication registry) delivers it to the engine at least once after
 * commit. The message id makes a repeated delivery harmless while the engine still buffers the message;
 * receivers stay idempotent beyond that.
 */
public interface FlowMessage {

  /** {@code <capability>.<past-tense-event>}, e.g. {@code platform.flow-check-requested}. */
  String messageName();

  /** Unique per waiting instance, e.g. the business object's id. */
  String correlationKey();

  /** Stable across redeliveries of the same event. */
  String messageId();

  /** References only: never personal data or secrets. */
  Map<String, Object> variables();
}
