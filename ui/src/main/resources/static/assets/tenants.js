// Super-admin: every workspace, suspend with a reason, reactivate.
import {
  api, bindForm, clearProblem, count, el, formatTime, initShell, notify, showError, table,
} from './api.js';

await initShell();

const list = document.getElementById('tenants-list');
const dialog = document.getElementById('suspend-dialog');
const suspendForm = document.getElementById('suspend-form');
const previous = document.getElementById('previous-page');
const next = document.getElementById('next-page');
const PAGE_SIZE = 50;
let page = 0;

function openSuspend(tenant) {
  suspendForm.reset();
  clearProblem(suspendForm);
  suspendForm.elements.id.value = tenant.id;
  document.getElementById('suspend-target').textContent = `${tenant.name} (${tenant.slug})`;
  dialog.showModal();
}

async function reactivate(tenant, button) {
  button.disabled = true;
  document.getElementById('action-problem').replaceChildren();
  try {
    await api(`/api/v1/admin/tenants/${encodeURIComponent(tenant.id)}/reactivate`, { method: 'POST' });
    notify(`${tenant.name} is active again.`);
    await load();
  } catch (problem) {
    button.disabled = false;
    showError(document.getElementById('action-problem'), problem);
  }
}

function actionFor(tenant) {
  return tenant.status === 'SUSPENDED'
    ? el('button', { type: 'button', class: 'secondary', onclick: (e) => reactivate(tenant, e.currentTarget) },
      `Reactivate ${tenant.slug}`)
    : el('button', { type: 'button', class: 'danger', onclick: () => openSuspend(tenant) }, `Suspend ${tenant.slug}`);
}

async function load() {
  try {
    const answer = await api(`/api/v1/admin/tenants?page=${page}&size=${PAGE_SIZE}`);
    const tenants = answer.items ?? [];
    const pages = Math.max(1, Math.ceil(answer.totalItems / PAGE_SIZE));
    previous.disabled = page === 0;
    next.disabled = page >= pages - 1;
    list.replaceChildren(table(`${count(answer.totalItems, 'workspace')}, oldest first · page ${page + 1} of ${pages}`,
      ['Name', 'Short name', 'Status', 'Created', 'Action'],
      tenants.map((t) => el('tr', { 'data-tenant': t.slug },
        el('td', {}, t.name), el('td', {}, t.slug),
        el('td', {}, el('span', { class: `status status-${t.status}` }, t.status),
          t.statusReason ? el('div', { class: 'muted' }, t.statusReason) : null),
        el('td', {}, formatTime(t.createdAt)), el('td', {}, actionFor(t))))));
  } catch (problem) {
    showError(list, problem);
  }
}

bindForm(suspendForm, async ({ id, reason }) => {
  await api(`/api/v1/admin/tenants/${encodeURIComponent(id)}/suspend`, { method: 'POST', body: { reason } });
  dialog.close();
  notify(`Suspended: ${document.getElementById('suspend-target').textContent}.`);
  await load();
});
document.getElementById('suspend-cancel').addEventListener('click', () => dialog.close());
previous.addEventListener('click', () => { page -= 1; load(); });
next.addEventListener('click', () => { page += 1; load(); });

await load();
