// Dashboard: today's orders, this month's revenue and profit, top products, low stock, and revenue of
// the last 30 days as an inline SVG bar chart (no chart library).
import { api, el, initShell, money, showError, table } from './api.js';

const me = await initShell();
if (me.tenantSlug) {
  document.getElementById('shop-link').replaceChildren('Your storefront: ',
    el('a', { href: `/shop/${encodeURIComponent(me.tenantSlug)}` }, `/shop/${me.tenantSlug}`));
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([key, value]) => node.setAttribute(key, value));
  node.append(...children);
  return node;
}

function figure(label, value, id) {
  return el('div', { class: 'figure' }, el('dt', {}, label), el('dd', { id }, value));
}

/** Bars per day scaled to the best day; each bar has a title (tooltip) and the chart a text summary. */
function chart(days, currency) {
  const width = 600;
  const height = 200;
  const pad = 24;
  const best = Math.max(1, ...days.map((d) => d.revenueMinor));
  const slot = (width - pad) / Math.max(1, days.length);
  const total = days.reduce((sum, d) => sum + d.revenueMinor, 0);
  const summary = `Revenue over the last ${days.length} days: ${money(total, currency)} in total, `
    + `best day ${money(best === 1 && total === 0 ? 0 : best, currency)}.`;
  const bars = days.map((d, i) => {
    const h = Math.round((d.revenueMinor / best) * (height - pad * 2));
    return svg('rect', {
      x: (pad + i * slot + 1).toFixed(1), y: height - pad - h, width: Math.max(1, slot - 2).toFixed(1),
      height: Math.max(h, d.revenueMinor > 0 ? 1 : 0), class: 'bar', 'data-day': d.day,
    }, svg('title', {}, `${d.day}: ${money(d.revenueMinor, currency)} (${d.orders} orders)`));
  });
  const first = days[0]?.day ?? '';
  const last = days[days.length - 1]?.day ?? '';
  return el('figure', { class: 'chart' },
    svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': summary, id: 'revenue-svg' },
      svg('line', { x1: pad, y1: height - pad, x2: width, y2: height - pad, class: 'axis' }),
      svg('text', { x: pad, y: 14, class: 'label' }, money(best === 1 && total === 0 ? 0 : best, currency)),
      svg('text', { x: pad, y: height - 6, class: 'label' }, first),
      svg('text', { x: width, y: height - 6, class: 'label', 'text-anchor': 'end' }, last),
      ...bars),
    el('figcaption', { class: 'muted' }, summary));
}

async function load() {
  try {
    const view = await api('/api/v1/dashboard');
    const c = view.currency;
    document.getElementById('figures').replaceChildren(
      figure('Orders today', String(view.ordersToday), 'orders-today'),
      figure('Revenue today', money(view.revenueTodayMinor, c), 'revenue-today'),
      figure('Revenue this month', money(view.monthRevenueMinor, c), 'revenue-month'),
      figure('Profit this month', money(view.monthProfitMinor, c), 'profit-month'),
      figure('Paid orders this month', String(view.monthOrders), 'orders-month'));
    document.getElementById('revenue-chart').replaceChildren(chart(view.revenueLast30Days, c));
    document.getElementById('top-products').replaceChildren(view.topProducts.length
      ? table('Best sellers by quantity', ['Product', 'SKU', 'Sold', 'Revenue'],
        view.topProducts.map((p) => [p.name, p.sku, String(p.quantity), money(p.revenueMinor, c)]))
      : el('p', {}, 'No sales this month yet.'));
    document.getElementById('low-stock').replaceChildren(
      el('p', { class: 'muted' }, 'Active products at or below their reorder threshold '
        + `(${view.lowStockThreshold} for products without a reorder rule).`),
      view.lowStock.length
        ? table('Products to restock', ['Product', 'SKU', 'Available', 'Threshold'],
          view.lowStock.map((p) => [el('a', { href: `/app/products.html?id=${encodeURIComponent(p.productId)}` }, p.name),
            p.sku, String(p.available), String(p.threshold)]))
        : el('p', {}, 'Nothing is running low.'));
  } catch (problem) {
    showError(document.getElementById('dashboard-error'), problem);
  }
}

await load();
