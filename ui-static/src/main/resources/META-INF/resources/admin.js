// Administration: users (create with a one-time password, change role, disable or enable), monitoring figures,
// the latest fixity check and the audit log.
// Names and audit states come from the database and are shown as text, never as HTML.
import { api, element, getJson, sendJson } from './common.js';

const ROLES = {
  'scanning-staff': 'Nhân viên số hóa',
  officer: 'Cán bộ nghiệp vụ',
  viewer: 'Người tra cứu',
  administrator: 'Quản trị viên',
};
const TIME = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'medium' });
const NUMBER = new Intl.NumberFormat('vi-VN');
const status = document.getElementById('status');

function report(message, error = false) {
  status.textContent = message;
  status.classList.toggle('error', error);
}

function roleSelect(user) {
  const select = element('select', 'role-select');
  select.setAttribute('aria-label', `Vai trò của ${user.username}`);
  for (const [value, label] of Object.entries(ROLES)) {
    const option = element('option', undefined, label);
    option.value = value;
    option.selected = value === user.role;
    select.append(option);
  }
  select.addEventListener('change', () => change(user.username, { role: select.value }));
  return select;
}

async function change(username, body) {
  try {
    await sendJson('PATCH', `/api/users/${encodeURIComponent(username)}`, body);
    report(`Đã cập nhật tài khoản ${username}.`);
  } catch (error) {
    report(error.message, true);
  }
  await Promise.all([loadUsers(), loadAudit()]);
}

async function loadUsers() {
  const users = await getJson('/api/users');
  document.querySelector('#users tbody').replaceChildren(...users.map((user) => {
    const row = element('tr');
    row.dataset.username = user.username;
    const state = element('td', undefined, user.enabled ? 'Đang dùng' : 'Đã khóa');
    const toggle = element('button', 'toggle-user', user.enabled ? 'Khóa' : 'Mở khóa');
    toggle.type = 'button';
    toggle.addEventListener('click', () => change(user.username, { enabled: !user.enabled }));
    const roleCell = element('td');
    roleCell.append(roleSelect(user));
    const actions = element('td');
    actions.append(toggle);
    row.append(element('td', undefined, user.username), element('td', undefined, user.displayName), roleCell, state, actions);
    return row;
  }));
}

function state(value) {
  const cell = element('td');
  if (value) {
    cell.append(element('pre', undefined, JSON.stringify(value, null, 1)));
  }
  return cell;
}

async function loadAudit() {
  const form = document.getElementById('audit-filter');
  const params = new URLSearchParams();
  for (const name of ['user', 'action', 'subjectId', 'from', 'to']) {
    if (form[name].value.trim()) {
      params.set(name, form[name].value.trim());
    }
  }
  params.set('size', '100');
  const entries = await getJson(`/api/audit?${params}`);
  document.querySelector('#audit tbody').replaceChildren(...entries.map((entry) => {
    const row = element('tr');
    row.append(element('td', undefined, TIME.format(new Date(entry.at))), element('td', undefined, entry.username),
      element('td', undefined, entry.action), element('td', undefined, `${entry.subjectType} ${entry.subjectId}`),
      state(entry.before), state(entry.after));
    return row;
  }));
}

// The archive's figures as tiles; Prometheus reads the same from /actuator/prometheus.
const FIGURES = [
  ['queuedJobs', 'Lượt số hóa đang chờ'],
  ['runningJobs', 'Lượt số hóa đang chạy'],
  ['waitingJobs', 'Đang chờ Elasticsearch hoặc PostgreSQL'],
  ['documents', 'Tài liệu'],
  ['pages', 'Trang'],
  ['pagesLastHour', 'Trang trong giờ qua'],
  ['filesSetAside', 'Tệp để riêng'],
  ['pagesSetAside', 'Trang để riêng'],
];

// Files set aside by the kind of their reason (luutru_ingest_set_aside_files_total{reason}).
const SET_ASIDE_KINDS = {
  'encrypted': 'được mã hóa',
  'too-many-pages': 'quá nhiều trang',
  'image-too-large': 'ảnh quá lớn',
  'nesting-too-deep': 'lồng nhau quá sâu',
  'deadline': 'quá thời hạn đọc',
  'out-of-memory': 'thiếu bộ nhớ',
  'unreadable': 'hỏng, không đọc được',
  'unsupported-type': 'loại tệp không nhận',
  'empty': 'tệp rỗng',
  'not-a-regular-file': 'không phải tệp thường',
  'other': 'lỗi khác',
};

async function loadMonitoring() {
  const figures = await getJson('/api/monitoring');
  const tiles = FIGURES.map(([key, label]) => {
    const tile = element('div', 'tile');
    tile.dataset.figure = key;
    tile.append(element('span', 'tile-value', NUMBER.format(figures.archive[key])), element('span', 'tile-label', label));
    return tile;
  });
  const search = element('div', 'tile');
  search.dataset.figure = 'searchMeanMillis';
  search.append(element('span', 'tile-value', figures.searchMeanMillis === null ? '—'
    : `${NUMBER.format(Math.round(figures.searchMeanMillis))} ms`),
  element('span', 'tile-label', `Thời gian tìm trung bình (${NUMBER.format(figures.searches)} lượt)`));
  // Only the kinds some file was set aside for, most first.
  const kinds = Object.entries(figures.archive.filesSetAsideByReason ?? {})
    .filter(([, count]) => count > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([kind, count]) => {
      const tile = element('div', 'tile');
      tile.dataset.setAside = kind;
      tile.append(element('span', 'tile-value', NUMBER.format(count)),
        element('span', 'tile-label', `Tệp để riêng: ${SET_ASIDE_KINDS[kind] ?? kind}`));
      return tile;
    });
  document.getElementById('monitoring').replaceChildren(...tiles, search, ...kinds);
  // The archive's figures are read once a while (luutru.monitoring.figures-kept), not on every visit.
  document.getElementById('monitoring-read-at').textContent =
    `Số liệu kho lưu trữ đọc lúc ${TIME.format(new Date(figures.archive.readAt))}.`;
}

// Checks run in workers (./luutru fixity, luutru.fixity.schedule); the page shows the latest one's findings.
async function loadFixity() {
  const summary = document.getElementById('fixity-summary');
  const table = document.getElementById('fixity');
  const response = await api('/api/fixity');
  if (response.status === 404) {
    summary.textContent = 'Chưa có lần kiểm tra nào: chạy ./luutru fixity hoặc chờ lịch kiểm tra của máy xử lý.';
    table.hidden = true;
    return;
  }
  const check = await response.json();
  if (!response.ok) {
    throw new Error(check?.detail ?? `lỗi ${response.status}`);
  }
  const when = check.finishedAt
    ? `Lần kiểm tra ${check.id}, xong lúc ${TIME.format(new Date(check.finishedAt))}`
    : `Lần kiểm tra ${check.id}, bắt đầu lúc ${TIME.format(new Date(check.startedAt))}, chưa xong`;
  const read = `đã đọc ${NUMBER.format(check.filesChecked)} tệp (${NUMBER.format(check.bytesChecked)} byte)`;
  const found = check.intact ? 'mọi tệp còn nguyên như khi lưu.' : `${check.problems.length} tệp có vấn đề:`;
  summary.textContent = `${when} (${check.startedBy === 'schedule' ? 'theo lịch' : check.startedBy}): ${read}; ${found}`;
  summary.classList.toggle('error', !check.intact);
  table.hidden = check.intact;
  table.querySelector('tbody').replaceChildren(...check.problems.map((problem) => {
    const row = element('tr');
    row.append(element('td', undefined, problem.path), element('td', undefined, problem.documentId),
      element('td', undefined, problem.label));
    return row;
  }));
}

document.getElementById('new-user').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const once = document.getElementById('password-once');
  try {
    const created = await sendJson('POST', '/api/users', {
      username: form.username.value.trim(), displayName: form.displayName.value.trim() || null, role: form.role.value,
    });
    once.textContent = `Mật khẩu của ${created.account.username}: ${created.generatedPassword} — chỉ hiện một lần, hãy trao cho người dùng.`;
    once.hidden = false;
    form.reset();
    report(`Đã tạo tài khoản ${created.account.username}.`);
  } catch (error) {
    report(error.message, true);
  }
  await Promise.all([loadUsers(), loadAudit()]);
});

document.getElementById('audit-filter').addEventListener('submit', (event) => {
  event.preventDefault();
  loadAudit().catch((error) => report(error.message, true));
});

Promise.all([loadUsers(), loadMonitoring(), loadFixity(), loadAudit()]).catch((error) => report(error.message, true));
