package io.flowpod.domain.policies;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every policy kind the capabilities declared, by key. */
@Component
public class PolicyCatalog {

  private final Map<String, PolicyKind> kinds = new LinkedHashMap<>();

  PolicyCatalog(List<PolicyKind> declared) {
    declared.stream().sorted(Comparator.comparing(PolicyKind::kind)).forEach(kind -> {
      if (kinds.putIfAbsent(kind.kind(), kind) != null) {
        throw new IllegalStateException("Policy kind " + kind.kind() + " is declared twice");
      }
    });
  }

  public List<PolicyKind> kinds() {
    return List.copyOf(kinds.values());
  }

  public Optional<PolicyKind> find(String kind) {
    return Optional.ofNullable(kinds.get(kind));
  }
}
