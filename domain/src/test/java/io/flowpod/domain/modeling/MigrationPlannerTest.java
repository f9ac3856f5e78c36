package io.flowpod.domain.modeling;

import static io.flowpod.domain.modeling.TestModels.process;
import static io.flowpod.domain.modeling.TestModels.serviceTask;
import static io.flowpod.domain.modeling.TestModels.userTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.domain.operations.InstanceState;
import io.flowpod.domain.operations.InstanceSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationPlannerTest {

  private static final String V1 = process("orders-example",
      userTask("Task_Review", "order-review", "managers")
          + serviceTask("Task_Reserve", "orders.reserve-stock")
          + """
          <bpmn:subProcess id="Sub_Fulfil">
            <bpmn:userTask id="Task_Pack" />
          </bpmn:subProcess>
          <bpmn:receiveTask id="Task_AwaitPayment" />""", "");

  /** v2 adds a step, turns Task_Reserve into a user task, and drops Task_AwaitPayment. */
  private static final String V2 = process("orders-example",
      userTask("Task_Review", "order-review", "managers")
          + userTask("Task_Reserve", "order-review", "managers")
          + serviceTask("Task_Confirm", "orders.reserve-stock")
          + """
          <bpmn:subProcess id="Sub_Fulfil">
            <bpmn:userTask id="Task_Pack" />
          </bpmn:subProcess>""", "");

  private final MigrationPlanner planner = new MigrationPlanner(V1, V2);

  private static InstanceSummary waitingIn(long key, String... elements) {
    return new InstanceSummary(key, "orders-example", 1, 11L, InstanceState.ACTIVE, null,
        Instant.EPOCH, null, Instant.EPOCH, List.of(elements), 0);
  }

  @Test
  void anInstanceWaitingInAnElementThatStaysMovesWithEqualIds() {
    InstanceMigration check = planner.check(waitingIn(1, "Task_Review"));
    assertThat(check.allowed()).isTrue();
    assertThat(check.mappings()).containsExactly(Map.entry("Task_Review", "Task_Review"));
    assertThat(check.reasons()).isEmpty();
  }

  @Test
  void elementsInsideASubProcessAlsoMapTheSubProcess() {
    InstanceMigration check = planner.check(waitingIn(2, "Task_Pack"));
    assertThat(check.allowed()).isTrue();
    assertThat(check.mappings()).containsOnly(Map.entry("Sub_Fulfil", "Sub_Fulfil"),
        Map.entry("Task_Pack", "Task_Pack"));
  }

  @Test
  void aMissingElementOrAChangedTypeSaysWhy() {
    InstanceMigration check = planner.check(waitingIn(3, "Task_AwaitPayment", "Task_Reserve"));
    assertThat(check.allowed()).isFalse();
    assertThat(check.mappings()).isEmpty();
    assertThat(check.reasons()).containsExactly(
        "Task_AwaitPayment does not exist in the target version",
        "Task_Reserve is a serviceTask here but a userTask in the target version");
  }

  @Test
  void anInstanceWithoutKnownActiveElementsIsNotMoved() {
    assertThat(planner.check(waitingIn(4)).allowed()).isFalse();
  }
}
