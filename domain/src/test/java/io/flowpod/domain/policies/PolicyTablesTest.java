package io.flowpod.domain.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Decision tables: the DMN written from them, and the checks that name a bad cell. */
class PolicyTablesTest {

  private static final UUID TENANT = UUID.fromString("0a1b2c3d-0000-4000-8000-00000000abcd");
  private static final PolicyKind APPROVAL = new PolicyKind("order-approval", "Order approval",
      "Review <large> orders & more", "order-approval", "approvalDecisionId", "order-lifecycle",
      List.of(PolicyColumn.of("totalMinor", "Total (minor units)", ColumnType.NUMBER),
          PolicyColumn.of("channel", "Channel", ColumnType.STRING)),
      List.of(PolicyColumn.oneOf("approval", "Approval", "AUTO", "REVIEW")),
      new DecisionTable(HitPolicy.FIRST, List.of()));
  private static final PolicyKind REMINDER = new PolicyKind("order-payment-reminder", "Reminder",
      "", "order-payment-reminder", "reminderDecisionId", "order-lifecycle",
      List.of(PolicyColumn.of("totalMinor", "Total (minor units)", ColumnType.NUMBER)),
      List.of(PolicyColumn.between("reminderAfterHours", "Remind after (hours)", 1, 720)),
      new DecisionTable(HitPolicy.FIRST, List.of()));

  @Test
  void the_workspace_decision_id_is_a_valid_xml_id_per_kind_and_tenant() {
    assertThat(APPROVAL.decisionIdFor(TENANT))
        .isEqualTo("order-approval--t0a1b2c3d00004000800000000000abcd")
        .matches("[A-Za-z_][A-Za-z0-9_.-]*");
    assertThat(APPROVAL.draftDecisionIdFor(TENANT)).endsWith("--draft");
  }

  @Test
  void a_table_becomes_one_dmn_decision_with_the_kinds_columns_and_escaped_cells() throws Exception {
    DecisionTable table = new DecisionTable(HitPolicy.UNIQUE, List.of(
        new DecisionRule(List.of(">= 10000", "\"CHAT\""), List.of("\"REVIEW\""), "Chat & large"),
        new DecisionRule(List.of("< 10000", "-"), List.of("\"AUTO\""), null)));

    String xml = DmnWriter.write(APPROVAL, "order-approval--tabc", table);
    Document dmn = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

    Element decision = (Element) dmn.getElementsByTagName("decision").item(0);
    assertThat(decision.getAttribute("id")).isEqualTo("order-approval--tabc");
    assertThat(decision.getElementsByTagName("description").item(0).getTextContent())
        .isEqualTo("Review <large> orders & more");
    Element decisionTable = (Element) dmn.getElementsByTagName("decisionTable").item(0);
    assertThat(decisionTable.getAttribute("hitPolicy")).isEqualTo("UNIQUE");
    assertThat(texts(dmn, "inputExpression")).containsExactly("totalMinor", "channel");
    assertThat(((Element) dmn.getElementsByTagName("inputExpression").item(0))
        .getAttribute("typeRef")).isEqualTo("number");
    assertThat(((Element) dmn.getElementsByTagName("output").item(0)).getAttribute("name"))
        .isEqualTo("approval");
    assertThat(texts(dmn, "inputEntry")).containsExactly(">= 10000", "\"CHAT\"", "< 10000", "-");
    assertThat(texts(dmn, "outputEntry")).containsExactly("\"REVIEW\"", "\"AUTO\"");
    assertThat(dmn.getElementsByTagName("rule").getLength()).isEqualTo(2);
  }

  @Test
  void the_same_table_always_gives_the_same_document() {
    DecisionTable table = new DecisionTable(HitPolicy.FIRST, List.of(
        new DecisionRule(List.of("-", "-"), List.of("\"AUTO\""), "all")));
    assertThat(DmnWriter.write(APPROVAL, "x", table)).isEqualTo(DmnWriter.write(APPROVAL, "x", table));
  }

  @Test
  void bad_cells_are_named_by_row_and_column() {
    DecisionTable table = new DecisionTable(HitPolicy.FIRST, List.of(
        new DecisionRule(List.of("", "-"), List.of("\"MAYBE\""), null),
        new DecisionRule(List.of("-"), List.of("REVIEW"), null)));

    assertThat(DecisionTableRules.violations(APPROVAL, table))
        .containsEntry("rules[0].inputs[0]",
            "row 1, Total (minor units): must not be empty (- matches any value)")
        .containsEntry("rules[0].outputs[0]", "row 1, Approval: must be one of \"AUTO\", \"REVIEW\"")
        .containsEntry("rules[1].inputs", "row 2: must have 2 input cells (Total (minor units), Channel)")
        .containsEntry("rules[1].outputs[0]",
            "row 2, Approval: must be a text in double quotes such as \"REVIEW\", or null");
  }

  @Test
  void number_outputs_must_be_numbers_within_the_columns_range() {
    DecisionTable table = new DecisionTable(HitPolicy.FIRST, List.of(
        new DecisionRule(List.of("-"), List.of("0.5"), null),
        new DecisionRule(List.of("-"), List.of("two"), null),
        new DecisionRule(List.of("-"), List.of("1.5"), null),
        new DecisionRule(List.of("-"), List.of("null"), null)));

    assertThat(DecisionTableRules.violations(REMINDER, table)).containsOnlyKeys(
        "rules[0].outputs[0]", "rules[1].outputs[0]")
        .containsEntry("rules[0].outputs[0]", "row 1, Remind after (hours): must be between 1 and 720");
  }

  @Test
  void an_empty_table_or_missing_hit_policy_is_refused() {
    assertThat(DecisionTableRules.violations(APPROVAL, new DecisionTable(null, List.of())))
        .containsKeys("hitPolicy", "rules");
    assertThat(DecisionTableRules.violations(APPROVAL, null)).containsKey("table");
  }

  @Test
  void the_engines_parse_error_is_attached_to_the_cell_it_names() {
    DecisionTable table = new DecisionTable(HitPolicy.FIRST, List.of(
        new DecisionRule(List.of(">= 100", "-"), List.of("\"AUTO\""), null),
        new DecisionRule(List.of(">== 5", "-"), List.of("\"REVIEW\""), null)));
    String engine = "Command 'CREATE' rejected with code 'INVALID_ARGUMENT': Expected to deploy new "
        + "resources, but encountered the following errors:\n'x.dmn': FEEL unary-tests: failed to "
        + "parse expression '>== 5': Expected (start-of-input | negation):1:1, found \">== 5\"";

    assertThat(Policies.cellsOf(APPROVAL, table, engine)).containsOnlyKeys("rules[1].inputs[0]")
        .hasEntrySatisfying("rules[1].inputs[0]", message -> assertThat(message)
            .startsWith("row 2, Total (minor units): is not a valid FEEL expression (Expected"));
    assertThat(Policies.cellsOf(APPROVAL, table, "something else")).containsOnlyKeys("table");
  }

  private static List<String> texts(Document dmn, String element) {
    var nodes = dmn.getElementsByTagName(element);
    return java.util.stream.IntStream.range(0, nodes.getLength())
        .mapToObj(i -> nodes.item(i).getTextContent().strip()).toList();
  }
}
