/**
 * Modeling: how analysts' BPMN, DMN and form files reach the engine safely. {@link
 * io.flowpod.domain.modeling.ModelDeployments} validates an upload as a whole (safe XML parsing, size
 * limits, known job types, FlowPod's modeling conventions) and deploys it through the {@link
 * io.flowpod.domain.modeling.ProcessModelDeployer} port only when every file passes, recording each
 * deployment. {@link io.flowpod.domain.modeling.InstanceMigrations} checks and moves a tenant's
 * running instances to another version of their process.
 */
package io.flowpod.domain.modeling;
