package io.flowpod.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.FlowPodApplication;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A taken engine port stops FlowPod at once with one line saying why, and a non-zero exit: no hang. */
class EmbeddedPortTakenTest {

  @TempDir Path dataDir;

  @Test
  void flowpod_exits_non_zero_with_a_one_line_reason_when_the_engine_port_is_taken() throws Exception {
    try (ServerSocket squatter = new ServerSocket()) {
      squatter.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      int port = squatter.getLocalPort();

      Process flowpod = new ProcessBuilder(List.of(
              javaBinary(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
              FlowPodApplication.class.getName(),
              "--server.port=0", "--flowpod.embedded.zeebe-port=" + port,
              "--flowpod.embedded.data-dir=" + dataDir))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();

      boolean exited = flowpod.waitFor(60, TimeUnit.SECONDS);
      if (!exited) {
        flowpod.destroyForcibly();
      }
      String stderr = new String(flowpod.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(exited).as("FlowPod exited by itself").isTrue();
      assertThat(flowpod.exitValue()).isNotZero();
      assertThat(stderr.lines().filter(line -> line.startsWith("FlowPod did not start:")))
          .singleElement().asString()
          .contains("Zeebe engine port 127.0.0.1:" + port + " is already in use")
          .contains("FLOWPOD_EMBEDDED_ZEEBE_PORT");
    }
  }

  private static String javaBinary() throws IOException {
    return ProcessHandle.current().info().command().orElseThrow(() -> new IOException("no java"));
  }
}
