package io.flowpod.domain.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff task inbox of the current tenant. Tasks are opened by the engine's user-task worker and
 * completed here; completing publishes {@link StaffTaskCompleted}, which the outbox turns into the
 * job's completion in the engine.
 */
@org.springframework.stereotype.Service
public class StaffTasks {

  /** Opens the task for a user-task job; idempotent by job key; replaces a stale open task. */
  public StaffTask open(NewStaffTask task) {
    throw new UnsupportedOperationException("skeleton");
  }

  public List<StaffTask> list(StaffTaskQuery query) {
    throw new UnsupportedOperationException("skeleton");
  }

  public long count(StaffTaskQuery query) {
    throw new UnsupportedOperationException("skeleton");
  }

  public Optional<StaffTask> find(UUID id) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** The open task for this business object and form, if the flow is waiting for one. */
  public Optional<StaffTask> findOpen(String businessObjectType, String businessObjectId,
      String formKey) {
    throw new UnsupportedOperationException("skeleton");
  }

  public StaffTask claim(UUID id, UUID userId) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** Completes an open task through its form; completing a completed task again is refused (409). */
  public StaffTask complete(UUID id, Map<String, Object> input, UUID actorUserId) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** Closes every open task of a business object whose flow left them (e.g. a cancelled order). */
  public int cancelOpen(String businessObjectType, String businessObjectId) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** The registered form for a key. */
  public Optional<StaffTaskForm> form(String formKey) {
    throw new UnsupportedOperationException("skeleton");
  }
}
