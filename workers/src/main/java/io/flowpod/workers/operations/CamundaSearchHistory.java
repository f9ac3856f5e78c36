package io.flowpod.workers.operations;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.ProcessInstanceSequenceFlow;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.Variable;
import io.flowpod.domain.operations.ActiveElementInstances;
import io.flowpod.domain.operations.BusinessObject;
import io.flowpod.domain.operations.DefinitionUsage;
import io.flowpod.domain.operations.IncidentFilter;
import io.flowpod.domain.operations.IncidentView;
import io.flowpod.domain.operations.InstanceDetail;
import io.flowpod.domain.operations.InstanceFilter;
import io.flowpod.domain.operations.InstanceState;
import io.flowpod.domain.operations.InstanceSummary;
import io.flowpod.domain.operations.ProcessHistory;
import io.flowpod.workers.operations.InstanceVariables.Facts;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Cluster mode's {@link ProcessHistory}: Camunda's REST search API (the orchestration cluster's
 * secondary storage, what Operate reads). Instances belong to the tenant named by their
 * {@code tenantId} variable, so every instance search carries that variable filter, and reads by key
 * (an instance, an incident) first find the instance under that filter: another tenant's key is
 * simply not found. Every search asks for a bounded page. The search API is eventually consistent:
 * what the engine did a moment ago may not be visible yet.
 */
@Component
@ConditionalOnProperty(name = "flowpod.mode", havingValue = "cluster")
public class CamundaSearchHistory implements ProcessHistory, ActiveElementInstances {

  /** The most instances or incidents one list answers. */
  static final int MAX_LIST = 100;
  /** Element instances read for one instance's path and timeline (the most recent ones). */
  static final int MAX_ELEMENTS = 200;
  static final int MAX_TIMELINE = 100;
  static final int MAX_VARIABLES = 200;
  static final int MAX_DEFINITIONS = 200;
  /** Oldest active job-based element instances read per element type when looking for stuck ones. */
  static final int STUCK_SCAN = 200;

  /** The search API's largest page. */
  private static final int MAX_PAGE = 10_000;
  private static final Facts NO_FACTS = new Facts(null, null);

  /** Elements that wait for a job and should move on by themselves (user tasks wait for people). */
  private static final List<ElementInstanceType> JOB_BASED = List.of(ElementInstanceType.SERVICE_TASK,
      ElementInstanceType.SEND_TASK, ElementInstanceType.SCRIPT_TASK, ElementInstanceType.BUSINESS_RULE_TASK);

  private final CamundaClient client;
  private final String operateUrl;
  private final Clock clock;

  @Autowired
  public CamundaSearchHistory(CamundaClient client,
      @Value("${flowpod.ops.operate-url:}") String operateUrl) {
    this(client, operateUrl, Clock.systemUTC());
  }

  CamundaSearchHistory(CamundaClient client, String operateUrl, Clock clock) {
    this.client = client;
    this.operateUrl = operateUrl == null ? "" : operateUrl.strip().replaceAll("/+$", "");
    this.clock = clock;
  }

  @Override
  public List<InstanceSummary> instances(UUID tenantId, InstanceFilter filter) {
    var scope = InstanceVariables.scope(tenantId, filter.businessObjectType(), filter.businessObjectId());
    if (scope.isEmpty()) {
      return List.of();
    }
    List<ProcessInstance> found = client.newProcessInstanceSearchRequest()
        .filter(f -> {
          f.variables(scope.get());
          if (filter.processId() != null) {
            f.processDefinitionId(filter.processId());
          }
          if (filter.state() != null) {
            f.state(SearchViews.engineState(filter.state()));
            if (filter.state().running()) {
              f.hasIncident(filter.state() == InstanceState.INCIDENT);
            }
          }
        })
        .sort(s -> s.startDate().desc())
        .page(p -> p.limit(bounded(filter.limit(), MAX_LIST)))
        .send().join().items();
    return summaries(tenantId, found);
  }

  @Override
  public Optional<InstanceDetail> instance(UUID tenantId, long processInstanceKey) {
    return owned(tenantId, processInstanceKey).map(owned -> {
      var variables = client.newVariableSearchRequest()
          .filter(f -> f.processInstanceKey(processInstanceKey).scopeKey(processInstanceKey))
          .page(p -> p.limit(MAX_VARIABLES)).send();
      var elements = client.newElementInstanceSearchRequest()
          .filter(f -> f.processInstanceKey(processInstanceKey))
          .sort(s -> s.startDate().desc())
          .page(p -> p.limit(MAX_ELEMENTS)).send();
      var flows = client.newProcessInstanceSequenceFlowsRequest(processInstanceKey).send();
      var incidents = openIncidentsOf(processInstanceKey);

      Map<String, String> values = new LinkedHashMap<>();
      variables.join().items().forEach(v -> values.put(v.getName(), v.getValue()));
      BusinessObject businessObject = owned.facts().businessObject();
      List<ElementInstance> elementInstances = elements.join().items().reversed();
      List<ElementInstance> active = elementInstances.stream()
          .filter(e -> e.getState() == ElementInstanceState.ACTIVE).toList();
      List<IncidentView> incidentViews = incidents.join().items().stream()
          .map(i -> SearchViews.incident(i, businessObject)).toList();
      return new InstanceDetail(
          SearchViews.summary(owned.instance(), businessObject, active),
          SearchViews.completedElementIds(elementInstances),
          flows.join().stream().map(ProcessInstanceSequenceFlow::getElementId).distinct().toList(),
          SearchViews.timeline(elementInstances, MAX_TIMELINE),
          values,
          incidentViews);
    });
  }

  @Override
  public List<IncidentView> incidents(UUID tenantId, IncidentFilter filter) {
    var scope = InstanceVariables.scope(tenantId, filter.businessObjectType(), filter.businessObjectId());
    if (scope.isEmpty()) {
      return List.of();
    }
    int limit = bounded(filter.limit(), MAX_LIST);
    // The incident search cannot filter on variables: find the tenant's instances with an incident
    // first, then read their open incidents.
    List<ProcessInstance> withIncident = client.newProcessInstanceSearchRequest()
        .filter(f -> {
          f.variables(scope.get())
              .state(ProcessInstanceState.ACTIVE)
              .hasIncident(true);
          if (filter.processId() != null) {
            f.processDefinitionId(filter.processId());
          }
        })
        .sort(s -> s.startDate().desc())
        .page(p -> p.limit(limit))
        .send().join().items();
    Map<Long, Facts> facts = facts(withIncident.stream().map(ProcessInstance::getProcessInstanceKey).toList());
    List<CamundaFuture<SearchResponse<Incident>>> pending = withIncident.stream()
        .map(ProcessInstance::getProcessInstanceKey)
        .filter(key -> facts.getOrDefault(key, NO_FACTS).ownedBy(tenantId))
        .map(this::openIncidentsOf)
        .toList();
    return pending.stream()
        .flatMap(future -> future.join().items().stream())
        .map(i -> SearchViews.incident(i, facts.get(i.getProcessInstanceKey()).businessObject()))
        .sorted(Comparator.comparing(IncidentView::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
        .limit(limit)
        .toList();
  }

  @Override
  public Optional<IncidentView> incident(UUID tenantId, long incidentKey) {
    Optional<Incident> found = client.newIncidentSearchRequest()
        .filter(f -> f.incidentKey(incidentKey).state(IncidentState.ACTIVE))
        .page(p -> p.limit(1))
        .send().join().items().stream().findFirst();
    return found.flatMap(incident -> owned(tenantId, incident.getProcessInstanceKey())
        .map(owned -> SearchViews.incident(incident, owned.facts().businessObject())));
  }

  @Override
  public List<InstanceSummary> stuck(UUID tenantId, Duration idleLongerThan, int limit) {
    OffsetDateTime idleSince = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minus(idleLongerThan);
    // The oldest waiting job-based elements of every tenant, then keep the tenant's instances.
    List<CamundaFuture<SearchResponse<ElementInstance>>> pending = JOB_BASED.stream()
        .map(type -> client.newElementInstanceSearchRequest()
            .filter(f -> f.state(ElementInstanceState.ACTIVE).type(type).hasIncident(false)
                .startDate(d -> d.lt(idleSince)))
            .sort(s -> s.startDate().asc())
            .page(p -> p.limit(STUCK_SCAN))
            .send())
        .toList();
    Map<Long, OffsetDateTime> waitingSince = new HashMap<>();
    for (var future : pending) {
      for (ElementInstance element : future.join().items()) {
        waitingSince.merge(element.getProcessInstanceKey(), element.getStartDate(),
            (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    if (waitingSince.isEmpty()) {
      return List.of();
    }
    List<ProcessInstance> owned = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(k -> k.in(List.copyOf(waitingSince.keySet())))
            .variables(List.of(InstanceVariables.ofTenant(tenantId)))
            .state(ProcessInstanceState.ACTIVE)
            .hasIncident(false))
        .page(p -> p.limit(waitingSince.size()))
        .send().join().items();
    List<ProcessInstance> oldestFirst = owned.stream()
        .sorted(Comparator.comparing(i -> waitingSince.get(i.getProcessInstanceKey())))
        .limit(bounded(limit, MAX_LIST))
        .toList();
    return summaries(tenantId, oldestFirst);
  }

  @Override
  public Optional<String> diagramXml(long processDefinitionKey) {
    try {
      return Optional.of(client.newProcessDefinitionGetXmlRequest(processDefinitionKey).send().join());
    } catch (ProblemException e) {
      if (e.code() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public List<DefinitionUsage> definitions() {
    List<ProcessDefinition> definitions = client.newProcessDefinitionSearchRequest()
        .sort(s -> s.processDefinitionId().asc().version().desc())
        .page(p -> p.limit(MAX_DEFINITIONS))
        .send().join().items();
    // One count per version: a one-item page answers the total.
    Map<ProcessDefinition, CamundaFuture<SearchResponse<ProcessInstance>>> running = new LinkedHashMap<>();
    for (ProcessDefinition definition : definitions) {
      running.put(definition, client.newProcessInstanceSearchRequest()
          .filter(f -> f.processDefinitionKey(definition.getProcessDefinitionKey()).state(ProcessInstanceState.ACTIVE))
          .page(p -> p.limit(1))
          .send());
    }
    List<DefinitionUsage> usage = new ArrayList<>();
    running.forEach((definition, count) -> {
      Long total = count.join().page().totalItems();
      usage.add(new DefinitionUsage(definition.getProcessDefinitionId(), definition.getVersion(),
          definition.getProcessDefinitionKey(), definition.getResourceName(), total == null ? 0 : total));
    });
    return usage;
  }

  @Override
  public Optional<String> operateUrl(long processInstanceKey) {
    return operateUrl.isEmpty() ? Optional.empty() : Optional.of(operateUrl + "/processes/" + processInstanceKey);
  }

  /** An instance found for its tenant, with what its variables say. */
  private record Owned(ProcessInstance instance, Facts facts) {}

  /** The instance, when it carries this tenant's id. */
  private Optional<Owned> owned(UUID tenantId, long processInstanceKey) {
    return client.newProcessInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey)
            .variables(List.of(InstanceVariables.ofTenant(tenantId))))
        .page(p -> p.limit(1))
        .send().join().items().stream()
        .filter(i -> i.getProcessInstanceKey() == processInstanceKey)
        .map(i -> new Owned(i, facts(List.of(processInstanceKey)).getOrDefault(processInstanceKey, NO_FACTS)))
        .filter(owned -> owned.facts().ownedBy(tenantId))
        .findFirst();
  }

  /**
   * Summaries of the tenant's instances in the given order: their tenant and business object from one
   * variable search, the active elements of each running one.
   */
  private List<InstanceSummary> summaries(UUID tenantId, List<ProcessInstance> instances) {
    Map<Long, Facts> facts = facts(instances.stream().map(ProcessInstance::getProcessInstanceKey).toList());
    List<ProcessInstance> owned = instances.stream()
        .filter(i -> facts.getOrDefault(i.getProcessInstanceKey(), NO_FACTS).ownedBy(tenantId))
        .toList();
    Map<Long, CamundaFuture<SearchResponse<ElementInstance>>> active = new HashMap<>();
    for (ProcessInstance instance : owned) {
      if (instance.getState() == ProcessInstanceState.ACTIVE) {
        active.put(instance.getProcessInstanceKey(), client.newElementInstanceSearchRequest()
            .filter(f -> f.processInstanceKey(instance.getProcessInstanceKey()).state(ElementInstanceState.ACTIVE))
            .page(p -> p.limit(MAX_LIST))
            .send());
      }
    }
    return owned.stream()
        .map(instance -> {
          var elements = active.get(instance.getProcessInstanceKey());
          return SearchViews.summary(instance, facts.get(instance.getProcessInstanceKey()).businessObject(),
              elements == null ? List.of() : elements.join().items());
        })
        .toList();
  }

  /** The tenant and business object of these instances, from their root-scope variables, in one search. */
  private Map<Long, Facts> facts(Collection<Long> processInstanceKeys) {
    if (processInstanceKeys.isEmpty()) {
      return Map.of();
    }
    List<Long> keys = List.copyOf(processInstanceKeys);
    List<Variable> variables = client.newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(k -> k.in(keys))
            .scopeKey(k -> k.in(keys))
            .name(n -> n.in(InstanceVariables.READ_BACK)))
        .page(p -> p.limit(Math.min(keys.size() * InstanceVariables.READ_BACK.size(), MAX_PAGE)))
        .send().join().items();
    return InstanceVariables.facts(variables);
  }

  private CamundaFuture<SearchResponse<Incident>> openIncidentsOf(long processInstanceKey) {
    return client.newIncidentSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey).state(IncidentState.ACTIVE))
        .sort(s -> s.creationTime().desc())
        .page(p -> p.limit(MAX_LIST))
        .send();
  }

  private static int bounded(int requested, int max) {
    return Math.max(1, Math.min(requested, max));
  }

  /** Moving a token needs the keys of the element instances it leaves; callers checked the tenant. */
  @Override
  public List<Long> keys(long processInstanceKey, String elementId) {
    return client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey).elementId(elementId)
            .state(ElementInstanceState.ACTIVE))
        .page(p -> p.limit(MAX_LIST))
        .send().join().items().stream()
        .map(ElementInstance::getElementInstanceKey)
        .toList();
  }
}
