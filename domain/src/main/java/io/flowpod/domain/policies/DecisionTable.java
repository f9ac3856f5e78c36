package io.flowpod.domain.policies;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What an analyst edits: a hit policy and rows whose cells line up with the kind's columns. */
public record DecisionTable(HitPolicy hitPolicy, List<DecisionRule> rules) {

  public DecisionTable {
    rules = rules == null ? List.of() : Collections.unmodifiableList(
        new ArrayList<>(rules));
  }
}
