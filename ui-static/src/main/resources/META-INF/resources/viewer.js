// Viewer page: a document's IIIF manifest, page by page. Tiled pages (maps, plans) open as deep-zoom IIIF tile
// sources; other pages as one picture. A scale bar in metres is drawn when the page's image service says how much
// ground one pixel covers (the "luutru:metresPerPixel" property, see IiifController). All text from the manifest
// (titles, OCR-derived metadata) is set as text, never as HTML.
import { api, element, getJson } from './common.js';

/* global OpenSeadragon */

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const status = document.getElementById('status');
const scaleBar = document.getElementById('scale-bar');
const METRES_PER_PIXEL = 'luutru:metresPerPixel';
const SCALE_BAR_TARGET = 160; // CSS pixels the bar aims for

let canvases = [];
let current = 0;
let metresPerPixel = null;
let viewer;
const query = params.get('q');
let hits = [];
let hitIndex = -1;

function fail(message) {
  status.hidden = false;
  status.textContent = message;
  status.classList.add('error');
}

/** The text of a IIIF language map, Vietnamese first. */
function text(map) {
  if (!map) {
    return '';
  }
  const values = map.vi ?? map.none ?? Object.values(map)[0] ?? [];
  return values.join(', ');
}

function paintingBody(canvas) {
  return canvas.items?.[0]?.items?.[0]?.body ?? null;
}

function imageService(body) {
  const services = Array.isArray(body?.service) ? body.service : [];
  return services.find((s) => s.type === 'ImageService3' || s.type === 'ImageService2') ?? null;
}

/** A round length (1, 2 or 5 times a power of ten) no longer than the given metres. */
function roundLength(metres) {
  const power = 10 ** Math.floor(Math.log10(metres));
  const step = [5, 2, 1].find((s) => s * power <= metres) ?? 1;
  return step * power;
}

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

function formatLength(metres) {
  return metres >= 1000 ? `${NUMBER.format(metres / 1000)} km` : `${NUMBER.format(metres)} m`;
}

/** Redraws the scale bar for the current zoom: metres per screen pixel = metres per image pixel / image zoom. */
function drawScaleBar() {
  const item = viewer?.world.getItemAt(0);
  if (!metresPerPixel || !item) {
    scaleBar.hidden = true;
    return;
  }
  const screenPerImagePixel = item.viewportToImageZoom(viewer.viewport.getZoom(true));
  if (!(screenPerImagePixel > 0)) {
    scaleBar.hidden = true;
    return;
  }
  const metresPerScreenPixel = metresPerPixel / screenPerImagePixel;
  const metres = roundLength(metresPerScreenPixel * SCALE_BAR_TARGET);
  scaleBar.querySelector('.scale-bar-line').style.width = `${Math.round(metres / metresPerScreenPixel)}px`;
  scaleBar.querySelector('.scale-bar-label').textContent = formatLength(metres);
  scaleBar.dataset.metres = String(metres);
  scaleBar.hidden = false;
}

/**
 * Draws the searched words' boxes (from the page's OCR) over the image as OpenSeadragon overlays, in viewport
 * coordinates (the image's width is 1), so they stay on the words at every zoom.
 */
async function drawHits() {
  viewer.clearOverlays();
  hits = [];
  hitIndex = -1;
  updateHitButtons();
  const item = viewer.world.getItemAt(0);
  if (!query || !item) {
    return;
  }
  const page = current + 1;
  let answer;
  try {
    answer = await getJson(`/api/documents/${encodeURIComponent(id)}/pages/${page}/hits?${new URLSearchParams({ q: query })}`);
  } catch {
    return; // a page without word boxes is shown without marks
  }
  if (page !== current + 1 || !answer.width || !answer.height) {
    return;
  }
  const size = item.getContentSize();
  // The OCR image and the shown image may differ in size (a downsampled map scan): scale by the ratio.
  const sx = size.x / answer.width;
  const sy = size.y / answer.height;
  hits = answer.boxes.map((box) => item.imageToViewportRectangle(box.x0 * sx, box.y0 * sy, (box.x1 - box.x0) * sx, (box.y1 - box.y0) * sy));
  answer.boxes.forEach((box, index) => {
    const mark = element('div', 'hit-box');
    mark.title = box.word;
    viewer.addOverlay({ element: mark, location: hits[index] });
  });
  updateHitButtons();
}

function updateHitButtons() {
  const label = document.getElementById('hit-position');
  document.getElementById('hits').hidden = !query;
  document.getElementById('previous-hit').disabled = hits.length === 0;
  document.getElementById('next-hit').disabled = hits.length === 0;
  label.textContent = hits.length === 0 ? 'Không có chỗ khớp trên trang này'
    : hitIndex < 0 ? `${hits.length} chỗ khớp` : `Chỗ khớp ${hitIndex + 1} / ${hits.length}`;
}

/** Zooms to the next (or previous) matched word of the page. */
function goToHit(step) {
  if (hits.length === 0) {
    return;
  }
  hitIndex = (hitIndex + step + hits.length) % hits.length;
  const box = hits[hitIndex];
  // Some room around the word, so its line can be read.
  viewer.viewport.fitBounds(new OpenSeadragon.Rect(box.x - box.width * 4, box.y - box.height * 6, box.width * 9, box.height * 13));
  updateHitButtons();
}

function show(index) {
  current = Math.max(0, Math.min(index, canvases.length - 1));
  const canvas = canvases[current];
  const body = paintingBody(canvas);
  const service = imageService(body);
  metresPerPixel = Number(service?.[METRES_PER_PIXEL]) > 0 ? Number(service[METRES_PER_PIXEL]) : null;
  scaleBar.hidden = true;
  if (service) {
    viewer.open(`${service.id ?? service['@id']}/info.json`);
  } else if (body?.id) {
    viewer.open({ type: 'image', url: body.id, buildPyramid: false });
  }
  document.getElementById('position').textContent = `${text(canvas.label) || `Trang ${current + 1}`} / ${canvases.length}`;
  document.getElementById('previous').disabled = current === 0;
  document.getElementById('next').disabled = current === canvases.length - 1;
  for (const button of document.querySelectorAll('#strip button')) {
    const selected = Number(button.dataset.index) === current;
    button.setAttribute('aria-current', selected ? 'page' : 'false');
    if (selected) {
      button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }
  const url = new URL(location.href);
  url.searchParams.set('page', String(current + 1));
  history.replaceState(null, '', url);
}

function strip() {
  return canvases.map((canvas, index) => {
    const item = element('li');
    const button = element('button', 'page-strip-item');
    button.type = 'button';
    button.dataset.index = String(index);
    const tiled = imageService(paintingBody(canvas)) !== null;
    const thumbnail = canvas.thumbnail?.[0]?.id;
    if (tiled && thumbnail) {
      const picture = element('img');
      picture.loading = 'lazy';
      picture.alt = '';
      picture.src = thumbnail;
      button.append(picture);
    }
    button.append(element('span', undefined, text(canvas.label) || `Trang ${index + 1}`));
    if (tiled) {
      button.title = 'Trang có ảnh phóng to';
    }
    button.addEventListener('click', () => show(index));
    item.append(button);
    return item;
  });
}

function metadata(entries) {
  return (entries ?? []).flatMap((entry) => [element('dt', undefined, text(entry.label)), element('dd', undefined, text(entry.value))]);
}

async function load() {
  if (!id) {
    fail('Thiếu mã tài liệu (?id=…).');
    return;
  }
  if (typeof OpenSeadragon !== 'function') {
    fail('Không tải được thư viện xem ảnh (OpenSeadragon).');
    return;
  }
  const manifestUrl = `/iiif/${encodeURIComponent(id)}/manifest`;
  let manifest;
  try {
    const response = await api(manifestUrl, { headers: { Accept: 'application/ld+json, application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      fail(body?.detail ?? `Không tải được tài liệu (lỗi ${response.status}).`);
      return;
    }
    manifest = body;
  } catch {
    fail('Không kết nối được máy chủ.');
    return;
  }
  canvases = manifest.items ?? [];
  if (!canvases.length) {
    fail('Tài liệu này không có trang nào để xem.');
    return;
  }
  const title = text(manifest.label);
  document.title = `Lưu trữ – ${title}`;
  document.getElementById('title').textContent = title;
  document.getElementById('document-link').href = `/document.html?id=${encodeURIComponent(id)}`;
  document.getElementById('manifest-link').href = manifestUrl;
  document.getElementById('strip').replaceChildren(...strip());
  document.getElementById('metadata').replaceChildren(...metadata(manifest.metadata));
  document.getElementById('previous').addEventListener('click', () => show(current - 1));
  document.getElementById('next').addEventListener('click', () => show(current + 1));
  status.hidden = true;
  document.getElementById('viewer-page').hidden = false;

  viewer = OpenSeadragon({
    element: document.getElementById('viewer'),
    prefixUrl: '/vendor/openseadragon/images/',
    showNavigator: true,
    navigatorPosition: 'TOP_RIGHT',
    maxZoomPixelRatio: 2,
    visibilityRatio: 0.5,
    crossOriginPolicy: 'Anonymous',
  });
  // The scale bar lives inside the viewer's element; OpenSeadragon keeps its own canvas underneath.
  viewer.element.append(scaleBar);
  for (const event of ['open', 'animation', 'resize', 'update-viewport']) {
    viewer.addHandler(event, drawScaleBar);
  }
  viewer.addHandler('open', drawHits);
  document.getElementById('previous-hit').addEventListener('click', () => goToHit(-1));
  document.getElementById('next-hit').addEventListener('click', () => goToHit(1));
  if (query) {
    document.getElementById('document-link').href = `/document.html?${new URLSearchParams({ id, q: query })}`;
  }
  viewer.addHandler('open-failed', () => fail(`Không mở được ảnh trang ${current + 1}.`));
  const first = Number.parseInt(params.get('page') ?? '1', 10) || 1;
  show(first - 1);
}

load();
