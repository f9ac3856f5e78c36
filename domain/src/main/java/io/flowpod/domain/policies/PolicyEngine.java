package io.flowpod.domain.policies;

import java.util.List;
import java.util.Map;

/** The port to the process engine (an adapter in workers): deploy a DMN, evaluate a decision. */
public interface PolicyEngine {

  /**
   * Deploys one DMN resource and answers the key of its decision. Deploying content identical to the
   * latest version of the resource answers that version's key.
   *
   * @throws Rejected when the engine refuses the DMN (for example an unparsable FEEL expression)
   */
  long deploy(String resourceName, String dmnXml);

  /**
   * Evaluates a deployed decision with the given variables; the outputs are keyed by the table's
   * output names, in order (the engine answers a single output bare, several as an object).
   */
  PolicyEvaluation evaluate(long decisionKey, Map<String, Object> variables,
      List<String> outputNames);

  /** The engine refused a DMN; the message is the engine's own. */
  class Rejected extends RuntimeException {
    public Rejected(String message) {
      super(message);
    }
  }
}
