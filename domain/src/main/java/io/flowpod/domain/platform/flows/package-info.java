/**
 * The contract between business capabilities and the engine: events that start or advance flows
 * ({@link io.flowpod.domain.platform.flows.FlowMessage}) and how a flow resumes its in-flight records
 * after an embedded restart ({@link io.flowpod.domain.platform.flows.ResumableFlow}).
 */
@NamedInterface("flows")
package io.flowpod.domain.platform.flows;

import org.springframework.modulith.NamedInterface;
