/** The webhook endpoints API: a workspace's outbound webhooks, their delivery log and redelivery. */
package io.flowpod.api.webhooks;
