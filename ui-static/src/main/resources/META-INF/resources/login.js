// Login page: signs in with the session the other pages use, then goes back to where the user was going (only a
// page of this site) or to the role's start page.
import { csrfToken } from './common.js';

const form = document.getElementById('login');
const status = document.getElementById('status');
const params = new URLSearchParams(window.location.search);

function local(next) {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : null;
}

if (params.has('logout')) {
  status.textContent = 'Đã đăng xuất.';
} else if (params.has('error')) {
  status.textContent = 'Sai tên đăng nhập hoặc mật khẩu.';
  status.classList.add('error');
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  status.classList.remove('error');
  status.textContent = 'Đang đăng nhập…';
  try {
    const response = await fetch('/login', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'X-Requested-With': 'XMLHttpRequest',
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-XSRF-TOKEN': await csrfToken(),
      },
      body: new URLSearchParams({ username: form.username.value.trim(), password: form.password.value }),
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      status.textContent = body?.detail ?? `Không đăng nhập được (lỗi ${response.status}).`;
      status.classList.add('error');
      form.password.value = '';
      form.password.focus();
      return;
    }
    window.location.assign(local(params.get('next')) ?? body.landing);
  } catch {
    status.textContent = 'Không kết nối được máy chủ.';
    status.classList.add('error');
  }
});
