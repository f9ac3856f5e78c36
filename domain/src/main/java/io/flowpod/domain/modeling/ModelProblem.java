package io.flowpod.domain.modeling;

/**
 * One finding about an uploaded file.
 *
 * @param file the file's name
 * @param element the BPMN/DMN element id it is about, or null for the file as a whole
 * @param severity ERROR blocks the whole deployment; WARNING is reported and deployed anyway
 */
public record ModelProblem(String file, String element, Severity severity, String message) {

  public enum Severity { ERROR, WARNING }

  static ModelProblem error(String file, String element, String message) {
    return new ModelProblem(file, element, Severity.ERROR, message);
  }

  static ModelProblem warning(String file, String element, String message) {
    return new ModelProblem(file, element, Severity.WARNING, message);
  }

  public boolean blocking() {
    return severity == Severity.ERROR;
  }
}
