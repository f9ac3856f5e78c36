package io.flowpod.domain.modeling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One recorded deployment.
 *
 * @param warnings the upload's non-blocking findings; only known right after deploying (empty when
 *     read back from the record, which keeps their count)
 */
public record ModelDeployment(UUID id, long deploymentKey, UUID deployedBy, Instant deployedAt,
    List<String> fileNames, List<DeployedModels.DeployedResource> resources,
    List<ModelProblem> warnings) {}
