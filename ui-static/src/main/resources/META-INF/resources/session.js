// Every page but the login page: shows who is signed in with a sign-out button, and keeps only the links the
// user's role may follow. The server enforces the same rules; this only spares people links that would refuse them.
import { csrfToken, element, session } from './common.js';

const LINKS = [
  { href: '/', label: 'Tìm kiếm', permission: 'SEARCH' },
  { href: '/jobs.html', label: 'Nhập tài liệu', permission: 'RUN_JOBS' },
  { href: '/stats.html', label: 'Thống kê', permission: 'SEARCH' },
  { href: '/files.html', label: 'Hồ sơ lưu trữ', permission: 'SEARCH' },
  { href: '/appraisal.html', label: 'Thẩm định', permission: 'APPRAISE_RECORDS' },
  { href: '/admin.html', label: 'Quản trị', permission: 'MANAGE_USERS' },
];

async function signOut() {
  await fetch('/logout', {
    method: 'POST',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'X-XSRF-TOKEN': await csrfToken() },
  });
  window.location.assign('/login.html?logout');
}

async function decorate() {
  const nav = document.querySelector('nav.site-nav');
  if (!nav) {
    return;
  }
  let user;
  try {
    user = await session();
  } catch {
    return; // api() has sent the browser to the login page
  }
  const here = window.location.pathname;
  const links = LINKS.filter((link) => user.permissions.includes(link.permission)).map((link) => {
    const a = element('a', undefined, link.label);
    a.href = link.href;
    if (link.href === here || (link.href === '/' && here === '/index.html')) {
      a.setAttribute('aria-current', 'page');
    }
    return a;
  });
  const who = element('span', 'who');
  who.append(element('strong', 'who-name', user.displayName), ' · ', element('span', 'who-role', user.roleLabel));
  const out = element('button', 'sign-out', 'Đăng xuất');
  out.type = 'button';
  out.addEventListener('click', signOut);
  const box = element('span', 'user-box');
  box.append(who, out);
  nav.replaceChildren(...links, box);
  document.body.dataset.role = user.role;
}

decorate();
