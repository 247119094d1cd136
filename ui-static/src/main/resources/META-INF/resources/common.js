// Small helpers shared by the pages. API text (OCR output, file names, dossier fields) is always set as text,
// never as HTML.

/** An element with an optional class and text. */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  return node;
}

/**
 * fetch() for the archive's API: marks the request as the page's own (so a 401 does not pop up the browser's
 * password dialog), sends the CSRF token on changes, and takes the user to the login page when the session has
 * ended, to come back here afterwards.
 */
export async function api(url, options = {}) {
  const method = (options.method ?? 'GET').toUpperCase();
  const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...(options.headers ?? {}) };
  if (method !== 'GET' && method !== 'HEAD') {
    headers['X-XSRF-TOKEN'] = await csrfToken();
  }
  const response = await fetch(url, { ...options, method, headers });
  if (response.status === 401) {
    toLogin();
  }
  return response;
}

/** Sends the browser to the login page, to come back to this page. */
export function toLogin() {
  const next = window.location.pathname + window.location.search;
  window.location.assign(`/login.html?next=${encodeURIComponent(next)}`);
}

function cookie(name) {
  const found = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : null;
}

/** The CSRF token from its cookie, asking the server to set the cookie first when there is none. */
export async function csrfToken() {
  let token = cookie('XSRF-TOKEN');
  if (!token) {
    await fetch('/api/session/csrf', { headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
    token = cookie('XSRF-TOKEN');
  }
  return token ?? '';
}

/** GETs JSON; throws an Error carrying the problem detail's words on failure. */
export async function getJson(url) {
  return answer(await api(url));
}

/** Sends JSON with a method; answers the parsed body, or null for 204. */
export async function sendJson(method, url, body) {
  const response = await api(url, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return answer(response);
}

async function answer(response) {
  if (response.status === 204) {
    return null;
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(body?.detail ?? body?.title ?? `lỗi ${response.status}`);
    // A refused form lists every broken rule (problem property "errors"), for the form to show them all.
    error.errors = Array.isArray(body?.errors) ? body.errors : [];
    throw error;
  }
  return body;
}

let sessionPromise;

/** The signed-in user: {username, displayName, role, roleLabel, landing, permissions}. */
export function session() {
  sessionPromise ??= getJson('/api/session');
  return sessionPromise;
}

/** Whether the signed-in user may do something (SEARCH, LINK_DOSSIERS, PERSONAL_DATA, RUN_JOBS, …). */
export async function may(permission) {
  try {
    return (await session()).permissions.includes(permission);
  } catch {
    return false;
  }
}

export const DATE = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'medium' });

export const STATUSES = {
  received: 'Đã tiếp nhận',
  'in-progress': 'Đang giải quyết',
  'returned-with-result': 'Đã trả kết quả',
  'returned-unresolved': 'Trả lại',
  withdrawn: 'Rút hồ sơ',
};

/**
 * Document kinds, by the code the index keeps in identifiers.kind (and the loai: filter takes): the labels of the
 * server's DocumentKind, which a test holds this list to.
 */
export const KINDS = {
  'quyet-dinh': 'Quyết định', 'thong-bao': 'Thông báo', 'bao-cao': 'Báo cáo', 'bao-cao-dtm': 'Báo cáo ĐTM',
  'giay-phep': 'Giấy phép', 'giay-chung-nhan': 'Giấy chứng nhận', 'bien-ban': 'Biên bản', 'to-trinh': 'Tờ trình',
  'ke-hoach': 'Kế hoạch', 'nghi-dinh': 'Nghị định', 'thong-tu': 'Thông tư', 'nghi-quyet': 'Nghị quyết',
  'chi-thi': 'Chỉ thị', 'huong-dan': 'Hướng dẫn', 'ban-do': 'Bản đồ', 'cong-van': 'Công văn',
};

export const EVIDENCE = {
  'dossier-code': 'Mã hồ sơ ghi trong tài liệu',
  'parcel-and-ward': 'Thửa đất, tờ bản đồ và phường/xã',
  parcel: 'Thửa đất, tờ bản đồ',
  'document-number': 'Số văn bản hồ sơ có nêu',
  'applicant-name': 'Tên người nộp gần ngày nhận hồ sơ',
};
