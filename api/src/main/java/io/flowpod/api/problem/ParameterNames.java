package io.flowpod.api.problem;

import java.lang.annotation.Annotation;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The name a client knows a handler parameter by: its query parameter, header or path variable. */
final class ParameterNames {

  private ParameterNames() {}

  static String of(MethodParameter parameter) {
    for (Class<? extends Annotation> binding :
        java.util.List.of(RequestParam.class, RequestHeader.class, PathVariable.class)) {
      Annotation annotation = parameter.getParameterAnnotation(binding);
      if (annotation != null) {
        Object name = AnnotationUtils.getValue(AnnotationUtils.synthesizeAnnotation(annotation, null));
        if (name instanceof String text && StringUtils.hasText(text)) {
          return text;
        }
      }
    }
    String name = parameter.getParameterName();
    return name == null ? "$" : name;
  }
}
