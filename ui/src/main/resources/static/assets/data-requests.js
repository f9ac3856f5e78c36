// Data requests: the legal clock of every access, rectification and erasure request; record one,
// verify the customer in person, extend the deadline, apply corrections.
import { api, badge, bindForm, el, formatTime, initShell, pagedList, showError, table } from './api.js';

await initShell();

const SIZE = 20;
const list = document.getElementById('list');
const filter = document.getElementById('filter');
const detail = document.getElementById('detail');
const detailBody = document.getElementById('detail-body');
const say = (id, text) => { document.getElementById(id).textContent = text; };
let current;

const query = (page) => {
  const show = filter.elements.show.value;
  const params = new URLSearchParams({ page, size: SIZE, sort: 'dueAt,asc' });
  if (show === 'open') params.set('open', 'true');
  if (show === 'overdue') params.set('overdue', 'true');
  return `/api/v1/data-requests?${params}`;
};

function row(request) {
  const open = el('button', { type: 'button', class: 'link', onclick: () => show(request.id) },
    request.reference);
  const tr = el('tr', { class: request.overdue ? 'overdue' : '' },
    [open, request.kind, badge(request.status), formatTime(request.receivedAt),
      el('span', {}, formatTime(request.dueAt), request.overdue ? el('strong', {}, ' overdue') : null,
        request.extendedAt ? ' (extended)' : ''),
      request.customerRef].map((cell) => el('td', {}, cell)));
  return tr;
}

const paged = pagedList({
  form: filter,
  list,
  previous: document.getElementById('previous'),
  next: document.getElementById('next'),
  size: SIZE,
  load: async (page) => {
    const result = await api(query(page));
    list.replaceChildren(result.items.length
      ? table('Data requests, soonest deadline first',
        ['Reference', 'Kind', 'Status', 'Received', 'Due', 'Customer'], result.items.map(row))
      : el('p', { class: 'muted' }, 'No requests.'));
    return result.totalItems;
  },
});

async function show(id) {
  try {
    current = await api(`/api/v1/data-requests/${encodeURIComponent(id)}`);
  } catch (problem) {
    showError(list, problem);
    return;
  }
  const facts = [
    ['Reference', current.reference], ['Customer', `${current.customerRef} (${current.customerId})`],
    ['Kind', current.kind], ['Received by', current.receivedVia], ['Note', current.note ?? ''],
    ['Status', current.status.replace(/_/g, ' ')], ['Received', formatTime(current.receivedAt)],
    ['Due', `${formatTime(current.dueAt)}${current.overdue ? ' — overdue' : ''}`],
    ['May be extended until', current.extendedAt ? `extended ${formatTime(current.extendedAt)}: ${current.extensionReason ?? ''}`
      : formatTime(current.extensionDeadline)],
    ['Identity', current.verifiedAt ? `${current.verificationMethod} ${formatTime(current.verifiedAt)}` : 'not verified yet'],
    ['Outcome', current.outcome ?? ''],
  ];
  detailBody.replaceChildren(
    el('dl', {}, facts.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)])),
    table('What was done, when, by whom', ['When', 'What', 'Detail', 'By'],
      (current.log ?? []).map((entry) => [formatTime(entry.occurredAt), entry.kind, entry.detail ?? '',
        entry.actorUserId ?? 'flow / customer'])),
  );
  document.getElementById('detail-title').textContent = `Request ${current.reference}`;
  document.getElementById('verify').hidden = current.status !== 'AWAITING_VERIFICATION';
  document.getElementById('extend').hidden = Boolean(current.extendedAt)
    || !['AWAITING_VERIFICATION', 'IN_PROGRESS'].includes(current.status);
  document.getElementById('rectify').hidden = !(current.kind === 'RECTIFICATION' && current.status === 'IN_PROGRESS');
  detail.hidden = false;
}

bindForm(document.getElementById('create'), async (values) => {
  const created = await api(`/api/v1/customers/${encodeURIComponent(values.customerId)}/data-requests`, {
    method: 'POST', body: { kind: values.kind, receivedVia: values.receivedVia, note: values.note || null },
  });
  say('create-status', `Recorded ${created.reference}; due ${formatTime(created.dueAt)}. The customer gets a verification link.`);
  await paged.reload();
  await show(created.id);
});

bindForm(document.getElementById('verify'), async () => {
  await api(`/api/v1/data-requests/${current.id}/identity-verification`, { method: 'POST' });
  say('detail-status', 'Identity verification recorded.');
  await show(current.id);
  await paged.reload();
});

bindForm(document.getElementById('extend'), async (values) => {
  await api(`/api/v1/data-requests/${current.id}/extension`, {
    method: 'POST', body: { reason: values.reason, months: Number(values.months) },
  });
  say('detail-status', 'Deadline extended; the customer is sent the extension notice.');
  await show(current.id);
  await paged.reload();
});

bindForm(document.getElementById('rectify'), async (values) => {
  const body = {};
  for (const field of ['name', 'email', 'phone', 'locale']) if (values[field]) body[field] = values[field];
  await api(`/api/v1/data-requests/${current.id}/rectification`, { method: 'POST', body });
  say('detail-status', 'Corrections applied.');
  await show(current.id);
  await paged.reload();
});

const requested = new URLSearchParams(location.search).get('id');
paged.show();
if (requested) show(requested);
