// The deep-zoom page viewer, shared by the document page and the wide viewer page. It shows one page of a
// document at a time in OpenSeadragon: a tiled page (a map, a plan) as its IIIF image service, any other page
// as its rendered picture (/api/documents/{id}/pages/{n}/image). When a query is given it draws the matched
// words' OCR boxes over the picture, steps from one match to the next and on to the next matching page, and
// marks the matching pages in the page strip. A scale bar in metres is drawn when the page's image service
// says how much ground one pixel covers ("luutru:metresPerPixel", see IiifController).
//
// Everything from the API (labels, OCR words) is set as text, never as HTML.
import { api, element, getJson } from './common.js';

/* global OpenSeadragon */

const METRES_PER_PIXEL = 'luutru:metresPerPixel';
const SCALE_BAR_TARGET = 160; // CSS pixels the bar aims for
const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** OpenSeadragon's own buttons, in Vietnamese. */
const TOOLTIPS = {
  FullPage: 'Toàn màn hình (bật/tắt)',
  Home: 'Xem cả trang',
  ZoomIn: 'Phóng to',
  ZoomOut: 'Thu nhỏ',
  NextPage: 'Trang sau',
  PreviousPage: 'Trang trước',
  RotateLeft: 'Xoay trái',
  RotateRight: 'Xoay phải',
  Flip: 'Lật ngang',
};

/** The text of a IIIF language map, Vietnamese first. */
export function text(map) {
  if (!map) {
    return '';
  }
  const values = map.vi ?? map.none ?? Object.values(map)[0] ?? [];
  return values.join(', ');
}

function paintingBody(canvas) {
  return canvas?.items?.[0]?.items?.[0]?.body ?? null;
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

function formatLength(metres) {
  return metres >= 1000 ? `${NUMBER.format(metres / 1000)} km` : `${NUMBER.format(metres)} m`;
}

function button(id, label, shortcut) {
  const node = element('button', undefined, label);
  node.type = 'button';
  node.id = id;
  if (shortcut) {
    node.setAttribute('aria-keyshortcuts', shortcut);
  }
  return node;
}

/**
 * A page viewer inside `container`, which it fills with its controls, the viewer itself and the page strip.
 *
 * @param container the element to build in (emptied)
 * @param options.id the document id
 * @param options.query the searched words whose boxes are drawn, or empty
 * @param options.page the 1-based page to open first
 * @param options.pageCount the document's pages, for when it has no IIIF manifest
 * @param options.onPage called with the 1-based page number whenever another page is shown
 */
export class DeepZoom {
  constructor(container, { id, query = '', page = 1, pageCount = 0, onPage = () => {} }) {
    this.id = id;
    this.query = query ?? '';
    this.startPage = page;
    this.pageCount = pageCount;
    this.onPage = onPage;
    this.canvases = [];
    this.page = 0;
    this.opened = 0; // the page whose picture the viewer holds
    this.generation = 0; // bumps on every page change, so late answers for another page are dropped
    this.hits = []; // this page's matched words, as viewport rectangles
    this.hitIndex = -1;
    this.hitsReady = true; // whether this page's boxes have been asked for
    this.hitPages = []; // 1-based pages the query matches, in page order
    this.pendingHit = null; // 'first' or 'last': the hit to go to once the page's boxes are drawn
    this.boxes = new Map(); // page → the hits answer for this.query
    this.metresPerPixel = null;

    this.previous = button('previous', '‹ Trang trước', 'PageUp');
    this.next = button('next', 'Trang sau ›', 'PageDown');
    this.position = element('span', 'viewer-position');
    this.position.id = 'position';
    this.position.setAttribute('aria-live', 'polite');
    const pages = element('nav', 'viewer-nav');
    pages.setAttribute('aria-label', 'Chuyển trang');
    pages.append(this.previous, this.position, this.next);

    this.previousHit = button('previous-hit', '‹ Chỗ khớp trước', 'Shift+N');
    this.nextHit = button('next-hit', 'Chỗ khớp sau ›', 'N');
    this.hitPosition = element('span', 'viewer-position');
    this.hitPosition.id = 'hit-position';
    this.hitPosition.setAttribute('aria-live', 'polite');
    this.hitPagesLabel = element('span', 'hint');
    this.hitPagesLabel.id = 'hit-pages';
    this.hitNav = element('nav', 'viewer-nav');
    this.hitNav.id = 'hits';
    this.hitNav.setAttribute('aria-label', 'Chỗ khớp');
    this.hitNav.append(this.previousHit, this.hitPosition, this.nextHit, this.hitPagesLabel);
    this.hitNav.hidden = true;

    const controls = element('div', 'viewer-controls');
    controls.append(pages, this.hitNav);

    this.scaleBar = element('div', 'scale-bar');
    this.scaleBar.id = 'scale-bar';
    this.scaleBar.hidden = true;
    this.scaleBar.append(element('div', 'scale-bar-line'), element('span', 'scale-bar-label'));
    this.message = element('p', 'viewer-message');
    this.message.setAttribute('role', 'status');
    this.message.hidden = true;
    this.element = element('div', 'viewer');
    this.element.id = 'viewer';
    this.element.setAttribute('role', 'region');
    this.element.setAttribute('aria-label', 'Ảnh trang: kéo để di chuyển, cuộn hoặc bấm để phóng to, phím mũi tên và + − khi ảnh được chọn');

    this.strip = element('ol', 'page-strip');
    this.strip.id = 'strip';
    this.strip.setAttribute('aria-label', 'Các trang');

    container.replaceChildren(controls, this.element, this.strip);
    container.addEventListener('keydown', (event) => this.key(event));
    this.previous.addEventListener('click', () => this.show(this.page - 1));
    this.next.addEventListener('click', () => this.show(this.page + 1));
    this.previousHit.addEventListener('click', () => this.step(-1));
    this.nextHit.addEventListener('click', () => this.step(1));
  }

  /**
   * Reads the document's IIIF manifest, builds the page strip and opens the first page. Without a manifest the
   * pages are shown as their rendered pictures. Answers the manifest, or null.
   */
  async load() {
    const manifest = await this.manifest();
    this.canvases = manifest?.items?.length ? manifest.items : this.plainCanvases();
    if (!this.canvases.length) {
      this.say('Tài liệu này không có trang nào để xem.');
      return manifest;
    }
    this.strip.replaceChildren(...this.canvases.map((canvas, index) => this.stripItem(canvas, index + 1)));
    if (typeof OpenSeadragon !== 'function') {
      this.say('Không tải được thư viện xem ảnh (OpenSeadragon).');
    } else {
      this.createViewer();
    }
    if (this.query) {
      this.loadHitPages();
    }
    this.show(this.startPage);
    return manifest;
  }

  async manifest() {
    try {
      const response = await api(`/iiif/${encodeURIComponent(this.id)}/manifest`, {
        headers: { Accept: 'application/ld+json, application/json' },
      });
      return response.ok ? await response.json() : null;
    } catch {
      return null;
    }
  }

  /** One canvas per page, each painted by the page's rendered picture: for when there is no manifest. */
  plainCanvases() {
    return Array.from({ length: this.pageCount }, (_, index) => ({
      label: { vi: [`Trang ${index + 1}`] },
      items: [{ items: [{ body: { id: `/api/documents/${encodeURIComponent(this.id)}/pages/${index + 1}/image` } }] }],
    }));
  }

  createViewer() {
    for (const [name, value] of Object.entries(TOOLTIPS)) {
      OpenSeadragon.setString(`Tooltips.${name}`, value);
    }
    this.viewer = OpenSeadragon({
      element: this.element,
      prefixUrl: '/vendor/openseadragon/images/',
      showNavigator: true,
      navigatorPosition: 'TOP_RIGHT',
      maxZoomPixelRatio: 2,
      visibilityRatio: 0.5,
      crossOriginPolicy: 'Anonymous',
    });
    // The scale bar and messages live inside the viewer's element; OpenSeadragon keeps its canvas underneath.
    this.viewer.element.append(this.scaleBar, this.message);
    for (const event of ['open', 'animation', 'resize', 'update-viewport']) {
      this.viewer.addHandler(event, () => this.drawScaleBar());
    }
    this.viewer.addHandler('open', () => {
      this.message.hidden = true;
      this.drawHits();
    });
    this.viewer.addHandler('open-failed', () => {
      this.opened = 0;
      this.hitsReady = true;
      this.update();
      this.say(`Không mở được ảnh trang ${this.page}.`);
    });
  }

  say(message) {
    this.message.textContent = message;
    this.message.hidden = false;
  }

  stripItem(canvas, page) {
    const item = element('li');
    const choose = element('button', 'page-strip-item');
    choose.type = 'button';
    choose.dataset.page = String(page);
    const label = text(canvas.label) || `Trang ${page}`;
    choose.setAttribute('aria-label', label);
    const tiled = imageService(paintingBody(canvas)) !== null;
    const thumbnail = canvas.thumbnail?.[0]?.id;
    // Each page's small picture, loaded as the strip scrolls to it (a page's is made once on the server, then kept).
    if (thumbnail) {
      const picture = element('img');
      picture.loading = 'lazy';
      picture.alt = '';
      picture.src = thumbnail;
      picture.addEventListener('error', () => picture.remove());
      choose.append(picture);
    }
    if (tiled) {
      choose.title = 'Trang có ảnh phóng to';
    }
    choose.append(element('span', undefined, String(page)));
    choose.addEventListener('click', () => this.show(page));
    item.append(choose);
    return item;
  }

  /** Shows a page (1-based, kept within the document); `hit` ('first' or 'last') goes on to that match. */
  show(page, { hit = null } = {}) {
    if (!this.canvases.length) {
      return;
    }
    this.page = Math.max(1, Math.min(page, this.canvases.length));
    this.pendingHit = hit;
    this.generation++;
    this.hits = [];
    this.hitIndex = -1;
    this.hitsReady = !this.query || !this.viewer;
    if (this.viewer) {
      if (this.opened === this.page && this.viewer.world.getItemAt(0)) {
        this.drawHits();
      } else {
        this.open();
      }
    }
    this.update();
    this.onPage(this.page);
  }

  open() {
    const body = paintingBody(this.canvases[this.page - 1]);
    const service = imageService(body);
    this.metresPerPixel = Number(service?.[METRES_PER_PIXEL]) > 0 ? Number(service[METRES_PER_PIXEL]) : null;
    this.scaleBar.hidden = true;
    this.viewer.clearOverlays();
    this.opened = this.page;
    if (service) {
      this.viewer.open(`${service.id ?? service['@id']}/info.json`);
    } else if (body?.id) {
      this.viewer.open({ type: 'image', url: body.id, buildPyramid: false });
    }
  }

  /**
   * Searches for other words: their boxes are drawn and their pages marked; goes to `page` if given. `matches`, the
   * document's search answer for these words when the caller has it already, spares asking for it again.
   */
  search(query, page, matches) {
    if ((query ?? '') === this.query) {
      this.show(page ?? this.page);
      return;
    }
    this.query = query ?? '';
    this.boxes.clear();
    this.hitPages = [];
    this.markStrip();
    if (this.query && matches) {
      this.markHitPages(matches);
    } else if (this.query) {
      this.loadHitPages();
    }
    this.show(page ?? this.page);
  }

  /** The pages the query matches, from the document's own search. */
  async loadHitPages() {
    const query = this.query;
    let matches;
    try {
      matches = await getJson(`/api/documents/${encodeURIComponent(this.id)}/search?${new URLSearchParams({ q: query })}`);
    } catch {
      matches = [];
    }
    if (query === this.query) {
      this.markHitPages(matches);
    }
  }

  /** Marks the pages of the document's search answer (best first there, in page order here). */
  markHitPages(matches) {
    this.hitPages = [...new Set(matches.map((match) => match.page))].sort((a, b) => a - b);
    this.markStrip();
    this.update();
  }

  markStrip() {
    const matching = new Set(this.hitPages);
    for (const choose of this.strip.querySelectorAll('button')) {
      const page = Number(choose.dataset.page);
      const label = text(this.canvases[page - 1]?.label) || `Trang ${page}`;
      choose.classList.toggle('has-hits', matching.has(page));
      choose.setAttribute('aria-label', matching.has(page) ? `${label}, có chỗ khớp` : label);
    }
  }

  /**
   * Draws the searched words' boxes (from the page's OCR) over the picture as OpenSeadragon overlays, in viewport
   * coordinates (the picture's width is 1), so they stay on the words at every zoom. The boxes are in pixels of the
   * image OCR read, which was turned upright before reading, as are the searchable PDF the picture is rendered
   * from and the tiles: scaling by the ratio of the sizes puts them in place.
   */
  async drawHits() {
    const generation = this.generation;
    const page = this.page;
    this.viewer.clearOverlays();
    const item = this.viewer.world.getItemAt(0);
    if (!this.query || !item) {
      this.hitsReady = true;
      this.update();
      return;
    }
    let answer = this.boxes.get(page);
    if (!answer) {
      try {
        answer = await getJson(`/api/documents/${encodeURIComponent(this.id)}/pages/${page}/hits?${new URLSearchParams({ q: this.query })}`);
      } catch {
        answer = { width: 0, height: 0, boxes: [] }; // a page read from a text layer has no word boxes
      }
      this.boxes.set(page, answer);
    }
    if (generation !== this.generation) {
      return;
    }
    this.hitsReady = true;
    if (!answer.width || !answer.height) {
      this.update();
      return;
    }
    const size = item.getContentSize();
    const sx = size.x / answer.width;
    const sy = size.y / answer.height;
    this.hits = answer.boxes.map((box) => {
      const location = item.imageToViewportRectangle(box.x0 * sx, box.y0 * sy, (box.x1 - box.x0) * sx, (box.y1 - box.y0) * sy);
      const mark = element('div', 'hit-box');
      mark.title = box.word;
      this.viewer.addOverlay({ element: mark, location });
      return { location, mark };
    });
    const pending = this.pendingHit;
    this.pendingHit = null;
    if (pending && this.hits.length) {
      this.goTo(pending === 'last' ? this.hits.length - 1 : 0);
    } else {
      this.update();
    }
  }

  /** Zooms to one matched word of the page, with room around it so its line can be read. */
  goTo(index) {
    this.hitIndex = index;
    this.hits.forEach((hit, i) => hit.mark.classList.toggle('current', i === index));
    const box = this.hits[index].location;
    // At least a third of the page's width, so a short word is seen within its line.
    const width = Math.max(box.width * 9, 0.35);
    const height = box.height * 13;
    this.viewer.viewport.fitBounds(new OpenSeadragon.Rect(box.x + box.width / 2 - width / 2, box.y + box.height / 2 - height / 2, width, height));
    this.update();
  }

  /** The next (1) or previous (-1) match: on this page, else on the next matching page, round to the first. */
  step(direction) {
    const target = this.hitIndex + direction;
    if (this.hits.length && (this.hitIndex >= 0 || direction > 0) && target >= 0 && target < this.hits.length) {
      this.goTo(target);
      return;
    }
    const others = direction > 0 ? this.hitPages.filter((p) => p > this.page) : this.hitPages.filter((p) => p < this.page);
    const wrapped = direction > 0 ? this.hitPages[0] : this.hitPages.at(-1);
    const page = others.length ? (direction > 0 ? others[0] : others.at(-1)) : wrapped;
    if (page !== undefined && page !== this.page) {
      this.show(page, { hit: direction > 0 ? 'first' : 'last' });
    } else if (this.hits.length) {
      this.goTo(direction > 0 ? 0 : this.hits.length - 1);
    }
  }

  key(event) {
    if (event.target.closest?.('input, textarea, select') || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.key === 'PageDown' || event.key === 'PageUp') {
      this.show(this.page + (event.key === 'PageDown' ? 1 : -1));
    } else if ((event.key === 'n' || event.key === 'N') && this.query) {
      this.step(event.shiftKey ? -1 : 1);
    } else {
      return;
    }
    event.preventDefault();
  }

  /** Brings the buttons, labels, strip and address in line with the page and match shown. */
  update() {
    const count = this.canvases.length;
    this.position.textContent = `${text(this.canvases[this.page - 1]?.label) || `Trang ${this.page}`} / ${count}`;
    this.previous.disabled = this.page <= 1;
    this.next.disabled = this.page >= count;

    this.hitNav.hidden = !this.query;
    const elsewhere = this.hitPages.some((p) => p !== this.page);
    this.previousHit.disabled = !this.hits.length && !elsewhere;
    this.nextHit.disabled = !this.hits.length && !elsewhere;
    const shown = !this.hitsReady ? 'Đang tìm chỗ khớp…' : this.hits.length === 0 ? 'Không có chỗ khớp trên trang này'
      : this.hitIndex < 0 ? `${this.hits.length} chỗ khớp trên trang này` : `Chỗ khớp ${this.hitIndex + 1} / ${this.hits.length}`;
    this.hitPosition.textContent = shown;
    this.hitPagesLabel.textContent = this.hitPages.length ? `${this.hitPages.length} trang khớp` : '';

    for (const choose of this.strip.querySelectorAll('button')) {
      const selected = Number(choose.dataset.page) === this.page;
      choose.setAttribute('aria-current', selected ? 'page' : 'false');
      if (selected) {
        // Scrolls the strip only, never the page around it.
        this.strip.scrollLeft = choose.parentElement.offsetLeft - (this.strip.clientWidth - choose.offsetWidth) / 2;
      }
    }

    const url = new URL(location.href);
    url.searchParams.set('page', String(this.page));
    if (this.query) {
      url.searchParams.set('q', this.query);
    } else {
      url.searchParams.delete('q');
    }
    history.replaceState(null, '', url);
  }

  /** Redraws the scale bar for the current zoom: metres per screen pixel = metres per image pixel / image zoom. */
  drawScaleBar() {
    const item = this.viewer?.world.getItemAt(0);
    if (!this.metresPerPixel || !item) {
      this.scaleBar.hidden = true;
      return;
    }
    const screenPerImagePixel = item.viewportToImageZoom(this.viewer.viewport.getZoom(true));
    if (!(screenPerImagePixel > 0)) {
      this.scaleBar.hidden = true;
      return;
    }
    const metresPerScreenPixel = this.metresPerPixel / screenPerImagePixel;
    const metres = roundLength(metresPerScreenPixel * SCALE_BAR_TARGET);
    this.scaleBar.querySelector('.scale-bar-line').style.width = `${Math.round(metres / metresPerScreenPixel)}px`;
    this.scaleBar.querySelector('.scale-bar-label').textContent = formatLength(metres);
    this.scaleBar.dataset.metres = String(metres);
    this.scaleBar.hidden = false;
  }
}
