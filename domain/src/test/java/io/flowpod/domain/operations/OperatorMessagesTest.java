package io.flowpod.domain.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperatorMessagesTest {

  @Test
  void keepsTheWorkersMessageWithoutClassNameAndFrames() {
    String trace = "io.flowpod.workers.orders.OrderJobs$Failure: Order 1001: the order x does not "
        + "exist in this workspace; check the process variable orderId\n\tat io.flowpod.A.b(A.java:1)"
        + "\n\tat io.flowpod.C.d(C.java:2)";

    assertThat(OperatorMessages.of(trace)).isEqualTo("Order 1001: the order x does not exist in "
        + "this workspace; check the process variable orderId");
  }

  @Test
  void leavesAnOperatorMessageAsItIs() {
    assertThat(OperatorMessages.of("Order 7: stock hold r1 was released before payment; retry"))
        .isEqualTo("Order 7: stock hold r1 was released before payment; retry");
    assertThat(OperatorMessages.of("failed to evaluate expression 'x': no variable found"))
        .isEqualTo("failed to evaluate expression 'x': no variable found");
  }
}
