package io.flowpod.workers.policies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import io.camunda.client.api.response.EvaluatedDecision;
import io.camunda.client.api.response.MatchedDecisionRule;
import io.flowpod.domain.policies.PolicyEngine;
import io.flowpod.domain.policies.PolicyEvaluation;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Policies on the Zeebe engine over the client's commands (gRPC): deploy a DMN, evaluate by key. */
@Component
public class CamundaPolicyEngine implements PolicyEngine {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CamundaClient client;

  CamundaPolicyEngine(CamundaClient client) {
    this.client = client;
  }

  @Override
  public long deploy(String resourceName, String dmnXml) {
    try {
      return client.newDeployResourceCommand()
          .addResourceBytes(dmnXml.getBytes(StandardCharsets.UTF_8), resourceName)
          .send().join()
          .getDecisions().getFirst().getDecisionKey();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() == Status.Code.INVALID_ARGUMENT) {
        throw new Rejected(e.getMessage());
      }
      throw e;
    }
  }

  @Override
  public PolicyEvaluation evaluate(long decisionKey, Map<String, Object> variables,
      List<String> outputNames) {
    EvaluateDecisionResponse response = client.newEvaluateDecisionCommand()
        .decisionKey(decisionKey).variables(variables).send().join();
    List<Integer> matchedRows = response.getEvaluatedDecisions().stream()
        .map(EvaluatedDecision::getMatchedRules).flatMap(List::stream)
        .map(MatchedDecisionRule::getRuleIndex).toList();
    String failure = response.getFailureMessage();
    if (failure != null && !failure.isBlank()) {
      return new PolicyEvaluation(matchedRows, Map.of(), failure);
    }
    Map<String, Object> outputs = new LinkedHashMap<>();
    if (!matchedRows.isEmpty()) {
      Object value = parse(response.getDecisionOutput());
      if (outputNames.size() == 1) {
        outputs.put(outputNames.getFirst(), value);
      } else if (value instanceof Map<?, ?> map) {
        outputNames.forEach(name -> outputs.put(name, map.get(name)));
      }
    }
    return new PolicyEvaluation(matchedRows, outputs, null);
  }

  private static Object parse(String json) {
    try {
      return json == null ? null : JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The engine answered an unreadable decision output", e);
    }
  }
}
