package io.flowpod.api.problem;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON-path-like field name from a bean validation property path: without method and argument
 * names, except a lone argument (a query parameter), whose name is the field.
 */
final class ConstraintPaths {

  private ConstraintPaths() {}

  static String field(Path path) {
    List<Path.Node> nodes = new ArrayList<>();
    path.forEach(nodes::add);
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < nodes.size(); i++) {
      Path.Node node = nodes.get(i);
      ElementKind kind = node.getKind();
      boolean lastNode = i == nodes.size() - 1;
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
          || kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER
          || (kind == ElementKind.PARAMETER && !lastNode)) {
        continue;
      }
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null) {
        field.append('[').append(node.getKey()).append(']');
      }
      if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
        field.append(field.isEmpty() ? "" : ".").append(node.getName());
      }
    }
    return field.isEmpty() ? "$" : field.toString();
  }
}
