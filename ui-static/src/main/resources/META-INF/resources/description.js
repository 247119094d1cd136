// Document page: the archival description by Circular 02/2019/TT-BNV (derived from what ingestion read until an
// archivist saves one), and, for roles that may describe records, a form that saves it and lists every broken rule.
import { DATE, element, getJson, may, sendJson } from './common.js';

const id = new URLSearchParams(location.search).get('id') ?? '';
const url = `/api/documents/${encodeURIComponent(id)}/description`;
const form = document.getElementById('description-form');
const errors = document.getElementById('description-errors');
const TEXT_FIELDS = ['documentType', 'number', 'symbol', 'issuedOn', 'subject', 'issuer', 'signer', 'language',
  'accessRegime', 'reliability', 'informationSign', 'autograph', 'physicalState', 'notes'];
const ACCESS = { 'cong-khai': 'Công khai', 'han-che': 'Hạn chế sử dụng' };
const RELIABILITY = { 'goc-dien-tu': 'Gốc điện tử', 'so-hoa': 'Số hóa', 'hon-hop': 'Hỗn hợp' };

let current;

function field(list, label, value) {
  list.append(element('dt', undefined, label), element('dd', undefined, value === null || value === undefined || value === '' ? '—' : String(value)));
}

function date(value) {
  return value ? DATE.format(new Date(`${value}T00:00:00`)) : null;
}

function render(view) {
  current = view;
  const d = view.description;
  const list = document.getElementById('description');
  list.replaceChildren();
  field(list, 'Mã định danh', view.identifier);
  if (view.file) {
    const link = element('a', undefined, `${view.file.code} – ${view.file.title}`);
    link.href = `/files.html?code=${encodeURIComponent(view.file.code)}`;
    list.append(element('dt', undefined, 'Hồ sơ lưu trữ'));
    const dd = element('dd');
    dd.append(link, ` (văn bản số ${view.file.position})`);
    list.append(dd);
  }
  field(list, 'Tên loại văn bản', d.documentType);
  field(list, 'Số và ký hiệu', [d.number, d.symbol].filter(Boolean).join('/'));
  field(list, 'Ngày văn bản', date(d.issuedOn));
  field(list, 'Trích yếu nội dung', d.subject);
  field(list, 'Cơ quan ban hành', d.issuer);
  field(list, 'Người ký', d.signer);
  field(list, 'Ngôn ngữ', d.language);
  field(list, 'Số trang', d.pageCount);
  field(list, 'Chế độ sử dụng', ACCESS[d.accessRegime] ?? d.accessRegime);
  field(list, 'Mức độ tin cậy', RELIABILITY[d.reliability] ?? d.reliability);
  field(list, 'Ký hiệu thông tin', d.informationSign);
  field(list, 'Từ khóa', d.keywords.join(', '));
  field(list, 'Bút tích', d.autograph);
  field(list, 'Tình trạng vật lý', d.physicalState);
  field(list, 'Ghi chú', d.notes);
  field(list, 'Định dạng, độ phân giải', [view.contentType, view.dpi ? `${view.dpi} dpi` : null].filter(Boolean).join(', '));
  document.getElementById('description-origin').textContent = view.edited
    ? `Do ${view.editedBy} lưu lúc ${new Date(view.editedAt).toLocaleString('vi-VN')}.`
    : 'Tự động lấy từ những gì đọc được khi nhập tài liệu; chưa ai chỉnh sửa.';
  document.getElementById('description-section').hidden = false;
}

function fill() {
  const d = current.description;
  for (const name of TEXT_FIELDS) {
    form.elements[name].value = d[name] ?? '';
  }
  form.elements.pageCount.value = d.pageCount;
  form.elements.keywords.value = d.keywords.join(', ');
}

function read() {
  const body = {};
  for (const name of TEXT_FIELDS) {
    const value = form.elements[name].value.trim();
    body[name] = value === '' ? null : value;
  }
  body.pageCount = Number.parseInt(form.elements.pageCount.value, 10) || 0;
  body.keywords = form.elements.keywords.value.split(',').map((k) => k.trim()).filter(Boolean);
  return body;
}

async function save(event) {
  event.preventDefault();
  errors.replaceChildren();
  try {
    render(await sendJson('PUT', url, read()));
    form.hidden = true;
    document.getElementById('edit-description').hidden = false;
    document.getElementById('description-origin').textContent = 'Đã lưu mô tả. ' + document.getElementById('description-origin').textContent;
  } catch (error) {
    const reasons = error.errors?.length ? error.errors : [error.message];
    errors.replaceChildren(...reasons.map((reason) => element('li', undefined, reason)));
  }
}

async function load() {
  if (!id) {
    return;
  }
  try {
    render(await getJson(url));
  } catch {
    return; // the document page itself says what went wrong
  }
  if (await may('DESCRIBE_RECORDS')) {
    const edit = document.getElementById('edit-description');
    edit.hidden = false;
    edit.addEventListener('click', () => {
      fill();
      errors.replaceChildren();
      form.hidden = false;
      edit.hidden = true;
      form.elements.documentType.focus();
    });
    document.getElementById('cancel-description').addEventListener('click', () => {
      form.hidden = true;
      edit.hidden = false;
    });
    form.addEventListener('submit', save);
  }
}

load();
