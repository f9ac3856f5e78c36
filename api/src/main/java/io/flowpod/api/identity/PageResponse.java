package io.flowpod.api.identity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import io.flowpod.api.security.InvalidRequestException;

/**
 * One page of a list: {@code {items, page, size, totalItems}}; {@code page} counts from 0. Lists take
 * {@code ?page=} (default 0) and {@code ?size=} (default {@value #DEFAULT_SIZE}, at most
 * {@value #MAX_SIZE}).
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapping) {
    return new PageResponse<>(page.getContent().stream().map(mapping).toList(), page.getNumber(),
        page.getSize(), page.getTotalElements());
  }

  /** Refuses a negative page or a size outside 1..{@value #MAX_SIZE} with 400 and field errors. */
  public static void checkBounds(int page, int size) {
    if (page < 0) {
      throw new InvalidRequestException(Map.of("page", "must be 0 or more"));
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException(Map.of("size", "must be between 1 and " + MAX_SIZE));
    }
  }
}
