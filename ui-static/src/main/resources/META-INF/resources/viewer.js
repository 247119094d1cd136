// Viewer page: one document's pages across the whole width of the window, in the deep-zoom viewer the document
// page uses too (deep-zoom.js), with the IIIF manifest's metadata and a link to the manifest for other IIIF
// viewers. All text from the manifest (titles, OCR-derived metadata) is set as text, never as HTML.
import { element } from './common.js';
import { DeepZoom, text } from './deep-zoom.js';

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const status = document.getElementById('status');

function fail(message) {
  status.hidden = false;
  status.textContent = message;
  status.classList.add('error');
}

function metadata(entries) {
  return (entries ?? []).flatMap((entry) => [element('dt', undefined, text(entry.label)), element('dd', undefined, text(entry.value))]);
}

async function load() {
  if (!id) {
    fail('Thiếu mã tài liệu (?id=…).');
    return;
  }
  document.getElementById('viewer-page').hidden = false;
  const documentLink = document.getElementById('document-link');
  const zoom = new DeepZoom(document.getElementById('deep-zoom'), {
    id,
    query: params.get('q') ?? '',
    page: Number.parseInt(params.get('page') ?? '1', 10) || 1,
    onPage: (page) => {
      documentLink.href = `/document.html?${new URLSearchParams({ id, page: String(page), ...(zoom?.query ? { q: zoom.query } : {}) })}`;
    },
  });
  const manifest = await zoom.load();
  if (!manifest) {
    document.getElementById('viewer-page').hidden = true;
    fail('Không tải được tài liệu.');
    return;
  }
  const title = text(manifest.label);
  document.title = `Lưu trữ – ${title}`;
  document.getElementById('title').textContent = title;
  document.getElementById('manifest-link').href = `/iiif/${encodeURIComponent(id)}/manifest`;
  document.getElementById('metadata').replaceChildren(...metadata(manifest.metadata));
  status.hidden = true;
}

load();
