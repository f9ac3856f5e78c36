package io.flowpod.app;

import io.flowpod.app.embedded.EmbeddedStartupException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(scanBasePackages = "io.flowpod")
@EnableJdbcRepositories(basePackages = "io.flowpod.domain")
@EnableAsync
@EnableScheduling
public class FlowPodApplication {

  public static void main(String[] args) {
    try {
      SpringApplication.run(FlowPodApplication.class, args);
    } catch (Throwable failure) {
      // One line, then a non-zero exit: a half-started engine must not keep the JVM alive.
      System.err.println("FlowPod did not start: " + EmbeddedStartupException.reason(failure));
      System.exit(1);
    }
  }
}
