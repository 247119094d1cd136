// Document page: metadata, the text of each page, its dossiers, and suggested dossiers with their evidence and
// one-click attach.
import { api, element, getJson, may, sendJson, EVIDENCE } from './common.js';
import { snippetNodes } from './app-snippets.js';

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const status = document.getElementById('status');
const pageSelect = document.getElementById('page-select');
const pageText = document.getElementById('page-text');
const SOURCES = { 'text-layer': 'văn bản số', ocr: 'nhận dạng OCR', mixed: 'văn bản số và OCR', none: 'không có chữ' };

function fail(error) {
  status.textContent = error.message;
  status.classList.add('error');
}

/** The page's picture, with the words the search matched boxed, where the page was OCR'd. */
async function showImage(number) {
  const view = document.getElementById('page-view');
  const image = document.getElementById('page-image');
  const boxes = document.getElementById('page-boxes');
  boxes.replaceChildren();
  image.onerror = () => {
    view.hidden = true;
  };
  image.onload = () => {
    view.hidden = false;
  };
  image.src = `/api/documents/${encodeURIComponent(id)}/pages/${number}/image`;
  const q = params.get('q');
  if (!q) {
    return;
  }
  try {
    const hits = await getJson(`/api/documents/${encodeURIComponent(id)}/pages/${number}/hits?${new URLSearchParams({ q })}`);
    if (!hits.width || !hits.height) {
      return;
    }
    // Fractions of the OCR image: the picture has the same proportions whatever its size.
    boxes.replaceChildren(...hits.boxes.map((box) => {
      const mark = element('div', 'hit-box');
      mark.title = box.word;
      mark.style.left = `${(100 * box.x0) / hits.width}%`;
      mark.style.top = `${(100 * box.y0) / hits.height}%`;
      mark.style.width = `${(100 * (box.x1 - box.x0)) / hits.width}%`;
      mark.style.height = `${(100 * (box.y1 - box.y0)) / hits.height}%`;
      return mark;
    }));
  } catch {
    // A page read from a text layer has no word boxes: the picture alone is shown.
  }
}

async function showPage(number) {
  showImage(number);
  pageText.textContent = 'Đang tải…';
  try {
    const response = await api(`/api/documents/${encodeURIComponent(id)}/pages/${number}/text`, { headers: { Accept: "text/plain" } });
    pageText.textContent = response.ok ? await response.text() : `Không đọc được trang ${number}.`;
  } catch {
    pageText.textContent = 'Không kết nối được máy chủ.';
  }
}

/** Links to the deep-zoom viewer when the manifest has a page with IIIF tiles (a map or a plan). */
async function showViewerLink() {
  try {
    const response = await api(`/iiif/${encodeURIComponent(id)}/manifest`);
    if (!response.ok) {
      return;
    }
    const manifest = await response.json();
    const tiled = (manifest.items ?? []).findIndex((canvas) => (canvas.items?.[0]?.items?.[0]?.body?.service ?? []).length > 0);
    if (tiled >= 0) {
      const link = document.getElementById('viewer-link');
      const q = params.get('q');
      link.href = `/viewer.html?${new URLSearchParams({ id, page: String(tiled + 1), ...(q ? { q } : {}) })}`;
      link.hidden = false;
    }
  } catch {
    // Without a manifest the document page works as before.
  }
}

async function showDossiers() {
  const codes = await getJson(`/api/documents/${encodeURIComponent(id)}/dossiers`);
  const items = codes.map((code) => {
    const item = element('li');
    const link = element('a', undefined, code);
    link.href = `/dossier.html?code=${encodeURIComponent(code)}`;
    item.append(link);
    return item;
  });
  document.getElementById('dossiers').replaceChildren(...(items.length ? items : [element('li', 'hint', 'Chưa gắn vào hồ sơ nào.')]));
  return codes;
}

async function attach(code) {
  try {
    await sendJson('PUT', `/api/dossiers/${encodeURIComponent(code)}/documents/${encodeURIComponent(id)}`, {});
    status.classList.remove('error');
    status.textContent = `Đã gắn vào hồ sơ ${code}.`;
    const codes = await showDossiers();
    // Attaching, and the suggestions that lead to it, are for officers; a viewer sees the links only.
    if (await may('LINK_DOSSIERS')) {
      await showSuggestions(codes);
    } else {
      document.getElementById('attach').hidden = true;
      document.getElementById('suggested').hidden = true;
    }
  } catch (error) {
    fail(error);
  }
}

async function showSuggestions(attached) {
  const suggestions = await getJson(`/api/documents/${encodeURIComponent(id)}/suggested-dossiers`);
  const items = suggestions.map((suggestion) => {
    const item = element('li', 'suggestion');
    item.dataset.code = suggestion.code;
    const head = element('div', 'suggestion-head');
    const link = element('a', undefined, suggestion.code);
    link.href = `/dossier.html?code=${encodeURIComponent(suggestion.code)}`;
    head.append(link, element('span', 'procedure', suggestion.procedureName), element('span', 'score', `điểm ${suggestion.score}`));
    const evidence = element('ul', 'evidence');
    for (const piece of suggestion.evidence) {
      evidence.append(element('li', undefined, `${EVIDENCE[piece.kind] ?? piece.kind}: ${piece.value} (trang ${piece.page})`));
    }
    item.append(head, evidence);
    if (attached.includes(suggestion.code)) {
      item.append(element('span', 'attached', 'Đã gắn'));
    } else {
      const button = element('button', 'attach-suggestion', 'Gắn vào hồ sơ này');
      button.type = 'button';
      button.addEventListener('click', () => attach(suggestion.code));
      item.append(button);
    }
    return item;
  });
  document.getElementById('suggestions').replaceChildren(...(items.length ? items : [element('li', 'hint', 'Không có gợi ý.')]));
}

async function load() {
  if (!id) {
    fail(new Error('Thiếu mã tài liệu (?id=…).'));
    return;
  }
  try {
    const details = await getJson(`/api/documents/${encodeURIComponent(id)}`);
    document.title = `Lưu trữ – ${details.title}`;
    document.getElementById('title').textContent = details.title;
    document.getElementById('file-name').textContent = details.fileName;
    document.getElementById('pages').textContent = `${details.pageCount} trang`;
    document.getElementById('source').textContent = `chữ từ ${SOURCES[details.textSource] ?? details.textSource}`;
    document.getElementById('original').href = `/api/documents/${encodeURIComponent(id)}/file`;
    document.getElementById('pdf').href = `/api/documents/${encodeURIComponent(id)}/pdf`;
    const first = Math.min(Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1), details.pageCount);
    for (let n = 1; n <= details.pageCount; n++) {
      const option = element('option', undefined, String(n));
      option.value = String(n);
      option.selected = n === first;
      pageSelect.append(option);
    }
    pageSelect.addEventListener('change', () => showPage(pageSelect.value));
    document.getElementById('document').hidden = false;
    showViewerLink();
    await showPage(first);
    const codes = await showDossiers();
    // Attaching, and the suggestions that lead to it, are for officers; a viewer sees the links only.
    if (await may('LINK_DOSSIERS')) {
      await showSuggestions(codes);
    } else {
      document.getElementById('attach').hidden = true;
      document.getElementById('suggested').hidden = true;
    }
  } catch (error) {
    fail(error);
  }
}

document.getElementById('within').addEventListener('submit', async (event) => {
  event.preventDefault();
  const q = document.getElementById('within-q').value.trim();
  const list = document.getElementById('within-results');
  try {
    const pages = await getJson(`/api/documents/${encodeURIComponent(id)}/search?${new URLSearchParams({ q })}`);
    list.replaceChildren(...(pages.length ? pages.map((match) => {
      const item = element('li');
      const link = element('a', undefined, `Trang ${match.page}`);
      link.href = '#';
      link.addEventListener('click', (e) => {
        e.preventDefault();
        pageSelect.value = String(match.page);
        showPage(match.page);
      });
      const snippet = element('span', 'snippet');
      snippet.append(snippetNodes(match.snippet));
      item.append(link, ': ', snippet);
      return item;
    }) : [element('li', 'hint', 'Không trang nào khớp.')]));
  } catch (error) {
    fail(error);
  }
});

document.getElementById('attach').addEventListener('submit', (event) => {
  event.preventDefault();
  attach(document.getElementById('attach-code').value.trim());
});
load();
