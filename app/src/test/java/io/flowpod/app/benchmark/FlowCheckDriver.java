package io.flowpod.app.benchmark;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Requests a flow check with no delay and asks when it completed. */
interface FlowCheckDriver {

  /** How the checks travel, for the report. */
  String path();

  UUID request() throws Exception;

  /** When the worker marked the check completed, as recorded; empty while it is not. */
  Optional<Instant> completedAt(UUID id) throws Exception;
}
