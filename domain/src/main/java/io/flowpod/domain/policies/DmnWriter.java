package io.flowpod.domain.policies;

import java.util.List;

/**
 * Writes a decision table as a DMN 1.3 document the engine deploys and Camunda Modeler opens: one
 * decision with the given id, the kind's columns as inputs and outputs, one rule per row. Element ids
 * are derived from positions, so the same table always gives the same document (the engine then
 * recognises a redeployment as unchanged).
 */
final class DmnWriter {

  private DmnWriter() {}

  static String write(PolicyKind kind, String decisionId, DecisionTable table) {
    StringBuilder xml = new StringBuilder(2048);
    xml.append("""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" \
        xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/" \
        xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" \
        xmlns:modeler="http://camunda.org/schema/modeler/1.0" \
        id="Definitions_%1$s" name="%2$s" namespace="https://flowpod.io/dmn" exporter="FlowPod" \
        exporterVersion="1" modeler:executionPlatform="Camunda Cloud" \
        modeler:executionPlatformVersion="8.8.0">
          <decision id="%1$s" name="%2$s">
            <description>%3$s</description>
            <decisionTable id="DecisionTable_1" hitPolicy="%4$s">
        """.formatted(decisionId, escape(kind.title()), escape(kind.description()),
        table.hitPolicy().name()));
    List<PolicyColumn> inputs = kind.inputs();
    for (int c = 0; c < inputs.size(); c++) {
      PolicyColumn input = inputs.get(c);
      xml.append("""
                <input id="Input_%1$d" label="%2$s">
                  <inputExpression id="InputExpression_%1$d" typeRef="%3$s">
                    <text>%4$s</text>
                  </inputExpression>
                </input>
          """.formatted(c + 1, escape(input.label()), input.type().typeRef(), input.name()));
    }
    List<PolicyColumn> outputs = kind.outputs();
    for (int c = 0; c < outputs.size(); c++) {
      PolicyColumn output = outputs.get(c);
      xml.append("""
                <output id="Output_%1$d" label="%2$s" name="%3$s" typeRef="%4$s" />
          """.formatted(c + 1, escape(output.label()), output.name(), output.type().typeRef()));
    }
    for (int r = 0; r < table.rules().size(); r++) {
      DecisionRule rule = table.rules().get(r);
      xml.append("          <rule id=\"Rule_").append(r + 1).append("\">\n");
      if (rule.description() != null && !rule.description().isBlank()) {
        xml.append("            <description>").append(escape(rule.description().strip()))
            .append("</description>\n");
      }
      for (int c = 0; c < rule.inputs().size(); c++) {
        xml.append("            <inputEntry id=\"InputEntry_%d_%d\"><text>%s</text></inputEntry>\n"
            .formatted(r + 1, c + 1, escape(rule.inputs().get(c).strip())));
      }
      for (int c = 0; c < rule.outputs().size(); c++) {
        xml.append("            <outputEntry id=\"OutputEntry_%d_%d\"><text>%s</text></outputEntry>\n"
            .formatted(r + 1, c + 1, escape(rule.outputs().get(c).strip())));
      }
      xml.append("          </rule>\n");
    }
    xml.append("""
            </decisionTable>
          </decision>
          <dmndi:DMNDI>
            <dmndi:DMNDiagram id="DMNDiagram_1">
              <dmndi:DMNShape id="DMNShape_1" dmnElementRef="%s">
                <dc:Bounds height="80" width="180" x="160" y="100" />
              </dmndi:DMNShape>
            </dmndi:DMNDiagram>
          </dmndi:DMNDI>
        </definitions>
        """.formatted(decisionId));
    return xml.toString();
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          // Control characters are not allowed in XML 1.0 and have no place in a rule.
          if (ch >= 0x20 || ch == '\n' || ch == '\t') {
            out.append(ch);
          }
        }
      }
    }
    return out.toString();
  }
}
