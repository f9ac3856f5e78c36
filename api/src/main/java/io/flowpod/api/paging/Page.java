package io.flowpod.api.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list response: {@code {items, page, size, totalItems}}.
 *
 * @param items      the entries of this page (at most {@code size})
 * @param page       the page number, from 0
 * @param size       the requested page size
 * @param totalItems how many entries all pages hold together
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

  public Page {
    items = List.copyOf(items);
  }

  public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
    return new Page<>(items, request.page(), request.size(), totalItems);
  }

  /** The same page from a Spring Data repository or service. */
  public static <T> Page<T> from(org.springframework.data.domain.Page<T> page) {
    return new Page<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
  }
}
