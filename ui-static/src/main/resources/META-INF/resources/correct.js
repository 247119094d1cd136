// Correcting a page's OCR text line by line beside its image. Lines are named by their boxes, as the API gives
// them; only the lines changed are sent. Text from the API is always set as text, never as HTML.
import { element, getJson, sendJson } from './common.js';

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
const status = document.getElementById('status');
const base = `/api/documents/${encodeURIComponent(id)}/pages/${page}`;
let current = null;

function say(text, error = false) {
  status.textContent = text;
  status.classList.toggle('error', error);
}

/** Frames a line's box on the image, in percentages so it follows the image's size. */
function frame(box) {
  const marker = document.getElementById('line-box');
  if (!box || !current?.width || !current?.height) {
    marker.hidden = true;
    return;
  }
  marker.style.left = `${(100 * box.x0) / current.width}%`;
  marker.style.top = `${(100 * box.y0) / current.height}%`;
  marker.style.width = `${(100 * (box.x1 - box.x0)) / current.width}%`;
  marker.style.height = `${(100 * (box.y1 - box.y0)) / current.height}%`;
  marker.hidden = false;
}

function lineItem(line, index) {
  const item = element('li', 'correct-line');
  const label = element('label', 'visually-hidden', `Dòng ${index + 1}`);
  const input = element('input', 'line-text');
  input.id = `line-${index + 1}`;
  label.htmlFor = input.id;
  input.value = line.text;
  input.spellcheck = false;
  input.autocomplete = 'off';
  input.dataset.original = line.text;
  input.dataset.box = JSON.stringify(line.box);
  input.addEventListener('focus', () => frame(line.box));
  input.addEventListener('input', () => item.classList.toggle('changed', input.value !== line.text));
  item.append(label, input);
  return item;
}

async function showLines() {
  current = await getJson(`${base}/lines`);
  document.getElementById('lines').replaceChildren(...current.lines.map(lineItem));
  document.getElementById('layer-note').hidden = !current.textLayerPending;
}

function versionItem(version) {
  const when = new Date(version.correctedAt).toLocaleString('vi-VN');
  const what = version.reverts ? `hoàn tác phiên bản ${version.reverts}` : `${version.lines.length} dòng`;
  const item = element('li', 'correct-version');
  item.dataset.version = String(version.version);
  item.append(element('p', null, `Phiên bản ${version.version} · ${version.correctedBy} · ${when} · ${what}`));
  const changes = element('ul', 'correct-changes');
  for (const line of version.lines) {
    const change = element('li');
    change.append(element('del', null, line.before), document.createTextNode(' → '), element('ins', null, line.after));
    changes.append(change);
  }
  const undo = element('button', 'secondary', 'Hoàn tác');
  undo.type = 'button';
  undo.addEventListener('click', () => save(() => sendJson('POST', `${base}/corrections/${version.version}/revert`)));
  item.append(changes, undo);
  return item;
}

async function showHistory() {
  const versions = await getJson(`${base}/corrections`);
  document.getElementById('history').replaceChildren(...(versions.length
    ? versions.slice().reverse().map(versionItem) : [element('li', 'hint', 'Trang chưa được sửa.')]));
}

async function save(send) {
  try {
    const version = await send();
    say(`Đã lưu phiên bản ${version.version}: tìm kiếm dùng ngay nội dung mới.`);
    await showLines();
    await showHistory();
  } catch (error) {
    say(error.message, true);
  }
}

document.getElementById('lines-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const lines = [...document.querySelectorAll('.line-text')]
    .filter((input) => input.value !== input.dataset.original)
    .map((input) => ({ box: JSON.parse(input.dataset.box), text: input.value }));
  if (!lines.length) {
    say('Chưa có dòng nào được sửa.', true);
    return;
  }
  save(() => sendJson('PUT', `${base}/corrections`, { lines }));
});

async function load() {
  if (!id) {
    say('Thiếu mã tài liệu (?id=…).', true);
    return;
  }
  try {
    const details = await getJson(`/api/documents/${encodeURIComponent(id)}`);
    document.title = `Lưu trữ – Sửa trang ${page} – ${details.title}`;
    document.getElementById('title').textContent = `Sửa chữ trang ${page}/${details.pageCount} · ${details.title}`;
    document.getElementById('back').href = `/document.html?${new URLSearchParams({ id, page: String(page) })}`;
    const previous = document.getElementById('previous');
    const next = document.getElementById('next');
    previous.hidden = page <= 1;
    next.hidden = page >= details.pageCount;
    previous.href = `/correct.html?${new URLSearchParams({ id, page: String(page - 1) })}`;
    next.href = `/correct.html?${new URLSearchParams({ id, page: String(page + 1) })}`;
    document.getElementById('page-image').src = `${base}/image`;
    document.getElementById('correction').hidden = false;
    await showLines();
    await showHistory();
  } catch (error) {
    say(error.message, true);
  }
}

load();
