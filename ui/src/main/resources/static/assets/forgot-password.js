// Forgot password: asks for a reset mail. The answer never tells whether the email has an account.
import { api, bindForm, notify } from './api.js';

const form = document.getElementById('forgot');

bindForm(form, async (values) => {
  await api('/api/v1/auth/password-reset', { method: 'POST', body: { email: values.email }, auth: false });
  form.reset();
  notify(`If an account uses ${values.email}, a reset link is on its way. It works once and expires soon.`);
});
