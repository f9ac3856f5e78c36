package io.flowpod.workers.platform;

import io.camunda.client.annotation.JobWorker;
import io.flowpod.domain.modeling.KnownJobTypes;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The job types FlowPod works on, found by scanning the {@code @JobWorker} methods of this module's
 * components (so a new worker is known without anyone listing it), plus the Camunda connector types
 * FlowPod runs. {@code io.camunda.zeebe:userTask} is among them through the user-task worker.
 */
@Configuration(proxyBeanMethods = false)
public class JobWorkerTypes {

  static final String WORKERS_PACKAGE = "io.flowpod.workers";
  /** Job types of the Camunda connectors FlowPod runs; none yet (add each connector's type here). */
  public static final Set<String> CONNECTOR_TYPES = Set.of();

  @Bean
  KnownJobTypes knownJobTypes() {
    Set<String> types = new TreeSet<>(workerTypes());
    types.addAll(CONNECTOR_TYPES);
    return new KnownJobTypes(types);
  }

  /** Every {@code @JobWorker(type = ...)} of the workers module's components, sorted. */
  public static Set<String> workerTypes() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    Set<String> types = new TreeSet<>();
    ClassLoader loader = JobWorkerTypes.class.getClassLoader();
    for (BeanDefinition candidate : scanner.findCandidateComponents(WORKERS_PACKAGE)) {
      try {
        for (Method method : Class.forName(candidate.getBeanClassName(), false, loader)
            .getDeclaredMethods()) {
          JobWorker worker = method.getAnnotation(JobWorker.class);
          if (worker != null && !worker.type().isBlank()) {
            types.add(worker.type());
          }
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("Cannot load worker " + candidate.getBeanClassName(), e);
      }
    }
    return types;
  }
}
