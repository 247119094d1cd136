// Appraisal page: the files whose retention period has run out, each with a form to record a decision (keep,
// extend N years, destroy) and, for an approved destruction, the second administrator's confirmation.
import { element, getJson, sendJson } from './common.js';
import { DECISIONS, STATUS, date, decisionText, retention, emptyRow } from './records.js';

const status = document.getElementById('status');

function say(text, error = false) {
  status.textContent = text;
  status.classList.toggle('error', error);
}

function decisionForm(view) {
  const form = element('form', 'decision-form');
  const select = element('select');
  select.name = 'decision';
  select.setAttribute('aria-label', 'Quyết định');
  for (const [value, label] of Object.entries(DECISIONS)) {
    const option = element('option', undefined, label);
    option.value = value;
    select.append(option);
  }
  const years = element('input');
  Object.assign(years, { name: 'extendYears', type: 'number', min: 1, placeholder: 'số năm' });
  years.setAttribute('aria-label', 'Số năm gia hạn');
  const reason = element('input');
  Object.assign(reason, { name: 'reason', placeholder: 'Lý do (ý kiến Hội đồng)' });
  reason.setAttribute('aria-label', 'Lý do');
  const submit = element('button', undefined, 'Ghi quyết định');
  submit.type = 'submit';
  form.append(select, years, reason, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { decision: select.value, reason: reason.value.trim(), extendYears: select.value === 'extend' ? Number(years.value) || null : null };
    try {
      await sendJson('POST', `/api/records/appraisal/${encodeURIComponent(view.file.code)}/decisions`, body);
      await load();
      say(`Đã ghi quyết định “${DECISIONS[body.decision]}” cho hồ sơ ${view.file.code}.`);
    } catch (error) {
      say(error.errors?.length ? error.errors.join(' ') : error.message, true);
    }
  });
  return form;
}

function confirmButton(view) {
  const latest = view.decisions[0];
  const button = element('button', 'confirm-destruction', 'Xác nhận hủy');
  button.type = 'button';
  button.addEventListener('click', async () => {
    try {
      await sendJson('POST', `/api/records/appraisal/${encodeURIComponent(view.file.code)}/decisions/${latest.id}/confirmation`);
      await load();
      say(`Đã xác nhận hủy hồ sơ ${view.file.code}.`);
    } catch (error) {
      say(error.message, true);
    }
  });
  return button;
}

function row(view) {
  const f = view.file;
  const tr = element('tr');
  tr.dataset.code = f.code;
  const link = element('a', undefined, f.code);
  link.href = `/files.html?code=${encodeURIComponent(f.code)}`;
  const codeCell = element('td');
  codeCell.append(link);
  const action = element('td');
  if (f.status === 'destruction-approved') {
    action.append(element('p', 'file-status', `${STATUS[f.status]}: ${decisionText(view.decisions[0])}`), confirmButton(view));
  }
  action.append(decisionForm(view));
  tr.append(codeCell, element('td', undefined, f.title), element('td', undefined, date(f.endDate)),
    element('td', undefined, retention(f.retention)), element('td', undefined, date(view.reviewFrom)),
    element('td', undefined, String(view.documentCount)), action);
  return tr;
}

async function load() {
  const due = await getJson('/api/records/appraisal');
  document.getElementById('due').replaceChildren(...(due.length ? due.map(row)
    : [emptyRow('Không có hồ sơ nào đến hạn thẩm định.', 7)]));
}

load().catch((error) => say(error.message, true));
