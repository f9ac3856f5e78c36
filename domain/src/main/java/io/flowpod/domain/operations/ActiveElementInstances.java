package io.flowpod.domain.operations;

import java.util.List;

/**
 * The keys of the element instances an instance is waiting in, by element id: the engine's modify
 * command terminates element instances by key, while operators name elements by id. Implemented by
 * whatever reads the engine's history (embedded projection, cluster search API); without an
 * implementation, moving a token is unavailable.
 */
public interface ActiveElementInstances {

  /** The active element instance keys of {@code elementId} in that process instance; empty if none. */
  List<Long> keys(long processInstanceKey, String elementId);
}
