package io.flowpod.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the domain honest: capabilities talk to each other only through their top-level packages
 * (Spring Modulith), and nothing in the domain knows about Camunda, Camel, HTTP or the other Maven
 * modules. (Maven already forbids domain -> workers/connectors/api/ui/app at compile time.)
 */
class ModularityTest {

  private static final JavaClasses DOMAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.flowpod.domain");

  @Test
  void capabilities_respect_their_boundaries() {
    ApplicationModules.of(FlowPodDomain.class).verify();
  }

  @Test
  void the_domain_is_free_of_engine_integration_and_web_types() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "io.camunda..", "io.grpc..", "org.apache.camel..", "org.springframework.web..",
            "jakarta.servlet..", "org.springframework.http..", "com.stripe..", "redis.clients..")
        .because("the domain holds business rules; adapters live in workers, connectors and api")
        .check(DOMAIN);
  }

  @Test
  void the_domain_does_not_reach_up_into_other_modules() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "io.flowpod.workers..", "io.flowpod.connectors..", "io.flowpod.api..", "io.flowpod.app..",
            "io.flowpod.ui..")
        .check(DOMAIN);
  }
}
