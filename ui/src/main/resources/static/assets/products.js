// Products: the catalog with search and paging, create and edit (price, cost, tax in the workspace's
// currency), stock levels and adjustments, the product's reorder rule and its demand forecast.
import {
  api, bindForm, count, el, formatTime, fromMinor, initShell, money, notify, pagedList, Problem, roles, showError, table,
  toMinor,
} from './api.js';

const me = await initShell();
const mayEdit = roles(me).some((role) => ['OWNER', 'ADMIN', 'MANAGER'].includes(role));

const PAGE_SIZE = 20;
const list = document.getElementById('product-list');
const filters = document.getElementById('product-filters');
const editor = document.getElementById('product-editor');
const form = document.getElementById('product-form');
const extras = document.getElementById('product-extras');
let current = null; // the product being edited (null: a new one)
let workspaceCurrency = null;
// Staff read products and stock; changing them is for managers and above (the server agrees).
document.querySelectorAll('#stock-form, #reorder-form button[type=submit]').forEach((node) => { node.hidden = !mayEdit; });

/** Available stock over every location, or '' when it cannot be read. */
async function available(productId) {
  try {
    const levels = (await api(`/api/v1/stock?productId=${encodeURIComponent(productId)}`)).items ?? [];
    return String(levels.reduce((sum, level) => sum + level.available, 0));
  } catch {
    return '';
  }
}

async function loadList(page) {
  const values = Object.fromEntries(new FormData(filters));
  const query = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE), sort: 'name,asc' });
  if (values.q) query.set('q', values.q.trim());
  if (values.active) query.set('active', values.active);
  const answer = await api(`/api/v1/products?${query}`);
  const products = answer.items ?? [];
  workspaceCurrency ??= products[0]?.currency ?? null;
  const stock = await Promise.all(products.map((p) => (p.kind === 'PRODUCT' ? available(p.id) : '')));
  list.replaceChildren(products.length
    ? table(count(answer.totalItems ?? products.length, 'product'),
      ['Name', 'SKU', 'Category', 'Price', 'Available', 'Status'],
      products.map((p, i) => el('tr', { 'data-sku': p.sku },
        el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => openProduct(p.id) }, p.name)),
        el('td', {}, p.sku), el('td', {}, p.category ?? ''), el('td', {}, money(p.priceMinor, p.currency)),
        el('td', {}, stock[i]), el('td', {}, p.active ? 'Active' : 'Archived'))))
    : el('p', {}, 'No products match.'));
  return answer.totalItems ?? products.length;
}

const productList = pagedList({
  form: filters, list, size: PAGE_SIZE, load: loadList,
  previous: document.getElementById('previous-page'), next: document.getElementById('next-page'),
});

async function currencyOfWorkspace() {
  if (!workspaceCurrency) workspaceCurrency = (await api('/api/v1/dashboard')).currency;
  return workspaceCurrency;
}

function fill(product) {
  const c = product?.currency ?? workspaceCurrency ?? 'EUR';
  form.elements.sku.value = product?.sku ?? '';
  form.elements.name.value = product?.name ?? '';
  form.elements.category.value = product?.category ?? '';
  form.elements.description.value = product?.description ?? '';
  form.elements.price.value = product ? fromMinor(product.priceMinor, c) : '';
  form.elements.cost.value = product?.costMinor != null ? fromMinor(product.costMinor, c) : '';
  form.elements.taxRate.value = product ? String(product.taxRateBasisPoints / 100) : '0';
  form.elements.kind.value = product?.kind ?? 'PRODUCT';
  form.querySelectorAll('input, textarea, select, button[type=submit]').forEach((control) => { control.disabled = !mayEdit; });
}

async function openProduct(id) {
  notify('');
  editor.hidden = false;
  current = id ? await api(`/api/v1/products/${encodeURIComponent(id)}`) : null;
  document.getElementById('editor-title').textContent = current ? current.name : 'New product';
  fill(current);
  extras.hidden = !current;
  if (current) await Promise.all([loadStock(), loadReorderRule(), loadForecast(), loadReplenishments()]);
  document.getElementById('editor-title').focus();
}

function fieldProblem(field, message) {
  return new Problem(400, { title: 'Please check the form', errors: [{ field, message }] });
}

function amount(text, field, currency, required) {
  if (!text && !required) return null;
  const minor = toMinor(text, currency);
  if (Number.isNaN(minor)) throw fieldProblem(field, 'must be an amount such as 12.50');
  return minor;
}

bindForm(form, async (values) => {
  const currency = current?.currency ?? await currencyOfWorkspace();
  const taxPercent = toMinor(values.taxRate || '0', 'EUR'); // percent with 2 decimals = basis points
  if (Number.isNaN(taxPercent)) throw fieldProblem('taxRate', 'must be a percentage such as 19 or 7.5');
  const body = {
    sku: values.sku, name: values.name, description: values.description || null,
    category: values.category || null, kind: values.kind,
    priceMinor: amount(values.price, 'price', currency, true),
    costMinor: amount(values.cost, 'cost', currency, false),
    taxRateBasisPoints: taxPercent,
    imageUrls: current?.imageUrls ?? [], active: current?.active ?? true,
    customFields: current?.customFields ?? {},
  };
  const saved = current
    ? await api(`/api/v1/products/${encodeURIComponent(current.id)}`, {
      method: 'PUT', body, headers: { 'If-Match': `"${current.version}"` },
    })
    : await api('/api/v1/products', { method: 'POST', body });
  await Promise.all([openProduct(saved.id), productList.reload()]);
  notify(`Saved ${saved.name}.`);
});

// ---- Stock ----

async function loadStock() {
  const target = document.getElementById('stock-levels');
  try {
    const levels = (await api(`/api/v1/stock?productId=${encodeURIComponent(current.id)}`)).items ?? [];
    target.replaceChildren(table('Stock per location', ['Location', 'On hand', 'Reserved', 'Available'],
      levels.map((l) => [l.locationName, String(l.onHand), String(l.reserved), String(l.available)])));
  } catch (problem) {
    showError(target, problem);
  }
}

async function loadReplenishments() {
  const target = document.getElementById('replenishments');
  try {
    const items = (await api(`/api/v1/replenishments?productId=${encodeURIComponent(current.id)}&size=10`)).items ?? [];
    target.replaceChildren(items.length
      ? table('Latest replenishments, newest first', ['Status', 'Quantity', 'Supplier', 'Expected', 'Requested'],
        items.map((r) => [r.late ? `${r.status} (late)` : r.status, String(r.quantityOrdered ?? r.reorderQuantity),
          r.supplier ?? '', formatTime(r.expectedAt), formatTime(r.requestedAt)]))
      : el('p', {}, 'No replenishment yet: one is requested when stock falls to the rule\'s threshold.'));
  } catch (problem) {
    showError(target, problem);
  }
}

bindForm(document.getElementById('stock-form'), async (values, stockForm) => {
  await api('/api/v1/stock/adjustments', {
    method: 'POST',
    body: { productId: current.id, quantityDelta: Number(values.quantityDelta), kind: values.kind, reason: values.reason },
  });
  stockForm.reset();
  await Promise.all([loadStock(), productList.reload()]);
  notify('Stock adjusted.');
});

// ---- Reorder rule and forecast: shapes owned by inventory, shown field by field ----

const SKIP = new Set(['productId', 'tenantId', 'id', 'version', 'createdAt', 'updatedAt']);
const DEFAULT_RULE = { threshold: null, reorderQuantity: null, leadTimeDays: null };
const reorderForm = document.getElementById('reorder-form');
let ruleShape = {};

/** Numbers as people read them: fractions (expected quantities, errors) to two decimals. */
function shown(value) {
  return typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(2) : String(value ?? '');
}

function words(name) {
  const text = name.replace(/([A-Z])/g, ' $1').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

async function loadReorderRule() {
  let rule;
  try {
    rule = await api(`/api/v1/products/${encodeURIComponent(current.id)}/reorder-rule`);
  } catch (problem) {
    if (problem.status !== 404) {
      showError(document.getElementById('reorder-fields'), problem);
      return;
    }
    rule = DEFAULT_RULE;
  }
  ruleShape = rule ?? DEFAULT_RULE;
  document.getElementById('reorder-fields').replaceChildren(...Object.entries(ruleShape)
    .filter(([name, value]) => !SKIP.has(name) && (value === null || typeof value !== 'object'))
    .map(([name, value]) => {
      const id = `rule-${name}`;
      const input = typeof value === 'boolean'
        ? el('input', { id, name, type: 'checkbox', checked: value, disabled: !mayEdit })
        : el('input', {
          id, name, value: value ?? '', type: typeof value === 'string' ? 'text' : 'number', min: 0, step: 1,
          required: true, disabled: !mayEdit,
        });
      return el('div', {}, el('label', { for: id }, words(name)), input);
    }));
}

bindForm(reorderForm, async (values) => {
  const body = {};
  for (const [name, original] of Object.entries(ruleShape)) {
    if (SKIP.has(name) || !(name in values)) continue;
    const control = reorderForm.elements.namedItem(name);
    if (control.type === 'checkbox') body[name] = control.checked;
    else if (typeof original === 'string') body[name] = values[name];
    else body[name] = values[name] === '' ? null : Number(values[name]);
  }
  await api(`/api/v1/products/${encodeURIComponent(current.id)}/reorder-rule`, { method: 'PUT', body });
  await loadReorderRule();
  notify('Reorder rule saved.');
});

/** A JSON value as the page shows it: scalars as a list of facts, arrays of objects as a table. */
function render(value, caption) {
  if (Array.isArray(value)) {
    if (!value.length) return el('p', {}, 'No data yet.');
    const columns = Object.keys(value[0]);
    return table(caption, columns.map(words), value.map((row) => columns.map((c) => shown(row[c]))));
  }
  const scalars = Object.entries(value ?? {}).filter(([, v]) => v === null || typeof v !== 'object');
  const nested = Object.entries(value ?? {}).filter(([, v]) => v !== null && typeof v === 'object');
  return el('div', {},
    el('dl', { class: 'facts' }, scalars.flatMap(([k, v]) => [el('dt', {}, words(k)), el('dd', {}, shown(v))])),
    nested.map(([k, v]) => render(v, words(k))));
}

async function loadForecast() {
  const target = document.getElementById('forecast');
  if (!mayEdit) {
    target.replaceChildren(el('p', { class: 'muted' }, 'Forecasts are for managers.'));
    return;
  }
  try {
    target.replaceChildren(render(await api(`/api/v1/products/${encodeURIComponent(current.id)}/forecast`), 'Forecast'));
  } catch (problem) {
    showError(target, problem);
  }
}

document.getElementById('new-product').addEventListener('click', () => openProduct(null));
document.getElementById('close-editor').addEventListener('click', () => { editor.hidden = true; });

await productList.show();
const wanted = new URLSearchParams(location.search).get('id');
if (wanted) await openProduct(wanted).catch((problem) => showError(list, problem));
