package io.flowpod.domain.modeling;

/** A migration request that cannot be served as asked; nothing was migrated. */
public class MigrationRefusedException extends RuntimeException {

  public enum Reason {
    /** The target is a version of a different process. */
    OTHER_PROCESS,
    /** This FlowPod has no process history or commands (e.g. not wired in this mode). */
    UNAVAILABLE
  }

  private final Reason reason;

  MigrationRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
