package io.flowpod.api.channels;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.notifications.OutboundMessage;
import java.util.Arrays;
import java.util.Locale;

/** Channel and status names from paths and query parameters, case-insensitive. */
final class ChannelParams {

  private ChannelParams() {}

  /** A channel in a path: unknown is 404, like any unknown resource. */
  static Channel pathChannel(String name) {
    try {
      return Channel.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.of(ProblemType.NOT_FOUND, "No such channel; known: "
          + Arrays.toString(Channel.values()));
    }
  }

  static Channel channelFilter(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Channel.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalid("channel", "must be one of " + Arrays.toString(Channel.values()));
    }
  }

  static OutboundMessage.Status statusFilter(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return OutboundMessage.Status.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalid("status", "must be one of "
          + Arrays.toString(OutboundMessage.Status.values()));
    }
  }
}
