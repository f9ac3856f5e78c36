package io.flowpod.domain.operations;

/** Which open incidents to list; null fields match all; at most limit, newest first. */
public record IncidentFilter(String processId, String businessObjectType, String businessObjectId,
    int limit) {

  public static IncidentFilter all(int limit) {
    return new IncidentFilter(null, null, null, limit);
  }
}
