package io.flowpod.workers.platform;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.flowpod.domain.platform.flows.FlowMessage;
import io.grpc.Status;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The outbox's last leg: every committed {@link FlowMessage} is published to Zeebe. Spring Modulith
 * records the publication in the same transaction as the business change and marks it complete only
 * when this method returns, so a crash or an engine outage leaves it for resubmission.
 */
@Component
class FlowMessagePublisher {

  private static final Logger log = LoggerFactory.getLogger(FlowMessagePublisher.class);

  private final CamundaClient client;
  private final Duration timeToLive;

  FlowMessagePublisher(CamundaClient client,
      @Value("${flowpod.flows.message-ttl:PT0S}") Duration timeToLive) {
    this.client = client;
    this.timeToLive = timeToLive;
  }

  @Async
  @TransactionalEventListener
  public void on(FlowMessage message) {
    publish(message);
  }

  void publish(FlowMessage message) {
    try {
      client.newPublishMessageCommand()
          .messageName(message.messageName())
          .correlationKey(message.correlationKey())
          .messageId(message.messageId())
          .timeToLive(message.timeToLive() != null ? message.timeToLive() : timeToLive)
          .variables(message.variables())
          .send()
          .join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
        throw e;
      }
      // A redelivery of a message the engine still holds: the first delivery already counts.
      log.debug("Message {} already published", message.messageId());
    }
  }
}
