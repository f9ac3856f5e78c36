package io.flowpod.api.policies;

import io.flowpod.domain.policies.DecisionTable;
import io.flowpod.domain.policies.PolicyColumn;
import io.flowpod.domain.policies.PolicyEvaluation;
import io.flowpod.domain.policies.PolicyKind;
import io.flowpod.domain.policies.PolicyOverview;
import io.flowpod.domain.policies.PolicyVersion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of the policies API. */
final class PolicyDtos {

  private PolicyDtos() {}

  record ColumnBody(String name, String label, String type, List<String> allowed, BigDecimal min,
      BigDecimal max) {
    static ColumnBody of(PolicyColumn c) {
      return new ColumnBody(c.name(), c.label(), c.type().name(), c.allowed(), c.min(), c.max());
    }
  }

  record KindBody(String kind, String title, String description, String processId,
      String decisionVariable, String defaultDecisionId, String workspaceDecisionId,
      List<ColumnBody> inputs, List<ColumnBody> outputs, DecisionTable starterTable,
      Integer activeVersion, int latestVersion) {

    static KindBody of(PolicyOverview overview, UUID tenantId) {
      PolicyKind k = overview.kind();
      return new KindBody(k.kind(), k.title(), k.description(), k.processId(), k.decisionVariable(),
          k.defaultDecisionId(), k.decisionIdFor(tenantId),
          k.inputs().stream().map(ColumnBody::of).toList(),
          k.outputs().stream().map(ColumnBody::of).toList(), k.starterTable(),
          overview.active() == null ? null : overview.active().version(), overview.latestVersion());
    }
  }

  record VersionSummary(int version, String state, String note, UUID authorUserId,
      Instant createdAt, Instant activatedAt, UUID activatedBy, Long decisionKey) {
    static VersionSummary of(PolicyVersion v) {
      return new VersionSummary(v.version(), v.state().name(), v.note(), v.authorUserId(),
          v.createdAt(), v.activatedAt(), v.activatedBy(), v.decisionKey());
    }
  }

  record VersionBody(String kind, int version, String state, String note, UUID authorUserId,
      Instant createdAt, Instant activatedAt, UUID activatedBy, Long decisionKey,
      DecisionTable table, String dmnXml) {
    static VersionBody of(PolicyVersion v) {
      return new VersionBody(v.kind(), v.version(), v.state().name(), v.note(), v.authorUserId(),
          v.createdAt(), v.activatedAt(), v.activatedBy(), v.decisionKey(), v.table(), v.dmnXml());
    }
  }

  record SaveDraftRequest(DecisionTable table, String note) {}

  record EvaluateTableRequest(DecisionTable table, Map<String, Object> inputs) {}

  record EvaluateRequest(Map<String, Object> inputs) {}

  record EvaluationBody(boolean matched, List<Integer> matchedRows, Map<String, Object> outputs,
      String failure) {
    static EvaluationBody of(PolicyEvaluation e) {
      return new EvaluationBody(e.failure() == null && !e.matchedRows().isEmpty(), e.matchedRows(),
          e.outputs(), e.failure());
    }
  }
}
