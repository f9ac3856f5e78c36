package io.flowpod.domain.modeling;

import java.util.Locale;

/** One uploaded model file: its name (which decides its kind) and its bytes. */
public record ModelFile(String name, byte[] content) {

  /** What a file holds, decided by its extension. */
  public enum Kind {
    BPMN, DMN, FORM;

    static Kind of(String name) {
      String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".bpmn")) {
        return BPMN;
      }
      if (lower.endsWith(".dmn")) {
        return DMN;
      }
      return lower.endsWith(".form") ? FORM : null;
    }
  }

  /** The kind, or null for a name FlowPod does not deploy. */
  public Kind kind() {
    return Kind.of(name);
  }
}
