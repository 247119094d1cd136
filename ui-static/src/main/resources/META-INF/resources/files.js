// Archival files page: the list of files with a form to open one, or (?code=…) one file with its documents and
// appraisal decisions.
import { element, getJson, may, sendJson } from './common.js';
import { STATUS, date, decisionText, retention, emptyRow } from './records.js';

const code = new URLSearchParams(location.search).get('code');
const status = document.getElementById('status');

function fail(error) {
  status.textContent = error.message;
  status.classList.add('error');
}

function field(list, label, value) {
  list.append(element('dt', undefined, label), element('dd', undefined, value === null || value === undefined ? '—' : String(value)));
}

async function showList() {
  const files = await getJson('/api/records/files');
  const rows = files.map((f) => {
    const row = element('tr');
    row.dataset.code = f.code;
    const link = element('a', undefined, f.code);
    link.href = `/files.html?code=${encodeURIComponent(f.code)}`;
    const cell = element('td');
    cell.append(link);
    row.append(cell, element('td', undefined, f.title), element('td', undefined, `${date(f.startDate)} – ${date(f.endDate)}`),
      element('td', undefined, retention(f.retention)), element('td', undefined, STATUS[f.status] ?? f.status));
    return row;
  });
  document.getElementById('files').replaceChildren(...(rows.length ? rows : [emptyRow('Chưa có hồ sơ nào.', 5)]));
  document.getElementById('list').hidden = false;
  if (await may('DESCRIBE_RECORDS')) {
    const form = document.getElementById('open-file');
    form.hidden = false;
    form.onsubmit = async (event) => {
      event.preventDefault();
      const body = {};
      for (const input of form.querySelectorAll('input')) {
        const value = input.value.trim();
        body[input.name] = value === '' ? null : (input.type === 'number' ? Number(value) : value);
      }
      try {
        const view = await sendJson('POST', '/api/records/files', body);
        location.assign(`/files.html?code=${encodeURIComponent(view.file.code)}`);
      } catch (error) {
        const reasons = error.errors?.length ? error.errors : [error.message];
        document.getElementById('open-errors').replaceChildren(...reasons.map((r) => element('li', undefined, r)));
      }
    };
  }
}

function renderFile(view) {
  const f = view.file;
  document.getElementById('code').textContent = f.code;
  const list = document.getElementById('fields');
  list.replaceChildren();
  field(list, 'Tiêu đề', f.title);
  field(list, 'Phông / mục lục / hộp / hồ sơ số', `${f.fondsCode} / ${f.catalogueNumber} / ${f.boxNumber ?? '—'} / ${f.fileNumber}`);
  field(list, 'Thời gian', `${date(f.startDate)} – ${date(f.endDate)}`);
  field(list, 'Thời hạn bảo quản', retention(f.retention));
  field(list, 'Đến hạn thẩm định', view.reviewFrom ? date(view.reviewFrom) : 'Không (vĩnh viễn hoặc chưa có thời gian kết thúc)');
  field(list, 'Chế độ sử dụng', f.accessRegime === 'cong-khai' ? 'Công khai' : 'Hạn chế sử dụng');
  field(list, 'Ngôn ngữ', f.language);
  field(list, 'Tổng số văn bản', view.documentCount);
  field(list, 'Số tờ / số trang', `${f.sheetCount ?? '—'} / ${view.pageCount}`);
  field(list, 'Tình trạng vật lý', f.physicalState);
  field(list, 'Chú giải', f.notes);
  field(list, 'Trạng thái', STATUS[f.status] ?? f.status);
  const items = view.documents.map((doc) => {
    const item = element('li', 'linked-document');
    item.dataset.document = doc.documentId;
    const link = element('a', undefined, doc.title);
    link.href = `/document.html?id=${encodeURIComponent(doc.documentId)}`;
    item.append(link, element('span', 'file-name', ` · ${doc.pageCount} trang`));
    return item;
  });
  document.getElementById('documents').replaceChildren(...(items.length ? items : [element('li', 'hint', 'Chưa có tài liệu nào.')]));
  document.getElementById('decisions').replaceChildren(...view.decisions.map((d) => element('li', undefined, decisionText(d))));
  document.getElementById('file').hidden = false;
}

async function showFile() {
  renderFile(await getJson(`/api/records/files/${encodeURIComponent(code)}`));
  // A plain link: the browser streams the zip to disk rather than holding it in this page.
  const exportLink = document.getElementById('export');
  exportLink.href = `/api/records/files/${encodeURIComponent(code)}/export`;
  exportLink.hidden = !(await may('EXPORT'));
  if (await may('DESCRIBE_RECORDS')) {
    const form = document.getElementById('add-document');
    form.hidden = false;
    form.onsubmit = async (event) => {
      event.preventDefault();
      const documentId = document.getElementById('add-id').value.trim();
      try {
        renderFile(await sendJson('PUT', `/api/records/files/${encodeURIComponent(code)}/documents/${encodeURIComponent(documentId)}`));
        status.classList.remove('error');
        status.textContent = 'Đã thêm tài liệu vào hồ sơ.';
      } catch (error) {
        fail(error);
      }
    };
  }
}

(code ? showFile() : showList()).catch(fail);
