package io.flowpod.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application in embedded mode: real in-memory Zeebe engine, real PostgreSQL (fresh data
 * directory under target/), real Redis and GreenMail, on free loopback ports, with the web server on a
 * random port. Every test class that uses exactly this annotation (and no extra properties or mocks)
 * shares one cached context, so the suite starts FlowPod once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "flowpod.embedded.data-dir=target/it-data/${random.uuid}",
      "flowpod.embedded.zeebe-port=0",
      "flowpod.metrics.scrape-token=" + FlowPodIntegrationTest.METRICS_SCRAPE_TOKEN
    })
public @interface FlowPodIntegrationTest {

  /** What the shared context's Prometheus scrape token is. */
  String METRICS_SCRAPE_TOKEN = "test-metrics-scrape-token";
}
