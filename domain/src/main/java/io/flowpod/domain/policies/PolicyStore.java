package io.flowpod.domain.policies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.domain.platform.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current tenant's policy versions (row-level security scopes every query to it). */
@Repository
class PolicyStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS = """
      id, kind, version, decision_table, dmn_xml, state, note, author_user_id, created_at,
      activated_at, activated_by, decision_key""";

  private final JdbcClient jdbc;

  PolicyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(PolicyVersion version) {
    jdbc.sql("""
            insert into policy_versions (id, tenant_id, kind, version, decision_table, dmn_xml, state,
              note, author_user_id, created_at)
            values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)""")
        .params(version.id(), TenantContext.require(), version.kind(), version.version(),
            json(version.table()), version.dmnXml(), version.state().name(), version.note(),
            version.authorUserId(), Timestamp.from(version.createdAt()))
        .update();
  }

  int nextVersion(String kind) {
    return jdbc.sql("select coalesce(max(version), 0) + 1 from policy_versions where kind = ?")
        .param(kind).query(Integer.class).single();
  }

  /** Newest first. */
  List<PolicyVersion> versions(String kind) {
    return jdbc.sql("select " + COLUMNS + " from policy_versions where kind = ? order by version desc")
        .param(kind).query(PolicyStore::map).list();
  }

  Optional<PolicyVersion> find(String kind, int version) {
    return jdbc.sql("select " + COLUMNS + " from policy_versions where kind = ? and version = ?")
        .params(kind, version).query(PolicyStore::map).optional();
  }

  Optional<PolicyVersion> active(String kind) {
    return jdbc.sql("select " + COLUMNS + " from policy_versions where kind = ? and state = 'ACTIVE'")
        .param(kind).query(PolicyStore::map).optional();
  }

  List<PolicyVersion> allActive() {
    return jdbc.sql("select " + COLUMNS + " from policy_versions where state = 'ACTIVE' order by kind")
        .query(PolicyStore::map).list();
  }

  /** Serialises changes of one kind's versions until the transaction ends. */
  void lockKind(String kind) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext(?), hashtext(?))")
        .params(TenantContext.require().toString(), kind).query((rs, n) -> 0).list();
  }

  void markActive(String kind, int version, UUID actor, Instant at, long decisionKey) {
    jdbc.sql("""
            update policy_versions set state = 'RETIRED' where kind = ? and state = 'ACTIVE'""")
        .param(kind).update();
    jdbc.sql("""
            update policy_versions set state = 'ACTIVE', activated_at = ?, activated_by = ?,
              decision_key = ?
            where kind = ? and version = ?""")
        .params(Timestamp.from(at), actor, decisionKey, kind, version).update();
  }

  void retireActive(String kind) {
    jdbc.sql("update policy_versions set state = 'RETIRED' where kind = ? and state = 'ACTIVE'")
        .param(kind).update();
  }

  void recordDecisionKey(UUID id, long decisionKey) {
    jdbc.sql("update policy_versions set decision_key = ? where id = ?").params(decisionKey, id)
        .update();
  }

  private static PolicyVersion map(ResultSet rs, int n) throws SQLException {
    Timestamp activatedAt = rs.getTimestamp("activated_at");
    long keyValue = rs.getLong("decision_key");
    Long key = rs.wasNull() ? null : keyValue;
    return new PolicyVersion(rs.getObject("id", UUID.class), rs.getString("kind"),
        rs.getInt("version"), table(rs.getString("decision_table")), rs.getString("dmn_xml"),
        PolicyState.valueOf(rs.getString("state")), rs.getString("note"),
        rs.getObject("author_user_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
        activatedAt == null ? null : activatedAt.toInstant(),
        rs.getObject("activated_by", UUID.class), key);
  }

  private static String json(DecisionTable table) {
    try {
      return JSON.writeValueAsString(table);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a decision table as JSON", e);
    }
  }

  private static DecisionTable table(String json) {
    try {
      return JSON.readValue(json, DecisionTable.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored decision table is not readable", e);
    }
  }
}
