package io.flowpod.api.concurrency;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Supplies {@link IfMatch} handler arguments; a missing header is answered 428. */
class IfMatchResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return IfMatch.class.equals(parameter.getParameterType());
  }

  @Override
  public IfMatch resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
      NativeWebRequest request, WebDataBinderFactory binders) {
    return IfMatch.parse(request.getHeader(IfMatch.HEADER));
  }
}
