package io.flowpod.processes.inventory;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.flowpod.processes.support.ProcessScenario;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class InventoryReplenishmentProcessTest {

  private static final String LOW_STOCK = "ims.stock.low-threshold";
  private static final String USER_TASK_JOB = "io.camunda.zeebe:userTask";
  private static final String FORM_KEY_HEADER = "io.camunda.zeebe:formKey";
  private static final String GROUPS_HEADER = "io.camunda.zeebe:candidateGroups";
  private static final String RECORD_RECEIPT = "inventory.record-receipt";
  private static final String FLAG_LATE = "inventory.flag-late-delivery";

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ProcessScenario scenario;

  @BeforeEach
  void deploy() {
    scenario = new ProcessScenario(engine, client)
        .deployed("bpmn/inventory/inventory-replenishment.bpmn");
  }

  @Test
  void aLowStockCrossingIsOrderedReceivedAndBooked() {
    InspectedProcessInstance instance = lowStock("rep-1");

    ActivatedJob order = userTask("replenishment-purchase");
    assertThat(order.getVariablesAsMap()).containsEntry("replenishmentId", "rep-1")
        .containsEntry("reorderQuantity", 50);
    scenario.completed(order, Map.of("quantityOrdered", 60,
        "expectedAt", Instant.now().plus(Duration.ofDays(3)).toString()));

    ActivatedJob receive = userTask("replenishment-receipt");
    scenario.completed(receive, Map.of("quantityReceived", 58));

    ActivatedJob record = scenario.singleJobOfType(RECORD_RECEIPT);
    assertThat(record.getVariablesAsMap()).containsEntry("tenantId", "tenant-a")
        .containsEntry("replenishmentId", "rep-1").containsEntry("quantityReceived", 58);
    scenario.completed(record, Map.of());

    assertThat(instance).hasPassedElementsInOrder("Start_LowStock", "Task_OrderFromSupplier",
        "Task_ReceiveGoods", "Task_RecordReceipt", "End_Replenished").isCompleted();
    assertThat(instance).hasNotPassedElement("Task_FlagLateDelivery");
  }

  @Test
  void aDeliveryNotReceivedByItsExpectedTimeIsFlaggedLateAndStillAwaited() {
    InspectedProcessInstance instance = lowStock("rep-2");
    scenario.completed(userTask("replenishment-purchase"), Map.of("quantityOrdered", 50,
        "expectedAt", Instant.now().plus(Duration.ofDays(2)).toString()));
    assertThat(scenario.jobsOfType(FLAG_LATE)).isEmpty();

    // when the expected delivery time passes without a receipt
    scenario.timePassed(Duration.ofDays(3));
    ActivatedJob flag = scenario.awaitJobOfType(FLAG_LATE, Duration.ofSeconds(10));
    assertThat(flag.getVariablesAsMap()).containsEntry("replenishmentId", "rep-2");
    scenario.completed(flag, Map.of());

    // then the flow still waits for the goods and books them when they come
    assertThat(instance).hasPassedElement("End_LateFlagged").isWaitingAtElements("Task_ReceiveGoods");
    scenario.completed(userTask("replenishment-receipt"), Map.of("quantityReceived", 50));
    scenario.completed(scenario.singleJobOfType(RECORD_RECEIPT), Map.of());
    assertThat(instance).hasPassedElement("End_Replenished").isCompleted();
  }

  private InspectedProcessInstance lowStock(String replenishmentId) {
    scenario.messagePublished(LOW_STOCK, replenishmentId, "low-stock:" + replenishmentId,
        Map.of("tenantId", "tenant-a", "replenishmentId", replenishmentId,
            "productId", "product-1", "reorderQuantity", 50));
    return InspectionUtility.findProcessInstances().findLastProcessInstance().orElseThrow();
  }

  private ActivatedJob userTask(String formKey) {
    ActivatedJob job = scenario.singleJobOfType(USER_TASK_JOB);
    assertThat(job.getCustomHeaders()).containsEntry(FORM_KEY_HEADER, formKey);
    assertThat(job.getCustomHeaders().get(GROUPS_HEADER)).contains("purchasing");
    return job;
  }
}
