package io.flowpod.api.problem;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are read strictly: a field the DTO does not declare (e.g. {@code tenantId},
 * {@code status}, {@code role} or an amount sent to an endpoint that sets them itself) is rejected
 * with 400 naming it, instead of being silently dropped, so mass assignment never goes unnoticed.
 * Nulls for primitives and fractions for integers are rejected too. A DTO that must accept unknown
 * fields (e.g. a provider's webhook payload) opts out with
 * {@code @JsonIgnoreProperties(ignoreUnknown = true)}.
 *
 * <p>Only Spring MVC's converter gets the strict copy; the shared {@code ObjectMapper} (and the HTTP
 * clients built from it) stay lenient towards the APIs FlowPod calls.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration implements WebMvcConfigurer {

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    for (int i = 0; i < converters.size(); i++) {
      if (converters.get(i).getClass() == MappingJackson2HttpMessageConverter.class) {
        var lenient = (MappingJackson2HttpMessageConverter) converters.get(i);
        var strict = lenient.getObjectMapper().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        var replacement = new MappingJackson2HttpMessageConverter(strict);
        replacement.setSupportedMediaTypes(lenient.getSupportedMediaTypes());
        converters.set(i, replacement);
      }
    }
  }
}
