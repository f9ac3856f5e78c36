package io.flowpod.domain.platform.flows;

import java.util.List;

/**
 * A flow's answer to "the embedded engine forgot everything: where are my records?". At start in
 * embedded mode, FlowPod asks every resumable flow, tenant by tenant (inside that tenant's context),
 * for its in-flight records and where each one should re-enter the process. Timers are recomputed from
 * the record's business dates, which travel as variables.
 */
public interface ResumableFlow {

  String processId();

  List<Resumption> inFlightRecords();
}
