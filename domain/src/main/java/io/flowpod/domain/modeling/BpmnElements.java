package io.flowpod.domain.modeling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reading BPMN documents as plain DOM: the namespaces and the few lookups the checks need. */
final class BpmnElements {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String ZEEBE = "http://camunda.org/schema/zeebe/1.0";

  private BpmnElements() {}

  /** Every BPMN element with an id inside {@code process} (nested sub-processes included). */
  static List<Element> flowElements(Element process) {
    List<Element> found = new ArrayList<>();
    NodeList all = process.getElementsByTagNameNS(BPMN, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (!element.getAttribute("id").isEmpty() && !isDetail(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  /** Event definitions, lanes and the like carry ids but are not steps of the flow. */
  private static boolean isDetail(String localName) {
    return localName.endsWith("EventDefinition") || localName.equals("laneSet")
        || localName.equals("lane") || localName.equals("documentation");
  }

  static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
          && localName.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  /** A zeebe:* extension element directly under the element's extensionElements. */
  static Optional<Element> zeebe(Element element, String localName) {
    for (Element extensions : children(element, BPMN, "extensionElements")) {
      List<Element> found = children(extensions, ZEEBE, localName);
      if (!found.isEmpty()) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  static boolean hasChild(Element element, String localName) {
    return !children(element, BPMN, localName).isEmpty();
  }

  static List<Element> processes(Document document) {
    return children(document.getDocumentElement(), BPMN, "process");
  }

  /** Element id to BPMN element type (local name, e.g. userTask) of every step of every process. */
  static Map<String, String> elementTypes(Document document) {
    Map<String, String> types = new LinkedHashMap<>();
    for (Element process : processes(document)) {
      for (Element element : flowElements(process)) {
        types.put(element.getAttribute("id"), element.getLocalName());
      }
    }
    return types;
  }
}
