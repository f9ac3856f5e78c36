package io.flowpod.domain.notifications;

/** Names in notify-customer.bpmn, the call activity every flow uses to talk to customers. */
public final class NotifyStep {

  public static final String PROCESS_ID = "notify-customer";
  public static final String PREPARE_JOB = "messaging.prepare-message";
  public static final String DELIVER_JOB = "messaging.deliver-message";
  /** The caller's input naming the template, e.g. {@code "order.confirmed"}. */
  public static final String TEMPLATE_VARIABLE = "messageTemplate";

  private NotifyStep() {}
}
