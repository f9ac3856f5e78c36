package io.flowpod.api.paging;

/** One {@code sort=field,asc|desc} criterion, its field taken from the endpoint's whitelist. */
public record SortOrder(String field, Direction direction) {

  public enum Direction { ASC, DESC }

  public boolean ascending() {
    return direction == Direction.ASC;
  }
}
