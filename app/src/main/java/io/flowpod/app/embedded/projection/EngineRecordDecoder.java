package io.flowpod.app.embedded.projection;

import io.camunda.zeebe.logstreams.log.LoggedEvent;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.value.deployment.ProcessRecord;
import io.camunda.zeebe.protocol.impl.record.value.incident.IncidentRecord;
import io.camunda.zeebe.protocol.impl.record.value.job.JobRecord;
import io.camunda.zeebe.protocol.impl.record.value.processinstance.ProcessInstanceRecord;
import io.camunda.zeebe.protocol.impl.record.value.variable.VariableRecord;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.flowpod.app.embedded.projection.EngineEvent.ElementChange;
import io.flowpod.app.embedded.projection.EngineEvent.ElementChanged;
import io.flowpod.app.embedded.projection.EngineEvent.IncidentCreated;
import io.flowpod.app.embedded.projection.EngineEvent.IncidentResolved;
import io.flowpod.app.embedded.projection.EngineEvent.JobChange;
import io.flowpod.app.embedded.projection.EngineEvent.JobChanged;
import io.flowpod.app.embedded.projection.EngineEvent.ProcessDeployed;
import io.flowpod.app.embedded.projection.EngineEvent.VariableChanged;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Reads one logged engine record into an {@link EngineEvent}, or null for the many records the
 * projection has no use for (commands, rejections, messages, timers, …): only their metadata is read.
 */
final class EngineRecordDecoder {

  private final RecordMetadata metadata = new RecordMetadata();

  EngineEvent decode(LoggedEvent event) {
    metadata.reset();
    event.readMetadata(metadata);
    if (metadata.getRecordType() != RecordType.EVENT) {
      return null;
    }
    Intent intent = metadata.getIntent();
    Instant at = Instant.ofEpochMilli(event.getTimestamp());
    return switch (metadata.getValueType()) {
      case PROCESS_INSTANCE -> element(event, intent, at);
      case VARIABLE -> intent == VariableIntent.CREATED || intent == VariableIntent.UPDATED
          ? variable(event, at) : null; // a MIGRATED record carries no value
      case INCIDENT -> incident(event, intent, at);
      case JOB -> job(event, intent, at);
      case PROCESS -> intent == ProcessIntent.CREATED ? process(event) : null;
      default -> null;
    };
  }

  /**
   * An element counts as activated when it starts activating: a new instance's variables are written
   * between its process's ACTIVATING and ACTIVATED, and must find the instance already tracked.
   */
  private static EngineEvent element(LoggedEvent event, Intent intent, Instant at) {
    ElementChange change = switch (intent) {
      case ProcessInstanceIntent.ELEMENT_ACTIVATING -> ElementChange.ACTIVATED;
      case ProcessInstanceIntent.ELEMENT_COMPLETED -> ElementChange.COMPLETED;
      case ProcessInstanceIntent.ELEMENT_TERMINATED -> ElementChange.TERMINATED;
      case ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN -> ElementChange.FLOW_TAKEN;
      case ProcessInstanceIntent.ELEMENT_MIGRATED -> ElementChange.MIGRATED;
      default -> null;
    };
    if (change == null) {
      return null;
    }
    ProcessInstanceRecord value = new ProcessInstanceRecord();
    event.readValue(value);
    return new ElementChanged(value.getProcessInstanceKey(), event.getKey(),
        value.getBpmnProcessId(), value.getVersion(), value.getProcessDefinitionKey(),
        value.getElementId(), value.getBpmnElementType().name(), change, at);
  }

  private static EngineEvent variable(LoggedEvent event, Instant at) {
    VariableRecord value = new VariableRecord();
    event.readValue(value);
    return new VariableChanged(value.getProcessInstanceKey(), value.getScopeKey(), value.getName(),
        value.getValue(), at);
  }

  private static EngineEvent incident(LoggedEvent event, Intent intent, Instant at) {
    if (intent != IncidentIntent.CREATED && intent != IncidentIntent.RESOLVED) {
      return null;
    }
    IncidentRecord value = new IncidentRecord();
    event.readValue(value);
    if (intent == IncidentIntent.RESOLVED) {
      return new IncidentResolved(event.getKey(), value.getProcessInstanceKey(), at);
    }
    return new IncidentCreated(event.getKey(), value.getProcessInstanceKey(),
        value.getBpmnProcessId(), value.getElementId(), value.getErrorType().name(),
        value.getErrorMessage(), value.getJobKey(), at);
  }

  private static EngineEvent job(LoggedEvent event, Intent intent, Instant at) {
    JobChange change = switch (intent) {
      case JobIntent.CREATED -> JobChange.CREATED;
      case JobIntent.COMPLETED -> JobChange.COMPLETED;
      case JobIntent.CANCELED, JobIntent.ERROR_THROWN -> JobChange.ENDED;
      default -> null;
    };
    if (change == null) {
      return null;
    }
    JobRecord value = new JobRecord();
    event.readValue(value);
    return new JobChanged(event.getKey(), value.getType(), change, at);
  }

  private static EngineEvent process(LoggedEvent event) {
    ProcessRecord value = new ProcessRecord();
    event.readValue(value);
    return new ProcessDeployed(value.getProcessDefinitionKey(), value.getBpmnProcessId(),
        value.getVersion(), value.getResourceName(),
        new String(value.getResource(), StandardCharsets.UTF_8));
  }
}
