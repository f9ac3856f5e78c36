package io.flowpod.domain.modeling;

import java.util.Set;
import java.util.TreeSet;

/**
 * Every job type something in FlowPod works on: the {@code @JobWorker} types of the workers module,
 * {@code io.camunda.zeebe:userTask} (job-worker user tasks, turned into staff tasks) and the types of
 * the Camunda connectors FlowPod runs. A service task with any other type would wait forever, so a
 * deployment naming one is refused. The workers module builds the bean by scanning its workers.
 */
public record KnownJobTypes(Set<String> types) {

  public KnownJobTypes {
    types = Set.copyOf(types);
  }

  public boolean contains(String type) {
    return types.contains(type);
  }

  /** Sorted, for messages and listings. */
  public Set<String> sorted() {
    return new TreeSet<>(types);
  }
}
