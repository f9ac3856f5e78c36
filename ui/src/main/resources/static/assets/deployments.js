// Deployments: the operator uploads BPMN/DMN/form files (checked, then deployed all or nothing) and
// sees every version; a workspace admin moves the workspace's running instances between versions.
import {
  api, clearProblem, count, el, formatTime, initShell, notify, roles, showError, showProblem, table,
} from './api.js';

const me = await initShell();
const operator = roles(me).includes('SUPER_ADMIN');

const uploadForm = document.getElementById('upload-form');
const findings = document.getElementById('findings');
const versions = document.getElementById('versions-list');
const deployments = document.getElementById('deployments-list');
const migrateForm = document.getElementById('migrate-form');
const migrationResult = document.getElementById('migration-result');

function findingsTable(caption, rows) {
  return table(caption, ['File', 'Element', 'Severity', 'Message'],
    rows.map((f) => el('tr', { 'data-severity': f.severity },
      el('td', {}, f.file), el('td', {}, f.element ?? '—'),
      el('td', {}, el('span', { class: `status status-${f.severity}` }, f.severity)),
      el('td', {}, f.message))));
}

/** A rejected upload's errors are "file" or "file#element"; shown one row per finding. */
function rejectionRows(problem) {
  return problem.errors.map((e) => {
    const [file, element] = e.field.split('#');
    return { file, element, severity: 'ERROR', message: e.message };
  });
}

async function upload(mode) {
  clearProblem(uploadForm);
  findings.replaceChildren();
  const files = uploadForm.elements.files.files;
  if (!files.length) return;
  const body = new FormData();
  for (const file of files) body.append('files', file, file.name);
  const buttons = uploadForm.querySelectorAll('button');
  buttons.forEach((b) => { b.disabled = true; });
  try {
    if (mode === 'check') {
      const answer = await api('/api/v1/deployments?dryRun=true', { method: 'POST', body });
      findings.replaceChildren(
        el('p', {}, answer.deployable ? 'Every file can be deployed.' : 'These files cannot be deployed yet.'),
        answer.findings.length ? findingsTable('Findings', answer.findings) : el('p', { class: 'muted' }, 'No findings.'));
      return;
    }
    const deployed = await api('/api/v1/deployments', { method: 'POST', body });
    notify(`Deployed ${count(deployed.files.length, 'file')}: ${deployed.resources
      .map((r) => `${r.resourceId} v${r.version}`).join(', ')}.`);
    if (deployed.warnings.length) findings.replaceChildren(findingsTable('Warnings (deployed anyway)', deployed.warnings));
    uploadForm.reset();
    await load();
  } catch (problem) {
    if (problem.errors.length) {
      findings.replaceChildren(el('p', {}, problem.detail), findingsTable('Problems', rejectionRows(problem)));
      findings.focus?.();
    } else {
      showProblem(uploadForm, problem);
    }
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

function versionsTable(items, what) {
  return table(`${count(items.length, 'version')}, newest first per process`,
    ['Process', 'Version', 'Key', 'File', what],
    items.map((d) => el('tr', { 'data-process': d.processId, 'data-version': d.version },
      el('td', {}, d.processId), el('td', {}, `v${d.version}`), el('td', {}, el('code', {}, d.processDefinitionKey)),
      el('td', {}, d.resourceName), el('td', {}, String(d.runningInstances)))));
}

async function load() {
  try {
    if (operator) {
      const answer = await api('/api/v1/deployments');
      document.getElementById('versions-hint').textContent = 'Running counts include every workspace.';
      versions.replaceChildren(answer.definitions.length
        ? versionsTable(answer.definitions, 'Running instances')
        : el('p', { class: 'muted' }, 'No version information is available in this mode.'));
      deployments.replaceChildren(answer.deployments.length
        ? table(count(answer.deployments.length, 'deployment'), ['When', 'Files', 'Versions', 'Key'],
          answer.deployments.map((d) => [formatTime(d.deployedAt), d.files.join(', '),
            d.resources.map((r) => `${r.resourceId} v${r.version}`).join(', '), d.deploymentKey]))
        : el('p', { class: 'muted' }, 'Nothing was deployed through this page yet.'));
    } else {
      const items = await api('/api/v1/process-definitions');
      document.getElementById('versions-hint').textContent = 'Running counts are this workspace\'s instances.';
      versions.replaceChildren(versionsTable(items, 'Your running instances'));
    }
  } catch (problem) {
    showError(versions, problem);
  }
}

async function migrate(mode) {
  clearProblem(migrateForm);
  migrationResult.replaceChildren();
  const { sourceKey, targetProcessDefinitionKey } = Object.fromEntries(new FormData(migrateForm));
  try {
    const plan = await api(`/api/v1/process-definitions/${encodeURIComponent(sourceKey.trim())}/migrations`, {
      method: 'POST', body: { targetProcessDefinitionKey: targetProcessDefinitionKey.trim(), dryRun: mode === 'check' },
    });
    migrationResult.replaceChildren(
      el('p', {}, `${plan.processId} v${plan.sourceVersion} → v${plan.targetVersion}: ${plan.allowed} of ${count(plan.instances.length, 'running instance')} can move.`),
      table('Instances', ['Instance', 'Business object', 'Waiting in', 'Can move', 'Outcome'],
        plan.instances.map((i) => [i.processInstanceKey, i.businessObjectLabel ?? '—', i.activeElementIds.join(', '),
          i.allowed ? 'yes' : `no: ${i.reasons.join('; ')}`, i.outcome ?? '—'])));
    if (mode !== 'check') await load();
  } catch (problem) {
    showProblem(migrateForm, problem);
  }
}

uploadForm.addEventListener('submit', (event) => {
  event.preventDefault();
  upload(event.submitter?.value ?? 'deploy');
});
migrateForm.addEventListener('submit', (event) => {
  event.preventDefault();
  migrate(event.submitter?.value ?? 'check');
});

await load();
