// Orders: the list with status, channel and date filters and paging; one order's lines, totals and
// timeline with the staff actions its status allows (ship, confirm delivery, record a manual
// payment, cancel with a reason). Every refusal is shown as the server's problem details.
import {
  api, badge, bindForm, count, el, formatTime, initShell, money, notify, pagedList, roles, showError,
  table,
} from './api.js';

const me = await initShell();
const seesFlows = roles(me).some((role) => ['OWNER', 'ADMIN', 'MANAGER'].includes(role));

const PAGE_SIZE = 20;
const params = new URLSearchParams(location.search);
const listSection = document.getElementById('order-list-section');
const detail = document.getElementById('order-detail');
const list = document.getElementById('order-list');
const filters = document.getElementById('order-filters');

/** The start of a local calendar day as an instant, optionally some days later. */
function dayStart(date, plusDays = 0) {
  const day = new Date(`${date}T00:00:00`);
  day.setDate(day.getDate() + plusDays);
  return day.toISOString();
}

async function loadList(page) {
  const values = Object.fromEntries(new FormData(filters));
  const query = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
  if (values.status) query.set('status', values.status);
  if (values.channel) query.set('channel', values.channel);
  if (values.from) query.set('from', dayStart(values.from));
  if (values.to) query.set('to', dayStart(values.to, 1));
  const answer = await api(`/api/v1/orders?${query}`);
  const orders = answer.items ?? [];
  const total = answer.totalItems ?? orders.length;
  list.replaceChildren(orders.length
    ? table(`${count(total, 'order')}, newest first`, ['Order', 'Placed', 'Customer', 'Channel', 'Status', 'Total'],
      orders.map((o) => el('tr', { 'data-order': o.number },
        el('td', {}, el('a', { href: `/app/orders.html?id=${encodeURIComponent(o.id)}` }, `Order ${o.number}`)),
        el('td', {}, formatTime(o.placedAt)),
        el('td', {}, o.customerName ?? o.customer?.name ?? ''),
        el('td', {}, o.channel),
        el('td', {}, badge(o.status)),
        el('td', {}, money(o.totalMinor, o.currency)))))
    : el('p', {}, 'No orders match these filters.'));
  return total;
}

const orderList = pagedList({
  form: filters, list, size: PAGE_SIZE, load: loadList,
  previous: document.getElementById('previous-page'), next: document.getElementById('next-page'),
});

// ---- One order ----

const orderId = params.get('id');
const forms = {
  fulfil: document.getElementById('fulfil-form'),
  delivery: document.getElementById('delivery-form'),
  payment: document.getElementById('payment-form'),
  cancel: document.getElementById('cancel-form'),
};
// Which actions each status allows (the server decides; this only hides what cannot work).
const ACTIONS = {
  PENDING_PAYMENT: ['payment', 'cancel'],
  CONFIRMED: ['fulfil', 'cancel'],
  SHIPPED: ['delivery'],
};

function lineRows(lines, currency) {
  return lines.map((l) => [l.name, l.sku, String(l.quantity), money(l.unitPriceMinor, currency),
    money(l.netMinor, currency), money(l.taxMinor, currency), money(l.totalMinor, currency)]);
}

function facts(entries) {
  return el('dl', { class: 'facts' }, entries.filter(([, value]) => value !== undefined && value !== null && value !== '')
    .flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

async function loadOrder() {
  const body = await api(`/api/v1/orders/${encodeURIComponent(orderId)}`);
  const order = body.order ?? body;
  const lines = body.lines ?? order.lines ?? [];
  const customer = body.customer ?? order.customer ?? {};
  const timeline = body.timeline ?? order.timeline ?? [];
  const c = order.currency;
  document.getElementById('detail-title').textContent = `Order ${order.number}`;
  document.title = `Order ${order.number} — FlowPod`;
  const status = document.getElementById('order-status');
  status.replaceChildren(badge(order.status));
  status.dataset.status = order.status;
  document.getElementById('order-body').replaceChildren(
    el('h3', {}, 'Customer'),
    facts([['Name', customer.name], ['E-mail', customer.email], ['Phone', customer.phone],
      ['Channel', order.channel], ['Placed', formatTime(order.placedAt)]]),
    table('Lines', ['Product', 'SKU', 'Quantity', 'Unit price', 'Net', 'Tax', 'Total'], lineRows(lines, c)),
    facts([['Subtotal', money(order.subtotalMinor, c)], ['Tax', money(order.taxMinor, c)],
      ['Total', money(order.totalMinor, c)], ['Cost', money(order.costMinor, c)],
      ['Carrier', order.carrier], ['Tracking number', order.trackingNumber],
      ['Cancel reason', order.cancelReason]]),
    el('h3', {}, 'Timeline'),
    seesFlows
      ? el('p', {}, el('a', {
        href: `/app/ops.html?businessObjectType=order&businessObjectId=${encodeURIComponent(order.id)}#instances`,
      }, 'Its process instances in the ops console'))
      : '',
    timeline.length
      ? table('What happened, oldest first', ['When', 'What', 'Status', 'Why'],
        timeline.map((e) => [formatTime(e.occurredAt), e.kind, e.status, e.cause ?? '']))
      : el('p', {}, 'Nothing recorded yet.'));
  const allowed = ACTIONS[order.status] ?? [];
  Object.entries(forms).forEach(([name, form]) => { form.hidden = !allowed.includes(name); });
  return order;
}

async function showOrder() {
  listSection.hidden = true;
  detail.hidden = false;
  try {
    await loadOrder();
  } catch (problem) {
    showError(document.getElementById('order-body'), problem);
  }
}

/** Runs an action, then shows the order as it is now; problems stay next to the action's form. */
function action(form, path, bodyOf, done) {
  bindForm(form, async (values) => {
    notify('');
    await api(`/api/v1/orders/${encodeURIComponent(orderId)}/${path}`, { method: 'POST', body: bodyOf(values) });
    form.reset();
    await loadOrder();
    notify(done);
  });
}

if (orderId) {
  action(forms.fulfil, 'fulfilment', (v) => ({ carrier: v.carrier, trackingNumber: v.trackingNumber }), 'The order is shipped; the customer is told.');
  action(forms.delivery, 'delivery', () => ({}), 'Delivery confirmed.');
  action(forms.payment, 'manual-payment', () => ({}), 'Payment recorded; the order is confirmed once the flow takes it.');
  action(forms.cancel, 'cancel', (v) => ({ reason: v.reason }), 'The order is cancelled.');
  document.getElementById('order-refresh').addEventListener('click', () => showOrder());
  await showOrder();
} else {
  await orderList.show();
}
