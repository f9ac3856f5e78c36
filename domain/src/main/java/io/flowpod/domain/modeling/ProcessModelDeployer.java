package io.flowpod.domain.modeling;

import java.util.List;

/**
 * Sends model files to the engine as one deployment: the engine takes all of them or none. Throws
 * {@link ModelRejectedException} when the engine refuses the models themselves (e.g. an expression it
 * cannot parse); anything else thrown is a technical failure.
 */
public interface ProcessModelDeployer {

  DeployedModels deploy(List<ModelFile> files);
}
