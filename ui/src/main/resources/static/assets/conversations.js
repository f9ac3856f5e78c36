// Staff conversations: every customer's chat messages across channels in one thread (unanswered
// first), replies on the customer's channel, closing, and (managers) blocking a sender.
import {
  api, badge, bindForm, el, formatTime, initShell, notify, roles, showError, table,
} from './api.js';

const me = await initShell();
const isManager = roles(me).some((role) => ['OWNER', 'ADMIN', 'MANAGER'].includes(role));

const list = document.getElementById('conversation-list');
const onlyUnanswered = document.getElementById('only-unanswered');
const thread = document.getElementById('thread');
const form = document.getElementById('reply-form');
const CHANNELS = { WHATSAPP: 'WhatsApp', TELEGRAM: 'Telegram', EMAIL: 'E-mail', SMS: 'SMS' };
let current = null;

function channelBadge(channel) {
  return channel ? el('span', { class: `status channel-${channel}` }, CHANNELS[channel] ?? channel) : '';
}

function who(c) {
  return c.customerName ? `${c.customerName} (${c.customerRef})` : c.customerRef;
}

async function loadList() {
  try {
    const answer = await api(`/api/v1/conversations?size=50&unanswered=${onlyUnanswered.checked}`);
    const items = answer.items ?? [];
    list.replaceChildren(items.length
      ? table('Conversations, unanswered first', ['Customer', 'Status', 'Last message', 'Channel', ''],
        items.map((c) => el('tr', { 'data-conversation': c.id },
          el('td', {}, who(c)), el('td', {}, badge(c.status)),
          el('td', {}, formatTime(c.lastMessageAt), el('br'), el('span', { class: 'muted' }, c.preview ?? '')),
          el('td', {}, channelBadge(c.lastChannel)),
          el('td', {}, el('button', { type: 'button', onclick: () => openThread(c.id) }, 'Open')))))
      : el('p', {}, 'No conversations yet.'));
  } catch (problem) {
    showError(list, problem);
  }
}

function senderRow(sender) {
  const action = sender.blocked ? 'unblock' : 'block';
  return el('li', {}, channelBadge(sender.channel), ' ', sender.address, ' ',
    sender.blocked ? badge('BLOCKED') : null, ' ',
    isManager
      ? el('button', { type: 'button', class: 'secondary', onclick: () => toggleBlock(sender, action) },
        sender.blocked ? 'Unblock sender' : 'Block sender')
      : null);
}

function messageItem(m) {
  const from = m.direction === 'IN' ? 'Customer' : 'Staff reply';
  return el('li', { class: `message message-${m.direction.toLowerCase()}` },
    el('p', { class: 'muted' }, from, ' · ', channelBadge(m.channel), ' · ', formatTime(m.occurredAt)),
    el('p', {}, m.text ?? `(${m.type} message)`));
}

function render(body) {
  current = body.conversation;
  thread.hidden = false;
  document.getElementById('thread-title').textContent = `Conversation with ${who(current)}`;
  document.getElementById('thread-meta').replaceChildren(badge(current.status),
    ` · last message ${formatTime(current.lastMessageAt)}`);
  document.getElementById('thread-senders').replaceChildren(
    el('h3', {}, 'Writes from'), el('ul', {}, (body.senders ?? []).map(senderRow)));
  document.getElementById('thread-messages').replaceChildren(...(body.messages ?? []).map(messageItem));
}

async function openThread(id) {
  try {
    render(await api(`/api/v1/conversations/${encodeURIComponent(id)}`));
    document.getElementById('thread-title').focus();
  } catch (problem) {
    showError(list, problem);
  }
}

async function toggleBlock(sender, action) {
  try {
    await api(`/api/v1/chat-senders/${encodeURIComponent(sender.id)}/${action}`, { method: 'POST' });
    notify(action === 'block' ? 'Sender blocked: their messages are now ignored.' : 'Sender unblocked.');
    await openThread(current.id);
  } catch (problem) {
    showError(document.getElementById('thread-senders'), problem);
  }
}

bindForm(form, async (values) => {
  const body = { text: values.text };
  if (values.channel) body.channel = values.channel;
  render(await api(`/api/v1/conversations/${encodeURIComponent(current.id)}/replies`,
    { method: 'POST', body }));
  form.elements.namedItem('text').value = '';
  notify('Reply sent.');
  await loadList();
});

document.getElementById('close-conversation').addEventListener('click', async () => {
  try {
    await api(`/api/v1/conversations/${encodeURIComponent(current.id)}/close`, { method: 'POST' });
    notify('Conversation closed; the customer\'s next message reopens it.');
    await openThread(current.id);
    await loadList();
  } catch (problem) {
    showError(document.getElementById('thread-meta'), problem);
  }
});

document.getElementById('list-refresh').addEventListener('click', loadList);
onlyUnanswered.addEventListener('change', loadList);
await loadList();
