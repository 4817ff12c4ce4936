// PEG Workflow's monitoring inside Cockpit: the dashboard section "Obiettivi PEG", the process
// instance tab "Fasi (Gantt)" (with the plan's versions under it), a read-only page for finished objectives (Cockpit Community
// Edition has no history view) and the pages of the monitoring campaigns (#/peg-campagne, #/peg-campagna/ID). Plain JavaScript, no build step; data come from our /api, which
// accepts the Cockpit session and shows only the objectives the user may read.

const APP_ROOT = document.querySelector('base').getAttribute('app-root'); // e.g. "/camunda"
const API = APP_ROOT.replace(/\/camunda\/?$/, '') + '/api';

const STYLE = `
.peg-section { padding: 0 15px 20px; }
.peg-section h2 { font-size: 20px; margin: 10px 0; }
.peg-filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; margin-bottom: 10px; }
.peg-filters label { display: flex; flex-direction: column; font-weight: normal; margin: 0; }
.peg-filters label.peg-check { flex-direction: row; gap: 6px; align-items: center; padding-bottom: 6px; }
.peg-summary { margin: 6px 0; color: #555; }
.peg-table td.peg-number, .peg-table th.peg-number { text-align: right; }
.peg-table td.peg-late { color: #c0392b; font-weight: bold; }
.peg-report h3 { font-size: 18px; margin-top: 20px; }
.peg-report td { white-space: pre-wrap; }
.peg-words { white-space: pre-wrap; }
.peg-gantt svg { max-width: 100%; height: auto; }
.peg-message { color: #555; padding: 10px 0; }
.peg-trail li { margin-bottom: 6px; }
.peg-trail .peg-when { color: #555; margin-right: 6px; }
.peg-trail .peg-values { color: #333; margin: 2px 0 0 0; padding-left: 18px; }
.peg-reopen { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; margin: 8px 0 14px; }
.peg-reopen label { display: flex; flex-direction: column; font-weight: normal; margin: 0; }
.peg-varied { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 3px; background: #fff3cd; color: #7a5b00; border: 1px solid #e0c56e; font-size: 11px; }
.peg-versions h4 { margin-top: 16px; }
.peg-versions .peg-version-meta { color: #555; margin: 2px 0 6px; }
.peg-versions .peg-version-changes { table-layout: fixed; }
.peg-versions .peg-version-changes th:nth-child(-n+2) { width: 20%; }
.peg-status { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; border: 1px solid; white-space: nowrap; }
.peg-status-ON_TRACK { background: #e8f5e9; color: #2e7d32; border-color: #a5d6a7; }
.peg-status-AT_RISK { background: #fff3e0; color: #a04000; border-color: #f0b27a; }
.peg-status-CRITICAL { background: #fdecea; color: #c0392b; border-color: #e6a39b; }
.peg-status-NOT_RECEIVED { background: #f2f2f2; color: #555; border-color: #ccc; }
.peg-progress-bar { width: 320px; height: 12px; background: #eee; border-radius: 6px; overflow: hidden; display: inline-block; vertical-align: middle; margin-right: 8px; }
.peg-progress-bar > span { display: block; height: 100%; background: #3d85c6; }
.peg-campaign h3 { font-size: 17px; margin-top: 18px; }
.peg-campaign .peg-original { color: #777; text-decoration: line-through; margin-right: 4px; }
.peg-campaign .peg-correction { color: #555; font-size: 11px; display: block; }

body.peg-read-only .ctn-toolbar .btn-toolbar, body.peg-read-only td.actions { display: none !important; }`;

function ensureStyle() {
  if (!document.getElementById('peg-monitoring-style')) {
    const style = el('style', { id: 'peg-monitoring-style' }, STYLE);
    document.head.appendChild(style);
  }
}

/** Builds an element; children are nodes or text (set as text, never as HTML). */
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

// X-Requested-With: a 401 (session expired) then comes without a Basic challenge, so no login dialog.
const HEADERS = { 'X-Requested-With': 'XMLHttpRequest' };

async function getJson(path) {
  const response = await fetch(API + path, { credentials: 'same-origin', headers: { ...HEADERS, Accept: 'application/json' } });
  if (!response.ok) throw new Error('Errore ' + response.status + ' da ' + path);
  return response.json();
}

function italianNumber(value) {
  return value == null ? '' : Number(value).toLocaleString('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function italianDate(iso) {
  return iso ? iso.split('-').reverse().join('/') : '';
}

function percent(value) {
  return value == null ? '' : Number(value).toLocaleString('it-IT', { maximumFractionDigits: 2 }) + '%';
}

function table(cssClass, headers, rows) {
  return el('table', { class: 'table table-striped table-condensed peg-table ' + cssClass },
    el('thead', {}, el('tr', {}, headers.map(([label, numeric]) => el('th', { class: numeric ? 'peg-number' : '' }, label)))),
    el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', { colspan: headers.length }, 'Nessuna riga'))));
}

function cell(value, numeric) {
  return el('td', { class: numeric ? 'peg-number' : '' }, value ?? '');
}

/** What the rendicontazione holds: phases with their reports, indicators with target, value, note and score, the words of the Dirigente and of the Nucleo. */
async function showReport(node, code) {
  let objective;
  try {
    objective = await getJson('/objectives/' + encodeURIComponent(code));
  } catch (error) {
    node.replaceChildren(el('p', { class: 'peg-message' }, 'Rendicontazione non disponibile: ' + error.message));
    return;
  }
  const state = document.querySelector('.peg-objective-state');
  if (state) {
    state.textContent = objective.state === 'WITHDRAWN'
      ? 'Obiettivo ritirato: la scheda riporta il piano e quanto registrato fino al ritiro; non concorre ai punteggi dell\'anno.'
      : objective.finished
      ? 'Processo concluso: Cockpit mostra solo le istanze in corso, questa scheda riporta le fasi e i risultati registrati.'
      : `Obiettivo ${objective.stateLabel || 'in corso'}: la scheda riporta il piano, l'avanzamento e quanto registrato finora.`;
  }
  const phases = table('peg-report-phases', [['N.', true], ['Fase'], ['Responsabile'], ['Peso', true], ['Fine prevista'],
    ['Fine effettiva'], ['Completamento', true], ['Stato'], ['Relazione']],
  objective.phases.map(p => el('tr', { 'data-phase': p.number },
    cell(p.number, true), cell(p.name), cell(p.responsible), cell(percent(p.weight), true), cell(italianDate(p.plannedEnd)),
    cell(italianDate(p.actualEnd)), cell(p.completion != null ? percent(p.completion)
      : p.latestProgress ? `${percent(p.latestProgress.completion)} (avanzamento)` : '', true),
    cell((p.stateLabel || '') + (p.late ? ', in ritardo' : '')), cell(p.report))));
  const indicators = table('peg-report-indicators', [['N.', true], ['Indicatore'], ['Valore atteso'], ['Valore effettivo'],
    ['Nota'], ['Punteggio', true]],
  objective.indicators.map(i => el('tr', { 'data-indicator': i.number },
    cell(i.number, true), cell(i.description + (i.removed ? ' (soppresso)' : '')), cell(i.expectedValue), cell(i.actualValue), cell(i.note),
    cell(italianNumber(i.score), true))));
  const words = (title, text, cssClass) => [el('h4', {}, title),
    el('p', { class: 'peg-words ' + cssClass }, text ? text : '—')];
  node.replaceChildren(el('div', { class: 'peg-report' },
    el('h3', {}, 'Rendicontazione'),
    el('p', { class: 'peg-scores' }, objective.score == null ? 'Punteggio non ancora calcolato (si calcola quando tutte le fasi sono concluse e gli indicatori rilevati)'
      : `Punteggio ${italianNumber(objective.score)} (fasi ${italianNumber(objective.phasesScore)}`
      + `, indicatori ${italianNumber(objective.indicatorsScore)}) · Fascia: ${objective.band || '—'}`),
    el('h4', {}, 'Fasi'), phases, el('h4', {}, 'Indicatori'), indicators,
    words('Motivazione dello scostamento', objective.deviationReason, 'peg-deviation'),
    words('Nota di validazione del Nucleo di Valutazione', objective.validationNote, 'peg-validation-note')));
}

/** Where a row leads: the running instance in Cockpit, or our read-only page once it is over. */
function objectiveLink(objective) {
  return objective.finished || !objective.processInstanceId
    ? '#/peg-obiettivo/' + encodeURIComponent(objective.code)
    : '#/process-instance/' + objective.processInstanceId + '/runtime?tab=peg-gantt-tab';
}

function select(name, label, value, choices) {
  return el('label', {}, label,
    el('select', { class: 'form-control input-sm', name },
      choices.map(([optionValue, optionLabel]) =>
        el('option', { value: optionValue, selected: String(optionValue) === String(value ?? '') }, optionLabel))));
}

/** «1 obiettivo», «5 obiettivi». */
function objectives(count) {
  return count === 1 ? '1 obiettivo' : `${count} obiettivi`;
}

// The dashboard's filters live in the address (#/dashboard?pegAnno=2026&...): a reload, a bookmark
// or a link sent to a colleague shows the same selection.
const ADDRESS_KEYS = { year: 'pegAnno', department: 'pegDirezione', unit: 'pegServizio', state: 'pegStato', lateOnly: 'pegInRitardo',
  variedOnly: 'pegVariati', campaignStatus: 'pegMonitoraggio' };
const CHECKBOXES = new Set(['lateOnly', 'variedOnly']);

function addressParameters() {
  const hash = window.location.hash || '';
  const start = hash.indexOf('?');
  return new URLSearchParams(start >= 0 ? hash.substring(start + 1) : '');
}

function filterFromAddress() {
  const parameters = addressParameters();
  const filter = {};
  Object.entries(ADDRESS_KEYS).forEach(([name, key]) => {
    const value = parameters.get(key);
    if (value !== null && value !== '') filter[name] = CHECKBOXES.has(name) ? value === 'true' : value;
  });
  return filter;
}

function keepInAddress(filter) {
  const hash = window.location.hash || '#/';
  const start = hash.indexOf('?');
  const parameters = addressParameters();
  Object.entries(ADDRESS_KEYS).forEach(([name, key]) => {
    const value = filter[name];
    if (value === '' || value == null || value === false) parameters.delete(key);
    else parameters.set(key, String(value));
  });
  const query = parameters.toString();
  const next = (start >= 0 ? hash.substring(0, start) : hash) + (query ? '?' + query : '');
  // Through the location, not the history API: Cockpit's router must see the address change, or
  // it would later act on the address it last knew (links from the table went nowhere).
  if (next !== hash) window.location.replace(next);
}

/** The dashboard's filters as our API takes them (the year is in the path of the downloads). */
function apiQuery(filter, withYear) {
  const query = new URLSearchParams();
  Object.entries(filter).forEach(([name, value]) => {
    if ((withYear || name !== 'year') && value !== '' && value != null && value !== false) query.set(name, value);
  });
  return query.toString();
}

function renderDashboard(node, filter, data) {
  const all = [['', 'Tutte']];
  const campaign = data.lastCampaign;
  const filters = el('form', { class: 'peg-filters', onchange: event => {
      const form = event.currentTarget;
      const next = {
        year: form.year.value, department: form.department.value, state: form.state.value,
        unit: event.target.name === 'department' ? '' : form.unit.value, lateOnly: form.lateOnly.checked,
        variedOnly: form.variedOnly.checked,
        campaignStatus: form.campaignStatus && event.target.name !== 'year' ? form.campaignStatus.value : ''
      };
      loadDashboard(node, next);
    } },
    select('year', 'Anno', data.year, data.years.map(year => [year, year])),
    select('department', 'Direzione', filter.department, all.concat(data.departments.map(d => [d, d]))),
    select('unit', 'Servizio', filter.unit, [['', 'Tutti']].concat(data.units.map(u => [u, u]))),
    select('state', 'Stato', filter.state, [['', 'Tutti']].concat(data.states.map(s => [s.value, s.label]))),
    campaign ? select('campaignStatus', `Monitoraggio al ${italianDate(campaign.referenceDate).substring(0, 5)}`,
      filter.campaignStatus, [['', 'Tutti']].concat(data.campaignStatuses.map(s => [s.value, s.label]))) : '',
    el('label', { class: 'peg-check' }, el('input', { type: 'checkbox', name: 'lateOnly', checked: !!filter.lateOnly }),
      'solo in ritardo'),
    el('label', { class: 'peg-check' }, el('input', { type: 'checkbox', name: 'variedOnly', checked: !!filter.variedOnly }),
      'solo variati'));
  // A withdrawn objective is listed, «ritirato», but no longer counts among the late ones.
  const withdrawn = data.objectives.filter(o => o.state === 'WITHDRAWN').length;
  const late = data.objectives.filter(o => o.phasesLate > 0 && o.state !== 'WITHDRAWN').length;
  const varied = data.objectives.filter(o => o.variations > 0).length;
  // The year's report does not know the campaigns: its links carry the other filters.
  const shown = apiQuery({ ...filter, campaignStatus: '' }, false);
  const summary = el('p', { class: 'peg-summary' },
    `${objectives(data.objectives.length)} del ${data.year}, ${late} con fasi in ritardo`
      + (varied ? `, ${varied} variat${varied === 1 ? 'o' : 'i'}` : '')
      + (withdrawn ? `, ${withdrawn} ritirat${withdrawn === 1 ? 'o' : 'i'}` : '') + ' · ',
    el('a', { href: `${API}/reports/${data.year}.xlsx${shown ? '?' + shown : ''}` }, 'Relazione (Excel)'), ' · ',
    el('a', { href: `${API}/reports/${data.year}.csv${shown ? '?' + shown : ''}` }, 'CSV'));
  const campaigns = el('p', { class: 'peg-summary peg-campaign-summary' }, campaign
    ? ['Ultimo monitoraggio: ', el('a', { href: '#/peg-campagna/' + campaign.id }, `stato di attuazione al ${italianDate(campaign.referenceDate)}`),
      ` (${campaign.stateLabel}) · `]
    : `Nessun monitoraggio nel ${data.year} · `,
    el('a', { href: '#/peg-campagne' }, 'Tutte le campagne di monitoraggio'));
  const monitoring = campaign ? `Al ${italianDate(campaign.referenceDate).substring(0, 5)}` : null;
  const headers = ['Codice', 'Titolo', 'Direzione', 'Servizio', 'Dirigente', 'Stato'].concat(monitoring ? [monitoring] : [],
    ['Fasi', 'Completate', 'In ritardo', 'Da avviare', 'Avanzamento', 'Punteggio', 'Fascia']);
  const numeric = new Set(['Fasi', 'Completate', 'In ritardo', 'Da avviare', 'Avanzamento', 'Punteggio']);
  const rows = data.objectives.map(o => el('tr', { 'data-code': o.code },
    el('td', {}, el('a', { href: objectiveLink(o), title: o.finished ? 'Obiettivo concluso: scheda in sola lettura'
      : 'Apri l\'istanza in Cockpit' }, o.code)),
    el('td', {}, o.title), el('td', {}, o.department), el('td', {}, o.unit), el('td', {}, o.manager),
    el('td', { class: 'peg-state' }, o.stateLabel, o.variations > 0
      ? [' ', el('span', { class: 'peg-varied', title: `Piano modificato da ${o.variations === 1 ? 'un atto' : o.variations + ' atti'} (variazioni, ritiro, riassegnazioni): vedi «Versioni»` },
        o.variations === 1 ? 'variato' : `variato (${o.variations})`)]
      : ''),
    monitoring ? el('td', { class: 'peg-campaign-status' }, statusBadge(campaign.statuses[o.code])) : '',
    el('td', { class: 'peg-number' }, o.phases), el('td', { class: 'peg-number' }, o.phasesDone),
    el('td', { class: 'peg-number' + (o.phasesLate > 0 ? ' peg-late' : '') }, o.phasesLate),
    el('td', { class: 'peg-number' }, o.phasesNotStarted),
    el('td', { class: 'peg-number peg-progress' }, o.progress == null ? '' : italianNumber(o.progress) + ' %'),
    el('td', { class: 'peg-number' }, italianNumber(o.score)), el('td', {}, o.band || '')));
  const table = el('table', { class: 'table table-striped table-condensed peg-table' },
    el('thead', {}, el('tr', {}, headers.map(h => el('th', { class: numeric.has(h) ? 'peg-number' : '' }, h)))),
    el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', { colspan: headers.length }, 'Nessun obiettivo'))));
  node.replaceChildren(el('section', { class: 'peg-section peg-dashboard' },
    el('h2', {}, 'Obiettivi PEG'), filters, summary, campaigns, table));
}

/** A campaign status (in linea, a rischio, critico, non pervenuto) as a coloured label; nothing when not known. */
function statusBadge(status) {
  return status ? el('span', { class: 'peg-status peg-status-' + status.value }, status.label) : '';
}

async function loadDashboard(node, filter) {
  keepInAddress(filter);
  try {
    renderDashboard(node, filter, await getJson('/dashboard?' + apiQuery(filter, true)));
  } catch (error) {
    node.replaceChildren(el('section', { class: 'peg-section' }, el('h2', {}, 'Obiettivi PEG'),
      el('p', { class: 'peg-message' }, 'Dati non disponibili: ' + error.message)));
  }
}

/**
 * Cockpit shows its write buttons (suspend, cancel, retry, add or change a variable) to everyone; a
 * Dirigente or a Direttore follows objectives read-only and would get a refusal: for whoever may not
 * change process instances, the buttons go (body.peg-read-only). Asked once per page of an instance
 * or a definition, through the engine's own check of the logged-in user.
 */
async function markReadOnly() {
  const engine = document.querySelector('base').getAttribute('engine-api') + 'engine/default';
  let mayChange = false;
  try {
    const response = await fetch(engine + '/authorization/check?permissionName=UPDATE&resourceName=Process%20Instance&resourceType=8',
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    mayChange = response.ok && (await response.json()).authorized === true;
  } catch (error) {
    mayChange = false;
  }
  document.body.classList.toggle('peg-read-only', !mayChange);
}

/** Our server's SVG, parsed as SVG (nothing in it runs) and put in the page, so its tooltips work. */
async function showGantt(node, code) {
  const response = await fetch(`${API}/objectives/${encodeURIComponent(code)}/gantt.svg`,
    { credentials: 'same-origin', headers: HEADERS });
  if (!response.ok) {
    node.replaceChildren(el('p', { class: 'peg-message' }, response.status === 404
      ? 'Obiettivo non trovato o non visibile con le proprie autorizzazioni' : 'Errore ' + response.status));
    return;
  }
  const svg = new DOMParser().parseFromString(await response.text(), 'image/svg+xml').documentElement;
  node.replaceChildren(el('div', { class: 'peg-gantt' }, document.importNode(svg, true)),
    el('p', {}, el('a', { href: `${API}/objectives/${encodeURIComponent(code)}/gantt.svg`, download: `gantt-${code}.svg` },
      'Scarica il Gantt (SVG)')));
}

const CHANGE_DATES = new Set(['plannedStart', 'plannedEnd']);

/** A value of a change as a person reads it: dates the Italian way, nothing as «—». */
function changeValue(change, value) {
  if (value == null || value === '') return '—';
  return CHANGE_DATES.has(change.attribute) ? italianDate(value) : value;
}

/**
 * The plan's versions (GET /api/objectives/{code}/versions): the baseline as first imported, then each
 * act with its changes, attribute by attribute, in Italian.
 */
async function showVersions(node, code) {
  let versions;
  try {
    versions = await getJson(`/objectives/${encodeURIComponent(code)}/versions`);
  } catch (error) {
    node.replaceChildren(el('p', { class: 'peg-message' }, 'Versioni non disponibili: ' + error.message));
    return;
  }
  const baseline = versions.baseline;
  const imported = baseline.importedAt ? new Date(baseline.importedAt).toLocaleDateString('it-IT') : '';
  const phases = table('peg-baseline-phases', [['N.', true], ['Fase'], ['Inizio previsto'], ['Fine prevista'], ['Peso', true],
    ['Responsabile']],
  baseline.phases.map(p => el('tr', { 'data-phase': p.number }, cell(p.number, true), cell(p.name),
    cell(italianDate(p.plannedStart)), cell(italianDate(p.plannedEnd)), cell(percent(p.weight), true), cell(p.responsible))));
  const indicators = table('peg-baseline-indicators', [['N.', true], ['Indicatore'], ['Valore atteso']],
    baseline.indicators.map(i => el('tr', { 'data-indicator': i.number }, cell(i.number, true), cell(i.description),
      cell(i.target))));
  const acts = versions.versions.map(v => el('div', { class: 'peg-version', 'data-version': v.version },
    el('h4', {}, `Versione ${v.version} · ${v.kindLabel}: ${v.act}`),
    el('p', { class: 'peg-version-meta' }, `In vigore dal ${italianDate(v.effective)} · inviata da ${v.sentBy} il `
      + new Date(v.sentAt).toLocaleString('it-IT', { dateStyle: 'short', timeStyle: 'short' })),
    table('peg-version-changes', [['Fase o indicatore'], ['Attributo'], ['Prima'], ['Dopo']],
      v.changes.map(c => el('tr', {},
        cell(c.phase != null ? 'Fase ' + c.phase : c.indicator != null ? 'Indicatore ' + c.indicator : 'Obiettivo'),
        cell(c.label), cell(changeValue(c, c.before)), cell(changeValue(c, c.after)))))));
  node.replaceChildren(el('section', { class: 'peg-section peg-versions' },
    el('h3', {}, 'Versioni'),
    el('h4', {}, 'Pianificazione iniziale' + (imported ? ` (importata il ${imported})` : '')),
    phases, indicators,
    acts.length ? acts : el('p', { class: 'peg-message' }, 'Nessuna variazione: il piano è quello importato.')));
}

/** The Gantt, and under it the versions of the plan it draws (the baseline is the thin grey bar). */
function showGanttAndVersions(node, code) {
  const gantt = el('div', {}, 'Caricamento…');
  const versions = el('div', {}, 'Caricamento…');
  node.replaceChildren(gantt, versions);
  showGantt(gantt, code);
  showVersions(versions, code);
}

/**
 * Who did what on the objective (GET /api/objectives/{code}/trail), latest last, and for a running
 * objective a form to reopen a completed phase (the server says who may, and until when).
 */
async function showTrail(node, code) {
  const base = `/objectives/${encodeURIComponent(code)}`;
  let trail, objective;
  try {
    [trail, objective] = await Promise.all([getJson(base + '/trail'), getJson(base)]);
  } catch (error) {
    node.replaceChildren(el('p', { class: 'peg-message' }, 'Cronologia non disponibile: ' + error.message));
    return;
  }
  const when = at => new Date(at).toLocaleString('it-IT', { dateStyle: 'short', timeStyle: 'short' });
  const items = trail.map(entry => el('li', { class: 'peg-trail-entry' },
    el('span', { class: 'peg-when' }, when(entry.at)), ' ',
    el('strong', {}, entry.actor), ' ', entry.action,
    entry.phase != null && !entry.action.includes('fase') ? ' della fase' : '',
    entry.phase != null ? ` ${entry.phase}${entry.phaseName ? ' «' + entry.phaseName + '»' : ''}` : '',
    entry.indicator != null ? ` (indicatore ${entry.indicator})` : '',
    entry.values.length ? el('ul', { class: 'peg-values' }, entry.values.map(v => el('li', {}, `${v.label}: ${v.value}`))) : ''));
  const completed = (objective.phases || []).filter(p => p.state === 'COMPLETED');
  const reopen = objective.finished || !completed.length ? '' : reopenForm(node, code, completed);
  node.replaceChildren(el('section', { class: 'peg-section peg-trail' },
    el('h3', {}, 'Chi ha fatto cosa'), reopen,
    items.length ? el('ol', {}, items) : el('p', { class: 'peg-message' }, 'Ancora nessuna attività registrata')));
}

function reopenForm(node, code, completed) {
  const message = el('span', { class: 'peg-message peg-reopen-message' });
  return el('form', { class: 'peg-reopen', onsubmit: async event => {
      event.preventDefault();
      const form = event.currentTarget;
      const response = await fetch(`${API}/objectives/${encodeURIComponent(code)}/phases/${form.phase.value}/reopening`, {
        method: 'POST', credentials: 'same-origin',
        headers: { ...HEADERS, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ reason: form.reason.value })
      });
      if (response.ok) {
        showTrail(node, code);
      } else {
        const problem = await response.json().catch(() => ({}));
        message.textContent = problem.detail || 'Errore ' + response.status;
      }
    } },
    select('phase', 'Fase completata', completed[0].number, completed.map(p => [p.number, p.number + '. ' + p.name.substring(0, 60)])),
    el('label', {}, 'Motivo della riapertura', el('input', { class: 'form-control input-sm', name: 'reason', size: 40 })),
    el('button', { type: 'submit', class: 'btn btn-default btn-sm' }, 'Riaprire la fase'), message);
}

/** A tab of an instance's page in Cockpit: what {@code show} renders for the instance's objective (its business key). */
function objectiveTab(id, priority, label, show) {
  return {
    id,
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority,
    properties: { label },
    render: (node, { api, processInstanceId }) => {
      ensureStyle();
      node.replaceChildren(el('p', { class: 'peg-message' }, 'Caricamento…'));
      fetch(`${api.engineApi}/process-instance/${processInstanceId}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(response => response.ok ? response.json() : Promise.reject(new Error('Errore ' + response.status)))
        .then(instance => show(node, instance.businessKey))
        .catch(error => node.replaceChildren(el('p', { class: 'peg-message' }, error.message)));
    }
  };
}

const trailTab = objectiveTab('peg-trail-tab', 19, 'Chi ha fatto cosa', showTrail);

const dashboardSection = {
  id: 'peg-objectives',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: node => {
    ensureStyle();
    loadDashboard(node, filterFromAddress());
  }
};

const ganttTab = objectiveTab('peg-gantt-tab', 20, 'Fasi (Gantt)', showGanttAndVersions);

/** Renders nothing: it runs on every page of an instance or a definition, where the write buttons are. */
const readOnlyInstance = {
  id: 'peg-read-only-instance',
  pluginPoint: 'cockpit.processInstance.runtime.action',
  priority: -100,
  render: () => { ensureStyle(); markReadOnly(); }
};
const readOnlyDefinition = { ...readOnlyInstance, id: 'peg-read-only-definition', pluginPoint: 'cockpit.processDefinition.runtime.action' };

/** #/peg-obiettivo/CODE: a finished objective, read-only (Cockpit CE shows only running instances). */
const objectivePage = {
  id: 'peg-objective-page',
  pluginPoint: 'cockpit.route',
  properties: { path: '/peg-obiettivo/:code' },
  render: node => {
    ensureStyle();
    const code = decodeURIComponent(window.location.hash.split('/')[2].split('?')[0]);
    const gantt = el('div', {}, 'Caricamento…');
    node.replaceChildren(el('section', { class: 'peg-section peg-objective' },
      el('p', {}, el('a', { href: '#/' }, '← Obiettivi PEG')),
      el('h2', {}, 'Obiettivo ' + code + ': fasi (Gantt)'),
      el('p', { class: 'peg-message peg-objective-state' }), gantt));
    const report = el('div', {}, 'Caricamento…');
    node.querySelector('.peg-objective').append(report);
    showReport(report, code);
    showGantt(gantt, code);
    const versions = el('div', {}, 'Caricamento…');
    node.querySelector('.peg-objective').append(versions);
    showVersions(versions, code);
    const trail = el('div', {}, 'Caricamento…');
    node.append(trail);
    showTrail(trail, code);
  }
};

// The monitoring campaigns (docs/campaigns.md, "Report and Cockpit"): the list, and a page per campaign
// with the progress of the answers, who has not answered yet, each objective's status and the phases'
// Previsto / Realizzato / Da realizzare. Data from GET /api/campaigns and /api/campaigns/{id}.

function campaignTitle(campaign) {
  return `Stato di attuazione al ${italianDate(campaign.referenceDate)}`;
}

function answersLine(answers) {
  const total = answers.answered + answers.waiting + answers.missing;
  const share = total ? Math.round(answers.answered * 100 / total) : 0;
  return el('p', { class: 'peg-answers' },
    el('span', { class: 'peg-progress-bar', title: share + '%' }, el('span', { style: `width: ${share}%` })),
    `Risposte: ${answers.answered} su ${total} (${share}%) · in attesa: ${answers.waiting} · non pervenute: ${answers.missing}`);
}

/** #/peg-campagne: every campaign the user may see, latest first. */
const campaignsPage = {
  id: 'peg-campaigns-page',
  pluginPoint: 'cockpit.route',
  properties: { path: '/peg-campagne' },
  render: async node => {
    ensureStyle();
    node.replaceChildren(el('p', { class: 'peg-message' }, 'Caricamento…'));
    let list;
    try {
      list = await getJson('/campaigns');
    } catch (error) {
      node.replaceChildren(el('p', { class: 'peg-message' }, 'Campagne non disponibili: ' + error.message));
      return;
    }
    node.replaceChildren(el('section', { class: 'peg-section peg-campaigns' },
      el('p', {}, el('a', { href: '#/' }, '← Obiettivi PEG')),
      el('h2', {}, 'Campagne di monitoraggio'),
      table('peg-campaign-list', [['Data di riferimento'], ['Scadenza delle risposte'], ['Direzioni'], ['Stato'],
        ['Risposte', true], ['In attesa', true], ['Non pervenute', true]],
      list.map(({ campaign, answers }) => el('tr', { 'data-campaign': campaign.id },
        el('td', {}, el('a', { href: '#/peg-campagna/' + campaign.id }, campaignTitle(campaign))),
        cell(italianDate(campaign.deadline)), cell(campaign.scopeLabel), cell(campaign.stateLabel),
        cell(`${answers.answered} su ${answers.answered + answers.waiting + answers.missing}`, true),
        cell(answers.waiting, true), cell(answers.missing, true))))));
  }
};

/** The completion that counts, and when the Dirigente corrected it, the responsible's struck through beside it. */
function realised(phase) {
  if (phase.realised == null) return cell('', true);
  return el('td', { class: 'peg-number' }, phase.correction && phase.correction.completion != null
    ? [el('span', { class: 'peg-original', title: 'Dichiarato dal responsabile' }, percent(phase.original.completion)),
      percent(phase.realised),
      el('span', { class: 'peg-correction' }, 'corretto da ' + phase.correction.by)]
    : percent(phase.realised));
}

function renderCampaign(node, report) {
  const c = report.campaign;
  const download = `${API}/campaigns/${c.id}/report`;
  const unanswered = report.unanswered.length
    ? table('peg-unanswered', [['Obiettivo'], ['Fase'], ['Chi'], ['Ruolo'], ['Stato']],
      report.unanswered.map(u => el('tr', { 'data-code': u.code, 'data-phase': u.phase ?? '' },
        cell(u.code), cell(u.phase != null ? `${u.phase}. ${u.phaseName}` : 'Valori intermedi degli indicatori'),
        cell(u.person), cell(u.role), cell(u.stateLabel))))
    : el('p', { class: 'peg-message' }, 'Tutti hanno risposto.');
  const objectives = table('peg-campaign-objectives', [['Direzione'], ['Servizio'], ['Dirigente'], ['Codice'], ['Titolo'],
    ['Stato'], ['Concluso']],
  report.objectives.map(o => el('tr', { 'data-code': o.code },
    cell(o.department), cell(o.unit), cell(o.manager), cell(o.code), cell(o.title),
    el('td', { class: 'peg-campaign-status' }, statusBadge(o.status ? { value: o.status, label: o.statusLabel } : null)),
    cell(o.concluded == null ? '' : o.concluded ? 'sì' : 'no'))));
  const phases = table('peg-campaign-phases', [['Obiettivo'], ['Fase'], ['Responsabile'], ['Previsto', true],
    ['Realizzato', true], ['Da realizzare', true], ['Criticità'], ['Fine prevista'], ['Stato'], ['Nota']],
  report.objectives.flatMap(o => o.phases.map(p => el('tr', { 'data-code': o.code, 'data-phase': p.number },
    cell(o.code), cell(`${p.number}. ${p.name}`), cell(p.responsible), cell(percent(p.planned), true), realised(p),
    cell(percent(p.remaining), true), cell(p.criticalityLabel), cell(italianDate(p.forecastEnd)),
    el('td', { class: 'peg-campaign-status' }, statusBadge(p.status ? { value: p.status, label: p.statusLabel } : null)),
    cell([p.note, p.proposal ? 'Proposta: ' + p.proposal : null, p.correction && p.correction.note ? 'Dirigente: ' + p.correction.note : null]
      .filter(Boolean).join(' · '))))));
  node.replaceChildren(el('section', { class: 'peg-section peg-campaign', 'data-campaign': c.id },
    el('p', {}, el('a', { href: '#/' }, '← Obiettivi PEG'), ' · ', el('a', { href: '#/peg-campagne' }, 'Campagne di monitoraggio')),
    el('h2', {}, campaignTitle(c)),
    el('p', { class: 'peg-summary peg-campaign-meta' }, `Risposte entro il ${italianDate(c.deadline)} · Direzioni: ${c.scopeLabel}`
      + ` · Campagna ${c.stateLabel}` + (c.closedAt ? ` il ${new Date(c.closedAt).toLocaleDateString('it-IT')}` : '')
      + (c.closedEarly ? ' (chiusa in anticipo)' : '') + ' · ',
      el('a', { href: download + '.xlsx' }, 'Relazione (Excel)'), ' · ', el('a', { href: download + '.csv' }, 'CSV')),
    answersLine(report.answers),
    el('h3', {}, 'Chi non ha ancora risposto'), unanswered,
    el('h3', {}, 'Stato degli obiettivi'),
    el('p', { class: 'peg-message' }, `Soglie: a rischio da ${report.thresholds.atRisk} punti sotto il previsto, critico da `
      + `${report.thresholds.critical}; una fine prevista oltre quella pianificata è almeno a rischio.`),
    objectives,
    el('h3', {}, 'Fasi: previsto, realizzato, da realizzare'), phases));
}

/** #/peg-campagna/ID: one campaign. */
const campaignPage = {
  id: 'peg-campaign-page',
  pluginPoint: 'cockpit.route',
  properties: { path: '/peg-campagna/:id' },
  render: async node => {
    ensureStyle();
    const id = window.location.hash.split('/')[2].split('?')[0];
    node.replaceChildren(el('p', { class: 'peg-message' }, 'Caricamento…'));
    try {
      renderCampaign(node, await getJson('/campaigns/' + encodeURIComponent(id)));
    } catch (error) {
      node.replaceChildren(el('section', { class: 'peg-section' }, el('p', {}, el('a', { href: '#/peg-campagne' }, '← Campagne di monitoraggio')),
        el('p', { class: 'peg-message' }, 'Campagna non disponibile: ' + error.message)));
    }
  }
};

export default [dashboardSection, ganttTab, trailTab, objectivePage, readOnlyInstance, readOnlyDefinition, campaignsPage, campaignPage];
