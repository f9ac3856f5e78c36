// Outbox (everything sent on every channel, with attempts) and the channel settings with a test send.
import {
  api, badge, bindForm, count, el, formatTime, initShell, pagedList, roles, showError, table,
} from './api.js';

const me = await initShell();
const myRoles = roles(me);
const mayAny = (...wanted) => wanted.some((role) => myRoles.includes(role));

const SIZE = 20;
const list = document.getElementById('outbox-list');
const detail = document.getElementById('outbox-detail');
const filter = document.getElementById('outbox-filter');

async function showMessage(id) {
  try {
    const m = await api(`/api/v1/messages/${encodeURIComponent(id)}`);
    detail.replaceChildren(el('article', { class: 'mail' },
      el('h3', {}, `${m.message.subject ?? m.message.template} — ${m.message.subjectRef}`),
      el('p', { class: 'muted' }, `${m.message.recipient} · ${m.message.template} · language ${m.language}`
        + ` · ${m.message.status}`),
      m.message.failure ? el('p', { class: 'alert error' }, m.message.failure) : null,
      el('pre', {}, m.text ?? ''),
      table('Delivery attempts',
        ['When', 'Channel', 'Outcome', 'Provider answer', 'Provider id', 'Reported by the provider'],
        m.attempts.map((a) => [formatTime(a.attemptedAt), a.channel, badge(a.outcome), a.detail ?? '',
          a.providerMessageId ?? '', a.providerStatus ?? '']))));
    detail.querySelector('h3')?.scrollIntoView?.({ block: 'nearest' });
  } catch (problem) {
    showError(detail, problem);
  }
}

async function loadPage(page) {
  const query = new URLSearchParams({ page, size: SIZE });
  const values = new FormData(filter);
  for (const name of ['channel', 'status']) {
    if (values.get(name)) query.set(name, values.get(name));
  }
  const result = await api(`/api/v1/messages?${query}`);
  const items = result.items ?? [];
  list.replaceChildren(items.length
    ? table(count(result.totalItems, 'message'),
      ['Created', 'Customer', 'About', 'Message', 'Channels', 'Status', ''],
      items.map((m) => [formatTime(m.createdAt), m.recipient, m.subjectRef, m.subject ?? m.template,
        m.sentChannel ?? m.channels.join(' → '),
        m.status === 'SCHEDULED' && m.sendAt ? `${m.status} until ${formatTime(m.sendAt)}` : badge(m.status),
        el('button', { type: 'button', class: 'link', onclick: () => showMessage(m.id) }, 'Attempts')]))
    : el('p', {}, 'Nothing sent yet.'));
  return result.totalItems ?? items.length;
}

const CHANNELS = {
  WHATSAPP: { label: 'WhatsApp', settings: ['phoneNumberId', 'businessAccountId'], secrets: ['accessToken'], address: 'WhatsApp number (wa_id), e.g. 393331234567' },
  TELEGRAM: { label: 'Telegram', settings: ['botUsername'], secrets: ['botToken', 'webhookSecret'], address: 'Telegram chat id' },
  EMAIL: { label: 'E-mail', settings: ['smtpHost', 'smtpPort', 'smtpFrom', 'smtpUsername'], secrets: ['smtpPassword'], address: 'E-mail address' },
  SMS: { label: 'SMS (Twilio)', settings: ['provider', 'accountSid', 'from'], secrets: ['authToken'], address: 'Phone number, e.g. +393331234567' },
};

function field(id, name, label, value, hint, type = 'text') {
  return el('div', {},
    el('label', { for: id }, label, hint ? el('span', { class: 'hint' }, ` ${hint}`) : null),
    el('input', { id, name, type, value: value ?? '', autocomplete: 'off', maxlength: '500' }));
}

function channelCard(view) {
  const shape = CHANNELS[view.channel];
  const key = view.channel.toLowerCase();
  const settingsForm = el('form', { id: `channel-${key}` },
    el('h3', {}, shape.label),
    el('div', { class: 'alert error', role: 'alert', tabindex: '-1', 'data-problem': true }),
    el('div', { class: 'alert ok', role: 'status' }),
    el('label', {}, el('input', { type: 'checkbox', name: 'enabled', checked: view.enabled }), ' Switched on'),
    el('div', { class: 'row' },
      shape.settings.map((name) => field(`${key}-${name}`, `settings.${name}`, name, view.settings[name])),
      shape.secrets.map((name) => field(`${key}-${name}`, `secrets.${name}`, name, '',
        view.secretHints[name] ? `(set: ${view.secretHints[name]})` : '(not set)', 'password'))),
    el('button', { type: 'submit' }, `Save ${shape.label}`));
  bindForm(settingsForm, async (values, form) => {
    const body = { enabled: form.elements.enabled.checked, settings: {}, secrets: {} };
    for (const [name, value] of Object.entries(values)) {
      if (name.startsWith('settings.')) body.settings[name.slice(9)] = value;
      if (name.startsWith('secrets.') && value) body.secrets[name.slice(8)] = value;
    }
    const saved = await api(`/api/v1/settings/channels/${key}`, { method: 'PUT', body });
    form.closest('.channel').replaceWith(channelCard(saved));
  });

  const testForm = el('form', { id: `test-${key}` },
    el('div', { class: 'alert error', role: 'alert', tabindex: '-1', 'data-problem': true }),
    el('div', { class: 'alert ok', role: 'status', 'data-result': true }),
    el('div', { class: 'row' }, field(`${key}-test-address`, 'address', 'Send a test message to', '', shape.address)),
    el('button', { type: 'submit', class: 'secondary' }, 'Send test message'));
  bindForm(testForm, async (values, form) => {
    const result = await api(`/api/v1/settings/channels/${key}/test-message`, { method: 'POST', body: { address: values.address } });
    form.querySelector('[data-result]').textContent = result.sent
      ? `Sent: ${result.detail}.` : `Not sent: ${result.detail}.`;
    if (mayAny('OWNER', 'ADMIN', 'MANAGER')) outbox?.show();
  });
  return el('div', { class: 'channel' }, settingsForm, testForm);
}

async function loadChannels() {
  const container = document.getElementById('channels-list');
  try {
    const views = await api('/api/v1/settings/channels');
    container.replaceChildren(...views.map(channelCard));
  } catch (problem) {
    showError(container, problem);
  }
}

let outbox = null;
if (mayAny('OWNER', 'ADMIN', 'MANAGER')) {
  outbox = pagedList({
    form: filter, list, size: SIZE, load: loadPage,
    previous: document.getElementById('outbox-previous'),
    next: document.getElementById('outbox-next'),
  });
  outbox.show();
}
if (mayAny('OWNER', 'ADMIN')) await loadChannels();
