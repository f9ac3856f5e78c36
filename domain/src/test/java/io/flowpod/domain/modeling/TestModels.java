package io.flowpod.domain.modeling;

import java.nio.charset.StandardCharsets;

/** Small BPMN documents for the validator and planner tests. */
final class TestModels {

  private TestModels() {}

  static final String HEAD = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_Test"
          targetNamespace="http://flowpod.io/test">
      """;

  /** A process {@code id} whose body is {@code steps}, plus definitions-level {@code extra}. */
  static String process(String id, String steps, String extra) {
    return HEAD + extra + """
          <bpmn:process id="%s" isExecutable="true">
            <bpmn:startEvent id="Start_Requested" />
            %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(id, steps);
  }

  static String serviceTask(String id, String type) {
    return """
        <bpmn:serviceTask id="%s">
          <bpmn:extensionElements><zeebe:taskDefinition type="%s" /></bpmn:extensionElements>
        </bpmn:serviceTask>""".formatted(id, type);
  }

  static String userTask(String id, String formKey, String groups) {
    return """
        <bpmn:userTask id="%s">
          <bpmn:extensionElements>
            <zeebe:formDefinition formKey="%s" />
            <zeebe:assignmentDefinition candidateGroups="%s" />
          </bpmn:extensionElements>
        </bpmn:userTask>""".formatted(id, formKey, groups);
  }

  static ModelFile file(String name, String content) {
    return new ModelFile(name, content.getBytes(StandardCharsets.UTF_8));
  }
}
