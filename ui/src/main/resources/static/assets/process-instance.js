// One process instance for an operator: where it is (diagram), how it got there (timeline), its
// variables with a form to correct one, open incidents with Retry, Cancel and Move token.
import {
  api, badge, bindForm, el, formatTime, initShell, notify, Problem, showError, table,
} from './api.js';
import { renderBpmn } from './bpmn-svg.js';

await initShell();

const key = new URLSearchParams(location.search).get('key');
const $ = (id) => document.getElementById(id);
const path = `/api/v1/process-instances/${encodeURIComponent(key ?? '')}`;
let current;
let elementNames = new Map();

const nameOf = (id) => (elementNames.get(id) ? `${elementNames.get(id)} (${id})` : id);

/** A JSON value as an operator reads it: strings without their quotes. */
function shown(json) {
  try {
    const value = JSON.parse(json);
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return json;
  }
}

function businessObjectLink(object) {
  if (!object) return 'none';
  if (object.type === 'order') {
    return el('a', { href: `/app/orders.html?id=${encodeURIComponent(object.id)}` }, object.label);
  }
  return object.label;
}

function renderFacts(summary, operateUrl) {
  $('instance-title').textContent = `${summary.businessObject?.label ?? 'Process instance'} · ${summary.processId}`;
  document.title = `${$('instance-title').textContent} — FlowPod`;
  $('instance-state').replaceWith(Object.assign(badge(summary.state), { id: 'instance-state' }));
  $('instance-state').dataset.state = summary.state;
  const facts = [
    ['Instance key', String(summary.key)],
    ['Process', `${summary.processId} (version ${summary.version})`],
    ['Business object', businessObjectLink(summary.businessObject)],
    ['Waiting in', summary.activeElementIds.map(nameOf).join(', ') || '—'],
    ['Started', formatTime(summary.startedAt)],
    ['Ended', summary.endedAt ? formatTime(summary.endedAt) : '—'],
    ['Last progress', formatTime(summary.lastProgressAt)],
  ];
  if (operateUrl) facts.push(['Camunda Operate', el('a', { href: operateUrl }, 'Open in Operate')]);
  $('instance-facts').replaceChildren(...facts.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

function renderDiagram(detail) {
  const target = $('diagram');
  if (!detail.diagramXml) {
    target.replaceChildren(el('p', { class: 'muted' }, 'The diagram of this process version is not available.'));
    return;
  }
  try {
    const { svg, elements } = renderBpmn(detail.diagramXml, {
      active: new Set(detail.summary.activeElementIds),
      completed: new Set(detail.completedElementIds),
      taken: new Set(detail.takenFlowIds),
      incidents: new Set(detail.incidents.map((i) => i.elementId)),
    }, `Diagram of ${detail.summary.processId}`);
    elementNames = new Map(elements.map((e) => [e.id, e.name]));
    const scroll = { left: target.scrollLeft, top: target.scrollTop };
    target.replaceChildren(svg);
    renderMoveTargets(elements);
    // A refresh keeps the operator's scroll position; the first drawing shows where the instance is.
    target.scrollLeft = scroll.left;
    target.scrollTop = scroll.top;
    if (!focused) focusOn(target, svg.querySelector('.incident, .active'));
  } catch (error) {
    showError(target, { title: 'The diagram could not be drawn', detail: error.message });
  }
  const active = detail.summary.activeElementIds.map(nameOf);
  $('diagram-summary').textContent = active.length
    ? `The instance waits in: ${active.join(', ')}.`
    : 'The instance waits nowhere: it has ended.';
}

let focused = false;

/** Scrolls the diagram once so that where the instance is (an incident first) is in view. */
function focusOn(container, element) {
  if (!element) return;
  const box = element.getBoundingClientRect();
  const frame = container.getBoundingClientRect();
  container.scrollLeft += box.left - frame.left - (frame.width - box.width) / 2;
  container.scrollTop += box.top - frame.top - (frame.height - box.height) / 2;
  focused = true;
}

function renderIncidents(detail) {
  if (!detail.incidents.length) {
    $('incident-list').replaceChildren(el('p', {}, 'No open incidents.'));
    return;
  }
  $('incident-list').replaceChildren(...detail.incidents.map((incident) => {
    const id = `retries-${incident.key}`;
    const form = el('form', { class: 'card', 'data-incident-key': String(incident.key) },
      el('h3', {}, `${nameOf(incident.elementId)} failed`),
      el('p', { class: 'incident-message', 'data-incident-message': '' }, incident.errorMessage || incident.errorType),
      el('p', { class: 'muted' }, `${incident.errorType} · since ${formatTime(incident.createdAt)}`),
      el('div', { class: 'alert error', role: 'alert', tabindex: '-1', 'data-problem': '' }),
      el('label', { for: id }, 'Retries'),
      el('input', { id, name: 'retries', type: 'number', min: '1', max: '10', value: '1', required: true, inputmode: 'numeric' }),
      el('button', { type: 'submit' }, 'Retry'));
    bindForm(form, async (values) => {
      await api(`/api/v1/incidents/${incident.key}/resolve`, { method: 'POST', body: { retries: Number(values.retries) } });
      notify(`Retried ${nameOf(incident.elementId)} with ${values.retries} attempt(s).`);
      await followUp();
    });
    return form;
  }));
}

function renderVariables(detail) {
  const names = Object.keys(detail.variables).sort();
  $('variable-list').replaceChildren(names.length
    ? table('Variables of the instance', ['Name', 'Value'], names.map((name) => el('tr', { 'data-variable': name },
      el('th', { scope: 'row' }, el('code', {}, name)), el('td', {}, el('code', {}, shown(detail.variables[name]))))))
    : el('p', { class: 'muted' }, 'No variables.'));
  $('variable-names').replaceChildren(...names.map((name) => el('option', { value: name })));
}

function renderTimeline(detail) {
  const steps = [...detail.timeline].reverse();
  $('timeline-list').replaceChildren(steps.length
    ? table('Steps, newest first', ['When', 'Element', 'Event'],
      steps.map((s) => [formatTime(s.at), nameOf(s.elementId), `${s.event.toLowerCase().replace(/_/g, ' ')} (${s.elementType.toLowerCase().replace(/_/g, ' ')})`]))
    : el('p', { class: 'muted' }, 'No steps recorded.'));
}

function renderMoveTargets(elements) {
  const targets = elements.filter((e) => !/^(sequenceFlow|startEvent)$/.test(e.type));
  const keep = $('move-to').value;
  $('move-to').replaceChildren(...targets.map((e) => el('option', { value: e.id }, e.name ? `${e.name} (${e.id})` : e.id)));
  if (keep) $('move-to').value = keep;
}

function renderActions(summary) {
  const running = summary.state === 'ACTIVE' || summary.state === 'INCIDENT';
  $('instance-actions').hidden = !running;
  $('variables-form').hidden = !running;
  const keep = $('move-from').value;
  $('move-from').replaceChildren(...summary.activeElementIds.map((id) => el('option', { value: id }, nameOf(id))));
  if (keep && summary.activeElementIds.includes(keep)) $('move-from').value = keep;
}

/** The open staff tasks of the instance's business object, e.g. the order's fulfilment. */
async function renderTasks(summary) {
  const object = summary.businessObject;
  if (!object) {
    $('task-list').replaceChildren(el('p', { class: 'muted' }, 'The instance names no business object.'));
    return;
  }
  const query = new URLSearchParams({
    status: 'OPEN', businessObjectType: object.type, businessObjectId: object.id,
  });
  const { items } = await api(`/api/v1/tasks?${query}`);
  $('task-list').replaceChildren(items.length
    ? table(`Open staff tasks of ${object.label}`, ['Task', 'Group', 'Claimed', 'Since'],
      items.map((t) => el('tr', { 'data-task': t.id },
        el('td', {}, el('a', { href: '/app/inbox.html' }, t.title ?? t.formKey)),
        el('td', {}, t.candidateGroup ?? ''), el('td', {}, t.assigneeUserId ? 'yes' : 'no'),
        el('td', {}, formatTime(t.createdAt)))))
    : el('p', { class: 'muted' }, `No open staff task for ${object.label}.`));
}

async function load() {
  const detail = await api(path);
  current = detail;
  renderDiagram(detail);
  renderFacts(detail.summary, detail.operateUrl);
  renderIncidents(detail);
  renderVariables(detail);
  renderTimeline(detail);
  renderActions(detail.summary);
  await renderTasks(detail.summary);
  $('page-problem').replaceChildren();
}

/** Whether the operator is typing in a form, which a refresh must not wipe. */
const editing = () => document.activeElement?.closest?.('form') && document.activeElement.tagName !== 'BUTTON';

async function refresh() {
  try {
    await load();
  } catch (problem) {
    showError($('page-problem'), problem);
  }
}

const pause = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** After an action the engine moves on by itself: follow it for a little while. */
async function followUp() {
  const before = JSON.stringify(current?.summary);
  await refresh();
  for (let i = 0; i < 10 && JSON.stringify(current?.summary) === before; i += 1) {
    await pause(1000);
    await refresh();
  }
}

bindForm($('variables-form'), async (values, form) => {
  let value;
  try {
    value = JSON.parse(values.variableValue);
  } catch {
    throw new Problem(400, {
      title: 'The value is not JSON',
      errors: [{ field: 'variableValue', message: 'must be JSON: text in double quotes ("abc"), or a number, true, false' }],
    });
  }
  // Server field errors name the variable ("variables.orderId"): show them at the name input.
  form.elements.variableName.dataset.problemField = `variables.${values.variableName} variables`;
  await api(`${path}/variables`, { method: 'POST', body: { variables: { [values.variableName]: value } } });
  notify(`Set ${values.variableName}.`);
  form.reset();
  await refresh();
});

bindForm($('move-form'), async (values) => {
  await api(`${path}/move`, { method: 'POST', body: { from: values.from, to: values.to } });
  notify(`Moved the token from ${nameOf(values.from)} to ${nameOf(values.to)}.`);
  await followUp();
});

bindForm($('cancel-form'), async (values, form) => {
  await api(`${path}/cancel`, { method: 'POST' });
  form.reset();
  notify('The instance was cancelled.');
  await refresh();
});

$('instance-refresh').addEventListener('click', refresh);

if (!key || !/^\d+$/.test(key)) {
  showError($('page-problem'), { title: 'No instance chosen', detail: 'Open an instance from the ops console.' });
} else {
  await refresh();
  // A live view while the instance runs, paused while the operator types.
  setInterval(() => {
    const running = current && (current.summary.state === 'ACTIVE' || current.summary.state === 'INCIDENT');
    if (running && !editing() && !document.hidden) refresh();
  }, 5000);
}
