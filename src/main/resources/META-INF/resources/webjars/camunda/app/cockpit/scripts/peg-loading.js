// The controllo di gestione's page in Cockpit, «Caricamento del PEG» (#/peg-caricamento): PEG sheets
// imported from the browser, and a variation of the plan previewed then sent, without curl. Each
// file is one call to the same API as curl's (POST /api/objectives, POST /api/variations): its rules
// and limits apply unchanged. The session may post these two from this script only: text/plain with
// X-Requested-With, which no form of another site can send (platform.ApiAuthentication).

const APP_ROOT = document.querySelector('base').getAttribute('app-root'); // e.g. "/camunda"
const API = APP_ROOT.replace(/\/camunda\/?$/, '') + '/api';
const PATH = '/peg-caricamento';

const STYLE = `
.peg-loading { padding: 0 15px 20px; max-width: 1200px; }
.peg-loading h2 { font-size: 20px; margin: 10px 0; }
.peg-loading .peg-intro { color: #555; }
.peg-loading .peg-tabs { margin: 12px 0; }
.peg-loading .peg-pane { border: 1px solid #ddd; border-top: none; padding: 12px 15px; }
.peg-loading .peg-fields { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; margin-bottom: 10px; }
.peg-loading .peg-fields label { display: flex; flex-direction: column; font-weight: normal; margin: 0; }
.peg-loading .peg-file { margin: 14px 0; padding: 8px 12px; border-left: 4px solid #ccc; background: #fafafa; }
.peg-loading .peg-file.peg-ok { border-left-color: #2e7d32; }
.peg-loading .peg-file.peg-refused { border-left-color: #c0392b; }
.peg-loading .peg-file h4 { margin: 4px 0 8px; font-size: 15px; }
.peg-loading .peg-errors li { color: #a12a1f; margin-bottom: 3px; white-space: pre-wrap; }
.peg-loading .peg-outcome { font-weight: bold; margin-top: 10px; }
.peg-loading .peg-diff h4 { margin-top: 14px; }
.peg-loading .peg-diff table { table-layout: fixed; }
.peg-loading .peg-diff th:nth-child(-n+2) { width: 20%; }
.peg-loading td { white-space: pre-wrap; }
.peg-loading .peg-picker { position: relative; }
.peg-loading .peg-picker input[type=file] { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.peg-loading .peg-picker:focus-within .btn { outline: 2px solid #5b9bd5; }
.peg-loading .peg-chosen { margin-left: 8px; color: #333; }`;

function ensureStyle() {
  if (!document.getElementById('peg-loading-style')) {
    document.head.appendChild(el('style', { id: 'peg-loading-style' }, STYLE));
  }
}

/** Builds an element; children are nodes or text (set as text, never as HTML: file names and messages are the user's). */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
    else if (value === true) node.setAttribute(name, '');
    else if (value !== false && value != null) node.setAttribute(name, value);
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
}

// X-Requested-With: what lets the session post (and a 401 then comes without a Basic login dialog).
const HEADERS = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' };

async function getJson(path) {
  const response = await fetch(API + path, { credentials: 'same-origin', headers: HEADERS });
  if (!response.ok) throw new Error('errore ' + response.status);
  return response.json();
}

/** The file's bytes as they are (the server detects UTF-8 or Windows-1252 itself), as text/plain. */
async function postSheet(path, file) {
  const response = await fetch(API + path, {
    method: 'POST', credentials: 'same-origin', headers: { ...HEADERS, 'Content-Type': 'text/plain' }, body: file
  });
  const body = await response.json().catch(() => ({}));
  return { ok: response.ok, status: response.status, body };
}

/** A refusal as the server words it: its detail, then every error of the sheet with its line. */
function refusal(answer) {
  const detail = answer.body.detail || `Il server ha risposto con l'errore ${answer.status}`;
  const errors = answer.body.errors || [];
  return [el('p', { class: 'peg-refusal' }, detail),
    errors.length ? el('ul', { class: 'peg-errors' }, errors.map(e => el('li', { 'data-line': e.line },
      e.message.startsWith('Riga ') ? e.message : `Riga ${e.line}: ${e.message}`))) : ''];
}

function table(cssClass, headers, rows) {
  return el('table', { class: 'table table-striped table-condensed ' + cssClass },
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))), el('tbody', {}, rows));
}

/** Where an objective's code leads: its running instance in Cockpit, or our read-only page. */
function objectiveLink(objective) {
  return objective.finished || !objective.processInstanceId
    ? '#/peg-obiettivo/' + encodeURIComponent(objective.code)
    : '#/process-instance/' + objective.processInstanceId + '/runtime?tab=peg-gantt-tab';
}

function italianDate(iso) {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso || '') ? iso.split('-').reverse().join('/') : iso;
}

/** «18/07/2026» as the API takes it; anything else goes as typed, and the server says what is wrong. */
function isoDate(typed) {
  const italian = typed.trim().match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  return italian ? `${italian[3]}-${italian[2].padStart(2, '0')}-${italian[1].padStart(2, '0')}` : typed.trim();
}

/**
 * A file field in Italian: the browser's own button speaks the browser's language («Choose Files»),
 * so it is hidden under ours, and the chosen names are listed beside it.
 */
function filePicker(caption, name, multiple) {
  const chosen = el('span', { class: 'peg-chosen' }, 'Nessun file scelto');
  const input = el('input', { type: 'file', name, multiple, accept: '.txt,text/plain', onchange: () => {
      const names = Array.from(input.files).map(file => file.name);
      chosen.textContent = !names.length ? 'Nessun file scelto'
        : names.length === 1 ? names[0] : `${names.length} file scelti: ${names.join(', ')}`;
    } });
  return el('label', { class: 'peg-picker' }, caption,
    el('span', {}, input, el('span', { class: 'btn btn-default btn-sm' }, multiple ? 'Scegli i file…' : 'Scegli il file…'),
      chosen));
}

function plural(count, one, many) {
  return count === 1 ? `1 ${one}` : `${count} ${many}`;
}

// ---- Importing sheets

async function importFiles(files, results) {
  results.replaceChildren();
  const imported = [];
  const refused = [];
  for (const file of files) { // one by one: a file's failure does not stop the next
    const box = el('div', { class: 'peg-file', 'data-file': file.name }, el('h4', {}, `${file.name}: importazione in corso…`));
    results.append(box);
    let answer;
    try {
      answer = await postSheet('/objectives', file);
    } catch (error) {
      answer = { ok: false, status: 0, body: { detail: 'Nessuna risposta dal server: il file potrebbe non essere arrivato. '
        + 'Si può riprovare: un obiettivo già importato viene segnalato e non si importa due volte.' } };
    }
    if (answer.ok) {
      imported.push(file.name);
      await showImported(box, file.name, answer.body.objectives || []);
    } else {
      refused.push(file.name);
      box.classList.add('peg-refused');
      box.replaceChildren(el('h4', {}, `${file.name}: non importato, nessun obiettivo del file è stato caricato`), ...refusal(answer));
    }
  }
  results.append(el('p', { class: 'peg-outcome' },
    (imported.length ? `Importati: ${imported.join(', ')}.` : 'Nessun file importato.')
      + (refused.length ? ` Non importati: ${refused.join(', ')}.` : '')));
}

async function showImported(box, name, objectives) {
  box.classList.add('peg-ok');
  // The answer names code, instance and counts; the title comes from the objective itself.
  const details = await Promise.all(objectives.map(o => getJson('/objectives/' + encodeURIComponent(o.code))
    .catch(() => ({ code: o.code, processInstanceId: o.processInstanceId, title: '' }))));
  box.replaceChildren(el('h4', {}, `${name}: importato, ${plural(objectives.length, 'obiettivo', 'obiettivi')}`),
    table('peg-imported', ['Codice', 'Titolo', 'Fasi', 'Indicatori'], objectives.map((o, i) =>
      el('tr', { 'data-code': o.code }, el('td', {}, el('a', { href: objectiveLink(details[i]) }, o.code)),
        el('td', {}, details[i].title || ''), el('td', {}, o.phases), el('td', {}, o.indicators)))));
}

function importPane() {
  const results = el('div', { class: 'peg-import-results' });
  return el('div', { class: 'peg-pane peg-import' },
    el('p', { class: 'peg-intro' }, 'Scegliere uno o più fogli PEG (file .txt, UTF-8 o Windows-1252). Ogni file si importa '
      + 'per intero o per niente: con un errore nessun obiettivo del file viene caricato, e gli altri file si importano lo stesso.'),
    el('form', { class: 'peg-fields', onsubmit: event => {
        event.preventDefault();
        const files = Array.from(event.currentTarget.sheets.files);
        if (!files.length) {
          results.replaceChildren(el('p', { class: 'peg-refusal' }, 'Nessun file scelto'));
          return;
        }
        const button = event.currentTarget.querySelector('button');
        button.disabled = true;
        importFiles(files, results).finally(() => { button.disabled = false; });
      } },
      filePicker('Fogli PEG', 'sheets', true),
      el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Importa')),
    results);
}

// ---- Varying the plan

function subject(change) {
  return change.phase != null ? 'Fase ' + change.phase : change.indicator != null ? 'Indicatore ' + change.indicator : 'Obiettivo';
}

function value(change, text) {
  if (text == null || text === '') return '—';
  return change.attribute === 'plannedStart' || change.attribute === 'plannedEnd' ? italianDate(text) : text;
}

function diff(variations, labels) {
  if (!variations.length) return el('p', { class: 'peg-message' }, 'Nessuna differenza: il foglio è uguale al piano in vigore.');
  return el('div', { class: 'peg-diff' }, variations.map(v => el('div', { class: 'peg-diff-objective', 'data-code': v.code },
    el('h4', {}, 'Obiettivo ', el('a', { href: '#/peg-obiettivo/' + encodeURIComponent(v.code) }, v.code),
      `: ${plural(v.changes.length, 'modifica', 'modifiche')}`),
    v.changes.length ? table('peg-changes', ['Fase o indicatore', 'Attributo', 'Prima', 'Dopo'], v.changes.map(c =>
      el('tr', {}, el('td', {}, subject(c)), el('td', {}, labels[c.attribute] || c.attribute),
        el('td', {}, value(c, c.before)), el('td', {}, value(c, c.after)))))
      : el('p', {}, 'Nessuna modifica'))));
}

function variationPane(labels) {
  const results = el('div', { class: 'peg-variation-results' });
  let previewed = null; // what the preview was made of: «Invia» sends exactly that, or nothing
  const send = el('button', { type: 'button', class: 'btn btn-primary btn-sm', name: 'send', disabled: true },
    'Invia la variazione');
  let generation = 0; // bumped by every change of the fields: an answer to older fields is dropped
  const changed = () => { previewed = null; send.disabled = true; generation++; };
  const form = el('form', { class: 'peg-fields', onchange: changed, oninput: changed },
    filePicker('Foglio ristampato', 'sheet', false),
    el('label', {}, 'Atto', el('input', { class: 'form-control input-sm', name: 'act', size: 45,
      placeholder: 'Delibera G.C. n. 214 del 18/07/2026' })),
    el('label', {}, 'In vigore dal', el('input', { class: 'form-control input-sm', name: 'effective', size: 12,
      placeholder: 'gg/mm/aaaa (vuoto: oggi)' })),
    el('button', { type: 'submit', class: 'btn btn-default btn-sm' }, 'Anteprima'), send);

  async function vary(dryRun) {
    const file = form.sheet.files[0];
    if (!file) {
      results.replaceChildren(el('p', { class: 'peg-refusal' }, 'Scegliere il foglio ristampato'));
      return;
    }
    const query = new URLSearchParams({ act: form.act.value });
    if (form.effective.value.trim()) query.set('effective', isoDate(form.effective.value));
    query.set('dryRun', String(dryRun));
    send.disabled = true;
    const run = ++generation;
    let answer;
    try {
      answer = await postSheet('/variations?' + query, file);
    } catch (error) {
      answer = { ok: false, status: 0, body: { detail: dryRun ? 'Nessuna risposta dal server: riprovare l\'anteprima'
        : 'Nessuna risposta dal server: prima di riprovare, controllare nelle «Versioni» dell\'obiettivo se la variazione è registrata.' } };
    }
    if (dryRun && run !== generation) {
      return; // the fields changed meanwhile: this preview is of what is no longer on screen (a sending is always shown)
    }
    if (!answer.ok) {
      previewed = null;
      results.replaceChildren(el('div', { class: 'peg-file peg-refused' },
        el('h4', {}, dryRun ? `${file.name}: anteprima non possibile` : `${file.name}: variazione non registrata`),
        refusal(answer)));
      return;
    }
    const variations = answer.body.variations || [];
    if (dryRun) {
      previewed = file;
      send.disabled = false;
      results.replaceChildren(el('div', { class: 'peg-file peg-preview' },
        el('h4', {}, `Anteprima di ${file.name}: nulla è ancora registrato. Controllare e premere «Invia la variazione».`),
        diff(variations, labels)));
    } else {
      previewed = null;
      results.replaceChildren(el('div', { class: 'peg-file peg-ok peg-sent' },
        el('h4', {}, `Variazione registrata con l'atto «${form.act.value.trim()}»: `
          + plural(variations.length, 'obiettivo variato', 'obiettivi variati')),
        diff(variations, labels)));
    }
  }

  form.addEventListener('submit', event => { event.preventDefault(); vary(true); });
  send.addEventListener('click', () => { if (previewed) vary(false); });
  return el('div', { class: 'peg-pane peg-variation' },
    el('p', { class: 'peg-intro' }, 'Il foglio ristampato degli obiettivi che l\'atto modifica. «Anteprima» mostra le '
      + 'differenze dal piano in vigore senza registrare nulla; «Invia la variazione» le registra con l\'atto.'),
    form, results);
}

// ---- The page and its entry in the navbar

function renderPage(node, labels) {
  const panes = { import: importPane(), variation: variationPane(labels) };
  const tabs = el('ul', { class: 'nav nav-tabs peg-tabs' });
  const show = name => {
    Object.entries(panes).forEach(([key, pane]) => { pane.hidden = key !== name; });
    tabs.querySelectorAll('li').forEach(li => li.classList.toggle('active', li.dataset.tab === name));
  };
  [['import', 'Importazione dei fogli'], ['variation', 'Variazione del piano']].forEach(([name, label]) =>
    tabs.append(el('li', { 'data-tab': name }, el('a', { href: '', onclick: event => { event.preventDefault(); show(name); } }, label))));
  node.replaceChildren(el('section', { class: 'peg-loading' }, el('h2', {}, 'Caricamento del PEG'), tabs,
    panes.import, panes.variation));
  show('import');
}

const loadingPage = {
  id: 'peg-loading-page',
  pluginPoint: 'cockpit.route',
  properties: { path: PATH },
  render: async node => {
    ensureStyle();
    node.replaceChildren(el('p', { class: 'peg-loading' }, 'Caricamento…'));
    let page;
    try {
      page = await getJson('/loading');
    } catch (error) {
      node.replaceChildren(el('p', { class: 'peg-loading' }, 'Pagina non disponibile: ' + error.message));
      return;
    }
    if (!page.allowed) {
      node.replaceChildren(el('section', { class: 'peg-loading' }, el('h2', {}, 'Caricamento del PEG'),
        el('p', { class: 'peg-refusal' }, 'Solo il controllo di gestione può importare i fogli PEG e inviare le variazioni.')));
      return;
    }
    renderPage(node, page.labels);
  }
};

/** «Caricamento del PEG» in Cockpit's navbar, for who may load the PEG only. */
const navigation = {
  id: 'peg-loading-navigation',
  pluginPoint: 'cockpit.navigation',
  priority: 50,
  properties: { path: PATH, checkActive: url => url.includes('#' + PATH) },
  render: node => {
    getJson('/loading').then(page => {
      if (page.allowed) node.replaceChildren(el('a', { href: '#' + PATH, class: 'peg-loading-link' }, 'Caricamento del PEG'));
    }).catch(() => {});
  }
};

export default [loadingPage, navigation];
