// Ops console: health per component, an end-to-end flow check with elapsed time, the resumption log.
import { api, bindForm, el, formatTime, initShell, roles, showError, table, tokens } from './api.js';

const me = await initShell();

const healthList = document.getElementById('health-list');
const overall = document.getElementById('health-overall');
const checkStatus = document.getElementById('flow-check-status');
const resumptionsList = document.getElementById('resumptions-list');

function status(value) {
  return el('span', { class: `status status-${value}` }, value);
}

/** Nested health groups become "group / component" rows. */
function components(tree, prefix = '') {
  return Object.entries(tree ?? {}).flatMap(([name, node]) => (node.components
    ? components(node.components, `${prefix}${name} / `)
    : [[`${prefix}${name}`, node.status]]));
}

// Actuator answers 503 with the same body when something is down, so this reads both.
async function loadHealth() {
  try {
    const access = tokens.get()?.accessToken;
    const headers = { Accept: 'application/json' };
    let response = await fetch('/actuator/health', { headers: { ...headers, Authorization: `Bearer ${access}` } });
    // Components are public; an expired token only costs the details.
    if (response.status === 401) response = await fetch('/actuator/health', { headers });
    const health = await response.json();
    overall.replaceChildren(status(health.status));
    healthList.replaceChildren(table('Status per component', ['Component', 'Status'],
      components(health.components).map(([name, value]) => el('tr', { 'data-component': name },
        el('th', { scope: 'row' }, name), el('td', {}, status(value))))));
  } catch (error) {
    overall.textContent = 'UNKNOWN';
    showError(healthList, { title: 'Health is unavailable', detail: error.message });
  }
}

const pause = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** Polls the check until it completes (or a minute past its timer), showing the time since it was requested. */
async function follow(check, delaySeconds) {
  const started = performance.now();
  const elapsed = () => ((performance.now() - started) / 1000).toFixed(1);
  const show = (text) => { checkStatus.replaceChildren(status(check.status), ` ${text}`); };
  checkStatus.dataset.status = check.status;
  while (check.status !== 'COMPLETED') {
    if (elapsed() > delaySeconds + 60) {
      show(`— not completed after ${elapsed()} s: check the engine's health and the logs.`);
      return;
    }
    show(`— waiting ${elapsed()} s (timer due ${formatTime(check.dueAt)})`);
    await pause(500);
    check = await api(`/api/v1/flow-checks/${encodeURIComponent(check.id)}`);
    checkStatus.dataset.status = check.status;
  }
  show(`in ${elapsed()} s — the pipeline works end to end (completed ${formatTime(check.completedAt)}).`);
}

async function loadResumptions() {
  try {
    const answer = await api('/api/v1/flow-resumptions');
    const entries = Array.isArray(answer) ? answer : answer.items ?? [];
    resumptionsList.replaceChildren(entries.length
      ? table('Latest resumptions, newest first', ['When', 'Process', 'Record', 'Outcome', 'Element', 'Detail'],
        entries.map((e) => [formatTime(e.happenedAt), e.processId, e.businessObject, status(e.outcome),
          e.elementId, e.detail]))
      : el('p', {}, 'Nothing to resume so far: no record was mid-flow at a start.'));
  } catch (problem) {
    showError(resumptionsList, problem);
  }
}

bindForm(document.getElementById('flow-check-form'), async (values) => {
  const delaySeconds = Number(values.delaySeconds);
  checkStatus.textContent = 'Requesting…';
  try {
    await follow(await api('/api/v1/flow-checks', { method: 'POST', body: { delaySeconds } }), delaySeconds);
  } catch (problem) {
    checkStatus.textContent = '';
    throw problem;
  }
});
document.getElementById('health-refresh').addEventListener('click', loadHealth);

const mayReadResumptions = roles(me).some((role) => ['OWNER', 'ADMIN', 'MANAGER'].includes(role));
await Promise.all([loadHealth(), mayReadResumptions && loadResumptions()]);
