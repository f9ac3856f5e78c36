package io.flowpod.domain.modeling;

import static io.flowpod.domain.modeling.BpmnElements.BPMN;

import io.flowpod.domain.operations.InstanceSummary;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Decides, from the two versions' BPMN, which running instances can move to the target version:
 * every element an instance waits in, and every sub-process around it, must exist in the target
 * under the same id with the same element type. Elements are mapped by equal id.
 */
public final class MigrationPlanner {

  private final Map<String, String> sourceTypes;
  private final Map<String, List<String>> sourceScopes;
  private final Map<String, String> targetTypes;

  public MigrationPlanner(String sourceXml, String targetXml) {
    Document source = parse(sourceXml, "source");
    this.sourceTypes = BpmnElements.elementTypes(source);
    this.sourceScopes = scopes(source);
    this.targetTypes = BpmnElements.elementTypes(parse(targetXml, "target"));
  }

  /** The check for one instance: may it move, with which mappings, and if not, why not. */
  public InstanceMigration check(InstanceSummary instance) {
    Map<String, String> mappings = new LinkedHashMap<>();
    List<String> reasons = new ArrayList<>();
    if (instance.activeElementIds().isEmpty()) {
      reasons.add("no active element is known for this instance");
    }
    for (String active : instance.activeElementIds()) {
      List<String> toMap = new ArrayList<>(sourceScopes.getOrDefault(active, List.of()));
      toMap.add(active);
      for (String elementId : toMap) {
        String sourceType = sourceTypes.get(elementId);
        String targetType = targetTypes.get(elementId);
        if (targetType == null) {
          reasons.add(elementId + " does not exist in the target version");
        } else if (sourceType != null && !sourceType.equals(targetType)) {
          reasons.add(elementId + " is a " + sourceType + " here but a " + targetType
              + " in the target version");
        } else {
          mappings.put(elementId, elementId);
        }
      }
    }
    return new InstanceMigration(instance.key(), instance.businessObject(),
        instance.activeElementIds(), reasons.isEmpty(), List.copyOf(reasons),
        reasons.isEmpty() ? Map.copyOf(mappings) : Map.of(), null);
  }

  /** For each element inside sub-processes: the enclosing sub-processes' ids, outermost first. */
  private static Map<String, List<String>> scopes(Document document) {
    Map<String, List<String>> scopes = new LinkedHashMap<>();
    for (Element process : BpmnElements.processes(document)) {
      for (Element element : BpmnElements.flowElements(process)) {
        List<String> enclosing = new ArrayList<>();
        for (Node parent = element.getParentNode(); parent != process && parent != null;
            parent = parent.getParentNode()) {
          if (parent instanceof Element scope && BPMN.equals(scope.getNamespaceURI())
              && scope.getLocalName().toLowerCase().endsWith("subprocess")) {
            enclosing.add(0, scope.getAttribute("id"));
          }
        }
        scopes.put(element.getAttribute("id"), enclosing);
      }
    }
    return scopes;
  }

  private static Document parse(String xml, String which) {
    try {
      return SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8));
    } catch (SecureXml.Unparseable e) {
      throw new IllegalArgumentException("The " + which + " version's BPMN " + e.getMessage());
    }
  }
}
