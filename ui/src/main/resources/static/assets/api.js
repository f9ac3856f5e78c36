// FlowPod's tiny API client: tokens in sessionStorage (gone when the tab closes), bearer auth, one
// token refresh on 401, and RFC 9457 problem details shown to the user next to the inputs they concern.

const TOKENS = 'flowpod.tokens';
const LOGIN = '/app/login.html';

/** The signed-in session's tokens. */
export const tokens = {
  get() {
    try {
      return JSON.parse(sessionStorage.getItem(TOKENS));
    } catch {
      return null;
    }
  },
  save({ accessToken, refreshToken }) {
    sessionStorage.setItem(TOKENS, JSON.stringify({ accessToken, refreshToken }));
  },
  clear() {
    sessionStorage.removeItem(TOKENS);
  },
};

/** An RFC 9457 problem the server (or this client) answered with. */
export class Problem extends Error {
  constructor(status, body = {}) {
    super(body.detail || body.title || `Request failed (${status})`);
    this.status = status;
    this.title = body.title || 'Something went wrong';
    this.detail = body.detail || '';
    this.errors = Array.isArray(body.errors) ? body.errors : [];
    this.requestId = body.requestId;
  }
}

async function problemOf(response) {
  let body = {};
  try {
    body = await response.json();
  } catch {
    body = { title: response.statusText || 'Request failed', detail: `The server answered ${response.status}.` };
  }
  const retryAfter = response.headers.get('Retry-After');
  if (response.status === 429 && retryAfter) {
    body.detail = `${body.detail || 'Too many requests.'} Try again in ${retryAfter} s.`;
  }
  return new Problem(response.status, body);
}

// Refresh tokens rotate and a reused one revokes the session, so concurrent 401s share one refresh.
let refreshing = null;

function refresh() {
  const refreshToken = tokens.get()?.refreshToken;
  if (!refreshToken) return Promise.resolve(false);
  refreshing ??= fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ refreshToken }),
  })
    .then(async (response) => {
      if (!response.ok) return false;
      tokens.save(await response.json());
      return true;
    })
    .catch(() => false)
    .finally(() => { refreshing = null; });
  return refreshing;
}

/** Sends the browser to the login page, coming back here afterwards. */
export function toLogin() {
  tokens.clear();
  location.assign(`${LOGIN}?next=${encodeURIComponent(location.pathname + location.search)}`);
}

/**
 * Calls the API and answers the parsed JSON body (null when there is none). Throws a {@link Problem}
 * for any non-2xx answer. With auth, a 401 triggers one refresh and retry, then the login page.
 */
export async function api(path, {
  method = 'GET', body, auth = true, retried = false, headers: extra = {},
} = {}) {
  const headers = { Accept: 'application/json, application/problem+json', ...extra };
  // FormData (file uploads) goes as multipart; the browser sets its Content-Type with the boundary.
  const multipart = body instanceof FormData;
  if (body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  const accessToken = tokens.get()?.accessToken;
  if (auth && accessToken) headers.Authorization = `Bearer ${accessToken}`;
  const response = await fetch(path, {
    method, headers, body: body === undefined || multipart ? body : JSON.stringify(body),
  });
  if (auth && response.status === 401) {
    if (!retried && await refresh()) {
      return api(path, { method, body, auth, retried: true, headers: extra });
    }
    toLogin();
    throw new Problem(401, { title: 'Session expired', detail: 'Please log in again.' });
  }
  if (!response.ok) throw await problemOf(response);
  const type = response.headers.get('Content-Type') || '';
  return response.status !== 204 && type.includes('json') ? response.json() : null;
}

/** Small DOM builder: attributes and text are set as properties and text nodes, never parsed as HTML. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children.flat().filter((child) => child !== undefined && child !== null));
  return node;
}

/**
 * A captioned table in a scrollable region (tables scroll sideways on phones, not the page). Rows are
 * arrays of cells (text or nodes) or ready-made tr elements.
 */
export function table(caption, headers, rows) {
  return el('div', { class: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: '0' },
    el('table', {},
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows.map((row) => (Array.isArray(row)
        ? el('tr', {}, row.map((cell) => el('td', {}, cell ?? '')))
        : row)))));
}

/** "1 user", "3 users". */
export function count(n, noun) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Plain text with its http(s) links made clickable. */
export function linkify(text) {
  const parts = String(text ?? '').split(/(https?:\/\/[^\s<>"]+)/g);
  return parts.map((part, i) => (i % 2 ? el('a', { href: part }, part) : part));
}

/** An amount in minor units as the browser's locale writes it in that currency ("€12.50"). */
export function money(minor, currency) {
  if (minor === null || minor === undefined || !currency) return '';
  const format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits;
  return format.format(Number(minor) / 10 ** digits);
}

/** The minor units of a decimal amount as typed ("12.5" in EUR -> 1250); NaN when it is not one. */
export function toMinor(text, currency) {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(String(text).trim());
  if (!match || (match[2] || '').length > digits) return NaN;
  return Number(match[1]) * 10 ** digits + Number((match[2] || '').padEnd(digits, '0') || 0);
}

/** The decimal form of minor units for an input ("1250" in EUR -> "12.50"). */
export function fromMinor(minor, currency) {
  if (minor === null || minor === undefined) return '';
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  const text = String(minor).padStart(digits + 1, '0');
  return digits ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
}

/** A status word as a coloured badge. */
export function badge(value) {
  return el('span', { class: `status status-${value}` }, String(value ?? '').replace(/_/g, ' '));
}

let timeZone;

/** Renders an instant in the workspace's time zone (the browser's until it is known). */
export function formatTime(iso) {
  if (!iso) return '';
  const options = { dateStyle: 'medium', timeStyle: 'medium' };
  try {
    return new Date(iso).toLocaleString(undefined, { ...options, timeZone });
  } catch {
    return new Date(iso).toLocaleString(undefined, options);
  }
}

/** The control a problem's field name refers to: by name, or by a data-problem-field alias. */
function controlFor(form, field) {
  const byName = form.elements?.namedItem(field);
  if (byName instanceof Element) return byName;
  return [...(form.elements || [])].find((c) => c.dataset.problemField?.split(' ').includes(field));
}

function labelOf(control) {
  return control.labels?.[0]?.firstChild?.textContent?.trim() || control.name;
}

/** Removes the messages of an earlier {@link showProblem}. */
export function clearProblem(form) {
  form.querySelectorAll('.field-error').forEach((node) => node.remove());
  form.querySelectorAll('[aria-invalid]').forEach((control) => {
    control.removeAttribute('aria-invalid');
    const original = control.dataset.describedby;
    if (original) control.setAttribute('aria-describedby', original);
    else control.removeAttribute('aria-describedby');
  });
  const alert = form.querySelector('[data-problem]');
  if (alert) alert.replaceChildren();
}

/** Shows a problem: title and detail in the form's alert, each field error next to its input. */
export function showProblem(form, problem) {
  clearProblem(form);
  const unplaced = [];
  let first;
  for (const { field, message } of problem.errors) {
    const control = field && controlFor(form, field);
    if (!control || control.type === 'hidden') {
      unplaced.push(field && field !== '$' ? `${field}: ${message}` : message);
      continue;
    }
    const id = `${control.id || control.name}-error`;
    control.insertAdjacentElement('afterend', el('p', { class: 'field-error', id }, `${labelOf(control)} ${message}`));
    control.dataset.describedby = control.getAttribute('aria-describedby') || '';
    control.setAttribute('aria-describedby', `${control.dataset.describedby} ${id}`.trim());
    control.setAttribute('aria-invalid', 'true');
    first ??= control;
  }
  const alert = form.querySelector('[data-problem]');
  if (alert) {
    alert.replaceChildren(...[
      el('p', {}, el('strong', {}, problem.title)),
      problem.detail && el('p', {}, problem.detail),
      unplaced.length && el('ul', {}, unplaced.map((text) => el('li', {}, text))),
      problem.requestId && el('p', { class: 'muted' }, `Request id: ${problem.requestId}`),
    ].filter(Boolean));
  }
  (first || alert)?.focus?.();
}

/** The form's values by name; text is trimmed, passwords are taken exactly as typed. */
export function formValues(form) {
  const values = {};
  for (const control of form.elements) {
    if (!control.name || control.disabled) continue;
    values[control.name] = control.type === 'password' ? control.value : control.value.trim();
  }
  return values;
}

/**
 * Runs the handler on submit with the form's values, with the submit button disabled meanwhile, and
 * shows whatever problem it throws.
 */
export function bindForm(form, handler) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const button = form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    try {
      await handler(formValues(form), form);
    } catch (error) {
      showProblem(form, error instanceof Problem
        ? error
        : new Problem(0, { title: 'The server could not be reached', detail: error.message }));
    } finally {
      if (button) button.disabled = false;
    }
  });
}

/**
 * A filtered list in pages: submitting the filter form goes back to the first page, Previous and Next
 * move one page, and a failed load is shown in the list. {@code load(page)} renders one page and
 * answers how many items all pages hold.
 */
export function pagedList({ form, list, previous, next, size, load }) {
  let page = 0;
  const reload = async () => {
    const total = await load(page);
    previous.disabled = page === 0;
    next.disabled = (page + 1) * size >= total;
  };
  const show = () => reload().catch((problem) => showError(list, problem));
  bindForm(form, async () => {
    page = 0;
    await reload();
  });
  previous.addEventListener('click', () => { page = Math.max(0, page - 1); show(); });
  next.addEventListener('click', () => { page += 1; show(); });
  return { reload, show };
}

/** Throws a field problem unless the two password fields hold the same value. */
export function requireSame(values, field, confirmation) {
  if (values[field] !== values[confirmation]) {
    throw new Problem(400, {
      title: 'The passwords differ',
      errors: [{ field: confirmation, message: 'does not match the password above' }],
    });
  }
}

/** The page's ?token= value, put into the form; without one, the form explains and stays disabled. */
export function tokenInto(form, what) {
  const token = new URLSearchParams(location.search).get('token');
  if (token) {
    form.elements.token.value = token;
    return true;
  }
  showProblem(form, new Problem(400, {
    title: 'This link is incomplete',
    detail: `Open the ${what} link from your mail again, or ask for a new one.`,
  }));
  form.querySelectorAll('input, button').forEach((control) => { control.disabled = true; });
  return false;
}

/** Shows a short confirmation in the page's status area. */
export function notify(text) {
  const notice = document.getElementById('notice');
  if (notice) notice.textContent = text;
}

/** Where to go after logging in: a same-origin app page from ?next=, else the user's home page. */
export function homeFor(me, next = new URLSearchParams(location.search).get('next')) {
  if (next && /^\/app\/[\w-]+\.html(\?[^#]*)?$/.test(next) && !next.startsWith(LOGIN)) return next;
  return roles(me).includes('SUPER_ADMIN') ? '/app/tenants.html' : '/app/admin.html';
}

/** Role names without any ROLE_ prefix. */
export function roles(me) {
  const list = me?.roles ?? (me?.role ? [me.role] : []);
  return list.map((role) => String(role).replace(/^ROLE_/, ''));
}

/** Revokes the refresh token and forgets the session. */
export async function logout() {
  const current = tokens.get();
  tokens.clear();
  if (current?.refreshToken) {
    await fetch('/api/v1/auth/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${current.accessToken}` },
      body: JSON.stringify({ refreshToken: current.refreshToken }),
    }).catch(() => null);
  }
  location.assign(`${LOGIN}?loggedOut=1`);
}

/**
 * Sets up a signed-in page: sends visitors without a session to login, wires Log out, fills the
 * workspace header and shows role-specific links. Answers the current user (GET /api/v1/auth/me).
 */
export async function initShell() {
  if (!tokens.get()) {
    toLogin();
    return new Promise(() => {});
  }
  document.querySelectorAll('[data-logout]').forEach((b) => b.addEventListener('click', logout));
  let me;
  try {
    me = await api('/api/v1/auth/me');
  } catch (problem) {
    const alert = el('div', { class: 'alert error', role: 'alert' });
    document.querySelector('main').prepend(alert);
    showError(alert, problem);
    throw problem;
  }
  timeZone = me.timeZone || undefined;
  const userRoles = roles(me);
  document.querySelectorAll('[data-workspace]').forEach((node) => { node.textContent = me.tenantName || 'FlowPod'; });
  document.querySelectorAll('[data-user]').forEach((node) => {
    node.textContent = `${me.displayName || me.email} · ${userRoles.map(titleCase).join(', ')}`;
  });
  document.querySelectorAll('[data-role]').forEach((node) => {
    node.hidden = !node.dataset.role.split(' ').some((role) => userRoles.includes(role));
  });
  return me;
}

/** OWNER -> Owner, SUPER_ADMIN -> Super admin. */
export function titleCase(name) {
  const words = String(name).toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Shows a section-level problem (a list that failed to load) in the given container. */
export function showError(container, problem) {
  container.replaceChildren(el('div', { class: 'alert error', role: 'alert' },
    el('p', {}, el('strong', {}, problem.title || 'Something went wrong')),
    problem.detail ? el('p', {}, problem.detail) : null));
}
