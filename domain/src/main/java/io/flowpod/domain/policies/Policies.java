package io.flowpod.domain.policies;

import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.platform.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current workspace's policies: save a decision table as a draft version (checked, and compiled
 * on the engine), try any table or version with sample inputs on the engine, activate a version
 * (deployed under the workspace's decision id; the previous active one is retired), roll back to the
 * version active before, or go back to the shipped decision. Activations are audited.
 */
@Service
public class Policies {

  public static final String DRAFT_SAVED = "policy.draft-saved";
  public static final String ACTIVATED = "policy.activated";
  public static final String ROLLED_BACK = "policy.rolled-back";
  public static final String DEACTIVATED = "policy.deactivated";
  static final int MAX_NOTE = 500;
  // The engine names the first expression it could not parse: 'x.dmn': FEEL ...: failed to parse
  // expression '>== 5': Expected ...
  private static final Pattern UNPARSABLE = Pattern.compile(
      "failed to parse expression '(.*?)': (Expected.*)", Pattern.DOTALL);

  private final PolicyCatalog catalog;
  private final PolicyStore store;
  private final PolicyEngine engine;
  private final AuditLog audit;
  private final Clock clock;

  Policies(PolicyCatalog catalog, PolicyStore store, PolicyEngine engine, AuditLog audit,
      Clock clock) {
    this.catalog = catalog;
    this.store = store;
    this.engine = engine;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<PolicyOverview> overview() {
    return catalog.kinds().stream().map(kind -> {
      List<PolicyVersion> versions = store.versions(kind.kind());
      return new PolicyOverview(kind, store.active(kind.kind()).orElse(null),
          versions.isEmpty() ? 0 : versions.getFirst().version());
    }).toList();
  }

  /** @throws PolicyException NOT_FOUND for a kind no capability declared */
  public PolicyKind kind(String kind) {
    return catalog.find(kind).orElseThrow(() -> PolicyException.notFound("No such policy kind"));
  }

  /** Newest first. */
  @Transactional(readOnly = true)
  public List<PolicyVersion> versions(String kind) {
    return store.versions(kind(kind).kind());
  }

  @Transactional(readOnly = true)
  public PolicyVersion version(String kind, int version) {
    return store.find(kind(kind).kind(), version)
        .orElseThrow(() -> PolicyException.notFound("No such policy version"));
  }

  /**
   * Saves the table as the next draft version.
   *
   * @throws PolicyException INVALID naming each bad cell (also FEEL the engine cannot parse)
   */
  @Transactional
  public PolicyVersion saveDraft(String kindKey, DecisionTable table, String note, UUID actor) {
    PolicyKind kind = kind(kindKey);
    Map<String, String> violations = DecisionTableRules.violations(kind, table);
    if (note != null && note.length() > MAX_NOTE) {
      violations.put("note", "must be at most " + MAX_NOTE + " characters");
    }
    if (!violations.isEmpty()) {
      throw PolicyException.invalid(violations);
    }
    compileDraft(kind, table);
    UUID tenant = TenantContext.require();
    store.lockKind(kind.kind());
    PolicyVersion draft = new PolicyVersion(UUID.randomUUID(), kind.kind(),
        store.nextVersion(kind.kind()), table, DmnWriter.write(kind, kind.decisionIdFor(tenant), table),
        PolicyState.DRAFT, note == null || note.isBlank() ? null : note.strip(), actor,
        Instant.now(clock), null, null, null);
    try {
      store.insert(draft);
    } catch (DuplicateKeyException e) {
      throw PolicyException.conflict("Another version was saved at the same time; save again");
    }
    audit.record(DRAFT_SAVED, actor, "policy", label(draft));
    return draft;
  }

  /**
   * Evaluates a table (saved or not) with sample inputs on the engine, as the workspace's draft
   * decision; flows never call that decision.
   *
   * @throws PolicyException INVALID for a bad table or sample inputs
   */
  public PolicyEvaluation evaluate(String kindKey, DecisionTable table, Map<String, Object> inputs) {
    PolicyKind kind = kind(kindKey);
    Map<String, String> violations = DecisionTableRules.violations(kind, table);
    Map<String, Object> variables = SampleInputs.coerce(kind, inputs, violations);
    if (!violations.isEmpty()) {
      throw PolicyException.invalid(violations);
    }
    return engine.evaluate(compileDraft(kind, table), variables,
        kind.outputs().stream().map(PolicyColumn::name).toList());
  }

  /** As {@link #evaluate}, for a saved version (the read needs the workspace's transaction). */
  @Transactional(readOnly = true)
  public PolicyEvaluation evaluateVersion(String kind, int version, Map<String, Object> inputs) {
    return evaluate(kind, version(kind, version).table(), inputs);
  }

  /**
   * Deploys the version under the workspace's decision id and makes it the active one; flows started
   * from now on call it. Activating the active version again changes nothing.
   */
  @Transactional
  public PolicyVersion activate(String kind, int version, UUID actor) {
    return activate(kind, version, actor, ACTIVATED);
  }

  /**
   * Re-activates the version that was active before the current one (deployed again, as a new engine
   * version of the workspace's decision).
   *
   * @throws PolicyException CONFLICT when no earlier version was ever active
   */
  @Transactional
  public PolicyVersion rollback(String kindKey, UUID actor) {
    PolicyKind kind = kind(kindKey);
    store.lockKind(kind.kind());
    PolicyVersion current = store.active(kind.kind())
        .orElseThrow(() -> PolicyException.conflict("No version is active, so there is nothing to "
            + "roll back; activate a version instead"));
    PolicyVersion previous = store.versions(kind.kind()).stream()
        .filter(v -> v.state() == PolicyState.RETIRED && v.activatedAt() != null)
        .max(Comparator.comparing(PolicyVersion::activatedAt))
        .orElseThrow(() -> PolicyException.conflict("Version " + current.version()
            + " is the first one activated; deactivate it to go back to the shipped decision"));
    return activate(kind.kind(), previous.version(), actor, ROLLED_BACK);
  }

  /** Retires the active version: flows started from now on call the shipped decision again. */
  @Transactional
  public void deactivate(String kindKey, UUID actor) {
    PolicyKind kind = kind(kindKey);
    store.lockKind(kind.kind());
    store.active(kind.kind()).ifPresent(active -> {
      store.retireActive(kind.kind());
      audit.record(DEACTIVATED, actor, "policy", label(active));
    });
  }

  /**
   * Deploys every active version of the current workspace again and records the new keys: an
   * in-memory engine starts empty. Answers how many were deployed.
   */
  @Transactional
  public int redeployActive() {
    List<PolicyVersion> active = store.allActive();
    for (PolicyVersion version : active) {
      PolicyKind kind = catalog.find(version.kind()).orElse(null);
      if (kind != null) {
        store.recordDecisionKey(version.id(), engine.deploy(
            kind.decisionIdFor(TenantContext.require()) + ".dmn", version.dmnXml()));
      }
    }
    return active.size();
  }

  private PolicyVersion activate(String kindKey, int number, UUID actor, String action) {
    PolicyKind kind = kind(kindKey);
    store.lockKind(kind.kind());
    PolicyVersion version = store.find(kind.kind(), number)
        .orElseThrow(() -> PolicyException.notFound("No such policy version"));
    if (version.state() == PolicyState.ACTIVE) {
      return version;
    }
    Map<String, String> violations = DecisionTableRules.violations(kind, version.table());
    if (!violations.isEmpty()) {
      throw PolicyException.invalid(violations);
    }
    long key = deploy(kind, kind.decisionIdFor(TenantContext.require()), version.table(),
        version.dmnXml());
    store.markActive(kind.kind(), number, actor, Instant.now(clock), key);
    audit.record(action, actor, "policy", label(version));
    return store.find(kind.kind(), number).orElseThrow();
  }

  private long compileDraft(PolicyKind kind, DecisionTable table) {
    String draftId = kind.draftDecisionIdFor(TenantContext.require());
    return deploy(kind, draftId, table, DmnWriter.write(kind, draftId, table));
  }

  private long deploy(PolicyKind kind, String decisionId, DecisionTable table, String xml) {
    try {
      return engine.deploy(decisionId + ".dmn", xml);
    } catch (PolicyEngine.Rejected e) {
      throw PolicyException.invalid(cellsOf(kind, table, e.getMessage()));
    }
  }

  /** The engine's complaint, attached to the cell(s) it names; else to the table as a whole. */
  static Map<String, String> cellsOf(PolicyKind kind, DecisionTable table, String engineMessage) {
    String message = engineMessage == null ? "" : engineMessage;
    Matcher unparsable = UNPARSABLE.matcher(message);
    if (unparsable.find()) {
      Map<String, String> cells = DecisionTableRules.cellsContaining(kind, table, unparsable.group(1),
          "is not a valid FEEL expression (" + unparsable.group(2).strip() + ")");
      if (!cells.isEmpty()) {
        return cells;
      }
    }
    Map<String, String> whole = new LinkedHashMap<>();
    whole.put("table", "the engine refused the decision: " + message.strip());
    return whole;
  }

  private static String label(PolicyVersion version) {
    return version.kind() + " v" + version.version();
  }
}
