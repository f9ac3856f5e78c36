package io.flowpod.api.conventions;

import io.flowpod.api.concurrency.ETags;
import io.flowpod.api.concurrency.IfMatch;
import io.flowpod.api.paging.Page;
import io.flowpod.api.paging.PageRequest;
import io.flowpod.api.paging.Sortable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that exercise each convention the way a real controller would use it. */
@RestController
public class SampleController {

  public record Customer(@NotBlank @Email String email, String name) {}

  public record Item(@NotBlank String sku, @NotNull @Min(1) @Max(99) Integer quantity) {}

  public record NewOrder(@NotNull @Valid Customer customer, @NotEmpty List<@Valid Item> items,
      String note) {}

  public record Renamed(@NotBlank String name) {}

  @PostMapping("/api/v1/samples/orders")
  Map<String, Object> create(@Valid @RequestBody NewOrder order) {
    return Map.of("items", order.items().size());
  }

  @GetMapping("/api/v1/samples/orders/{id}")
  ResponseEntity<Map<String, Object>> get(@PathVariable UUID id) {
    if (id.getMostSignificantBits() == 0) {
      throw new NoSuchElementException("order " + id);
    }
    return ResponseEntity.ok().eTag(ETags.of(3)).body(Map.of("id", id, "version", 3));
  }

  @PutMapping("/api/v1/samples/orders/{id}")
  ResponseEntity<Map<String, Object>> rename(@PathVariable UUID id, IfMatch ifMatch,
      @Valid @RequestBody Renamed body) {
    ifMatch.verify(3);
    return ResponseEntity.ok().eTag(ETags.of(4)).body(Map.of("id", id, "name", body.name()));
  }

  @PostMapping("/api/v1/samples/stale")
  void stale() {
    throw new OptimisticLockingFailureException("row 42 of orders was updated by tx 7");
  }

  @GetMapping("/api/v1/samples/boom")
  void boom() {
    throw new IllegalStateException("secret-connection-string=postgres://admin:hunter2@db");
  }

  @GetMapping("/api/v1/samples/search")
  Map<String, Object> search(@RequestParam("limit") @Min(1) @Max(50) int limit) {
    return Map.of("limit", limit);
  }

  @GetMapping("/api/v1/samples/list")
  Page<Map<String, Object>> list(
      @Sortable(fields = {"name", "createdAt"}, byDefault = "createdAt,desc") PageRequest page) {
    return Page.of(List.of(Map.of("sort", page.sort().toString())), page, 1);
  }

  @GetMapping("/api/v1/samples/log-context")
  Map<String, String> logContext() {
    return MDC.getCopyOfContextMap();
  }

  @GetMapping("/api/v1/public/ping")
  Map<String, String> publicPing() {
    return Map.of("pong", "public");
  }

  @PostMapping("/api/v1/auth/login")
  Map<String, String> login(@RequestBody Map<String, String> credentials) {
    return Map.of("ok", "true");
  }
}
