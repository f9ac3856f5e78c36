package io.flowpod.domain.modeling;

import static io.flowpod.domain.modeling.TestModels.file;
import static io.flowpod.domain.modeling.TestModels.process;
import static io.flowpod.domain.modeling.TestModels.serviceTask;
import static io.flowpod.domain.modeling.TestModels.userTask;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelValidatorTest {

  private final ModelValidator validator = new ModelValidator(
      new KnownJobTypes(Set.of("orders.reserve-stock", "io.camunda.zeebe:userTask")),
      "order-review"::equals);

  private List<ModelProblem> errors(ModelFile... files) {
    return validator.validate(List.of(files)).stream().filter(ModelProblem::blocking).toList();
  }

  private static ModelFile good() {
    return file("orders-example.bpmn", process("orders-example",
        serviceTask("Task_ReserveStock", "orders.reserve-stock")
            + userTask("Task_ReviewOrder", "order-review", "managers"),
        """
        <bpmn:message id="Message_Paid" name="payments.payment-received" />
        <bpmn:error id="Error_OutOfStock" errorCode="OUT_OF_STOCK" />
        """));
  }

  @Test
  void aModelFollowingTheConventionsHasNoFindings() {
    assertThat(validator.validate(List.of(good()))).isEmpty();
  }

  @Test
  void theShippedModelsPass() throws Exception {
    Path root = Path.of("..", "processes", "src", "main", "resources", "bpmn");
    ModelValidator lenientForms = new ModelValidator(new KnownJobTypes(Set.of(
        "orders.reserve-stock", "orders.request-payment", "orders.confirm-order",
        "orders.mark-delivered", "orders.refund-payment", "orders.settle-cancellation",
        "orders.cancel-by-flow", "messaging.prepare-message", "messaging.deliver-message",
        "inventory.flag-late-delivery", "inventory.record-receipt", "platform.complete-flow-check",
        "registration.expire-registration", "registration.discard-unconfirmed-email",
        "privacy.prepare-export", "privacy.erase-personal-data", "privacy.complete-request",
        "privacy.reject-unverified-request")), key -> true);
    try (var paths = Files.walk(root)) {
      List<ModelFile> shipped = paths.filter(Files::isRegularFile)
          .map(p -> new ModelFile(p.getFileName().toString(), read(p))).toList();
      assertThat(shipped).isNotEmpty();
      assertThat(lenientForms.validate(shipped).stream().filter(ModelProblem::blocking))
          .isEmpty();
    }
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void brokenXmlIsRejectedWithItsPosition() {
    assertThat(errors(file("broken.bpmn", "<bpmn:definitions><oops></bpmn:definitions>")))
        .singleElement().satisfies(p -> {
          assertThat(p.file()).isEqualTo("broken.bpmn");
          assertThat(p.message()).startsWith("is not well-formed XML (line 1");
        });
  }

  @Test
  void anExternalEntityIsRejectedNotResolved(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE d [<!ENTITY x SYSTEM "%s">]>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">
          <bpmn:process id="orders-x" isExecutable="true" name="&x;" />
        </bpmn:definitions>""".formatted(secret.toUri());
    List<ModelProblem> problems = errors(file("xxe.bpmn", xxe));
    assertThat(problems).singleElement().extracting(ModelProblem::message)
        .asString().contains("DOCTYPE").doesNotContain("TOP-SECRET");
  }

  @Test
  void anEntityExpansionBombIsRejected() {
    String bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
        <d>&b;</d>""";
    assertThat(errors(file("bomb.dmn", bomb))).hasSize(1);
  }

  @Test
  void anUnknownJobTypeNamesTheElementAndTheType() {
    ModelFile model = file("orders-x.bpmn",
        process("orders-x", serviceTask("Task_Launch", "rockets.launch"), ""));
    assertThat(errors(model)).singleElement().satisfies(p -> {
      assertThat(p.element()).isEqualTo("Task_Launch");
      assertThat(p.message()).contains("'rockets.launch'");
    });
  }

  @Test
  void aServiceTaskWithoutJobTypeIsRejected() {
    ModelFile model = file("orders-x.bpmn",
        process("orders-x", "<bpmn:serviceTask id=\"Task_Nothing\" />", ""));
    assertThat(errors(model)).extracting(ModelProblem::element).containsExactly("Task_Nothing");
  }

  @Test
  void userTasksMustBeJobWorkerTasksWithAKnownFormAndGroups() {
    String camundaUserTask = """
        <bpmn:userTask id="Task_Camunda">
          <bpmn:extensionElements><zeebe:userTask /></bpmn:extensionElements>
        </bpmn:userTask>""";
    ModelFile model = file("orders-x.bpmn", process("orders-x", camundaUserTask
        + userTask("Task_UnknownForm", "nope", "managers")
        + userTask("Task_NoGroups", "order-review", ""), ""));
    assertThat(errors(model)).extracting(p -> p.element() + ": " + p.message()).containsExactly(
        "Task_Camunda: is a Camunda user task (zeebe:userTask), which cannot be completed in "
            + "embedded mode; remove it so the task becomes a job-worker user task",
        "Task_UnknownForm: form key 'nope' has no form in FlowPod's staff inbox",
        "Task_NoGroups: user task needs candidate groups (zeebe:assignmentDefinition "
            + "candidateGroups)");
  }

  @Test
  void namesCodeDependsOnAreErrorsAndElementIdsAreWarnings() {
    String model = TestModels.HEAD + """
          <bpmn:message id="Message_Bad" name="PaymentReceived" />
          <bpmn:error id="Error_Bad" errorCode="out-of-stock" />
          <bpmn:process id="OrderFlow" isExecutable="false">
            <bpmn:startEvent id="start1" />
          </bpmn:process>
        </bpmn:definitions>""";
    List<ModelProblem> problems = validator.validate(List.of(file("x.bpmn", model)));
    assertThat(problems.stream().filter(ModelProblem::blocking).map(ModelProblem::element))
        .containsExactlyInAnyOrder("OrderFlow", "OrderFlow", "Message_Bad", "Error_Bad");
    assertThat(problems.stream().filter(p -> !p.blocking()).map(ModelProblem::element))
        .containsExactly("start1");
  }

  @Test
  void sizeAndCountLimitsApplyPerFileAndPerUpload() {
    byte[] big = new byte[ModelValidator.MAX_FILE_BYTES + 1];
    assertThat(errors(new ModelFile("big.bpmn", big))).extracting(ModelProblem::message)
        .containsExactly("is larger than 1 MB");
    List<ModelFile> many = java.util.stream.IntStream.range(0, 6)
        .mapToObj(i -> new ModelFile("f" + i + ".form", new byte[ModelValidator.MAX_FILE_BYTES]))
        .toList();
    assertThat(validator.validate(many)).extracting(ModelProblem::message)
        .contains("the upload is larger than 5 MB in total");
    assertThat(errors()).extracting(ModelProblem::message)
        .containsExactly("upload at least one .bpmn, .dmn or .form file");
  }

  @Test
  void otherFileKindsAndDuplicatesAreRejected() {
    assertThat(errors(file("notes.txt", "hello"), good(), good()))
        .extracting(p -> p.file() + ": " + p.message())
        .containsExactly("notes.txt: is not a .bpmn, .dmn or .form file",
            "orders-example.bpmn: is uploaded twice");
  }

  @Test
  void dmnNeedsDecisionsAndFormsNeedAnId() {
    String noDecision = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d"
            namespace="x" />""";
    String decision = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d"
            namespace="x"><decision id="Decision_A" name="A" /></definitions>""";
    assertThat(errors(file("a.dmn", noDecision), file("b.dmn", decision),
        file("a.form", "{\"components\": []}"), file("b.form", "{\"id\": \"order-review\"}"),
        file("c.form", "not json")))
        .extracting(p -> p.file() + ": " + p.message())
        .containsExactly("a.dmn: has no decision", "a.form: form has no id",
            "c.form: is not valid JSON");
  }
}
