package io.flowpod.domain.modeling;

import java.util.List;

/** The upload was not deployed; {@link #problems()} says why, per file and element. */
public class ModelRejectedException extends RuntimeException {

  private final List<ModelProblem> problems;

  public ModelRejectedException(String message, List<ModelProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public List<ModelProblem> problems() {
    return problems;
  }
}
