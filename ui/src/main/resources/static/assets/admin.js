// Workspace admin: users and invitations, the embedded mailbox, the audit log.
import {
  api, bindForm, count, el, formatTime, initShell, linkify, roles, showError, table, titleCase,
} from './api.js';

const me = await initShell();
const myRoles = roles(me);
const mayAny = (...wanted) => wanted.some((role) => myRoles.includes(role));

const usersList = document.getElementById('users-list');
const mailbox = document.getElementById('mailbox');
const mailboxList = document.getElementById('mailbox-list');
const auditList = document.getElementById('audit-list');
const inviteForm = document.getElementById('invite');

async function loadUsers() {
  try {
    const page = await api('/api/v1/users?size=50');
    const users = page.items ?? [];
    users.forEach((u) => people.set(u.id, u.displayName ? `${u.displayName} <${u.email}>` : u.email));
    usersList.replaceChildren(table(count(page.totalItems ?? users.length, 'user'),
      ['Name', 'Email', 'Role', 'Since'],
      users.map((u) => [u.displayName, u.email, roles(u).map(titleCase).join(', '), formatTime(u.createdAt)])));
  } catch (problem) {
    showError(usersList, problem);
  }
}

const newestFirst = (a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt);

/** Loads the caught mails; the section stays hidden where there is no mailbox (404) or no access. */
async function loadMailbox() {
  try {
    const mails = [...((await api('/api/v1/dev/mailbox')).items ?? [])].sort(newestFirst);
    mailbox.hidden = false;
    mailboxList.replaceChildren(...(mails.length
      ? mails.map((mail) => el('article', { class: 'mail' },
        el('h3', {}, mail.subject),
        el('p', { class: 'muted' }, `To ${mail.to} · ${formatTime(mail.sentAt)}`),
        el('pre', {}, linkify(mail.text))))
      : [el('p', {}, 'No mail yet.')]));
    return mails;
  } catch (problem) {
    mailbox.hidden = problem.status === 404 || problem.status === 403;
    if (!mailbox.hidden) showError(mailboxList, problem);
    return null;
  }
}

const pause = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** Mail goes out after the invitation's transaction commits: refresh until it shows up (up to ~15 s). */
async function awaitMailTo(email) {
  for (let attempt = 0; attempt < 15; attempt++) {
    const mails = await loadMailbox();
    if (!mails || mails.some((mail) => String(mail.to).toLowerCase().includes(email.toLowerCase()))) return;
    await pause(1000);
  }
}

// User id -> "Name <email>", filled by loadUsers, so the audit log can say who acted.
const people = new Map();

function actor(userId) {
  if (!userId) return 'FlowPod';
  return people.get(userId) ?? `user ${userId.slice(0, 8)}`;
}

async function loadAudit() {
  try {
    const page = await api('/api/v1/audit-events?size=20');
    const events = page.items ?? [];
    auditList.replaceChildren(events.length
      ? table('Latest events, newest first', ['When', 'Who', 'What', 'Concerning'],
        events.map((e) => [formatTime(e.occurredAt), actor(e.actorUserId), e.action,
          e.targetType ? `${e.targetType} ${String(e.targetId ?? '').slice(0, 8)}` : '']))
      : el('p', {}, 'No events yet.'));
  } catch (problem) {
    showError(auditList, problem);
  }
}

bindForm(inviteForm, async (values) => {
  const status = document.getElementById('invite-status');
  status.textContent = '';
  const body = { email: values.email, role: values.role };
  if (values.displayName) body.displayName = values.displayName;
  await api('/api/v1/users/invitations', { method: 'POST', body });
  inviteForm.reset();
  status.textContent = `Invitation sent to ${values.email}.`;
  await Promise.all([awaitMailTo(values.email), loadAudit()]);
});

document.getElementById('mailbox-refresh').addEventListener('click', loadMailbox);
if (!myRoles.includes('OWNER')) inviteForm.querySelector('option[value="OWNER"]').remove();

// Only what the role may see is loaded (the server refuses the rest anyway).
await Promise.all([
  mayAny('OWNER', 'ADMIN', 'MANAGER') && loadUsers(),
  mayAny('OWNER', 'ADMIN', 'SUPER_ADMIN') && loadMailbox(),
]);
if (mayAny('OWNER', 'ADMIN')) await loadAudit();
