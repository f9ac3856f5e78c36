package io.flowpod.domain.tasks;

import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.platform.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff task inbox of the current tenant. Tasks are opened by the engine's user-task worker and
 * completed here; completing publishes {@link StaffTaskCompleted}, which the outbox turns into the
 * job's completion in the engine.
 */
@Service
public class StaffTasks {

  private final StaffTaskStore store;
  private final ObjectProvider<StaffTaskForm> formBeans;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final AuditLog audit;

  /** The audit action of a manager handing a task to someone. */
  public static final String TASK_ASSIGNED = "task.assigned";

  // Forms are looked up on use, so a form may depend on services that depend on the inbox.
  StaffTasks(StaffTaskStore store, ObjectProvider<StaffTaskForm> formBeans,
      ApplicationEventPublisher events, Clock clock, AuditLog audit) {
    this.store = store;
    this.formBeans = formBeans;
    this.events = events;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * Opens the task for a user-task job; idempotent by job key. An open task of the same business
   * object and element with another job key belonged to an instance the engine no longer has (flow
   * resumption) and is closed first.
   *
   * @throws StaffTaskException NOT_FOUND when no form is registered for the job's form key
   */
  @Transactional
  public StaffTask open(NewStaffTask job) {
    Optional<StaffTask> existing = store.byJobKey(job.jobKey());
    if (existing.isPresent()) {
      return existing.get();
    }
    StaffTaskForm form = requireForm(job.formKey());
    Instant now = Instant.now(clock);
    store.supersede(form.businessObjectType(), job.businessObjectId(), job.elementId(), now);
    StaffTask task = new StaffTask(UUID.randomUUID(), job.jobKey(), job.processInstanceKey(),
        job.processId(), job.elementId(), job.formKey(), form.businessObjectType(),
        job.businessObjectId(), form.title(job.businessObjectId()), job.candidateGroup(),
        StaffTask.Status.OPEN, null, now, null, null, Map.of());
    store.insert(task);
    return store.byJobKey(job.jobKey()).orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<StaffTask> list(StaffTaskQuery query) {
    return store.list(query);
  }

  @Transactional(readOnly = true)
  public long count(StaffTaskQuery query) {
    return store.count(query);
  }

  @Transactional(readOnly = true)
  public Optional<StaffTask> find(UUID id) {
    return store.byId(id, false);
  }

  /** The open task for this business object and form, if the flow is waiting for one. */
  @Transactional(readOnly = true)
  public Optional<StaffTask> findOpen(String businessObjectType, String businessObjectId,
      String formKey) {
    return store.list(new StaffTaskQuery(StaffTask.Status.OPEN, formKey, null,
        businessObjectType, businessObjectId, 0, 1)).stream().findFirst();
  }

  /** Assigns an open task to the user; claiming one's own task again changes nothing. */
  @Transactional
  public StaffTask claim(UUID id, UUID userId) {
    StaffTask task = requireOpen(id);
    if (task.assigneeUserId() != null && !task.assigneeUserId().equals(userId)) {
      throw StaffTaskException.conflict("This task is already claimed by someone else");
    }
    store.assign(id, userId);
    return store.byId(id, false).orElseThrow();
  }

  /**
   * Hands an open task to a member of the workspace (a manager's reassignment, also when someone
   * else has claimed it). The caller checks that the assignee belongs to the workspace.
   */
  @Transactional
  public StaffTask assign(UUID id, UUID assigneeUserId, UUID actorUserId) {
    requireOpen(id);
    store.assign(id, assigneeUserId);
    audit.record(TASK_ASSIGNED, actorUserId, "staff-task", id, "assignee: " + assigneeUserId);
    return store.byId(id, false).orElseThrow();
  }

  /**
   * Completes an open task through its form, in one transaction with the form's domain change, and
   * hands the variables to the outbox for the engine. Completing a finished task is refused (409).
   */
  @Transactional
  public StaffTask complete(UUID id, Map<String, Object> input, UUID actorUserId) {
    StaffTask task = requireOpen(id);
    Map<String, Object> variables =
        requireForm(task.formKey()).complete(task.businessObjectId(), input, actorUserId);
    store.complete(id, actorUserId, variables, Instant.now(clock));
    events.publishEvent(new StaffTaskCompleted(TenantContext.require(),
        id, task.jobKey(), variables));
    return store.byId(id, false).orElseThrow();
  }

  /** Closes every open task of a business object whose flow left them (e.g. a cancelled order). */
  @Transactional
  public int cancelOpen(String businessObjectType, String businessObjectId) {
    return store.cancelOpen(businessObjectType, businessObjectId, Instant.now(clock));
  }

  /** The registered form for a key. */
  public Optional<StaffTaskForm> form(String formKey) {
    return formBeans.stream().filter(form -> form.formKey().equals(formKey)).findFirst();
  }

  private StaffTask requireOpen(UUID id) {
    StaffTask task = store.byId(id, true).orElseThrow(StaffTaskException::notFound);
    if (task.status() != StaffTask.Status.OPEN) {
      throw StaffTaskException.conflict("This task is already " + task.status().name().toLowerCase());
    }
    return task;
  }

  private StaffTaskForm requireForm(String formKey) {
    return form(formKey).orElseThrow(() -> new StaffTaskException(
        StaffTaskException.Reason.NOT_FOUND, "No form is registered for key " + formKey, Map.of()));
  }
}
