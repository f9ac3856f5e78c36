package io.flowpod.domain.modeling;

import static io.flowpod.domain.modeling.BpmnElements.BPMN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checks an upload before anything reaches the engine. Errors block the whole upload: unsafe or
 * broken files, limits, job types nobody works on, user tasks FlowPod cannot complete, and the
 * names code depends on (process ids, message names, error codes). Element ids that do not follow
 * {@code Type_Name} are warnings: they only make diagrams and logs harder to read.
 */
public final class ModelValidator {

  /** Per file and per upload, so one upload stays a reviewable change. */
  public static final int MAX_FILE_BYTES = 1024 * 1024;
  public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
  public static final int MAX_FILES = 20;

  static final String USER_TASK_JOB_TYPE = "io.camunda.zeebe:userTask";
  private static final Pattern PROCESS_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)+");
  private static final Pattern MESSAGE_NAME =
      Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
  private static final Pattern ERROR_CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private static final Pattern ELEMENT_ID = Pattern.compile("[A-Z][A-Za-z0-9]*_[A-Za-z0-9_]+");
  private static final Set<String> JOB_TASKS =
      Set.of("serviceTask", "sendTask", "scriptTask", "businessRuleTask");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KnownJobTypes jobTypes;
  private final Predicate<String> knownFormKey;

  /**
   * @param knownFormKey whether FlowPod's inbox has a form for a user task's form key
   */
  public ModelValidator(KnownJobTypes jobTypes, Predicate<String> knownFormKey) {
    this.jobTypes = jobTypes;
    this.knownFormKey = knownFormKey;
  }

  /** Every problem of every file, errors and warnings; the upload may be deployed if no error. */
  public List<ModelProblem> validate(List<ModelFile> files) {
    List<ModelProblem> problems = new ArrayList<>(limits(files));
    Set<String> names = new HashSet<>();
    for (ModelFile file : files) {
      if (!names.add(file.name())) {
        problems.add(ModelProblem.error(file.name(), null, "is uploaded twice"));
        continue;
      }
      if (file.content().length > MAX_FILE_BYTES) {
        continue;
      }
      problems.addAll(validate(file));
    }
    return problems;
  }

  private static List<ModelProblem> limits(List<ModelFile> files) {
    List<ModelProblem> problems = new ArrayList<>();
    if (files.isEmpty()) {
      problems.add(ModelProblem.error("files", null, "upload at least one .bpmn, .dmn or .form file"));
    }
    if (files.size() > MAX_FILES) {
      problems.add(ModelProblem.error("files", null, "at most " + MAX_FILES + " files per upload"));
    }
    long total = 0;
    for (ModelFile file : files) {
      total += file.content().length;
      if (file.content().length > MAX_FILE_BYTES) {
        problems.add(ModelProblem.error(file.name(), null, "is larger than 1 MB"));
      }
    }
    if (total > MAX_UPLOAD_BYTES) {
      problems.add(ModelProblem.error("files", null, "the upload is larger than 5 MB in total"));
    }
    return problems;
  }

  private List<ModelProblem> validate(ModelFile file) {
    ModelFile.Kind kind = file.kind();
    if (kind == null) {
      return List.of(ModelProblem.error(file.name(), null,
          "is not a .bpmn, .dmn or .form file"));
    }
    if (file.content().length == 0) {
      return List.of(ModelProblem.error(file.name(), null, "is empty"));
    }
    return switch (kind) {
      case BPMN -> bpmn(file);
      case DMN -> dmn(file);
      case FORM -> form(file);
    };
  }

  private List<ModelProblem> bpmn(ModelFile file) {
    List<ModelProblem> problems = new ArrayList<>();
    Document document = parse(file, problems);
    if (document == null) {
      return problems;
    }
    Element definitions = document.getDocumentElement();
    if (!BPMN.equals(definitions.getNamespaceURI())
        || !"definitions".equals(definitions.getLocalName())) {
      return List.of(ModelProblem.error(file.name(), null, "is not a BPMN 2.0 document"));
    }
    new BpmnChecks(file.name(), problems).check(document);
    return problems;
  }

  /** The BPMN rules for one file, collecting into {@code problems}. */
  private final class BpmnChecks {

    private final String file;
    private final List<ModelProblem> problems;

    BpmnChecks(String file, List<ModelProblem> problems) {
      this.file = file;
      this.problems = problems;
    }

    void check(Document document) {
      Element definitions = document.getDocumentElement();
      List<Element> processes = BpmnElements.processes(document);
      if (processes.isEmpty()) {
        error(null, "has no process");
      }
      for (Element process : processes) {
        process(process);
      }
      for (Element message : BpmnElements.children(definitions, BPMN, "message")) {
        String name = message.getAttribute("name");
        if (!name.startsWith("=") && !MESSAGE_NAME.matcher(name).matches()) {
          error(message.getAttribute("id"), "message name '" + name
              + "' must be <capability>.<past-tense-event>, e.g. billing.payment-received");
        }
      }
      for (Element error : BpmnElements.children(definitions, BPMN, "error")) {
        String code = error.getAttribute("errorCode");
        if (!code.startsWith("=") && !ERROR_CODE.matcher(code).matches()) {
          error(error.getAttribute("id"), "error code '" + code
              + "' must be UPPER_SNAKE, e.g. OUT_OF_STOCK");
        }
      }
    }

    private void process(Element process) {
      String id = process.getAttribute("id");
      if (!PROCESS_ID.matcher(id).matches()) {
        error(id, "process id '" + id
            + "' must be kebab-case <capability>-<subject>, e.g. billing-dunning");
      }
      if (!"true".equals(process.getAttribute("isExecutable"))) {
        error(id, "process must be executable (isExecutable=\"true\")");
      }
      for (Element element : BpmnElements.flowElements(process)) {
        step(element);
      }
    }

    private void step(Element element) {
      String id = element.getAttribute("id");
      String type = element.getLocalName();
      if (!ELEMENT_ID.matcher(id).matches()) {
        problems.add(ModelProblem.warning(file, id,
            "element id should be Type_Name, e.g. Task_ReserveStock"));
      }
      if (type.equals("userTask")) {
        userTask(element, id);
      } else if (JOB_TASKS.contains(type) || isMessageThrow(element)) {
        jobType(element, id, type);
      }
    }

    private boolean isMessageThrow(Element element) {
      String type = element.getLocalName();
      return (type.equals("intermediateThrowEvent") || type.equals("endEvent"))
          && BpmnElements.hasChild(element, "messageEventDefinition");
    }

    private void jobType(Element element, String id, String type) {
      Optional<Element> definition = BpmnElements.zeebe(element, "taskDefinition");
      if (definition.isEmpty()) {
        boolean handledByEngine = (type.equals("scriptTask")
            && BpmnElements.zeebe(element, "script").isPresent())
            || (type.equals("businessRuleTask")
            && BpmnElements.zeebe(element, "calledDecision").isPresent());
        if (!handledByEngine) {
          error(id, "has no job type (zeebe:taskDefinition type)");
        }
        return;
      }
      String jobType = definition.get().getAttribute("type").strip();
      if (jobType.isEmpty()) {
        error(id, "has an empty job type");
      } else if (jobType.startsWith("=")) {
        problems.add(ModelProblem.warning(file, id,
            "job type is an expression; FlowPod cannot check that a worker exists for it"));
      } else if (!jobTypes.contains(jobType)) {
        error(id, "job type '" + jobType + "' is not handled by any FlowPod worker or connector");
      }
    }

    private void userTask(Element element, String id) {
      if (BpmnElements.zeebe(element, "userTask").isPresent()) {
        error(id, "is a Camunda user task (zeebe:userTask), which cannot be completed in embedded "
            + "mode; remove it so the task becomes a job-worker user task");
        return;
      }
      String formKey = BpmnElements.zeebe(element, "formDefinition")
          .map(form -> form.getAttribute("formKey").strip()).orElse("");
      if (formKey.isEmpty()) {
        error(id, "user task needs a form key (zeebe:formDefinition formKey)");
      } else if (!knownFormKey.test(formKey)) {
        error(id, "form key '" + formKey + "' has no form in FlowPod's staff inbox");
      }
      String groups = BpmnElements.zeebe(element, "assignmentDefinition")
          .map(assignment -> assignment.getAttribute("candidateGroups").strip()).orElse("");
      if (groups.isEmpty()) {
        error(id, "user task needs candidate groups (zeebe:assignmentDefinition candidateGroups)");
      }
    }

    private void error(String element, String message) {
      problems.add(ModelProblem.error(file, element, message));
    }
  }

  private static List<ModelProblem> dmn(ModelFile file) {
    List<ModelProblem> problems = new ArrayList<>();
    Document document = parse(file, problems);
    if (document == null) {
      return problems;
    }
    Element definitions = document.getDocumentElement();
    String namespace = String.valueOf(definitions.getNamespaceURI());
    if (!namespace.contains("/spec/DMN/") || !"definitions".equals(definitions.getLocalName())) {
      return List.of(ModelProblem.error(file.name(), null, "is not a DMN document"));
    }
    List<Element> decisions = BpmnElements.children(definitions, namespace, "decision");
    if (decisions.isEmpty()) {
      problems.add(ModelProblem.error(file.name(), null, "has no decision"));
    }
    for (Element decision : decisions) {
      if (decision.getAttribute("id").isBlank()) {
        problems.add(ModelProblem.error(file.name(), null, "a decision has no id"));
      }
    }
    return problems;
  }

  private static List<ModelProblem> form(ModelFile file) {
    try {
      JsonNode form = JSON.readTree(file.content());
      if (form == null || !form.isObject()) {
        return List.of(ModelProblem.error(file.name(), null, "is not a JSON object"));
      }
      if (!form.path("id").isTextual() || form.path("id").asText().isBlank()) {
        return List.of(ModelProblem.error(file.name(), null, "form has no id"));
      }
      return List.of();
    } catch (IOException e) {
      return List.of(ModelProblem.error(file.name(), null, "is not valid JSON"));
    }
  }

  /** The parsed document, or null after adding why it cannot be parsed to {@code problems}. */
  private static Document parse(ModelFile file, List<ModelProblem> problems) {
    try {
      return SecureXml.parse(file.content());
    } catch (SecureXml.Unparseable e) {
      problems.add(ModelProblem.error(file.name(), null, e.getMessage()));
      return null;
    }
  }
}
