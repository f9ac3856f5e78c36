/**
 * Operations: what the engine knows about every flow, read per tenant and business object
 * ({@link io.flowpod.domain.operations.ProcessHistory}), and the operator's fix actions
 * ({@link io.flowpod.domain.operations.ProcessCommands}). Two adapters read history: the embedded
 * engine's bounded projection and, in cluster mode, Camunda's REST search API.
 */
package io.flowpod.domain.operations;
