package io.camunda.zeebe.process.test.engine;

import io.camunda.search.clients.SearchClientsProxy;
import io.camunda.security.auth.BrokerRequestAuthorizationConverter;
import io.camunda.security.configuration.SecurityConfiguration;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.engine.Engine;
import io.camunda.zeebe.engine.EngineConfiguration;
import io.camunda.zeebe.engine.processing.EngineProcessors;
import io.camunda.zeebe.engine.processing.message.command.SubscriptionCommandSender;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.db.InMemoryDbFactory;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.ControllableStreamClockImpl;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.camunda.zeebe.util.FeatureFlags;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * Builds the in-memory Zeebe engine exactly as zeebe-process-test's {@code EngineFactory} does, with
 * one difference that matters for a running application: the gRPC gateway binds to the given host
 * (loopback) instead of every interface. The stock factory's server has no authentication, so it must
 * never be reachable from the network. Lives in the engine's package because its parts are
 * package-private.
 */
public final class LoopbackEngineFactory {

  private LoopbackEngineFactory() {}

  public static ZeebeTestEngine create(String host, int port) {
    return createWithLog(host, port).engine();
  }

  /** The engine together with its log, which the application tails and compacts. */
  public static LoopbackEngine createWithLog(String host, int port) {
    int partitionId = 1;
    int partitionCount = 1;

    ControlledActorClock clock = new ControlledActorClock();
    ActorScheduler scheduler = ActorScheduler.newActorScheduler().setActorClock(clock).build();
    scheduler.start();

    ConcurrentLogStorage logStorage = new ConcurrentLogStorage();
    LogStream logStream =
        LogStream.builder()
            .withPartitionId(partitionId)
            .withLogStorage(logStorage)
            .withClock(clock)
            .withMeterRegistry(new SimpleMeterRegistry())
            .build();

    CommandWriter commandWriter = new CommandWriter(logStream.newLogStreamWriter());
    CommandSender commandSender = new CommandSender(commandWriter);
    GatewayRequestStore requestStore = new GatewayRequestStore();
    InMemoryJobStreamer jobStreamer = new InMemoryJobStreamer(commandWriter);
    GrpcToLogStreamGateway gateway =
        new GrpcToLogStreamGateway(
            commandWriter, partitionId, partitionCount, port, requestStore, jobStreamer);
    Server grpcServer =
        NettyServerBuilder.forAddress(new InetSocketAddress(host, port)).addService(gateway).build();
    GrpcResponseWriter responseWriter = new GrpcResponseWriter(gateway, requestStore, null);

    ZeebeDb<ZbColumnFamilies> db = new InMemoryDbFactory<ZbColumnFamilies>().createDb();
    SecurityConfiguration security = new SecurityConfiguration();
    security.getAuthorizations().setEnabled(false);
    StreamProcessor streamProcessor =
        StreamProcessor.builder()
            .logStream(logStream)
            .zeebeDb(db)
            .commandResponseWriter(responseWriter)
            .partitionCommandSender(commandSender)
            .recordProcessors(
                List.of(
                    new Engine(
                        context ->
                            EngineProcessors.createEngineProcessors(
                                context,
                                partitionCount,
                                new SubscriptionCommandSender(context.getPartitionId(), commandSender),
                                commandSender,
                                FeatureFlags.createDefault(),
                                jobStreamer,
                                SearchClientsProxy.noop(),
                                new BrokerRequestAuthorizationConverter(security)),
                        new EngineConfiguration(),
                        security)))
            .actorSchedulingService(scheduler)
            .clock(new ControllableStreamClockImpl(clock))
            .meterRegistry(new SimpleMeterRegistry())
            .build();

    EngineStateMonitor stateMonitor = new EngineStateMonitor(logStorage, streamProcessor);
    RecordStreamSourceImpl recordStream =
        new RecordStreamSourceImpl(logStream.newLogStreamReader(), partitionId);
    InMemoryEngine engine = new InMemoryEngine(
        grpcServer, streamProcessor, gateway, db, logStream, scheduler, recordStream, clock,
        stateMonitor);
    return new LoopbackEngine(engine, new EngineLog(logStream, logStorage, streamProcessor));
  }
}
