// Dossier page: the dossier's details (the applicant's personal data as the API gives it) and its documents,
// with detach.
import { element, getJson, may, sendJson, DATE, STATUSES } from './common.js';

const code = new URLSearchParams(location.search).get('code') ?? '';
const status = document.getElementById('status');
const CHANNELS = { desk: 'Trực tiếp', post: 'Bưu điện', online: 'Trực tuyến' };

function fail(error) {
  status.textContent = error.message;
  status.classList.add('error');
}

function date(value) {
  return value ? DATE.format(new Date(`${value}T00:00:00`)) : '—';
}

function field(list, label, value) {
  list.append(element('dt', undefined, label), element('dd', undefined, value ?? '—'));
}

function render(view, canDetach, personal) {
  const d = view.dossier;
  document.getElementById('code').textContent = d.code;
  const list = document.getElementById('fields');
  list.replaceChildren();
  field(list, 'Thủ tục', d.procedureName);
  field(list, 'Lĩnh vực', d.field);
  field(list, 'Trạng thái', STATUSES[d.status] ?? d.status);
  field(list, 'Ngày nhận', date(d.receivedOn));
  field(list, 'Ngày hẹn trả', date(d.dueOn));
  field(list, 'Ngày trả', date(d.returnedOn));
  field(list, 'Hình thức trả', CHANNELS[d.returnChannel] ?? d.returnChannel);
  field(list, 'Người nộp', d.applicant.name);
  field(list, 'Số CCCD', d.applicant.idNumber);
  field(list, 'Số điện thoại', d.applicant.phone);
  field(list, 'Địa chỉ', d.applicant.address);
  if (!personal) {
    list.append(element('dd', 'hint masked-note', 'Số CCCD và số điện thoại được che theo vai trò của tài khoản.'));
  }
  field(list, 'Đơn vị hành chính', [d.ward, d.district, d.province].filter(Boolean).join(', ') || null);
  field(list, 'Thửa đất', d.parcels.map((p) => `thửa ${p.parcel}, tờ ${p.mapSheet}`).join('; ') || null);
  field(list, 'Văn bản liên quan', d.documentNumbers.join('; ') || null);
  const items = view.documents.map((doc) => {
    const item = element('li', 'linked-document');
    item.dataset.document = doc.documentId;
    const link = element('a', undefined, doc.title);
    link.href = `/document.html?id=${encodeURIComponent(doc.documentId)}`;
    const detach = element('button', 'detach', 'Gỡ khỏi hồ sơ');
    detach.type = 'button';
    detach.addEventListener('click', async () => {
      try {
        await sendJson('DELETE', `/api/dossiers/${encodeURIComponent(code)}/documents/${encodeURIComponent(doc.documentId)}`);
        status.classList.remove('error');
        status.textContent = `Đã gỡ “${doc.title}”.`;
        await load();
      } catch (error) {
        fail(error);
      }
    });
    item.append(link, element('span', 'file-name', ` ${doc.fileName} · ${doc.pageCount} trang`));
    if (canDetach) {
      item.append(detach);
    }
    if (doc.note) {
      item.append(element('p', 'note', doc.note));
    }
    return item;
  });
  document.getElementById('documents').replaceChildren(...(items.length ? items : [element('li', 'hint', 'Chưa có tài liệu nào.')]));
  document.getElementById('dossier').hidden = false;
}

async function load() {
  if (!code) {
    fail(new Error('Thiếu mã hồ sơ (?code=…).'));
    return;
  }
  try {
    const [view, canDetach, personal, canExport] = await Promise.all([
      getJson(`/api/dossiers/${encodeURIComponent(code)}`), may('LINK_DOSSIERS'), may('PERSONAL_DATA'), may('EXPORT')]);
    render(view, canDetach, personal);
    // A plain link: the browser streams the zip to disk rather than holding it in this page.
    const exportLink = document.getElementById('export');
    exportLink.href = `/api/dossiers/${encodeURIComponent(code)}/export`;
    exportLink.hidden = !canExport;
  } catch (error) {
    fail(error);
  }
}

load();
