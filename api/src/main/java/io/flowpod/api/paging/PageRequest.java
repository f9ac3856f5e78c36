package io.flowpod.api.paging;

import java.util.List;

/**
 * A page of a list endpoint, parsed from {@code ?page=&size=&sort=field,asc|desc}: {@code page}
 * counts from 0 (default 0), {@code size} is 1 to {@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}),
 * {@code sort} may repeat and only names fields the endpoint whitelists with {@link Sortable}. Invalid
 * values are answered 400 with one field error each. Declare it as a handler parameter.
 */
public record PageRequest(int page, int size, List<SortOrder> sort) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    sort = List.copyOf(sort);
  }

  /** Rows to skip: {@code page * size}. */
  public long offset() {
    return (long) page * size;
  }

  /** The first criterion, or {@code fallback} if there is none. */
  public SortOrder primarySort(SortOrder fallback) {
    return sort.isEmpty() ? fallback : sort.getFirst();
  }

  /** The same page for Spring Data repositories. */
  public org.springframework.data.domain.PageRequest toPageable() {
    return org.springframework.data.domain.PageRequest.of(page, size,
        org.springframework.data.domain.Sort.by(sort.stream()
            .map(order -> order.ascending()
                ? org.springframework.data.domain.Sort.Order.asc(order.field())
                : org.springframework.data.domain.Sort.Order.desc(order.field()))
            .toList()));
  }
}
