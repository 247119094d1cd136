// Administration: the watched folders, whose scans workers ingest as they arrive (register, list, remove).
// Folders come from the server and are shown as text, never as HTML.
import { element, getJson, sendJson } from './common.js';

const form = document.getElementById('new-watched');
const input = document.getElementById('watched-folder');
const body = document.querySelector('#watched tbody');
const note = document.getElementById('watched-status');

function say(text, error = false) {
  note.textContent = text;
  note.classList.toggle('error', error);
}

async function load() {
  const folders = await getJson('/api/watched-folders');
  body.replaceChildren(...folders.map((folder) => {
    const row = element('tr');
    const remove = element('button', null, 'Bỏ theo dõi');
    remove.type = 'button';
    remove.addEventListener('click', async () => {
      await sendJson('DELETE', `/api/watched-folders/${folder.id}`).catch((error) => say(error.message, true));
      load();
    });
    const action = element('td');
    action.append(remove);
    row.append(element('td', null, folder.folder), element('td', null, String(folder.filesTaken)),
      element('td', null, folder.addedBy), action);
    return row;
  }));
}

if (form) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const added = await sendJson('POST', '/api/watched-folders', { folder: input.value.trim() });
      say(`Đang theo dõi ${added.folder}.`);
      input.value = '';
      load();
    }
    catch (error) {
      say(error.message, true);
    }
  });
  load().catch((error) => say(error.message, true));
}
