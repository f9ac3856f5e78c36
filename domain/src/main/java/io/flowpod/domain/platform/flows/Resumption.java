package io.flowpod.domain.platform.flows;

import java.util.Map;

/** What to do with one in-flight record when the engine has lost its instance. */
public sealed interface Resumption {

  /** Human-readable reference an operator recognises, e.g. "order 1042" or "flow check 3f2a…". */
  String businessObject();

  /** Start a new instance just before {@code elementId} with these variables (references only). */
  record ResumeAt(String businessObject, String elementId, Map<String, Object> variables)
      implements Resumption {}

  /** The record cannot be resumed automatically; an operator must look at it. */
  record NotResumable(String businessObject, String reason) implements Resumption {}
}
