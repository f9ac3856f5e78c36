package io.flowpod.domain.policies;

import java.math.BigDecimal;
import java.util.List;

/**
 * One input or output column of a policy's decision table. An input's {@code name} is the process
 * variable it reads; an output's is the name of the value it answers. Outputs may restrict their
 * values: {@code allowed} for strings, {@code min}/{@code max} for numbers (null when unbounded).
 */
public record PolicyColumn(String name, String label, ColumnType type, List<String> allowed,
    BigDecimal min, BigDecimal max) {

  public PolicyColumn {
    allowed = allowed == null ? List.of() : List.copyOf(allowed);
  }

  public static PolicyColumn of(String name, String label, ColumnType type) {
    return new PolicyColumn(name, label, type, List.of(), null, null);
  }

  public static PolicyColumn oneOf(String name, String label, String... allowed) {
    return new PolicyColumn(name, label, ColumnType.STRING, List.of(allowed), null, null);
  }

  public static PolicyColumn between(String name, String label, long min, long max) {
    return new PolicyColumn(name, label, ColumnType.NUMBER, List.of(), BigDecimal.valueOf(min),
        BigDecimal.valueOf(max));
  }
}
