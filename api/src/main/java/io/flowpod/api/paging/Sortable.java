package io.flowpod.api.paging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on a {@link PageRequest} handler parameter, which fields a client may sort by and the
 * order used when it names none. Without this annotation the endpoint accepts no {@code sort}.
 *
 * <pre>{@code
 * @GetMapping
 * Page<OrderView> list(@Sortable(fields = {"createdAt", "total"}, byDefault = "createdAt,desc")
 *     PageRequest page) { ... }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Sortable {

  /** The sortable field names, as the client sees them in responses. */
  String[] fields();

  /** {@code field,asc|desc} criteria applied when the request has no {@code sort}. */
  String[] byDefault() default {};
}
