package io.flowpod.domain.operations;

import io.flowpod.domain.audit.AuditLog;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator's engine command and its audit entry as one unit: the entry is written first, in a
 * transaction that rolls back when the engine refuses the command, so the log holds the actions that
 * happened. (A database commit failing after the engine accepted is the one gap left; the engine's
 * own history still shows the change.)
 */
@Component
public class AuditedCommands {

  private final AuditLog audit;

  AuditedCommands(AuditLog audit) {
    this.audit = audit;
  }

  @Transactional
  public void run(String action, UUID actorUserId, String targetType, long targetId, String detail,
      Runnable command) {
    audit.record(action, actorUserId, targetType, targetId, detail);
    command.run();
  }
}
