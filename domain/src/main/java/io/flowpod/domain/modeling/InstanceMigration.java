package io.flowpod.domain.modeling;

import io.flowpod.domain.operations.BusinessObject;
import java.util.List;
import java.util.Map;

/**
 * One running instance's migration check (and outcome, once attempted).
 *
 * @param allowed whether the target version has every element it waits in, with the same type
 * @param reasons why not, one per element; empty when allowed
 * @param mappings source element id to target element id, equal ids, when allowed
 * @param outcome null for a dry run or an instance that was not allowed; MIGRATED, or
 *     "FAILED: <engine's reason>"
 */
public record InstanceMigration(long processInstanceKey, BusinessObject businessObject,
    List<String> activeElementIds, boolean allowed, List<String> reasons,
    Map<String, String> mappings, String outcome) {

  InstanceMigration withOutcome(String newOutcome) {
    return new InstanceMigration(processInstanceKey, businessObject, activeElementIds, allowed,
        reasons, mappings, newOutcome);
  }
}
