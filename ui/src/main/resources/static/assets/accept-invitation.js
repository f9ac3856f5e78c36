// Accept an invitation: the token from the mailed link, a display name and a password. The answer
// is a new signed-in session.
import { api, bindForm, requireSame, tokenInto, tokens } from './api.js';

const form = document.getElementById('accept');

if (tokenInto(form, 'invitation')) {
  bindForm(form, async ({ token, displayName, password, confirmPassword }) => {
    requireSame({ password, confirmPassword }, 'password', 'confirmPassword');
    tokens.save(await api('/api/v1/auth/invitations/accept', {
      method: 'POST', body: { token, displayName, password }, auth: false,
    }));
    location.assign('/app/admin.html');
  });
}
