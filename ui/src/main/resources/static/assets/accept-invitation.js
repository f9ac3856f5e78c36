// Accept an invitation: the token from the mailed link, a display name and a password.
import { api, bindForm, requireSame, tokenInto, tokens } from './api.js';

const form = document.getElementById('accept');

if (tokenInto(form, 'invitation')) {
  bindForm(form, async ({ token, displayName, password, confirmPassword }) => {
    requireSame({ password, confirmPassword }, 'password', 'confirmPassword');
    const answer = await api('/api/v1/auth/invitations/accept', {
      method: 'POST', body: { token, displayName, password }, auth: false,
    });
    if (answer?.accessToken) {
      tokens.save(answer);
      location.assign('/app/admin.html');
    } else {
      const email = answer?.email ? `&email=${encodeURIComponent(answer.email)}` : '';
      location.assign(`/app/login.html?joined=1${email}`);
    }
  });
}
