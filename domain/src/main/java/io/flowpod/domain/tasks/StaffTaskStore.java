package io.flowpod.domain.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.domain.platform.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for staff_tasks; every statement runs under the tenant's row-level security. */
@Repository
class StaffTaskStore {

  private static final String COLUMNS = """
      id, job_key, process_instance_key, process_id, element_id, form_key, business_object_type,
      business_object_id, title, candidate_group, status, assignee_user_id, created_at,
      completed_at, completed_by, outcome""";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcClient jdbc;

  StaffTaskStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StaffTask> byJobKey(long jobKey) {
    return jdbc.sql("select " + COLUMNS + " from staff_tasks where job_key = ?")
        .param(jobKey).query(this::map).optional();
  }

  Optional<StaffTask> byId(UUID id, boolean lock) {
    return jdbc.sql("select " + COLUMNS + " from staff_tasks where id = ?" + (lock ? " for update" : ""))
        .param(id).query(this::map).optional();
  }

  /** Marks stale open tasks of the same object and element (a job the engine no longer has). */
  int supersede(String type, String objectId, String elementId, Instant now) {
    return jdbc.sql("""
            update staff_tasks set status = 'CANCELLED', completed_at = ?
            where business_object_type = ? and business_object_id = ? and element_id = ?
              and status = 'OPEN'""")
        .params(Timestamp.from(now), type, objectId, elementId).update();
  }

  /** Inserts the task; false when a task for this job already exists. */
  boolean insert(StaffTask task) {
    return jdbc.sql("""
            insert into staff_tasks (id, tenant_id, job_key, process_instance_key, process_id,
              element_id, form_key, business_object_type, business_object_id, title, candidate_group,
              status, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)
            on conflict (tenant_id, job_key) do nothing""")
        .params(task.id(), TenantContext.require(), task.jobKey(), task.processInstanceKey(),
            task.processId(), task.elementId(), task.formKey(), task.businessObjectType(),
            task.businessObjectId(), task.title(), task.candidateGroup(),
            Timestamp.from(task.createdAt()))
        .update() == 1;
  }

  void assign(UUID id, UUID userId) {
    jdbc.sql("update staff_tasks set assignee_user_id = ? where id = ?").params(userId, id).update();
  }

  void complete(UUID id, UUID userId, Map<String, Object> outcome, Instant now) {
    jdbc.sql("""
            update staff_tasks set status = 'COMPLETED', completed_at = ?, completed_by = ?,
              outcome = cast(? as jsonb) where id = ?""")
        .params(Timestamp.from(now), userId, write(outcome), id).update();
  }

  int cancelOpen(String type, String objectId, Instant now) {
    return jdbc.sql("""
            update staff_tasks set status = 'CANCELLED', completed_at = ?
            where business_object_type = ? and business_object_id = ? and status = 'OPEN'""")
        .params(Timestamp.from(now), type, objectId).update();
  }

  List<StaffTask> list(StaffTaskQuery query) {
    List<Object> params = new ArrayList<>();
    String where = where(query, params);
    params.add(query.limit());
    params.add(query.offset());
    return jdbc.sql("select " + COLUMNS + " from staff_tasks" + where
            + " order by created_at, id limit ? offset ?")
        .params(params).query(this::map).list();
  }

  long count(StaffTaskQuery query) {
    List<Object> params = new ArrayList<>();
    return jdbc.sql("select count(*) from staff_tasks" + where(query, params))
        .params(params).query(Long.class).single();
  }

  private static String where(StaffTaskQuery query, List<Object> params) {
    List<String> conditions = new ArrayList<>();
    add(conditions, params, "status = ?", query.status() == null ? null : query.status().name());
    add(conditions, params, "form_key = ?", query.formKey());
    add(conditions, params, "candidate_group = ?", query.candidateGroup());
    add(conditions, params, "business_object_type = ?", query.businessObjectType());
    add(conditions, params, "business_object_id = ?", query.businessObjectId());
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private static void add(List<String> conditions, List<Object> params, String sql, Object value) {
    if (value != null) {
      conditions.add(sql);
      params.add(value);
    }
  }

  private StaffTask map(ResultSet rs, int row) throws SQLException {
    return new StaffTask(rs.getObject("id", UUID.class), rs.getLong("job_key"),
        rs.getLong("process_instance_key"), rs.getString("process_id"), rs.getString("element_id"),
        rs.getString("form_key"), rs.getString("business_object_type"),
        rs.getString("business_object_id"), rs.getString("title"), rs.getString("candidate_group"),
        StaffTask.Status.valueOf(rs.getString("status")), rs.getObject("assignee_user_id", UUID.class),
        rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("completed_at")),
        rs.getObject("completed_by", UUID.class), read(rs.getString("outcome")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static String write(Map<String, Object> outcome) {
    try {
      return JSON.writeValueAsString(outcome);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Task outcome is not serialisable", e);
    }
  }

  private static Map<String, Object> read(String text) {
    if (text == null) {
      return Map.of();
    }
    try {
      return JSON.readValue(text, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored task outcome is not JSON", e);
    }
  }
}
