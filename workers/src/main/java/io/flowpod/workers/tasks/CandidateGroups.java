package io.flowpod.workers.tasks;

/** Reads the engine's candidate-groups header, a JSON array of names such as ["fulfilment"]. */
final class CandidateGroups {

  private CandidateGroups() {}

  /** The first group, or null when there is none. */
  static String first(String header) {
    if (header == null) {
      return null;
    }
    String list = header.strip();
    if (list.startsWith("[") && list.endsWith("]")) {
      list = list.substring(1, list.length() - 1);
    }
    String first = list.split(",", 2)[0].strip().replace("\"", "");
    return first.isEmpty() ? null : first;
  }
}
