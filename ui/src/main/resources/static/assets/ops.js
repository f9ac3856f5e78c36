// Ops console: open incidents, process instances by process and state, stuck instances (managers and
// above), health per component, an end-to-end flow check with elapsed time, the resumption log.
import {
  api, badge, bindForm, el, formatTime, formValues, initShell, notify, roles, showError, table, tokens,
} from './api.js';

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

const instancePage = (key) => `/app/process-instance.html?key=${encodeURIComponent(key)}`;

/** The business object's label as a link to its instance ("Order 1042"), or the instance key. */
function instanceLink(key, businessObject) {
  return el('a', { href: instancePage(key) }, businessObject?.label ?? `Instance ${key}`);
}

async function loadIncidents() {
  const list = document.getElementById('incident-list');
  try {
    const { items } = await api('/api/v1/incidents?limit=100');
    list.replaceChildren(items.length
      ? table('Open incidents, newest first', ['Business object', 'Process', 'Step', 'Error', 'Since'],
        items.map((i) => el('tr', { 'data-incident': String(i.key), 'data-instance': String(i.processInstanceKey) },
          el('td', {}, instanceLink(i.processInstanceKey, i.businessObject)),
          el('td', {}, i.processId), el('td', {}, i.elementId),
          el('td', { class: 'incident-message' }, i.errorMessage || i.errorType),
          el('td', {}, formatTime(i.createdAt)))))
      : el('p', {}, 'No open incidents: every flow runs or ended normally.'));
  } catch (problem) {
    showError(list, problem);
  }
}

function instanceRows(items) {
  return items.map((i) => el('tr', { 'data-instance': String(i.key) },
    el('td', {}, instanceLink(i.key, i.businessObject)), el('td', {}, `${i.processId} v${i.version}`),
    el('td', {}, badge(i.state)), el('td', {}, i.activeElementIds.join(', ')),
    el('td', {}, formatTime(i.startedAt)), el('td', {}, formatTime(i.lastProgressAt))));
}

const INSTANCE_COLUMNS = ['Business object', 'Process', 'State', 'Waiting in', 'Started', 'Last progress'];

async function loadInstances(values) {
  const list = document.getElementById('instance-list');
  const query = new URLSearchParams({ limit: '100' });
  for (const name of ['processId', 'businessObjectType', 'businessObjectId']) {
    if (values[name]) query.set(name, values[name]);
  }
  // "Running" is two states: ask for each and merge, newest first.
  const states = values.state === 'running' ? ['ACTIVE', 'INCIDENT'] : [values.state];
  const answers = await Promise.all(states.map((state) => {
    const one = new URLSearchParams(query);
    if (state) one.set('state', state);
    return api(`/api/v1/process-instances?${one}`);
  }));
  const items = answers.flatMap((answer) => answer.items)
    .sort((a, b) => String(b.startedAt).localeCompare(String(a.startedAt)));
  const shown = items;
  const processes = [...new Set(items.map((i) => i.processId))];
  document.getElementById('process-ids').replaceChildren(...processes.map((id) => el('option', { value: id })));
  list.replaceChildren(shown.length
    ? table('Process instances, newest first', INSTANCE_COLUMNS, instanceRows(shown))
    : el('p', {}, 'No instance matches.'));
}

async function loadStuck(values) {
  const { items } = await api(`/api/v1/process-instances/stuck?idleMinutes=${encodeURIComponent(values.idleMinutes)}`);
  document.getElementById('stuck-list').replaceChildren(items.length
    ? table('Stuck instances, oldest progress first', INSTANCE_COLUMNS, instanceRows(items))
    : el('p', {}, `No instance has been idle for more than ${values.idleMinutes} minutes.`));
}

/** What a batch action did, in one sentence, with the failures named. */
function batchSummary(outcome, verb) {
  const failed = Object.entries(outcome.failed ?? {});
  return `${outcome.done.length} of ${outcome.matched} ${verb}.`
    + (failed.length ? ` Failed: ${failed.map(([key, why]) => `${key} (${why})`).join('; ')}` : '');
}

const instanceFilters = document.getElementById('instance-filters');
bindForm(instanceFilters, loadInstances);
bindForm(document.getElementById('batch-retry-form'), async (values) => {
  const outcome = await api('/api/v1/process-instances/batch/retry', {
    method: 'POST', body: { processId: values.processId || null, retries: Number(values.retries) },
  });
  notify(batchSummary(outcome, 'incidents retried'));
  await loadIncidents();
});
bindForm(document.getElementById('batch-cancel-form'), async (_values, form) => {
  const filter = formValues(instanceFilters);
  const outcome = await api('/api/v1/process-instances/batch/cancel', {
    method: 'POST',
    body: {
      processId: filter.processId || null,
      businessObjectType: filter.businessObjectType || null,
      businessObjectId: filter.businessObjectId || null,
    },
  });
  form.reset();
  notify(batchSummary(outcome, 'instances cancelled'));
  await loadInstances(filter);
});
bindForm(document.getElementById('stuck-form'), loadStuck);
document.getElementById('incidents-refresh').addEventListener('click', loadIncidents);

/**
 * Links from a business object (an order's page) name it in the address: show all its instances,
 * ended ones included. Otherwise the running ones.
 */
function initialInstanceFilter() {
  const asked = new URLSearchParams(location.search);
  const type = asked.get('businessObjectType');
  if (!type) return { state: 'running' };
  const values = { state: '', businessObjectType: type, businessObjectId: asked.get('businessObjectId') ?? '' };
  for (const [name, value] of Object.entries(values)) {
    const field = instanceFilters.elements.namedItem(name);
    if (field) field.value = value;
  }
  return values;
}

const isManager = roles(me).some((role) => ['OWNER', 'ADMIN', 'MANAGER'].includes(role));
await Promise.all([loadHealth(), isManager && loadResumptions(), isManager && loadIncidents(),
  isManager && loadInstances(initialInstanceFilter()).catch((problem) => showError(
    document.getElementById('instance-list'), problem))]);
