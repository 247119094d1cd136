// Lưu trữ search page: calls GET /api/search and renders the hits.
//
// Page text comes from OCR and PDF text layers, so it is untrusted. The API sends each snippet as escaped
// text in which the only tags are <mark> and </mark>; this page still never hands API text to innerHTML:
// it splits on the two tags, decodes the escapes and builds text nodes.

import { pageMatchItem, snippetNodes } from './app-snippets.js';
import { api, element, getJson, KINDS, may } from './common.js';

const PAGE_SIZE = 10;
// The API pages through at most the first 10,000 hits (the index's max_result_window).
const MAX_WINDOW = 10000;
const NUMBER = new Intl.NumberFormat('vi-VN');

const form = document.getElementById('search');
const input = document.getElementById('q');
const status = document.getElementById('status');
const results = document.getElementById('results');
const pager = document.getElementById('pager');
const previous = document.getElementById('previous');
const next = document.getElementById('next');
const position = document.getElementById('position');
const facets = document.getElementById('facets');

/** Facet headings, and how a facet value becomes a filter the officer could have typed. */
const FACETS = {
  kind: { label: 'Loại tài liệu', filter: (v) => `loai:${v}`, name: (v) => KINDS[v] ?? v },
  year: { label: 'Năm', filter: (v) => `nam:${v}`, name: (v) => v },
  adminUnit: { label: 'Đơn vị hành chính', filter: (v) => `dvhc:"${v}"`, name: (v) => v },
  dossier: { label: 'Gắn hồ sơ', filter: (v) => `hoso:${v}`, name: (v) => (v === 'co' ? 'Đã gắn hồ sơ' : 'Chưa gắn hồ sơ') },
  dossierField: { label: 'Lĩnh vực hồ sơ', filter: (v) => `linhvuc:"${v}"`, name: (v) => v },
  dossierProcedure: { label: 'Thủ tục hồ sơ', filter: (v) => `thutuc:"${v}"`, name: (v) => v },
  archivalType: { label: 'Tên loại văn bản (mô tả lưu trữ)', filter: null, name: (v) => v },
  accessRegime: { label: 'Chế độ sử dụng', filter: (v) => `chedo:${v}`, name: (v) => (v === 'cong-khai' ? 'Công khai' : 'Hạn chế sử dụng') },
  archivalFile: { label: 'Hồ sơ lưu trữ', filter: (v) => `hslt:${v}`, name: (v) => v },
  textSource: { label: 'Nguồn chữ', filter: null, name: (v) => SOURCES[v] ?? v },
  ocrConfidence: { label: 'Độ tin cậy OCR', filter: null, name: (v) => BANDS[v] ?? v },
};
const SOURCES = { 'text-layer': 'Văn bản số', ocr: 'Nhận dạng (OCR)', none: 'Không có chữ', failed: 'Lỗi đọc' };
const BANDS = { 'duoi-60': 'Dưới 60', '60-80': 'Từ 60 đến 80', 'tu-80': 'Từ 80 trở lên' };

let current = { q: '', page: 0 };
let latestRequest = 0;


function originalUrl(hit) {
  return `/api/documents/${encodeURIComponent(hit.documentId)}/file#page=${hit.page}`;
}


function renderHit(hit) {
  const item = element('li', 'hit');
  const heading = element('h2', 'hit-title');
  const link = element('a', undefined, hit.title || hit.fileName);
  link.href = `/document.html?${new URLSearchParams({ id: hit.documentId, page: String(hit.page), q: current.q })}`;
  heading.append(link);

  // The subject ("trích yếu") is part of the title; it is shown on its own only when the title
  // was cut short before it or came from the file's metadata.
  const subject = hit.subject && !(hit.title ?? '').includes(hit.subject)
    ? element('p', 'hit-subject', hit.subject) : undefined;

  const meta = element('p', 'hit-meta');
  meta.append(element('span', 'file-name', hit.fileName), element('span', 'page', `Trang ${hit.page}`));

  const snippet = element('p', 'snippet');
  if (hit.matchingPages === 0) {
    // The document holds every word, but no one page holds them all.
    snippet.classList.add('spread');
    snippet.textContent = 'Các từ tìm có trong văn bản nhưng nằm rải rác trên nhiều trang.';
  } else {
    snippet.append(snippetNodes(hit.snippet ?? ''));
  }

  const open = element('a', 'open', 'Mở bản gốc');
  open.href = originalUrl(hit);
  open.target = '_blank';
  open.rel = 'noopener';

  const pdf = element('a', 'open', 'PDF tìm kiếm được');
  pdf.href = `/api/documents/${encodeURIComponent(hit.documentId)}/pdf#page=${hit.page}`;
  pdf.target = '_blank';
  pdf.rel = 'noopener';

  // The best page's picture; a document without a searchable PDF has none, and the hit reads without it.
  const thumbnail = element('img', 'hit-thumbnail');
  thumbnail.alt = '';
  thumbnail.loading = 'lazy';
  thumbnail.width = 120;
  thumbnail.src = `/api/documents/${encodeURIComponent(hit.documentId)}/pages/${hit.page}/thumbnail`;
  thumbnail.addEventListener('error', () => thumbnail.remove());
  item.append(...[thumbnail, heading, subject, meta, snippet].filter(Boolean));
  const others = (hit.pages ?? []).filter((page) => page !== hit.page);
  if (others.length > 0) {
    const list = element('p', 'other-pages', 'Các trang khác cũng khớp: ');
    others.forEach((page, index) => {
      const link = element('a', undefined, `trang ${page}`);
      link.href = `/document.html?${new URLSearchParams({ id: hit.documentId, page: String(page), q: current.q })}`;
      list.append(...(index > 0 ? [', '] : []), link);
    });
    // The other matching pages beyond the best few: the document page searches within it.
    const more = (hit.matchingPages ?? 0) - 1 - others.length;
    if (more > 0) {
      const all = element('a', undefined, `và ${NUMBER.format(more)} trang khác`);
      all.href = `/document.html?${new URLSearchParams({ id: hit.documentId, page: String(hit.page), q: current.q })}`;
      list.append(' ', all);
    }
    item.append(list, pageSnippets(hit));
  }
  item.append(open, pdf);
  return item;
}

/**
 * A button that shows the snippet of every matching page of a hit under it: asked of the search within the
 * document when the officer wants them, so that a search does not pay for snippets nobody reads.
 */
function pageSnippets(hit) {
  const box = element('div', 'page-snippets');
  const toggle = element('button', 'show-page-snippets', 'Xem đoạn trích các trang khớp');
  toggle.type = 'button';
  const list = element('ol', 'page-snippet-list');
  list.hidden = true;
  const q = current.q;
  let loaded = false;
  toggle.addEventListener('click', async () => {
    if (loaded) {
      list.hidden = !list.hidden;
      toggle.textContent = list.hidden ? 'Xem đoạn trích các trang khớp' : 'Ẩn đoạn trích';
      return;
    }
    toggle.disabled = true;
    try {
      const matches = await getJson(`/api/documents/${encodeURIComponent(hit.documentId)}/search?${new URLSearchParams({ q })}`);
      list.append(...matches.map((match) => pageMatchItem(hit.documentId, match, q)));
      loaded = true;
      list.hidden = false;
      toggle.textContent = 'Ẩn đoạn trích';
    } catch (error) {
      list.replaceChildren(element('li', 'error', `Không tải được đoạn trích (${error.message}).`));
      list.hidden = false;
    } finally {
      toggle.disabled = false;
    }
  });
  box.append(toggle, list);
  return box;
}

/** The facets as lists of values with document counts; a click adds the value as a filter to the query. */
function renderFacets(body) {
  const groups = [];
  for (const [key, facet] of Object.entries(FACETS)) {
    const values = body.facets?.[key] ?? [];
    if (values.length === 0) {
      continue;
    }
    const group = element('section', 'facet');
    group.append(element('h2', undefined, facet.label));
    const list = element('ul');
    for (const value of values.slice(0, 12)) {
      const item = element('li');
      const label = `${facet.name(value.value)} (${NUMBER.format(value.documents)})`;
      if (facet.filter) {
        const add = element('button', 'facet-value', label);
        add.type = 'button';
        add.addEventListener('click', () => go(`${current.q} ${facet.filter(value.value)}`.trim(), 0, true));
        item.append(add);
      } else {
        item.append(element('span', 'facet-value', label));
      }
      list.append(item);
    }
    group.append(list);
    groups.push(group);
  }
  facets.replaceChildren(...groups);
}

function render(body) {
  results.replaceChildren(...body.hits.map(renderHit));
  renderFacets(body);
  if (body.total === 0) {
    status.textContent = `Không tìm thấy tài liệu nào cho “${current.q}”.`;
  } else {
    status.textContent = `Tìm thấy ${NUMBER.format(body.total)} tài liệu.`;
  }
  const pages = Math.ceil(Math.min(body.total, MAX_WINDOW) / body.size);
  pager.hidden = pages <= 1;
  position.textContent = `Trang ${body.page + 1} / ${NUMBER.format(pages)}`;
  previous.disabled = body.page <= 0;
  next.disabled = body.page + 1 >= pages;
}

function showError(message) {
  results.replaceChildren();
  facets.replaceChildren();
  pager.hidden = true;
  status.textContent = message;
  status.classList.add('error');
}

async function search(q, page) {
  const request = ++latestRequest;
  current = { q, page };
  status.classList.remove('error');
  status.textContent = 'Đang tìm…';
  const params = new URLSearchParams({ q, page: String(page), size: String(PAGE_SIZE) });
  let response;
  let body;
  try {
    response = await api(`/api/search?${params}`);
    body = await response.json();
  } catch {
    if (request === latestRequest) {
      showError('Không kết nối được máy chủ. Vui lòng thử lại.');
    }
    return;
  }
  // A slower, older search must not overwrite the answer to the newest one.
  if (request !== latestRequest) {
    return;
  }
  if (!response.ok) {
    showError(`Không tìm được: ${body?.detail ?? `lỗi ${response.status}`}`);
    return;
  }
  render(body);
  showExport(q);
}

/** The archival package of this search's documents: a plain link, so the browser streams the zip to disk. */
async function showExport(q) {
  const link = document.getElementById('export');
  link.href = `/api/search/export?${new URLSearchParams({ q })}`;
  link.hidden = !(await may('EXPORT'));
}

function go(q, page, push) {
  if (push) {
    const params = new URLSearchParams({ q });
    if (page > 0) {
      params.set('page', String(page + 1));
    }
    history.pushState({ q, page }, '', `?${params}`);
  }
  input.value = q;
  search(q, page);
}

function fromLocation() {
  const params = new URLSearchParams(location.search);
  const q = (params.get('q') ?? '').trim();
  const page = Math.max(0, (Number.parseInt(params.get('page') ?? '1', 10) || 1) - 1);
  if (q) {
    go(q, page, false);
  } else {
    input.value = '';
    results.replaceChildren();
    pager.hidden = true;
    document.getElementById('export').hidden = true;
    status.textContent = '';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input.value.trim();
  if (q) {
    go(q, 0, true);
  }
});
previous.addEventListener('click', () => go(current.q, current.page - 1, true));
next.addEventListener('click', () => go(current.q, current.page + 1, true));
window.addEventListener('popstate', fromLocation);
fromLocation();
