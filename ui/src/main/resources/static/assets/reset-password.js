// Reset password: the single-use token from the mailed link plus the new password.
import { api, bindForm, requireSame, tokenInto } from './api.js';

const form = document.getElementById('reset');

if (tokenInto(form, 'password reset')) {
  bindForm(form, async (values) => {
    requireSame(values, 'newPassword', 'confirmPassword');
    await api('/api/v1/auth/password-reset/confirm', {
      method: 'POST', body: { token: values.token, newPassword: values.newPassword }, auth: false,
    });
    location.assign('/app/login.html?reset=1');
  });
}
