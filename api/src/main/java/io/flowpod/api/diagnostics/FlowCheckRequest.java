package io.flowpod.api.diagnostics;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/v1/flow-checks}. */
record FlowCheckRequest(
    @Schema(description = "How long the flow waits on its timer before completing", example = "5",
        minimum = "0", maximum = "3600")
    @NotNull @Min(0) @Max(3600) Integer delaySeconds) {}
