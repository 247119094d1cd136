// Document page: its metadata and the identifiers read from it, its pages in the deep-zoom viewer (deep-zoom.js)
// with the searched words boxed and the page's text beside, search within it, its dossiers, and suggested
// dossiers with their evidence and one-click attach.
import { api, DATE, element, getJson, may, sendJson, EVIDENCE, KINDS } from './common.js';
import { pageMatchItem } from './app-snippets.js';
import { DeepZoom } from './deep-zoom.js';

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const status = document.getElementById('status');
const pageText = document.getElementById('page-text');
const SOURCES = { 'text-layer': 'văn bản số', ocr: 'nhận dạng OCR', mixed: 'văn bản số và OCR', none: 'không có chữ' };
const SIZE = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const MAX_VALUES = 30;

let details;
let zoom;
let textRequest = 0;

function fail(error) {
  status.textContent = error.message;
  status.classList.add('error');
}

/** The text read from a page, beside the viewer, with where it came from. */
async function showText(number) {
  const request = ++textRequest;
  const summary = details.pages.find((p) => p.page === number);
  let heading = `Chữ của trang ${number}`;
  if (summary) {
    heading += ` · ${SOURCES[summary.textSource] ?? summary.textSource}`;
    if (summary.ocrConfidence !== null && summary.ocrConfidence !== undefined) {
      heading += `, độ tin cậy ${Math.round(summary.ocrConfidence)}%`;
    }
  }
  document.getElementById('page-text-heading').textContent = heading;
  pageText.textContent = 'Đang tải…';
  let shown;
  try {
    const response = await api(`/api/documents/${encodeURIComponent(id)}/pages/${number}/text`, { headers: { Accept: 'text/plain' } });
    shown = response.ok ? await response.text() : `Không đọc được trang ${number}.`;
  } catch {
    shown = 'Không kết nối được máy chủ.';
  }
  if (request === textRequest) {
    pageText.textContent = shown;
  }
}

function showLinks(page) {
  const q = zoom?.query;
  document.getElementById('viewer-link').href = `/viewer.html?${new URLSearchParams({ id, page: String(page), ...(q ? { q } : {}) })}`;
  document.getElementById('correct-link').href = `/correct.html?${new URLSearchParams({ id, page: String(page) })}`;
}

/** A search for documents carrying the same identifier, as the officer could have typed it. */
function searchLink(label, query) {
  const link = element('a', undefined, label);
  link.href = `/?${new URLSearchParams({ q: query })}`;
  return link;
}

function quoted(value) {
  return /\s/.test(value) ? `"${value.replaceAll('"', '')}"` : value;
}

/** What was read out of the text: kind, year, numbers, dossier codes, map sheets, parcels, dates, places. */
function showIdentifiers(identifiers) {
  if (!identifiers) {
    return;
  }
  const rows = [];
  const add = (label, values) => {
    if (!values.length) {
      return;
    }
    const value = element('dd');
    values.slice(0, MAX_VALUES).forEach((node, index) => value.append(...(index ? [', ', node] : [node])));
    if (values.length > MAX_VALUES) {
      value.append(` và ${values.length - MAX_VALUES} giá trị khác`);
    }
    rows.push(element('dt', undefined, label), value);
  };
  if (identifiers.kind) {
    add('Loại tài liệu', [searchLink(KINDS[identifiers.kind] ?? identifiers.kind, `loai:${identifiers.kind}`)]);
  }
  if (identifiers.year) {
    add('Năm', [searchLink(String(identifiers.year), `nam:${identifiers.year}`)]);
  }
  add('Số, ký hiệu', (identifiers.documentNumbers ?? []).map((v) => searchLink(v, `so:${quoted(v)}`)));
  add('Mã hồ sơ', (identifiers.dossierCodes ?? []).map((v) => searchLink(v, `ma:${quoted(v)}`)));
  add('Tờ bản đồ số', (identifiers.mapSheets ?? []).map((v) => searchLink(v, `to:${quoted(v)}`)));
  add('Thửa đất (tờ/thửa)', (identifiers.parcels ?? []).map((v) => {
    const [sheet, parcel] = v.split('/');
    return searchLink(`thửa ${parcel ?? v}, tờ ${sheet}`, parcel ? `thua:${quoted(parcel)} to:${quoted(sheet)}` : `thua:${quoted(v)}`);
  }));
  add('Ngày ghi trong văn bản', (identifiers.dates ?? []).map((v) => {
    const day = new Date(`${v}T00:00:00`);
    return document.createTextNode(Number.isNaN(day.getTime()) ? v : DATE.format(day));
  }));
  add('Địa danh', (identifiers.adminUnits ?? []).map((v) => searchLink(v, `dvhc:"${v.replaceAll('"', '')}"`)));
  if (rows.length) {
    document.getElementById('identifiers').replaceChildren(...rows);
    document.getElementById('identifiers-section').hidden = false;
  }
}

// The technical fields kept at ingestion, in the order an archivist reads them. Documents ingested before the
// fields were named also hold a parser's raw tags (strip offsets, its temporary file's name): those are not shown.
const TECHNICAL = [
  ['format', 'Định dạng'], ['width', 'Chiều rộng (px)'], ['height', 'Chiều cao (px)'], ['resolution', 'Độ phân giải'],
  ['compression', 'Nén'], ['colour', 'Màu'], ['bitsPerSample', 'Số bit mỗi mẫu'], ['software', 'Phần mềm tạo'],
  ['author', 'Tác giả'], ['created', 'Ngày tạo tệp'], ['modified', 'Ngày sửa tệp'], ['pages', 'Số trang của tệp'],
  ['pdfVersion', 'Phiên bản PDF'], ['producer', 'Thư viện ghi PDF'], ['encrypted', 'Mã hóa'],
];

/** What veraPDF found of a born-digital PDF at ingestion, and the PDF/A derivative made when it did not conform. */
function pdfaText(pdfa) {
  if (!pdfa) return '';
  const derivative = pdfa.derivativeFlavour ? ` Đã tạo bản PDF/A-${pdfa.derivativeFlavour} (đạt kiểm tra).` : '';
  return pdfa.conforming ? pdfa.summary : `Không đạt: ${pdfa.summary}${derivative}`;
}

/** The file itself: type, size, fingerprint, when it was ingested, and the file's own metadata. */
function showFileDetails() {
  const metadata = details.metadata ?? {};
  const rows = [
    ['Tên tệp', details.fileName],
    ['Kiểu tệp', details.contentType],
    ['Dung lượng', `${SIZE.format(details.sizeBytes / 1024 / 1024)} MB`],
    ['Ngày nhập', details.ingestedAt ? DATE.format(new Date(details.ingestedAt)) : ''],
    ['SHA-256', details.sha256],
    ['Mã tài liệu', details.id],
    ['PDF/A', pdfaText(details.pdfa)],
    ...TECHNICAL.filter(([key]) => key !== 'format').map(([key, label]) => [label, metadata[key]]),
  ];
  document.getElementById('file-metadata').replaceChildren(...rows.filter(([, value]) => value)
    .flatMap(([label, value]) => [element('dt', undefined, label), element('dd', undefined, value)]));
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

// Attaching, and the suggestions that lead to it, are for officers; a viewer sees the links only.
async function showDossiersAndSuggestions() {
  const codes = await showDossiers();
  if (await may('LINK_DOSSIERS')) {
    await showSuggestions(codes);
  } else {
    document.getElementById('attach').hidden = true;
    document.getElementById('suggested').hidden = true;
  }
}

async function attach(code) {
  try {
    await sendJson('PUT', `/api/dossiers/${encodeURIComponent(code)}/documents/${encodeURIComponent(id)}`, {});
    status.classList.remove('error');
    status.textContent = `Đã gắn vào hồ sơ ${code}.`;
    await showDossiersAndSuggestions();
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
    details = await getJson(`/api/documents/${encodeURIComponent(id)}`);
    document.title = `Lưu trữ – ${details.title}`;
    document.getElementById('title').textContent = details.title;
    document.getElementById('file-name').textContent = details.fileName;
    document.getElementById('pages').textContent = `${details.pageCount} trang`;
    document.getElementById('source').textContent = `chữ từ ${SOURCES[details.textSource] ?? details.textSource}`;
    document.getElementById('original').href = `/api/documents/${encodeURIComponent(id)}/file`;
    document.getElementById('pdf').href = `/api/documents/${encodeURIComponent(id)}/pdf`;
    document.getElementById('manifest-link').href = `/iiif/${encodeURIComponent(id)}/manifest`;
    showIdentifiers(details.identifiers);
    showFileDetails();
    const q = params.get('q') ?? '';
    // Shown before the viewer starts: OpenSeadragon sizes itself on its element.
    document.getElementById('document').hidden = false;
    zoom = new DeepZoom(document.getElementById('deep-zoom'), {
      id,
      query: q,
      page: Math.min(Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1), details.pageCount),
      pageCount: details.pageCount,
      onPage: (page) => {
        showText(page);
        showLinks(page);
      },
    });
    await zoom.load();
    await showDossiersAndSuggestions();
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
    // The viewer boxes these words now, and marks their pages in the strip.
    zoom?.search(q, undefined, pages);
    list.replaceChildren(...(pages.length ? pages.map((match) => {
      const item = pageMatchItem(id, match, q);
      item.querySelector('a').addEventListener('click', (e) => {
        e.preventDefault();
        // The viewer goes to the page, boxes these words there and steps through their matches.
        zoom?.search(q, match.page);
        document.getElementById('deep-zoom').scrollIntoView({ block: 'start' });
      });
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
