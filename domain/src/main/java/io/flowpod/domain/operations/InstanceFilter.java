package io.flowpod.domain.operations;

/**
 * Which instances to list; every field but limit is optional (null matches all).
 *
 * @param limit at most this many, newest first
 */
public record InstanceFilter(String processId, InstanceState state, String businessObjectType,
    String businessObjectId, int limit) {

  public static InstanceFilter all(int limit) {
    return new InstanceFilter(null, null, null, null, limit);
  }
}
