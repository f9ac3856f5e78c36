// Staff inbox: the open tasks flows wait for, claim one, and complete it through a form built from
// the task's form fields (text, number, date, yes/no, choice).
import {
  api, badge, bindForm, el, formatTime, initShell, notify, Problem, roles, showError, table,
} from './api.js';

const me = await initShell();
const isManager = roles(me).some((role) => ['OWNER', 'ADMIN', 'MANAGER'].includes(role));
/** Managers reassign tasks to any member of the workspace; others only claim for themselves. */
const members = isManager ? (await api('/api/v1/users?size=100')).items ?? [] : [];

const list = document.getElementById('task-list');
const detail = document.getElementById('task-detail');
const form = document.getElementById('task-form');
let task = null;
let fields = [];

function assignee(t) {
  if (!t.assigneeUserId) return 'Nobody yet';
  if (t.assigneeUserId === me.userId) return 'You';
  const member = members.find((m) => m.id === t.assigneeUserId);
  return member ? member.displayName : `Colleague ${t.assigneeUserId.slice(0, 8)}`;
}

function assignControl(t) {
  if (!isManager) return null;
  const id = `assign-${t.id}`;
  const select = el('select', { id, 'aria-label': `Assign "${t.title}" to` },
    members.map((m) => el('option', { value: m.id, selected: m.id === t.assigneeUserId }, m.displayName)));
  return el('span', { class: 'assign' }, ' ', select, ' ',
    el('button', { type: 'button', class: 'secondary', onclick: () => assign(t.id, select.value) }, 'Assign'));
}

async function assign(id, userId) {
  try {
    await api(`/api/v1/tasks/${encodeURIComponent(id)}/assign`, { method: 'POST', body: { userId } });
    notify('Task assigned.');
    await loadTasks();
  } catch (problem) {
    showError(list, problem);
  }
}

async function loadTasks() {
  try {
    const answer = await api('/api/v1/tasks?status=OPEN&size=50');
    const tasks = answer.items ?? (Array.isArray(answer) ? answer : []);
    list.replaceChildren(tasks.length
      ? table('Open tasks, oldest first', ['Task', 'Group', 'Since', 'Claimed by', ''],
        tasks.map((t) => el('tr', { 'data-task': t.id, 'data-form': t.formKey },
          el('td', {}, t.title), el('td', {}, t.candidateGroup ?? ''), el('td', {}, formatTime(t.createdAt)),
          el('td', {}, assignee(t)),
          el('td', {},
            t.assigneeUserId === me.userId ? null
              : el('button', { type: 'button', class: 'secondary', onclick: () => claim(t.id) }, 'Claim'),
            ' ', el('button', { type: 'button', onclick: () => openTask(t.id) }, 'Open'),
            assignControl(t)))))
      : el('p', {}, 'Nothing to do: no open tasks.'));
  } catch (problem) {
    showError(list, problem);
  }
}

async function claim(id) {
  try {
    await api(`/api/v1/tasks/${encodeURIComponent(id)}/claim`, { method: 'POST' });
    notify('Task claimed.');
    await loadTasks();
  } catch (problem) {
    showError(list, problem);
  }
}

function control(field) {
  const id = `field-${field.name}`;
  const common = { id, name: field.name, required: field.required };
  switch (field.type) {
    case 'BOOLEAN':
      return el('div', { class: 'check' }, el('input', { ...common, type: 'checkbox', required: false }),
        el('label', { for: id }, field.label));
    case 'CHOICE':
      return el('div', {}, el('label', { for: id }, field.label),
        el('select', common, el('option', { value: '' }, 'Choose…'),
          (field.options ?? []).map((option) => el('option', { value: option }, option))));
    case 'NUMBER':
      return el('div', {}, el('label', { for: id }, field.label), el('input', { ...common, type: 'number', step: 'any' }));
    case 'DATE':
      return el('div', {}, el('label', { for: id }, field.label), el('input', { ...common, type: 'date' }));
    default:
      return el('div', {}, el('label', { for: id }, field.label), el('input', { ...common, maxlength: 500 }));
  }
}

async function openTask(id) {
  const body = await api(`/api/v1/tasks/${encodeURIComponent(id)}`);
  task = body.task ?? body;
  fields = body.fields ?? body.form?.fields ?? task.fields ?? [];
  detail.hidden = false;
  document.getElementById('task-title').textContent = task.title;
  document.getElementById('task-meta').replaceChildren(badge(task.status), ` · since ${formatTime(task.createdAt)}`,
    task.businessObjectType === 'order'
      ? el('span', {}, ' · ', el('a', { href: `/app/orders.html?id=${encodeURIComponent(task.businessObjectId)}` }, 'Open the order'))
      : null);
  document.getElementById('task-fields').replaceChildren(...fields.map(control));
  document.getElementById('task-title').focus();
}

bindForm(form, async (values) => {
  const variables = {};
  const missing = [];
  for (const field of fields) {
    const input = form.elements.namedItem(field.name);
    if (field.type === 'BOOLEAN') variables[field.name] = input.checked;
    else if (values[field.name] === '') {
      if (field.required) missing.push({ field: field.name, message: 'is required' });
    } else variables[field.name] = field.type === 'NUMBER' ? Number(values[field.name]) : values[field.name];
  }
  if (missing.length) throw new Problem(400, { title: 'Please fill in the required fields', errors: missing });
  await api(`/api/v1/tasks/${encodeURIComponent(task.id)}/complete`, { method: 'POST', body: { variables } });
  detail.hidden = true;
  notify(`Done: ${task.title}.`);
  await loadTasks();
});

document.getElementById('tasks-refresh').addEventListener('click', loadTasks);
await loadTasks();
