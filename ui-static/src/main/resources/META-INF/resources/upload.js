// Lưu trữ ingestion page: scanning staff drop a batch of scans (hundreds of MB) and it is uploaded with tus, a
// resumable protocol: a transfer broken off (network, laptop asleep) goes on from the last byte the server has,
// even after the page is reloaded and the same files dropped again. Each file shows its own progress; when every
// file has arrived, the batch's job is queued like any other and shows in the list below.
//
// tus-js-client comes from npm at build time (/vendor/tus-js-client/tus.min.js, the global `tus`).

import { api, csrfToken } from './common.js';

const CHUNK_BYTES = 16 * 1024 * 1024;

const zone = document.getElementById('drop');
const picker = document.getElementById('files');
const list = document.getElementById('uploads');
const status = document.getElementById('upload-status');

async function problemText(response) {
  const body = await response.json().catch(() => null);
  return body?.detail ?? body?.title ?? `lỗi ${response.status}`;
}

function say(text, error = false) {
  status.textContent = text;
  status.classList.toggle('error', error);
}

function row(file) {
  const item = document.createElement('li');
  const name = document.createElement('span');
  name.className = 'upload-name';
  name.textContent = file.name;
  const bar = document.createElement('progress');
  bar.max = 1;
  bar.value = 0;
  const note = document.createElement('span');
  note.className = 'upload-note';
  item.append(name, bar, note);
  list.append(item);
  return { bar, note };
}

function upload(file, batch, token) {
  const { bar, note } = row(file);
  return new Promise((resolve) => {
    const transfer = new window.tus.Upload(file, {
      endpoint: '/api/uploads/files',
      chunkSize: CHUNK_BYTES,
      retryDelays: [0, 1000, 3000, 5000, 10000, 20000],
      metadata: { filename: file.name, filetype: file.type, batch },
      headers: { 'X-XSRF-TOKEN': token, 'X-Requested-With': 'XMLHttpRequest' },
      // Resumes a file of the same batch dropped again after a reload.
      fingerprint: async (f) => `luutru-${batch}-${f.name}-${f.size}-${f.lastModified}`,
      removeFingerprintOnSuccess: true,
      onProgress: (sent, total) => {
        bar.value = total ? sent / total : 0;
        note.textContent = `${Math.round((100 * sent) / total)} %`;
      },
      onError: (error) => {
        note.textContent = `Lỗi: ${error.originalResponse?.getBody?.() || error.message}`;
        note.classList.add('error');
        resolve(false);
      },
      onSuccess: () => {
        bar.value = 1;
        note.textContent = 'Đã tải xong';
        resolve(true);
      },
    });
    transfer.findPreviousUploads().then((previous) => {
      if (previous.length) {
        transfer.resumeFromPreviousUpload(previous[0]);
      }
      transfer.start();
    });
  });
}

/** Uploads the files as one batch, then queues its job. */
export async function send(files) {
  if (!files.length) {
    return;
  }
  say(`Đang tải lên ${files.length} tệp…`);
  const created = await api('/api/uploads/batches', { method: 'POST' });
  if (created.status !== 201) {
    say(`Không tải lên được: ${await problemText(created)}`, true);
    return;
  }
  const batch = (await created.json()).id;
  const token = await csrfToken();
  const results = await Promise.all([...files].map((file) => upload(file, batch, token)));
  const arrived = results.filter(Boolean).length;
  if (!arrived) {
    say('Không tệp nào tải lên được.', true);
    return;
  }
  const queued = await api(`/api/uploads/batches/${batch}/ingest`, { method: 'POST' });
  if (queued.status !== 202) {
    say(`Đã tải lên nhưng không bắt đầu nhập được: ${await problemText(queued)}`, true);
    return;
  }
  const job = await queued.json();
  say(`Đã tải lên ${arrived}/${files.length} tệp; lượt nhập số ${job.id} đã được ghi nhận.`);
  document.dispatchEvent(new CustomEvent('job-queued', { detail: job }));
}

if (zone) {
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    send(event.dataTransfer.files);
  });
  picker.addEventListener('change', () => send(picker.files));
}
