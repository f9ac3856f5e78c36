// Policies: edit a workspace's decision table, try it on the engine, save versions, activate, roll back.
import { api, el, formatTime, initShell, roles, showError, table } from './api.js';

const me = await initShell();
const canChange = roles(me).some((role) => role === 'OWNER' || role === 'ADMIN');

const kindSelect = document.getElementById('kind');
const editor = document.getElementById('editor');
const rulesBox = document.getElementById('rules');
const samplesBox = document.getElementById('samples');
const outcome = document.getElementById('outcome');
const versionsBox = document.getElementById('versions');
const say = (id, text) => { document.getElementById(id).textContent = text; };

let kinds = [];
let kind;

const path = (suffix = '') => `/api/v1/policies/${encodeURIComponent(kind.kind)}${suffix}`;

function cellInput(name, value, label) {
  return el('input', { name, value: value ?? '', 'aria-label': label, class: 'cell', spellcheck: 'false' });
}

/** One editable row: an input per input column, an output per output column, a description. */
function ruleRow(rule, index) {
  const inputs = kind.inputs.map((column, c) => el('td', {},
    cellInput(`rules[${index}].inputs[${c}]`, rule.inputs?.[c] ?? '-', `Row ${index + 1}, ${column.label}`)));
  const outputs = kind.outputs.map((column, c) => el('td', {},
    cellInput(`rules[${index}].outputs[${c}]`, rule.outputs?.[c] ?? '', `Row ${index + 1}, ${column.label}`)));
  const remove = el('button', {
    type: 'button', class: 'link', onclick: () => { renderRules(readTable().rules.filter((_, i) => i !== index)); },
  }, `Remove row ${index + 1}`);
  return el('tr', { 'data-row': index + 1 }, el('th', { scope: 'row' }, String(index + 1)), inputs, outputs,
    el('td', {}, cellInput(`rules[${index}].description`, rule.description, `Row ${index + 1}, description`)),
    el('td', {}, remove));
}

function renderRules(rules) {
  const headers = ['#', ...kind.inputs.map((c) => `${c.label} (${c.name})`),
    ...kind.outputs.map((c) => `→ ${c.label} (${c.name})${c.allowed?.length ? `: ${c.allowed.join(' | ')}` : ''}`),
    'Description', ''];
  rulesBox.replaceChildren(table('Rows, top to bottom', headers, rules.map(ruleRow)));
}

function readTable() {
  const rows = [...rulesBox.querySelectorAll('tr[data-row]')];
  return {
    hitPolicy: editor.elements.hitPolicy.value,
    rules: rows.map((_, r) => ({
      inputs: kind.inputs.map((__, c) => editor.elements.namedItem(`rules[${r}].inputs[${c}]`).value),
      outputs: kind.outputs.map((__, c) => editor.elements.namedItem(`rules[${r}].outputs[${c}]`).value),
      description: editor.elements.namedItem(`rules[${r}].description`).value || null,
    })),
  };
}

function loadTable(decisionTable) {
  editor.elements.hitPolicy.value = decisionTable.hitPolicy;
  renderRules(decisionTable.rules);
}

/** Field errors next to their cell (rules[i].inputs[j]); the rest in the form's alert. */
function showCellErrors(form, problem) {
  form.querySelectorAll('.field-error').forEach((node) => node.remove());
  form.querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
  const alert = form.querySelector('[data-problem]');
  const unplaced = [];
  let first;
  for (const { field, message } of problem.errors ?? []) {
    const control = field && (form.elements.namedItem(field)
      || form.elements.namedItem(field.replace(/^inputs\./, 'sample.')));
    if (control instanceof Element) {
      const id = `${control.name}-error`.replace(/[^\w-]/g, '_');
      control.insertAdjacentElement('afterend', el('p', { class: 'field-error', id }, message));
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', id);
      first ??= control;
    } else {
      unplaced.push(message);
    }
  }
  alert.replaceChildren(el('p', {}, el('strong', {}, problem.title)),
    problem.detail ? el('p', {}, problem.detail) : '',
    unplaced.length ? el('ul', {}, unplaced.map((text) => el('li', {}, text))) : '');
  (first || alert).focus();
}

function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((node) => node.remove());
  form.querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
  form.querySelector('[data-problem]').replaceChildren();
}

function renderSamples() {
  samplesBox.replaceChildren(...kind.inputs.flatMap((column) => {
    const id = `sample-${column.name}`;
    return [el('label', { for: id }, `${column.label} (${column.type.toLowerCase()})`),
      el('input', { id, name: `sample.${column.name}`, inputmode: column.type === 'NUMBER' ? 'decimal' : undefined })];
  }));
}

function sampleInputs() {
  const inputs = {};
  for (const column of kind.inputs) {
    const value = document.getElementById(`sample-${column.name}`).value.trim();
    if (value !== '') inputs[column.name] = column.type === 'BOOLEAN' ? value === 'true' : value;
  }
  return inputs;
}

function showOutcome(result) {
  rulesBox.querySelectorAll('tr[data-row]').forEach((row) => row.classList.toggle(
    'matched', result.matchedRows.includes(Number(row.dataset.row))));
  if (result.failure) {
    outcome.replaceChildren(el('div', { class: 'alert error', role: 'alert' },
      el('p', {}, el('strong', {}, 'The table could not decide')), el('p', {}, result.failure)));
  } else if (!result.matched) {
    outcome.replaceChildren(el('p', { 'data-outcome': 'none' },
      'No row matched: the flow would get null (for the reminder: the order settings decide).'));
  } else {
    outcome.replaceChildren(el('p', { 'data-outcome': 'matched' },
      `Row ${result.matchedRows.join(', ')} matched: `,
      Object.entries(result.outputs).map(([name, value]) => el('strong', { 'data-output': name },
        `${name} = ${JSON.stringify(value)} `))));
  }
}

async function loadVersions() {
  const versions = await api(path('/versions'));
  const actions = (v) => el('span', {},
    el('button', { type: 'button', class: 'link', onclick: () => openVersion(v.version) }, `Edit a copy of v${v.version}`),
    ' ',
    el('a', { href: '#', onclick: (event) => { event.preventDefault(); downloadDmn(v.version); } }, 'DMN'),
    canChange && v.state !== 'ACTIVE'
      ? el('button', { type: 'button', class: 'link', onclick: () => activate(v.version) }, `Activate v${v.version}`)
      : null);
  versionsBox.replaceChildren(versions.length
    ? table('Versions, newest first', ['Version', 'State', 'Note', 'Saved', 'Activated', ''],
      versions.map((v) => el('tr', { 'data-version': v.version },
        el('th', { scope: 'row' }, `v${v.version}`), el('td', { 'data-state': v.state }, v.state),
        el('td', {}, v.note ?? ''), el('td', {}, formatTime(v.createdAt)),
        el('td', {}, v.activatedAt ? formatTime(v.activatedAt) : ''), el('td', {}, actions(v)))))
    : el('p', {}, 'No versions yet: the shipped decision applies. Edit the table above and save it as a draft.'));
}

async function openVersion(number) {
  const version = await api(path(`/versions/${number}`));
  loadTable(version.table);
  say('editor-status', `Editing a copy of v${number}; saving creates a new version.`);
}

async function downloadDmn(number) {
  const version = await api(path(`/versions/${number}`));
  const link = el('a', {
    href: URL.createObjectURL(new Blob([version.dmnXml], { type: 'application/xml' })),
    download: `${kind.kind}-v${number}.dmn`,
  });
  link.click();
}

async function change(action, done) {
  try {
    await action();
    say('versions-status', done);
    await refreshKind();
  } catch (problem) {
    showError(document.getElementById('versions-status'), problem);
  }
}

const activate = (number) => change(() => api(path(`/versions/${number}/activate`), { method: 'POST', body: {} }),
  `v${number} is active: orders placed from now on use it.`);

async function refreshKind() {
  kinds = await api('/api/v1/policies');
  kind = kinds.find((k) => k.kind === kind.kind);
  say('kind-status', kind.activeVersion
    ? `Active: v${kind.activeVersion} (decision ${kind.workspaceDecisionId}).`
    : `No version active: the shipped decision ${kind.defaultDecisionId} applies.`);
  await loadVersions();
}

async function selectKind(key) {
  kind = kinds.find((k) => k.kind === key);
  say('kind-description', kind.description);
  outcome.replaceChildren();
  renderSamples();
  if (kind.activeVersion) await openVersion(kind.activeVersion);
  else loadTable(kind.starterTable);
  await refreshKind();
}

document.getElementById('add-row').addEventListener('click', () => {
  const current = readTable();
  renderRules([...current.rules, { inputs: kind.inputs.map(() => '-'), outputs: kind.outputs.map(() => ''), description: null }]);
});

editor.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearErrors(editor);
  try {
    const draft = await api(path('/versions'), {
      method: 'POST', body: { table: readTable(), note: editor.elements.note.value.trim() || null },
    });
    say('editor-status', `Saved as draft v${draft.version}. Try it, then activate it in the versions list.`);
    editor.elements.note.value = '';
    await refreshKind();
  } catch (problem) {
    showCellErrors(editor, problem);
  }
});

document.getElementById('tester').addEventListener('submit', async (event) => {
  event.preventDefault();
  const tester = event.target;
  clearErrors(tester);
  clearErrors(editor);
  try {
    showOutcome(await api(path('/evaluate'), { method: 'POST', body: { table: readTable(), inputs: sampleInputs() } }));
  } catch (problem) {
    outcome.replaceChildren();
    if ((problem.errors ?? []).some((e) => e.field?.startsWith('rules'))) showCellErrors(editor, problem);
    else showCellErrors(tester, problem);
  }
});

document.getElementById('rollback').addEventListener('click', () => change(
  () => api(path('/rollback'), { method: 'POST', body: {} }), 'Rolled back to the previous version.'));
document.getElementById('deactivate').addEventListener('click', () => change(
  () => api(path('/deactivate'), { method: 'POST', body: {} }), 'The shipped decision applies again.'));
kindSelect.addEventListener('change', () => selectKind(kindSelect.value));

try {
  kinds = await api('/api/v1/policies');
  kindSelect.replaceChildren(...kinds.map((k) => el('option', { value: k.kind }, k.title)));
  await selectKind(kinds[0].kind);
} catch (problem) {
  showError(versionsBox, problem);
}
