// Lưu trữ search page: an overview of the province's administrative units, drawn from the gazetteer's
// approximate bounds (GET /api/areas) as plain SVG, with no online map. Clicking a ward or district, or
// dragging a rectangle, puts the matching filter (phuong:, quan:, vung:) into the query with loai:ban-do and
// searches, so the list shows the map sheets of that area; the filters stay visible and editable as text.

import { getJson } from './common.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 480;
const AREA_FILTERS = /\s*(?:vung:\S+|phuong:"[^"]*"|quan:"[^"]*"|loai:ban-do)/g;

const picker = document.getElementById('area-picker');
const choice = document.getElementById('area-province');
const drawing = document.getElementById('area-map');
const chosen = document.getElementById('area-chosen');
const input = document.getElementById('q');
const form = document.getElementById('search');

function provinceOf(unit, byName) {
  let at = unit;
  while (at && at.level !== 'province') {
    at = byName.get(at.within);
  }
  return at?.name;
}

/** Searches for the maps of an area: the officer's own words kept, earlier area filters replaced. */
function searchArea(filter, label) {
  const words = input.value.replace(AREA_FILTERS, '').trim();
  input.value = `${words} loai:ban-do ${filter}`.trim();
  chosen.textContent = `Đã chọn: ${label}`;
  form.requestSubmit();
}

function shape(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, String(value)));
  return node;
}

/** The extent of the units drawn, with a margin: a province's wards are small beside the whole province. */
function extent(province, units) {
  if (units.length === 0) {
    return province.bounds;
  }
  const w = Math.min(...units.map((u) => u.bounds[0]));
  const s = Math.min(...units.map((u) => u.bounds[1]));
  const e = Math.max(...units.map((u) => u.bounds[2]));
  const n = Math.max(...units.map((u) => u.bounds[3]));
  const margin = Math.max(e - w, n - s) * 0.05;
  return [w - margin, s - margin, e + margin, n + margin];
}

function draw(province, units) {
  const [west, south, east, north] = extent(province, units);
  // Equirectangular, with longitude shrunk by the cosine of the latitude, so the wards keep their shape.
  const shrink = Math.cos(((south + north) / 2) * Math.PI / 180);
  const scale = WIDTH / ((east - west) * shrink);
  const height = Math.round((north - south) * scale);
  const x = (lon) => (lon - west) * shrink * scale;
  const y = (lat) => (north - lat) * scale;
  drawing.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
  drawing.dataset.west = west;
  drawing.dataset.north = north;
  drawing.dataset.scale = scale;
  drawing.dataset.shrink = shrink;
  drawing.replaceChildren(shape('rect', { x: 0, y: 0, width: WIDTH, height, class: 'province' }));
  // Larger units first, so the smaller ones (former wards inside a merged one) stay on top to click.
  const size = (u) => (u.bounds[2] - u.bounds[0]) * (u.bounds[3] - u.bounds[1]);
  for (const unit of [...units].sort((a, b) => size(b) - size(a))) {
    const [w, s, e, n] = unit.bounds;
    const group = shape('g', { class: `unit ${unit.level}`, role: 'button', tabindex: 0,
      'aria-label': `${unit.name}${unit.successor ? ` (nay thuộc ${unit.successor})` : ''}` });
    const title = shape('title', {});
    title.textContent = unit.name;
    group.append(title, shape('rect', { x: x(w), y: y(n), width: x(e) - x(w), height: y(s) - y(n) }));
    // A name wider than its unit is left to the tooltip and the accessible name, not drawn over its neighbours.
    const name = unit.name.replace(/^(Phường|Xã|Thị trấn|Quận|Huyện|Thị xã) /, '');
    if (name.length * 5.5 < x(e) - x(w)) {
      const label = shape('text', { x: (x(w) + x(e)) / 2, y: unit.level === 'ward' ? (y(n) + y(s)) / 2 + 3 : y(n) + 11,
        'text-anchor': 'middle' });
      label.textContent = name;
      group.append(label);
    }
    const pick = () => searchArea(`${unit.level === 'ward' ? 'phuong' : 'quan'}:"${unit.name}"`, unit.name);
    group.addEventListener('click', (event) => {
      if (!drawing.dataset.dragged) {
        pick();
      }
      event.stopPropagation();
    });
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        pick();
      }
    });
    drawing.append(group);
  }
}

/** Dragging draws a box; letting go searches the maps whose footprint meets it. */
function enableDragging() {
  let start = null;
  let box = null;
  const point = (event) => {
    const matrix = drawing.getScreenCTM().inverse();
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix);
    return { x: p.x, y: p.y };
  };
  const lonLat = (p) => {
    const { west, north, scale, shrink } = drawing.dataset;
    return { lon: Number(west) + p.x / Number(scale) / Number(shrink), lat: Number(north) - p.y / Number(scale) };
  };
  drawing.addEventListener('pointerdown', (event) => {
    start = point(event);
    delete drawing.dataset.dragged;
  });
  drawing.addEventListener('pointermove', (event) => {
    if (!start) {
      return;
    }
    const p = point(event);
    if (Math.abs(p.x - start.x) + Math.abs(p.y - start.y) < 6) {
      return;
    }
    drawing.dataset.dragged = 'true';
    box ??= drawing.appendChild(shape('rect', { class: 'drag' }));
    box.setAttribute('x', Math.min(p.x, start.x));
    box.setAttribute('y', Math.min(p.y, start.y));
    box.setAttribute('width', Math.abs(p.x - start.x));
    box.setAttribute('height', Math.abs(p.y - start.y));
  });
  drawing.addEventListener('pointerup', (event) => {
    if (start && drawing.dataset.dragged) {
      const a = lonLat(start);
      const b = lonLat(point(event));
      const round = (v) => Math.round(v * 1e5) / 1e5;
      const bbox = [Math.min(a.lon, b.lon), Math.min(a.lat, b.lat), Math.max(a.lon, b.lon), Math.max(a.lat, b.lat)]
        .map(round).join(',');
      searchArea(`vung:${bbox}`, `vùng ${bbox}`);
      // The click that follows a drag must not also pick the unit under the pointer.
      setTimeout(() => delete drawing.dataset.dragged, 0);
    }
    start = null;
    box?.remove();
    box = null;
  });
}

async function init() {
  let units;
  try {
    units = (await getJson('/api/areas')).filter((u) => u.bounds.length === 4);
  } catch {
    picker.hidden = true;
    return;
  }
  const byName = new Map(units.map((u) => [u.name, u]));
  const provinces = units.filter((u) => u.level === 'province');
  if (provinces.length === 0) {
    picker.hidden = true;
    return;
  }
  choice.replaceChildren(...provinces.map((p) => new Option(p.name, p.name)));
  const show = () => {
    const province = byName.get(choice.value);
    draw(province, units.filter((u) => u.level !== 'province' && provinceOf(u, byName) === province.name));
  };
  choice.addEventListener('change', show);
  show();
  enableDragging();
}

init();
