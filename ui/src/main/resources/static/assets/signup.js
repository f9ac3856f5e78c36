// Sign-up: a new workspace and its owner, with workspace defaults taken from the browser.
import { api, bindForm, tokens } from './api.js';

const form = document.getElementById('signup');
const language = navigator.language || 'en';

// A few regions whose currency is not the euro; anyone else picks from the list.
const CURRENCIES = {
  US: 'USD', GB: 'GBP', CH: 'CHF', JP: 'JPY', CA: 'CAD', AU: 'AUD', NZ: 'NZD', IN: 'INR', SE: 'SEK',
  NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', HU: 'HUF', KW: 'KWD', BR: 'BRL', MX: 'MXN', ZA: 'ZAR',
};

function region(tag) {
  try {
    return new Intl.Locale(tag).maximize().region;
  } catch {
    return undefined;
  }
}

function fillList(id, values) {
  document.getElementById(id).append(...values.map((value) => new Option(value)));
}

/** "Café Zürich & Co" -> "cafe-zurich-co" */
function slugOf(name) {
  return name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
}

form.timeZone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
form.currency.value = CURRENCIES[region(language)] || 'EUR';
form.locale.value = language;
if (Intl.supportedValuesOf) {
  fillList('time-zones', Intl.supportedValuesOf('timeZone'));
  fillList('currencies', Intl.supportedValuesOf('currency'));
}

// The short name follows the workspace name until the user edits it.
let slugEdited = false;
form.workspaceSlug.addEventListener('input', () => { slugEdited = true; });
form.workspaceName.addEventListener('input', () => {
  if (!slugEdited) form.workspaceSlug.value = slugOf(form.workspaceName.value);
});

bindForm(form, async (values) => {
  tokens.save(await api('/api/v1/auth/signup', { method: 'POST', body: values, auth: false }));
  location.assign('/app/admin.html');
});
