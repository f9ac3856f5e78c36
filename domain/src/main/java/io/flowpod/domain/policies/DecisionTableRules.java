package io.flowpod.domain.policies;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a decision table against its kind before any engine sees it: shape, non-empty cells, output
 * literals of the column's type and range. Field keys name the cell ({@code rules[2].inputs[0]}) and
 * messages name it the way the editor shows it ("row 3, Total (minor units): ..."). Whether an input
 * entry is valid FEEL is the engine's call ({@link Policies} compiles the table on the engine).
 */
final class DecisionTableRules {

  static final int MAX_RULES = 200;
  static final int MAX_CELL = 500;
  static final int MAX_DESCRIPTION = 300;
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern STRING = Pattern.compile("\"[^\"\\\\]*\"");

  private DecisionTableRules() {}

  static Map<String, String> violations(PolicyKind kind, DecisionTable table) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (table == null) {
      violations.put("table", "is required");
      return violations;
    }
    if (table.hitPolicy() == null) {
      violations.put("hitPolicy", "must be FIRST or UNIQUE");
    }
    List<DecisionRule> rules = table.rules();
    if (rules.isEmpty() || rules.size() > MAX_RULES) {
      violations.put("rules", "must have between 1 and " + MAX_RULES + " rows");
      return violations;
    }
    for (int r = 0; r < rules.size(); r++) {
      DecisionRule rule = rules.get(r);
      String row = "rules[" + r + "]";
      if (rule == null) {
        violations.put(row, "row " + (r + 1) + ": is empty");
        continue;
      }
      if (rule.inputs().size() != kind.inputs().size()) {
        violations.put(row + ".inputs", "row " + (r + 1) + ": must have " + kind.inputs().size()
            + " input cells (" + labels(kind.inputs()) + ")");
      } else {
        for (int c = 0; c < rule.inputs().size(); c++) {
          inputCell(r, c, kind.inputs().get(c), rule.inputs().get(c), violations);
        }
      }
      if (rule.outputs().size() != kind.outputs().size()) {
        violations.put(row + ".outputs", "row " + (r + 1) + ": must have " + kind.outputs().size()
            + " output cells (" + labels(kind.outputs()) + ")");
      } else {
        for (int c = 0; c < rule.outputs().size(); c++) {
          outputCell(r, c, kind.outputs().get(c), rule.outputs().get(c), violations);
        }
      }
      if (rule.description() != null && rule.description().length() > MAX_DESCRIPTION) {
        violations.put(row + ".description", "row " + (r + 1) + ": the description must be at most "
            + MAX_DESCRIPTION + " characters");
      }
    }
    return violations;
  }

  /** The key and label of the cell holding {@code text}, as {@link #violations} names cells. */
  static Map<String, String> cellsContaining(PolicyKind kind, DecisionTable table, String text,
      String message) {
    Map<String, String> found = new LinkedHashMap<>();
    for (int r = 0; r < table.rules().size(); r++) {
      DecisionRule rule = table.rules().get(r);
      for (int c = 0; c < rule.inputs().size(); c++) {
        if (rule.inputs().get(c).strip().equals(text.strip())) {
          found.put(key(r, "inputs", c), where(r, kind.inputs().get(c)) + message);
        }
      }
      for (int c = 0; c < rule.outputs().size(); c++) {
        if (rule.outputs().get(c).strip().equals(text.strip())) {
          found.put(key(r, "outputs", c), where(r, kind.outputs().get(c)) + message);
        }
      }
    }
    return found;
  }

  private static void inputCell(int r, int c, PolicyColumn column, String text,
      Map<String, String> violations) {
    if (text == null || text.isBlank()) {
      violations.put(key(r, "inputs", c), where(r, column) + "must not be empty (- matches any value)");
    } else if (text.length() > MAX_CELL) {
      violations.put(key(r, "inputs", c), where(r, column) + "must be at most " + MAX_CELL
          + " characters");
    }
  }

  private static void outputCell(int r, int c, PolicyColumn column, String text,
      Map<String, String> violations) {
    String problem = outputProblem(column, text == null ? "" : text.strip());
    if (problem != null) {
      violations.put(key(r, "outputs", c), where(r, column) + problem);
    }
  }

  private static String outputProblem(PolicyColumn column, String text) {
    if (text.isEmpty()) {
      return "must not be empty";
    }
    if (text.equals("null")) {
      return null;
    }
    return switch (column.type()) {
      case NUMBER -> {
        if (!NUMBER.matcher(text).matches()) {
          yield "must be a number such as 24 or 1.5, or null";
        }
        BigDecimal value = new BigDecimal(text);
        if ((column.min() != null && value.compareTo(column.min()) < 0)
            || (column.max() != null && value.compareTo(column.max()) > 0)) {
          yield "must be between " + column.min().toPlainString() + " and "
              + column.max().toPlainString();
        }
        yield null;
      }
      case STRING -> {
        if (!STRING.matcher(text).matches()) {
          yield "must be a text in double quotes such as \"REVIEW\", or null";
        }
        String value = text.substring(1, text.length() - 1);
        yield column.allowed().isEmpty() || column.allowed().contains(value) ? null
            : "must be one of " + quoted(column.allowed());
      }
      case BOOLEAN -> text.equals("true") || text.equals("false") ? null
          : "must be true, false or null";
    };
  }

  static String key(int row, String side, int column) {
    return "rules[" + row + "]." + side + "[" + column + "]";
  }

  private static String where(int row, PolicyColumn column) {
    return "row " + (row + 1) + ", " + column.label() + ": ";
  }

  private static String labels(List<PolicyColumn> columns) {
    return String.join(", ", columns.stream().map(PolicyColumn::label).toList());
  }

  private static String quoted(List<String> values) {
    return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
  }
}
