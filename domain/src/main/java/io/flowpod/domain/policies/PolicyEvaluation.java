package io.flowpod.domain.policies;

import java.util.List;
import java.util.Map;

/**
 * What the engine answered for sample inputs: the matched rows (1-based, top to bottom), the outputs
 * (empty when no row matched) and the engine's failure message when the table could not decide (for
 * example two rows matching under UNIQUE), else null.
 */
public record PolicyEvaluation(List<Integer> matchedRows, Map<String, Object> outputs,
    String failure) {}
