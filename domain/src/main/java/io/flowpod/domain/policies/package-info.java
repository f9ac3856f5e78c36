/**
 * Policies: a workspace's own decision tables for the decisions its flows take (order approval, the
 * payment reminder offset, ...), kept as versions (draft, active, retired), tested on the engine before
 * they go live and deployed as DMN under the workspace's own decision id. {@link
 * io.flowpod.domain.policies.Policies} is the entry point for the admin; flows ask {@link
 * io.flowpod.domain.policies.PolicyDecisions} which decision id to call. Capabilities declare their
 * {@link io.flowpod.domain.policies.PolicyKind}s as beans; {@link
 * io.flowpod.domain.policies.PolicyEngine} is the port to the engine (workers module).
 */
package io.flowpod.domain.policies;
