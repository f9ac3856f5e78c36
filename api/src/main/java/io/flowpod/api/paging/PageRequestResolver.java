package io.flowpod.api.paging;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.FieldViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Builds {@link PageRequest} handler arguments from the query string. */
class PageRequestResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return PageRequest.class.equals(parameter.getParameterType());
  }

  @Override
  public PageRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
      NativeWebRequest request, WebDataBinderFactory binders) {
    Sortable sortable = parameter.getParameterAnnotation(Sortable.class);
    return parse(request.getParameter("page"), request.getParameter("size"),
        request.getParameterValues("sort"), sortable);
  }

  static PageRequest parse(String page, String size, String[] sort, Sortable sortable) {
    List<FieldViolation> errors = new ArrayList<>();
    int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE, errors);
    int pageSize = number("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE, errors);
    Set<String> allowed = sortable == null ? Set.of() : Set.of(sortable.fields());
    String[] criteria = sort == null || sort.length == 0
        ? (sortable == null ? new String[0] : sortable.byDefault())
        : sort;
    List<SortOrder> orders = new ArrayList<>();
    for (String criterion : criteria) {
      SortOrder order = sortOrder(criterion, allowed, errors);
      if (order != null) {
        orders.add(order);
      }
    }
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid(errors);
    }
    return new PageRequest(pageNumber, pageSize, orders);
  }

  private static int number(String name, String value, int fallback, int min, int max,
      List<FieldViolation> errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    errors.add(new FieldViolation(name, max == Integer.MAX_VALUE
        ? "must be a whole number from " + min
        : "must be a whole number from " + min + " to " + max));
    return fallback;
  }

  private static SortOrder sortOrder(String criterion, Set<String> allowed,
      List<FieldViolation> errors) {
    String[] parts = criterion.split(",", -1);
    String field = parts[0].strip();
    if (!allowed.contains(field)) {
      errors.add(new FieldViolation("sort", allowed.isEmpty()
          ? "this list cannot be sorted"
          : "can only sort by " + allowed.stream().sorted().collect(Collectors.joining(", "))));
      return null;
    }
    if (parts.length > 2) {
      errors.add(new FieldViolation("sort", "must be field,asc or field,desc"));
      return null;
    }
    String direction = parts.length == 2 ? parts[1].strip().toUpperCase(Locale.ROOT) : "ASC";
    if (Arrays.stream(SortOrder.Direction.values()).noneMatch(d -> d.name().equals(direction))) {
      errors.add(new FieldViolation("sort", "direction must be asc or desc"));
      return null;
    }
    return new SortOrder(field, SortOrder.Direction.valueOf(direction));
  }
}
