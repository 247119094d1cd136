// Shared words of the archival-records pages (files, appraisal).
import { DATE, element } from './common.js';

export const STATUS = { open: 'Đang bảo quản', 'destruction-approved': 'Chờ xác nhận hủy', destroyed: 'Đã hủy' };
export const DECISIONS = { keep: 'Giữ lại vĩnh viễn', extend: 'Gia hạn', destroy: 'Hủy' };

export function date(value) {
  return value ? DATE.format(new Date(`${value}T00:00:00`)) : '—';
}

export function retention(value) {
  return value === 'vinh-vien' ? 'Vĩnh viễn' : `${value} năm`;
}

export function decisionText(d) {
  const what = d.decision === 'extend' ? `Gia hạn ${d.extendYears} năm` : DECISIONS[d.decision];
  const confirmed = d.confirmedBy ? `; ${d.confirmedBy} xác nhận hủy` : '';
  return `${what} – ${d.reason} (${d.decidedBy}, ${new Date(d.decidedAt).toLocaleString('vi-VN')}${confirmed})`;
}

/** A table row saying the table is empty, across its columns. */
export function emptyRow(text, columns) {
  const cell = element('td', 'hint', text);
  cell.colSpan = columns;
  const row = element('tr');
  row.append(cell);
  return row;
}
