package io.flowpod.workers.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the parts of Camunda 8.8's REST API v2 that FlowPod's ops console reads,
 * speaking its wire format: JSON search queries ({@code filter}, {@code sort}, {@code page}) with
 * filter properties either plain values or operator objects ({@code $eq}, {@code $in}, {@code $lt},
 * {@code $exists}, …), keys as strings, dates as ISO-8601 text, variable values as JSON text, errors
 * as RFC 9457 problem details. It evaluates the filters it is sent against what the test stored, like
 * the cluster's secondary storage would, and refuses (400) a filter field the resource does not have,
 * so a request FlowPod builds wrong fails here rather than in production. Endpoints:
 * POST /v2/process-instances/search, /v2/incidents/search, /v2/element-instances/search,
 * /v2/variables/search, /v2/process-definitions/search; GET /v2/process-definitions/{key}/xml,
 * GET /v2/process-instances/{key}/sequence-flows. A Camunda cluster cannot run on the build machines
 * (no container runtime), so this fake is how the production client's requests are tested.
 */
final class FakeCamundaSearchApi implements AutoCloseable {

  /** The search API's own largest page. */
  static final int MAX_PAGE_SIZE = 10_000;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern XML = Pattern.compile("/v2/process-definitions/(\\d+)/xml");
  private static final Pattern FLOWS = Pattern.compile("/v2/process-instances/(\\d+)/sequence-flows");
  private static final Set<String> OPERATORS =
      Set.of("$eq", "$neq", "$exists", "$in", "$notIn", "$like", "$gt", "$gte", "$lt", "$lte");

  /** Stored results per search resource, as the API returns them. */
  private final Map<String, List<ObjectNode>> resources = new ConcurrentHashMap<>();
  private final Map<String, String> xml = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private volatile boolean ignoreVariableFilters;

  /** One request FlowPod sent: the path and the JSON body (null for GET). */
  record Request(String method, String path, JsonNode body) {}

  private FakeCamundaSearchApi(HttpServer server) {
    this.server = server;
    for (String resource : List.of("process-instances", "incidents", "element-instances", "variables",
        "process-definitions", "sequence-flows")) {
      resources.put(resource, new CopyOnWriteArrayList<>());
    }
  }

  static FakeCamundaSearchApi start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      FakeCamundaSearchApi fake = new FakeCamundaSearchApi(server);
      server.createContext("/v2/", fake::handle);
      server.setExecutor(Executors.newFixedThreadPool(4, task -> {
        Thread thread = new Thread(task, "fake-camunda-api");
        thread.setDaemon(true);
        return thread;
      }));
      server.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For {@code camunda.client.rest-address}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  void clearRequests() {
    requests.clear();
  }

  /** Behaves like a cluster that silently drops the instance search's variable filter (or not). */
  void ignoreVariableFilters(boolean ignore) {
    ignoreVariableFilters = ignore;
  }

  // ---- what the cluster knows -------------------------------------------------------------------

  void definition(long key, String processId, int version, String resourceName, String bpmnXml) {
    resources.get("process-definitions").add(object(
        "processDefinitionKey", String.valueOf(key), "processDefinitionId", processId, "name", processId,
        "version", version, "resourceName", resourceName, "tenantId", "<default>", "hasStartForm", false));
    xml.put(String.valueOf(key), bpmnXml);
  }

  /**
   * @param state ACTIVE, COMPLETED or TERMINATED
   * @param variables root-scope variables, values as JSON text
   */
  void instance(long key, long definitionKey, String processId, int version, String state,
      boolean hasIncident, OffsetDateTime start, OffsetDateTime end, Map<String, String> variables) {
    ObjectNode instance = object("processInstanceKey", String.valueOf(key), "processDefinitionKey",
        String.valueOf(definitionKey), "processDefinitionId", processId, "processDefinitionName", processId,
        "processDefinitionVersion", version, "startDate", start.toString(), "state", state,
        "hasIncident", hasIncident, "tenantId", "<default>");
    if (end != null) {
      instance.put("endDate", end.toString());
    }
    instance.putArray("tags");
    resources.get("process-instances").add(instance);
    long variableKey = key * 100;
    for (var variable : variables.entrySet()) {
      resources.get("variables").add(object("variableKey", String.valueOf(++variableKey),
          "name", variable.getKey(), "value", variable.getValue(), "isTruncated", false,
          "scopeKey", String.valueOf(key), "processInstanceKey", String.valueOf(key), "tenantId", "<default>"));
    }
  }

  /**
   * @param type SERVICE_TASK, USER_TASK, START_EVENT, PROCESS, …
   * @param state ACTIVE, COMPLETED or TERMINATED
   * @param incidentKey the open incident on this element instance, or null
   */
  void element(long instanceKey, long elementInstanceKey, String elementId, String type, String state,
      OffsetDateTime start, OffsetDateTime end, Long incidentKey) {
    ObjectNode element = object("elementInstanceKey", String.valueOf(elementInstanceKey),
        "processInstanceKey", String.valueOf(instanceKey), "processDefinitionKey", "1",
        "processDefinitionId", processIdOf(instanceKey), "elementId", elementId, "elementName", elementId,
        "type", type, "state", state, "startDate", start.toString(), "hasIncident", incidentKey != null,
        "tenantId", "<default>");
    if (end != null) {
      element.put("endDate", end.toString());
    }
    if (incidentKey != null) {
      element.put("incidentKey", String.valueOf(incidentKey));
    }
    resources.get("element-instances").add(element);
  }

  /** @param state ACTIVE or RESOLVED */
  void incident(long key, long instanceKey, String elementId, String errorType, String message,
      Long jobKey, OffsetDateTime created, String state) {
    ObjectNode incident = object("incidentKey", String.valueOf(key), "processInstanceKey",
        String.valueOf(instanceKey), "processDefinitionKey", "1", "processDefinitionId", processIdOf(instanceKey),
        "errorType", errorType, "errorMessage", message, "elementId", elementId,
        "elementInstanceKey", String.valueOf(key + 1), "creationTime", created.toString(), "state", state,
        "tenantId", "<default>");
    if (jobKey != null) {
      incident.put("jobKey", String.valueOf(jobKey));
    }
    resources.get("incidents").add(incident);
  }

  void sequenceFlow(long instanceKey, String flowId) {
    resources.get("sequence-flows").add(object("processInstanceKey", String.valueOf(instanceKey),
        "sequenceFlowId", instanceKey + "_" + flowId, "elementId", flowId, "processDefinitionKey", "1",
        "processDefinitionId", processIdOf(instanceKey), "tenantId", "<default>"));
  }

  @Override
  public void close() {
    server.stop(0);
  }

  // ---- the wire -----------------------------------------------------------------------------

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        route(exchange);
      } catch (BadRequest e) {
        problem(exchange, 400, "INVALID_ARGUMENT", e.getMessage());
      }
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    byte[] raw = exchange.getRequestBody().readAllBytes();
    JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
    requests.add(new Request(method, path, body));
    Matcher xmlPath = XML.matcher(path);
    Matcher flowsPath = FLOWS.matcher(path);
    if ("GET".equals(method) && xmlPath.matches()) {
      String document = xml.get(xmlPath.group(1));
      if (document == null) {
        problem(exchange, 404, "NOT_FOUND", "Process definition with key '" + xmlPath.group(1) + "' not found");
      } else {
        send(exchange, 200, "text/xml", document);
      }
    } else if ("GET".equals(method) && flowsPath.matches()) {
      ArrayNode items = JSON.createArrayNode();
      resources.get("sequence-flows").stream()
          .filter(f -> f.get("processInstanceKey").asText().equals(flowsPath.group(1)))
          .forEach(items::add);
      ObjectNode answer = JSON.createObjectNode();
      answer.set("items", items);
      send(exchange, 200, "application/json", JSON.writeValueAsString(answer));
    } else if ("POST".equals(method) && path.endsWith("/search")) {
      String resource = path.substring("/v2/".length(), path.length() - "/search".length());
      List<ObjectNode> stored = resources.get(resource);
      if (stored == null || "sequence-flows".equals(resource)) {
        problem(exchange, 404, "NOT_FOUND", "No such endpoint: " + path);
        return;
      }
      search(exchange, resource, stored, body == null ? JSON.createObjectNode() : body);
    } else {
      problem(exchange, 404, "NOT_FOUND", "No such endpoint: " + method + " " + path);
    }
  }

  private void search(HttpExchange exchange, String resource, List<ObjectNode> stored, JsonNode query)
      throws IOException {
    JsonNode filter = query.path("filter");
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode item : stored) {
      if (matches(resource, item, filter)) {
        matching.add(item);
      }
    }
    for (JsonNode sort : reversed(query.path("sort"))) {
      String field = sort.path("field").asText();
      Comparator<ObjectNode> order = Comparator.comparing(item -> item.path(field).asText(""),
          FakeCamundaSearchApi::compareValues);
      matching.sort("DESC".equalsIgnoreCase(sort.path("order").asText("ASC")) ? order.reversed() : order);
    }
    int from = query.path("page").path("from").asInt(0);
    int limit = query.path("page").path("limit").asInt(100);
    if (limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new BadRequest("The page limit must be between 1 and " + MAX_PAGE_SIZE + ", was " + limit);
    }
    ArrayNode items = JSON.createArrayNode();
    matching.stream().skip(from).limit(limit).forEach(items::add);
    ObjectNode answer = JSON.createObjectNode();
    answer.set("items", items);
    ObjectNode page = answer.putObject("page");
    page.put("totalItems", matching.size());
    page.put("hasMoreTotalItems", false);
    page.putNull("startCursor");
    page.putNull("endCursor");
    send(exchange, 200, "application/json", JSON.writeValueAsString(answer));
  }

  private boolean matches(String resource, ObjectNode item, JsonNode filter) {
    Iterator<Map.Entry<String, JsonNode>> fields = filter.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      // The client sends every list it has, empty ones included (tags, $or, variables, $in): like
      // the cluster, an empty list is no condition.
      if (field.getValue().isNull() || field.getValue().isArray() && field.getValue().isEmpty()) {
        continue;
      }
      if (Set.of("$or", "tags").contains(field.getKey())) {
        throw new BadRequest("The fake does not evaluate '" + field.getKey() + "' filters");
      }
      if ("process-instances".equals(resource) && "variables".equals(field.getKey())) {
        if (!ignoreVariableFilters && !variablesMatch(item.get("processInstanceKey").asText(), field.getValue())) {
          return false;
        }
        continue;
      }
      if (!item.has(field.getKey()) && !optionalFields(resource).contains(field.getKey())) {
        throw new BadRequest("Unknown filter field '" + field.getKey() + "' for " + resource);
      }
      if (!condition(item.get(field.getKey()), field.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> optionalFields(String resource) {
    return switch (resource) {
      case "process-instances" -> Set.of("endDate", "parentProcessInstanceKey", "parentElementInstanceKey");
      case "element-instances" -> Set.of("endDate", "incidentKey");
      case "incidents" -> Set.of("jobKey");
      default -> Set.of();
    };
  }

  /** Every {name, value} condition holds for some variable of the instance. */
  private boolean variablesMatch(String instanceKey, JsonNode conditions) {
    for (JsonNode condition : conditions) {
      String name = condition.path("name").asText();
      boolean any = resources.get("variables").stream()
          .filter(v -> v.get("processInstanceKey").asText().equals(instanceKey))
          .filter(v -> v.get("name").asText().equals(name))
          .anyMatch(v -> condition(v.get("value"), condition.get("value")));
      if (!any) {
        return false;
      }
    }
    return true;
  }

  private static boolean condition(JsonNode actual, JsonNode wanted) {
    if (!wanted.isObject()) {
      return actual != null && actual.asText().equals(wanted.asText());
    }
    Iterator<Map.Entry<String, JsonNode>> operators = wanted.fields();
    while (operators.hasNext()) {
      Map.Entry<String, JsonNode> operator = operators.next();
      JsonNode operand = operator.getValue();
      if (!OPERATORS.contains(operator.getKey())) {
        throw new BadRequest("Unknown filter operator '" + operator.getKey() + "'");
      }
      if (operand.isNull() || operand.isArray() && operand.isEmpty()) {
        continue;
      }
      String value = actual == null || actual.isNull() ? null : actual.asText();
      boolean holds = switch (operator.getKey()) {
        case "$eq" -> operand.asText().equals(value);
        case "$neq" -> !operand.asText().equals(value);
        case "$exists" -> operand.asBoolean() == (value != null);
        case "$in" -> value != null && textsOf(operand).contains(value);
        case "$notIn" -> value == null || !textsOf(operand).contains(value);
        case "$like" -> value != null && value.matches(operand.asText().replace("*", ".*").replace("?", "."));
        case "$gt" -> value != null && compareValues(value, operand.asText()) > 0;
        case "$gte" -> value != null && compareValues(value, operand.asText()) >= 0;
        case "$lt" -> value != null && compareValues(value, operand.asText()) < 0;
        case "$lte" -> value != null && compareValues(value, operand.asText()) <= 0;
        default -> false;
      };
      if (!holds) {
        return false;
      }
    }
    return true;
  }

  /** Dates as instants, keys as numbers, the rest as text. */
  private static int compareValues(String a, String b) {
    try {
      return OffsetDateTime.parse(a).toInstant().compareTo(OffsetDateTime.parse(b).toInstant());
    } catch (RuntimeException notDates) {
      try {
        return Long.compare(Long.parseLong(a), Long.parseLong(b));
      } catch (NumberFormatException notNumbers) {
        return a.compareTo(b);
      }
    }
  }

  private static List<String> textsOf(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static List<JsonNode> reversed(JsonNode sorts) {
    List<JsonNode> list = new ArrayList<>();
    sorts.forEach(list::add);
    return list.reversed(); // stable sorts applied last-key-first give the first key precedence
  }

  private String processIdOf(long instanceKey) {
    return resources.get("process-instances").stream()
        .filter(i -> i.get("processInstanceKey").asText().equals(String.valueOf(instanceKey)))
        .map(i -> i.get("processDefinitionId").asText())
        .findFirst().orElse("unknown");
  }

  private static ObjectNode object(Object... pairs) {
    ObjectNode node = JSON.createObjectNode();
    for (int i = 0; i < pairs.length; i += 2) {
      node.set((String) pairs[i], JSON.valueToTree(pairs[i + 1]));
    }
    return node;
  }

  private static void problem(HttpExchange exchange, int status, String title, String detail) throws IOException {
    ObjectNode problem = object("type", "about:blank", "title", title, "status", status, "detail", detail,
        "instance", exchange.getRequestURI().getPath());
    send(exchange, status, "application/problem+json", JSON.writeValueAsString(problem));
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }
}
