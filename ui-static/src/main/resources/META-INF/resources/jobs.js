// Lưu trữ ingestion page for scanning staff: start a job on a folder, watch every recent job's progress,
// read why files were set aside, and retry them once they are fixed: a new job that reads only the set-aside
// files of that job (all of them, or one), never the rest of the folder again.
// The web server only records a job; a worker process takes it (QUEUED until then) and runs it.
//
// File names and reasons come from the server's disk and are shown as text, never as HTML.

import { api } from './common.js';

const POLL_MS = 1000;
const NUMBER = new Intl.NumberFormat('vi-VN');
const ENDED = new Set(['COMPLETED', 'FAILED', 'STOPPED', 'ABANDONED']);
const STATES = {
  QUEUED: 'Đang chờ máy xử lý',
  STARTING: 'Đang chuẩn bị',
  STARTED: 'Đang nhập',
  STOPPING: 'Đang dừng',
  COMPLETED: 'Đã xong',
  FAILED: 'Thất bại',
  STOPPED: 'Đã dừng',
  ABANDONED: 'Đã bỏ',
};

const form = document.getElementById('start');
const folderInput = document.getElementById('folder');
const status = document.getElementById('status');
const list = document.getElementById('jobs');
const template = document.getElementById('job-template');

/** One list item per job id, kept across refreshes so open details stay open. */
const items = new Map();
let polling = null;

async function problemText(response) {
  const body = await response.json().catch(() => null);
  return body?.detail ?? body?.title ?? `lỗi ${response.status}`;
}

export async function start(folder) {
  status.textContent = 'Đang gửi yêu cầu…';
  const response = await api('/api/jobs', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ folder }),
  });
  if (response.status !== 202) {
    status.textContent = `Không bắt đầu được: ${await problemText(response)}`;
    status.classList.add('error');
    return;
  }
  const job = await response.json();
  status.classList.remove('error');
  status.textContent = `Đã ghi nhận lượt nhập số ${job.id}; máy xử lý sẽ nhận và chạy.`;
  render(job);
  schedule();
}

/** Asks for a new job that ingests again what a job set aside: every file, or the one named. */
export async function retry(jobId, file) {
  status.textContent = 'Đang gửi yêu cầu nhập lại…';
  const response = await api(`/api/jobs/${jobId}/retry`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(file ? { file } : {}),
  });
  if (response.status !== 202) {
    status.textContent = `Không nhập lại được: ${await problemText(response)}`;
    status.classList.add('error');
    return;
  }
  const job = await response.json();
  status.classList.remove('error');
  status.textContent = `Đã ghi nhận lượt nhập lại số ${job.id} cho các tệp bị để riêng của lượt ${jobId}.`;
  render(job);
  schedule();
}

/** Queues a job that failed part-way again: a worker goes on from the file it stopped at. */
export async function resume(jobId) {
  const response = await api(`/api/jobs/${jobId}/resume`, { method: 'POST' });
  if (response.status !== 202) {
    status.textContent = `Không chạy tiếp được: ${await problemText(response)}`;
    status.classList.add('error');
    return;
  }
  status.classList.remove('error');
  status.textContent = `Lượt nhập số ${jobId} sẽ chạy tiếp từ tệp đang dở.`;
  render(await response.json());
  schedule();
}

/** Whether a job has ended, one way or another (an abandoned job may have no end time). */
export function ended(job) {
  return ENDED.has(job.status);
}

/**
 * How far a job is, from 0 to 1: by pages once they are counted (a 300-page report and a one-page letter
 * are not the same amount of work), else by files. Files already in the archive are skipped without
 * reading their pages, so an ended job is complete whatever the page count says.
 */
export function fraction(job) {
  if (ended(job)) {
    return 1;
  }
  if (job.pagesTotal) {
    return Math.min(job.pagesRead / job.pagesTotal, 1);
  }
  return job.filesTotal ? job.filesDone / job.filesTotal : 0;
}

/** Pages per minute and the time left, from what the job has done since it started. */
export function timing(job, now = Date.now()) {
  if (!job.startedAt) {
    return '';
  }
  const end = job.endedAt ? Date.parse(job.endedAt) : now;
  const minutes = Math.max((end - Date.parse(job.startedAt)) / 60000, 1 / 600);
  const pageRate = job.pagesRead / minutes;
  let text = `${NUMBER.format(Math.round(pageRate))} trang/phút`;
  const done = fraction(job);
  if (!ended(job) && done > 0 && done < 1) {
    text += ` · còn khoảng ${duration((minutes * (1 - done)) / done)}`;
  }
  if (job.endedAt) {
    text += ` · mất ${duration(minutes)}`;
  }
  return text;
}

function duration(minutes) {
  const seconds = Math.round(minutes * 60);
  if (seconds < 60) {
    return `${seconds} giây`;
  }
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m} phút ${seconds % 60} giây` : `${Math.floor(m / 60)} giờ ${m % 60} phút`;
}

function render(job) {
  let item = items.get(job.id);
  if (!item) {
    item = template.content.firstElementChild.cloneNode(true);
    item.dataset.job = job.id;
    item.querySelector('.job-retry').addEventListener('click', () => retry(job.id));
    item.querySelector('.job-resume').addEventListener('click', () => resume(job.id));
    items.set(job.id, item);
  }
  item.dataset.folder = job.folder;
  item.dataset.status = job.status;
  item.querySelector('.job-folder').textContent = `#${job.id} · ${job.folder}`;
  item.querySelector('.job-state').textContent = STATES[job.status] ?? job.status;
  const bar = item.querySelector('.job-progress');
  const done = fraction(job);
  if (job.status === 'QUEUED') {
    // Waiting is not work under way: an empty bar, not a busy one.
    bar.max = 1000;
    bar.value = 0;
  } else if (job.filesTotal === null || job.filesTotal === undefined) {
    bar.removeAttribute('value');
  } else {
    bar.max = 1000;
    bar.value = Math.round(done * 1000);
  }
  const percent = Math.floor(done * 100);
  bar.textContent = `${percent}%`;
  item.dataset.percent = percent;
  item.querySelector('.job-figures').textContent =
    `${percent}% · ${NUMBER.format(job.pagesRead)}/${job.pagesTotal ?? '?'} trang, ` +
    `${NUMBER.format(job.filesDone)}/${job.filesTotal ?? '?'} tệp · ` +
    `${NUMBER.format(job.filesIndexed)} tệp mới, ${NUMBER.format(job.pagesIndexed)} trang đã lưu · ` +
    `${NUMBER.format(job.duplicates)} trùng · ${NUMBER.format(job.failed)} để riêng`;
  // A job waiting out an outage says what it waits for ("Đang chờ Elasticsearch: …") until it moves on.
  item.querySelector('.job-timing').textContent =
    timing(job) + (job.waitingFor ? ` · ${job.waitingFor}` : '') + (job.exitMessage ? ` · ${job.exitMessage}` : '');
  // A job that failed part-way (its folder unreachable, the index away too long) goes on where it stopped;
  // one refused before it started has nothing to go on with.
  item.querySelector('.job-resume').hidden = job.status !== 'FAILED' || !job.startedAt;
  renderFailures(item, job);
  return item;
}

function renderFailures(item, job) {
  const details = item.querySelector('.job-failures');
  details.hidden = job.failures.length === 0;
  const files = job.failures.filter((failure) => !failure.page).length;
  const pages = job.failures.length - files;
  details.querySelector('summary').textContent =
    [files && `${files} tệp bị để riêng`, pages && `${pages} trang không đọc được`].filter(Boolean).join(', ');
  const rows = job.failures.map((failure) => {
    const row = document.createElement('tr');
    const name = document.createElement('td');
    const file = failure.sourcePath.split('/').pop();
    name.textContent = failure.page ? `${file}, trang ${failure.page}` : file;
    name.title = failure.sourcePath;
    const reason = document.createElement('td');
    reason.textContent = failure.reason;
    const action = document.createElement('td');
    if (failure.retriedIn) {
      action.textContent = `Đã nhập lại ở lượt #${failure.retriedIn}`;
    } else if (!failure.page && ended(job)) {
      const again = document.createElement('button');
      again.type = 'button';
      again.className = 'file-retry';
      again.textContent = 'Nhập lại tệp này';
      again.addEventListener('click', () => retry(job.id, failure.sourcePath));
      action.append(again);
    }
    row.append(name, reason, action);
    return row;
  });
  details.querySelector('tbody').replaceChildren(...rows);
  // Whole files not yet retried: a page that could not be read is in a document the archive kept.
  const left = job.failures.filter((failure) => !failure.page && !failure.retriedIn).length;
  details.querySelector('.job-retry').hidden = !ended(job) || left === 0;
}

async function refresh() {
  const response = await api('/api/jobs?limit=10');
  if (!response.ok) {
    status.textContent = `Không đọc được tiến độ: ${await problemText(response)}`;
    status.classList.add('error');
    return false;
  }
  const jobs = await response.json();
  list.replaceChildren(...jobs.map(render));
  return jobs.some((job) => !ended(job));
}

function schedule() {
  if (polling) {
    return;
  }
  polling = setTimeout(async () => {
    polling = null;
    const running = await refresh().catch(() => true);
    if (running) {
      schedule();
    }
  }, POLL_MS);
}

if (form) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    start(folderInput.value.trim());
  });
  refresh().then((running) => running && schedule());
  // A batch uploaded on this page (upload.js) has queued its job.
  document.addEventListener('job-queued', (event) => {
    render(event.detail);
    schedule();
  });
}
