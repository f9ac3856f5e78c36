// Login: tokens into the session, then the page the user came from or their home page.
import { api, bindForm, homeFor, notify, tokens } from './api.js';

const form = document.getElementById('login');
const params = new URLSearchParams(location.search);

if (params.has('loggedOut')) notify('You are logged out.');
if (params.has('reset')) notify('Your password was changed. Log in with the new one.');
if (params.get('email')) form.email.value = params.get('email');

bindForm(form, async (values) => {
  tokens.save(await api('/api/v1/auth/login', { method: 'POST', body: values, auth: false }));
  location.assign(homeFor(await api('/api/v1/auth/me')));
});
