/**
 * Channel settings with the "send a test message" action, quiet hours, and the outbox view of
 * everything sent on every channel (docs/channels.md).
 */
package io.flowpod.api.channels;
