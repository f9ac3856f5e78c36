package io.flowpod.domain.ordering;

import io.flowpod.domain.policies.ColumnType;
import io.flowpod.domain.policies.DecisionRule;
import io.flowpod.domain.policies.DecisionTable;
import io.flowpod.domain.policies.HitPolicy;
import io.flowpod.domain.policies.PolicyColumn;
import io.flowpod.domain.policies.PolicyKind;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The decisions of order-lifecycle.bpmn a workspace can replace with its own table: whether an order
 * needs a manager's review, and how long after the payment request the customer is reminded.
 */
@Configuration(proxyBeanMethods = false)
class OrderPolicies {

  private static final PolicyColumn TOTAL =
      PolicyColumn.of("totalMinor", "Total (minor units)", ColumnType.NUMBER);
  private static final PolicyColumn CURRENCY = PolicyColumn.of("currency", "Currency", ColumnType.STRING);
  private static final PolicyColumn CHANNEL = PolicyColumn.of("channel", "Channel", ColumnType.STRING);

  @Bean
  PolicyKind orderApprovalPolicy() {
    return new PolicyKind(OrderProcess.DECISION_ID, "Order approval",
        "Whether a placed order needs a manager's review before payment is requested. Totals are "
            + "minor units of the order's currency; channel is STOREFRONT, CHAT or API (staff "
            + "through the API).",
        OrderProcess.DECISION_ID, OrderProcess.APPROVAL_DECISION_VARIABLE, OrderProcess.PROCESS_ID,
        List.of(TOTAL, CURRENCY, CHANNEL), List.of(PolicyColumn.oneOf("approval", "Approval",
            "AUTO", "REVIEW")),
        new DecisionTable(HitPolicy.UNIQUE, List.of(
            new DecisionRule(List.of(">= 50000", "-", "-"), List.of("\"REVIEW\""),
                "Large orders need a manager's review"),
            new DecisionRule(List.of("< 50000", "-", "-"), List.of("\"AUTO\""),
                "Everything else is approved automatically"))));
  }

  @Bean
  PolicyKind orderPaymentReminderPolicy() {
    return new PolicyKind(OrderProcess.REMINDER_DECISION_ID, "Payment reminder offset",
        "How many hours after the payment request an unpaid order's customer is reminded (1 to 720; "
            + "null keeps the order settings' paymentReminderAfter). A reminder due after the payment "
            + "deadline is never sent.",
        OrderProcess.REMINDER_DECISION_ID, OrderProcess.REMINDER_DECISION_VARIABLE,
        OrderProcess.PROCESS_ID, List.of(TOTAL, CHANNEL),
        List.of(PolicyColumn.between(OrderProcess.REMINDER_AFTER_HOURS_VARIABLE,
            "Remind after (hours)", 1, 720)),
        new DecisionTable(HitPolicy.FIRST, List.of(
            new DecisionRule(List.of("-", "-"), List.of("24"), "Every order: remind after a day"))));
  }
}
