package io.flowpod.app.benchmark;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.LoopbackEngineFactory;
import java.net.URI;
import java.time.Duration;

/**
 * Phase (a): the bare in-memory engine, as FlowPod embeds it (loopback gRPC, same client settings),
 * running a one-service-task process with a worker that completes every job at once. Each client
 * creates an instance and waits for its result, so one operation is start, job, completion.
 */
final class EngineThroughput {

  static final String PROCESS_ID = "benchmark-one-task";
  static final String JOB_TYPE = "benchmark.noop";

  private EngineThroughput() {}

  static PhaseResult measure(BenchmarkSettings settings) throws Exception {
    int port = FreePort.onLoopback();
    ZeebeTestEngine engine = LoopbackEngineFactory.create("127.0.0.1", port);
    engine.start();
    try (CamundaClient client = client(port)) {
      client.newDeployResourceCommand().addProcessModel(oneTask(), PROCESS_ID + ".bpmn").send().join();
      try (JobWorker worker = client.newWorker()
          .jobType(JOB_TYPE)
          .handler((jobClient, job) -> jobClient.newCompleteCommand(job).send())
          .open()) {
        return ClosedLoopLoad.run("(a) bare engine", settings.engineWarmup(), settings.engineInstances(),
            settings.concurrency(), settings.phaseTimeLimit(),
            ClosedLoopLoad.timed(() -> client.newCreateInstanceCommand()
                .bpmnProcessId(PROCESS_ID)
                .latestVersion()
                .withResult()
                .requestTimeout(Duration.ofSeconds(30))
                .send()
                .join()));
      }
    } finally {
      engine.stop();
    }
  }

  /** The same client settings FlowPod's application.yml gives the Spring starter. */
  private static CamundaClient client(int port) {
    return CamundaClient.newClientBuilder()
        .grpcAddress(URI.create("http://127.0.0.1:" + port))
        .restAddress(URI.create("http://127.0.0.1:" + port))
        .preferRestOverGrpc(false)
        .defaultJobWorkerMaxJobsActive(32)
        .defaultJobWorkerStreamEnabled(false)
        .build();
  }

  private static BpmnModelInstance oneTask() {
    return Bpmn.createExecutableProcess(PROCESS_ID)
        .startEvent("StartEvent_Started")
        .serviceTask("Task_Noop", task -> task.zeebeJobType(JOB_TYPE))
        .endEvent("EndEvent_Done")
        .done();
  }
}
