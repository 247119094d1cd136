// Statistics page: the inspection figures of a period as tiles, a bar chart drawn with plain elements, and tables
// by field and by procedure.
import { element, getJson } from './common.js';

const NUMBER = new Intl.NumberFormat('vi-VN');
const PERCENT = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });
const status = document.getElementById('status');
const FIGURES = [
  ['received', 'Đã tiếp nhận'],
  ['returnedWithResult', 'Đã trả kết quả'],
  ['returnedUnresolved', 'Trả lại'],
  ['inProgress', 'Đang giải quyết'],
  ['overdueInProgress', 'Quá hạn (đang giải quyết)'],
  ['returnedLate', 'Trả trễ hẹn'],
  ['returnedByPost', 'Trả qua bưu điện'],
];

function tiles(all) {
  const items = FIGURES.map(([key, label]) => {
    const tile = element('div', 'tile');
    tile.dataset.figure = key;
    tile.append(element('span', 'tile-value', NUMBER.format(all[key])), element('span', 'tile-label', label));
    return tile;
  });
  const rate = element('div', 'tile');
  rate.dataset.figure = 'onTimeRate';
  rate.append(element('span', 'tile-value', all.onTimeRate === null ? '—' : PERCENT.format(all.onTimeRate)),
    element('span', 'tile-label', 'Tỷ lệ đúng hạn'));
  document.getElementById('tiles').replaceChildren(...items, rate);
}

function chart(all) {
  const max = Math.max(1, all.received);
  const rows = FIGURES.slice(1, 4).map(([key, label]) => {
    const row = element('div', 'bar-row');
    const bar = element('div', `bar bar-${key}`);
    bar.style.width = `${(100 * all[key]) / max}%`;
    const track = element('div', 'bar-track');
    track.append(bar);
    row.append(element('span', 'bar-label', label), track, element('span', 'bar-value', NUMBER.format(all[key])));
    return row;
  });
  document.getElementById('chart').replaceChildren(...rows);
}

function table(id, groups, heading) {
  const head = element('tr');
  for (const label of [heading, 'Tiếp nhận', 'Đã trả KQ', 'Trả lại', 'Đang giải quyết', 'Quá hạn', 'Trễ hẹn', 'Bưu điện', 'Đúng hạn']) {
    head.append(element('th', undefined, label));
  }
  const rows = groups.map((g) => {
    const row = element('tr');
    row.append(element('td', undefined, g.group || '(không ghi)'));
    for (const key of ['received', 'returnedWithResult', 'returnedUnresolved', 'inProgress', 'overdueInProgress', 'returnedLate', 'returnedByPost']) {
      row.append(element('td', 'number', NUMBER.format(g[key])));
    }
    row.append(element('td', 'number', g.onTimeRate === null ? '—' : PERCENT.format(g.onTimeRate)));
    return row;
  });
  const thead = element('thead');
  thead.append(head);
  const tbody = element('tbody');
  tbody.append(...rows);
  document.getElementById(id).replaceChildren(thead, tbody);
}

async function show(from, to, field) {
  status.classList.remove('error');
  status.textContent = 'Đang tính…';
  const params = new URLSearchParams({ from, to });
  if (field) {
    params.set('field', field);
  }
  try {
    const report = await getJson(`/api/stats/dossiers?${params}`);
    tiles(report.all);
    chart(report.all);
    table('by-field', report.byField, 'Lĩnh vực');
    table('by-procedure', report.byProcedure, 'Thủ tục');
    document.getElementById('summary').hidden = false;
    status.textContent = `Hồ sơ nhận từ ${report.from} đến ${report.to}, tính đến ngày ${report.asOf}.`;
  } catch (error) {
    status.textContent = error.message;
    status.classList.add('error');
  }
}

const params = new URLSearchParams(location.search);
const today = new Date().toISOString().slice(0, 10);
document.getElementById('from').value = params.get('from') ?? `${today.slice(0, 4)}-01-01`;
document.getElementById('to').value = params.get('to') ?? today;
document.getElementById('field').value = params.get('field') ?? '';
document.getElementById('period').addEventListener('submit', (event) => {
  event.preventDefault();
  show(document.getElementById('from').value, document.getElementById('to').value, document.getElementById('field').value.trim());
});
show(document.getElementById('from').value, document.getElementById('to').value, document.getElementById('field').value.trim());
