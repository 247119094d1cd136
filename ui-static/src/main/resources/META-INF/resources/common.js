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

/** Headers for a state-changing request: JSON, and the CSRF token when the session has one. */
export function writeHeaders() {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const token = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  if (token) {
    headers['X-XSRF-TOKEN'] = decodeURIComponent(token.slice('XSRF-TOKEN='.length));
  }
  return headers;
}

/** GETs JSON; throws an Error carrying the problem detail's words on failure. */
export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  return answer(response);
}

/** Sends JSON with a method; answers the parsed body, or null for 204. */
export async function sendJson(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: writeHeaders(),
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
    throw new Error(body?.detail ?? body?.title ?? `lỗi ${response.status}`);
  }
  return body;
}

export const DATE = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'medium' });

export const STATUSES = {
  received: 'Đã tiếp nhận',
  'in-progress': 'Đang giải quyết',
  'returned-with-result': 'Đã trả kết quả',
  'returned-unresolved': 'Trả lại',
  withdrawn: 'Rút hồ sơ',
};

export const EVIDENCE = {
  'dossier-code': 'Mã hồ sơ ghi trong tài liệu',
  'parcel-and-ward': 'Thửa đất, tờ bản đồ và phường/xã',
  parcel: 'Thửa đất, tờ bản đồ',
  'document-number': 'Số văn bản hồ sơ có nêu',
  'applicant-name': 'Tên người nộp gần ngày nhận hồ sơ',
};
