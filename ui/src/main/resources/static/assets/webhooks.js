// Webhooks: a workspace's endpoints, the signing secret shown once, the delivery log and redelivery.
import { api, badge, bindForm, el, formatTime, initShell, notify, showError, table } from './api.js';

await initShell();

const BASE = '/api/v1/webhook-endpoints';
const createForm = document.getElementById('create');
const typesBox = document.getElementById('event-types');
const endpointsBox = document.getElementById('endpoints');
const logSection = document.getElementById('log');
const deliveriesBox = document.getElementById('deliveries');
const secretBox = document.getElementById('secret-box');
let shownEndpoint;

function showSecret(secret) {
  document.getElementById('secret').textContent = secret;
  secretBox.hidden = false;
  secretBox.focus?.();
}

document.getElementById('secret-done').addEventListener('click', () => {
  document.getElementById('secret').textContent = '';
  secretBox.hidden = true;
});

async function loadTypes() {
  const types = await api(`${BASE}/event-types`);
  typesBox.append(...types.map((type) => el('label', {},
    el('input', { type: 'checkbox', name: 'eventType', value: type.type, checked: true }),
    ` ${type.type} — ${type.description}`)));
}

async function act(label, call) {
  try {
    await call();
    notify(label);
  } catch (problem) {
    const alert = el('div');
    showError(alert, problem);
    endpointsBox.prepend(alert);
  }
}

function endpointRow(endpoint) {
  const id = encodeURIComponent(endpoint.id);
  const buttons = el('div', {},
    el('button', { type: 'button', class: 'link', onclick: () => showLog(endpoint) }, 'Delivery log'),
    ' ',
    el('button', {
      type: 'button', class: 'link',
      onclick: () => act('Test event queued', async () => { await api(`${BASE}/${id}/test`, { method: 'POST' }); await showLog(endpoint); }),
    }, 'Send test'),
    ' ',
    el('button', {
      type: 'button', class: 'link',
      onclick: () => act(endpoint.enabled ? 'Endpoint disabled' : 'Endpoint enabled', async () => {
        await api(`${BASE}/${id}`, {
          method: 'PUT',
          body: { url: endpoint.url, description: endpoint.description, eventTypes: endpoint.eventTypes, enabled: !endpoint.enabled },
        });
        await loadEndpoints();
      }),
    }, endpoint.enabled ? 'Disable' : 'Enable'),
    ' ',
    el('button', {
      type: 'button', class: 'link',
      onclick: () => act('Secret rotated', async () => {
        const rotated = await api(`${BASE}/${id}/rotate-secret`, { method: 'POST' });
        showSecret(rotated.secret);
        await loadEndpoints();
      }),
    }, 'Rotate secret'),
    ' ',
    el('button', {
      type: 'button', class: 'link',
      onclick: () => {
        if (!window.confirm(`Remove ${endpoint.url} and its delivery log?`)) return;
        act('Endpoint removed', async () => { await api(`${BASE}/${id}`, { method: 'DELETE' }); logSection.hidden = true; await loadEndpoints(); });
      },
    }, 'Remove'));
  return [endpoint.url, endpoint.description ?? '', endpoint.eventTypes.join(', '),
    badge(endpoint.enabled ? 'ENABLED' : 'DISABLED'), endpoint.secretHint, buttons];
}

async function loadEndpoints() {
  try {
    const endpoints = await api(BASE);
    endpointsBox.replaceChildren(endpoints.length
      ? table('Webhook endpoints', ['URL', 'Description', 'Events', 'State', 'Secret', ''], endpoints.map(endpointRow))
      : el('p', { class: 'muted' }, 'No endpoints yet.'));
  } catch (problem) {
    showError(endpointsBox, problem);
  }
}

function attempts(delivery) {
  return el('ol', {}, delivery.attemptLog.map((a) => el('li', {},
    `${formatTime(a.startedAt)}: ${a.statusCode ?? 'no response'} in ${a.durationMillis} ms${a.error ? ` — ${a.error}` : ''}`)));
}

function deliveryRow(delivery) {
  const redeliver = el('button', {
    type: 'button', class: 'link',
    onclick: () => act('Redelivery queued', async () => {
      await api(`${BASE}/${encodeURIComponent(delivery.endpointId)}/deliveries/${encodeURIComponent(delivery.id)}/redeliver`, { method: 'POST' });
      await showLog(shownEndpoint);
    }),
  }, 'Redeliver');
  return [formatTime(delivery.createdAt), delivery.eventType, badge(delivery.status),
    delivery.status === 'PENDING' && delivery.nextAttemptAt ? `next ${formatTime(delivery.nextAttemptAt)}` : '',
    attempts(delivery), el('details', {}, el('summary', {}, 'Body'), el('pre', {}, delivery.payload)),
    redeliver];
}

async function showLog(endpoint) {
  shownEndpoint = endpoint;
  logSection.hidden = false;
  document.getElementById('log-endpoint').textContent = endpoint.url;
  try {
    const deliveries = await api(`${BASE}/${encodeURIComponent(endpoint.id)}/deliveries?limit=50`);
    deliveriesBox.replaceChildren(deliveries.length
      ? table('Deliveries, newest first', ['Created', 'Event', 'Status', 'Next', 'Attempts', 'Payload', ''], deliveries.map(deliveryRow))
      : el('p', { class: 'muted' }, 'Nothing delivered yet.'));
  } catch (problem) {
    showError(deliveriesBox, problem);
  }
}

document.getElementById('log-refresh').addEventListener('click', () => shownEndpoint && showLog(shownEndpoint));

bindForm(createForm, async (values) => {
  const eventTypes = [...createForm.querySelectorAll('input[name="eventType"]:checked')].map((box) => box.value);
  const created = await api(BASE, {
    method: 'POST',
    body: { url: values.url, description: values.description || null, eventTypes },
  });
  createForm.reset();
  showSecret(created.secret);
  notify(`Endpoint ${created.url} added`);
  await loadEndpoints();
});

try {
  await loadTypes();
} catch (problem) {
  showError(typesBox, problem);
}
await loadEndpoints();
