/*
 * Presencia map portal. One state object, held in the URL's query string; every change re-reads the coverage API
 * with the same filters and redraws map, headline figures and tables together.
 */
(function () {
  'use strict';
  const I = window.PresenciaI18n;
  const C = window.PresenciaClassify;

  const DEFAULTS = {
    dataset: '', year: '', axis: '', program: '', size: '', dept: '', figure: 'beneficiaries', unit: 'mun',
    method: 'quantiles', classes: '5', ramp: 'viridis', pdet: '0', zomac: '0', group: '', gaps: '0', lang: 'es', embed: '0'
  };
  const FILTER_KEYS = ['dataset', 'year', 'axis', 'program', 'size'];
  const COLOMBIA = [[-4.3, -81.8], [13.4, -66.8]];
  const NONE_COLOUR = '#e3e6ea';
  const UNREACHED_COLOUR = '#e3e6ea';

  const state = readUrl();
  const data = { config: null, coverage: null, mun: {}, munList: [], dep: {}, depList: [], summary: null, deptSummary: null,
    deptRows: null, targets: null, gaps: null, groupMembers: null };
  const geom = { level: -1, mun: null, dep: null, pdet: null, zomac: null, group: null };
  const layers = { choropleth: null, outlines: null, pdet: null, zomac: null, group: null, gaps: null, selected: null };
  const sort = { key: null, dir: 'descending' };
  let classes = { breaks: [], colours: [] };
  let renders = 0;
  let requestSeq = 0;
  let geometrySeq = 0;
  let pending = 0; // requests in flight: the page is "ready" only when none is
  let map;

  const $ = id => document.getElementById(id);
  const t = (key, params) => I.t(state.lang, key, params);
  const locale = () => (state.lang === 'en' ? 'en-US' : 'es-CO');
  const fmt = (n, digits) => n == null ? '—' : new Intl.NumberFormat(locale(), { maximumFractionDigits: digits == null ? 0 : digits, minimumFractionDigits: 0 }).format(n);
  /** "54,9 %" in Spanish (es-CO writes a space before the sign), "54.9%" in English. */
  const pct = share => share == null ? '—' : new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share * 100)
    + (state.lang === 'en' ? '%' : '\u00a0%');
  const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

  // ---------------------------------------------------------------- state and URL

  function readUrl() {
    const params = new URLSearchParams(window.location.search);
    const s = Object.assign({}, DEFAULTS);
    for (const key of Object.keys(DEFAULTS)) {
      if (params.has(key)) {
        s[key] = params.get(key);
      }
    }
    if (!['es', 'en'].includes(s.lang)) {
      s.lang = 'es';
    }
    if (s.dept && s.unit === 'dep') {
      s.unit = 'mun'; // a department is always shown by its municipalities
    }
    return s;
  }

  function queryString(extra) {
    const params = new URLSearchParams();
    for (const key of Object.keys(DEFAULTS)) {
      if (key !== 'embed' && state[key] !== DEFAULTS[key] && state[key] !== '') {
        params.set(key, state[key]);
      }
    }
    if (extra) {
      for (const [k, v] of Object.entries(extra)) {
        params.set(k, v);
      }
    }
    return params.toString();
  }

  function writeUrl() {
    const qs = queryString(state.embed === '1' ? { embed: '1' } : null);
    $('open-full').href = '/?' + queryString();
    history.replaceState(null, '', window.location.pathname + (qs ? '?' + qs : ''));
    const embedQs = queryString({ embed: '1' });
    $('embed-code').value = '<iframe src="' + window.location.origin + '/?' + embedQs + '" title="' + esc(t('embedTitle'))
      + '" width="100%" height="560" style="border:0" loading="lazy"></iframe>';
  }

  function year() {
    return state.year || String(data.config ? defaultYear() : '');
  }

  function defaultYear() {
    const years = data.config.years || [];
    if (years.includes(data.config.defaultYear) || years.length === 0) {
      return data.config.defaultYear;
    }
    return years[years.length - 1];
  }

  /** The API filter parameters for the current state ({@code withDept}: add the drill-down department). */
  function filterParams(withDept) {
    const params = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = key === 'year' ? year() : state[key];
      if (value) {
        params.set(key, value);
      }
    }
    if (withDept && state.dept) {
      params.set('department', state.dept);
    }
    return params;
  }

  // ---------------------------------------------------------------- fetching

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let detail = response.statusText;
      try {
        detail = (await response.json()).detail || detail;
      } catch (e) { /* not a problem document */ }
      throw new Error(url + ': ' + response.status + ' ' + detail);
    }
    return response.json();
  }

  function levelForZoom(zoom) {
    const levels = (data.config && data.config.levels) || [{ id: 0, minZoom: 0 }, { id: 1, minZoom: 7 }, { id: 2, minZoom: 9 }];
    let chosen = levels[0].id;
    for (const l of levels) {
      if (zoom >= l.minZoom) {
        chosen = l.id;
      }
    }
    return chosen;
  }

  async function loadGeometry(level) {
    const y = state.year || (data.config ? year() : '');
    const q = '?level=' + level + (y ? '&year=' + y : '');
    const wanted = [getJson('/api/v1/map/geometry/municipalities' + q), getJson('/api/v1/map/geometry/groups/departments' + q)];
    const [mun, dep] = await Promise.all(wanted);
    geom.mun = mun;
    geom.dep = dep;
    geom.level = level;
    geom.year = y;
    await loadOverlayGeometry();
  }

  async function loadOverlayGeometry() {
    const y = geom.year;
    const q = '?level=' + geom.level + (y ? '&year=' + y : '');
    const jobs = [];
    jobs.push(state.pdet === '1' ? getJson('/api/v1/map/geometry/groups/pdet' + q).then(g => { geom.pdet = g; }) : Promise.resolve(geom.pdet = null));
    jobs.push(state.zomac === '1' ? getJson('/api/v1/map/geometry/groups/zomac' + q).then(g => { geom.zomac = g; }) : Promise.resolve(geom.zomac = null));
    const group = state.group;
    jobs.push(group && group !== 'departments'
      ? getJson('/api/v1/map/geometry/groups/' + encodeURIComponent(group) + q).then(g => { geom.group = g; })
      : Promise.resolve(geom.group = null));
    await Promise.all(jobs);
  }

  async function loadFigures() {
    const f = filterParams(false).toString();
    const fd = filterParams(true).toString();
    const lang = state.lang;
    const dataset = state.dataset ? '?dataset=' + encodeURIComponent(state.dataset) : '';
    const gapGroup = state.gaps === '1' ? (state.group || 'pdet') : null;
    const jobs = [
      getJson('/api/v1/coverage?' + f),
      getJson('/api/v1/coverage/municipalities?' + f),
      getJson('/api/v1/coverage/departments?' + f),
      getJson('/api/v1/summary?' + f + '&lang=' + lang),
      getJson('/api/v1/targets' + dataset),
      state.dept ? getJson('/api/v1/summary?' + fd + '&lang=' + lang) : Promise.resolve(null),
      state.dept ? getJson('/api/v1/coverage/municipalities?' + fd) : Promise.resolve(null),
      gapGroup ? getJson('/api/v1/coverage/gaps/' + encodeURIComponent(gapGroup) + '?' + f) : Promise.resolve(null),
      gapGroup ? getJson('/api/v1/territory-groups/' + encodeURIComponent(gapGroup) + '?year=' + year()) : Promise.resolve(null)
    ];
    const [coverage, mun, dep, summary, targets, deptSummary, deptRows, gaps, groupDetail] = await Promise.all(jobs);
    data.coverage = coverage;
    data.munList = mun.items;
    data.mun = Object.fromEntries(mun.items.map(r => [r.code, r]));
    data.depList = dep.items;
    data.dep = Object.fromEntries(dep.items.map(r => [r.code, r]));
    data.summary = summary;
    data.targets = targets;
    data.deptSummary = deptSummary;
    data.deptRows = deptRows;
    data.gaps = gaps;
    data.groupMembers = groupDetail ? new Set(groupDetail.territories.flatMap(tt => tt.municipalities)) : null;
  }

  // ---------------------------------------------------------------- classification

  function valueOf(code) {
    const dep = state.unit === 'dep';
    const row = dep ? data.dep[code] : data.mun[code];
    if (!row) {
      return null;
    }
    switch (state.figure) {
      case 'interventions':
        return row.interventions;
      case 'per10k':
        if (dep) {
          return row.population ? row.beneficiaries * 10000 / row.population : null;
        }
        return row.per10k;
      case 'reached':
        return dep ? (row.municipalitiesReached > 0 ? 1 : 0) : (row.reached ? 1 : 0);
      default:
        return row.beneficiaries;
    }
  }

  function classify() {
    const features = currentFeatures();
    if (state.figure === 'reached') {
      classes = { breaks: [0, 1], colours: [UNREACHED_COLOUR, C.colours(state.ramp, 5)[3]], binary: true };
      return;
    }
    const values = features.map(f => valueOf(f.id)).filter(v => v != null && v > 0);
    const k = parseInt(state.classes, 10) || 5;
    const breaks = state.method === 'jenks' ? C.jenks(values, k) : C.quantiles(values, k);
    classes = { breaks, colours: C.colours(state.ramp, breaks.length), binary: false, min: values.length ? Math.min(...values) : 0 };
  }

  function colourOf(code) {
    const v = valueOf(code);
    if (classes.binary) {
      return v ? classes.colours[1] : classes.colours[0];
    }
    if (v == null || v <= 0) {
      return NONE_COLOUR;
    }
    return classes.colours[C.classOf(v, classes.breaks)];
  }

  function currentFeatures() {
    const fc = state.unit === 'dep' ? geom.dep : geom.mun;
    return fc ? fc.features : [];
  }

  function figureDecimals() {
    return state.figure === 'per10k' ? 1 : 0;
  }

  function legendItems() {
    const items = [];
    if (classes.binary) {
      items.push({ colour: classes.colours[1], label: t('legendReached') });
      items.push({ colour: classes.colours[0], label: t('legendUnreached') });
    } else {
      const d = figureDecimals();
      const integer = d === 0;
      let lower = classes.min;
      classes.breaks.forEach((b, i) => {
        const from = i === 0 ? lower : (integer ? classes.breaks[i - 1] + 1 : classes.breaks[i - 1]);
        const label = (i > 0 && !integer ? '> ' : '') + fmt(from, d) + (from === b ? '' : ' – ' + fmt(b, d));
        items.push({ colour: classes.colours[i], label });
      });
      items.push({ colour: NONE_COLOUR, label: state.figure === 'per10k' ? t('legendNone') + ' / ' + t('legendNoData') : t('legendNone') });
    }
    if (state.pdet === '1') {
      items.push({ outline: '#111111', outlineWidth: 2, dash: [5, 3], label: t('legendPdet') });
    }
    if (state.zomac === '1') {
      items.push({ hatch: '#1b1b1b', label: t('legendZomac') });
    }
    if (geom.group) {
      items.push({ outline: '#d01c8b', outlineWidth: 2.5, label: t('legendGroup') + ': ' + groupName(state.group) });
    }
    if (state.gaps === '1') {
      items.push({ hatch: '#b2182b', outline: '#b2182b', label: t('legendGap') + ' (' + groupName(state.group || 'pdet') + ')' });
    }
    return items;
  }

  function groupName(id) {
    const g = data.config && data.config.groups.find(x => x.id === id);
    return g ? g.name : id;
  }

  function figureLabel() {
    return t({ beneficiaries: 'figBeneficiaries', interventions: 'figInterventions', per10k: 'figPer10k', reached: 'figReached' }[state.figure]);
  }

  function mapTitle() {
    let title = t(state.unit === 'dep' ? 'titleDep' : 'titleMun', { figure: figureLabel(), year: year() });
    if (state.dept && data.dep[state.dept]) {
      title += t('titleIn', { dept: data.dep[state.dept].name });
    }
    return title;
  }

  // ---------------------------------------------------------------- drawing

  function styleFor(feature) {
    const code = feature.id;
    const selectedDept = state.dept && (state.unit === 'dep' ? code === state.dept : feature.properties.dept === state.dept);
    const focus = selectedDept || !state.dept;
    return {
      fillColor: colourOf(code), fillOpacity: focus ? 0.92 : 0.35, color: '#ffffff', weight: state.unit === 'dep' ? 0.8 : 0.35,
      opacity: focus ? 1 : 0.5
    };
  }

  function drawChoropleth() {
    if (layers.choropleth) {
      map.removeLayer(layers.choropleth);
    }
    const unit = state.unit;
    const fc = unit === 'dep' ? geom.dep : geom.mun;
    layers.choropleth = L.geoJSON(fc, {
      pane: 'choropleth',
      style: f => Object.assign(styleFor(f), { className: unit === 'dep' ? 'dep dep-' + f.id : 'mun mun-' + f.id }),
      onEachFeature: (feature, layer) => {
        layer.bindTooltip(() => tooltipHtml(feature), { sticky: true, direction: 'top', className: 'tip' });
        layer.on('click', e => onFeatureClick(feature, layer, e));
        layer.on('mouseover', () => layer.setStyle({ weight: 2, color: '#111111' }));
        layer.on('mouseout', () => layers.choropleth.resetStyle(layer));
      }
    }).addTo(map);
  }

  function restyle() {
    if (layers.choropleth) {
      layers.choropleth.setStyle(styleFor);
    }
  }

  function drawOutlines() {
    for (const key of ['outlines', 'pdet', 'zomac', 'group', 'gaps', 'selected']) {
      if (layers[key]) {
        map.removeLayer(layers[key]);
        layers[key] = null;
      }
    }
    if (state.unit === 'mun' && geom.dep) {
      layers.outlines = L.geoJSON(geom.dep, { pane: 'outlines', interactive: false,
        style: { color: '#3d4852', weight: 1, opacity: 0.85, fill: false } }).addTo(map);
    }
    if (geom.zomac) {
      layers.zomac = L.geoJSON(geom.zomac, { pane: 'hatching', interactive: false,
        style: { stroke: false, fillColor: 'url(#hatch-zomac)', fillOpacity: 1, className: 'zomac' } }).addTo(map);
    }
    if (state.gaps === '1' && data.groupMembers && geom.mun) {
      const gapFeatures = geom.mun.features.filter(f => data.groupMembers.has(f.id) && data.mun[f.id] && !data.mun[f.id].reached);
      layers.gaps = L.geoJSON({ type: 'FeatureCollection', features: gapFeatures }, { pane: 'hatching', interactive: false,
        style: { color: '#b2182b', weight: 1.2, fillColor: 'url(#hatch-gap)', fillOpacity: 1, className: 'gap' } }).addTo(map);
    }
    if (geom.pdet) {
      layers.pdet = L.geoJSON(geom.pdet, { pane: 'outlines', style: { color: '#111111', weight: 2.2, dashArray: '6 4', fill: false, className: 'pdet' },
        onEachFeature: (f, l) => l.bindTooltip(esc('PDET: ' + f.properties.name), { sticky: true, className: 'tip' }) }).addTo(map);
    }
    if (geom.group) {
      layers.group = L.geoJSON(geom.group, { pane: 'outlines', style: { color: '#d01c8b', weight: 2.6, fill: false, className: 'group' },
        onEachFeature: (f, l) => l.bindTooltip(esc(groupName(state.group) + ': ' + f.properties.name), { sticky: true, className: 'tip' }) }).addTo(map);
    }
    if (state.dept && geom.dep) {
      const feature = geom.dep.features.find(f => f.id === state.dept);
      if (feature) {
        layers.selected = L.geoJSON(feature, { pane: 'outlines', interactive: false,
          style: { color: '#111111', weight: 3, fill: false, className: 'selected-dept' } }).addTo(map);
      }
    }
  }

  function renderLegend() {
    const items = legendItems();
    const html = ['<p class="legend-title">' + esc(figureLabel()) + ' · ' + esc(year()) + '</p>',
      '<p class="legend-method">' + esc(classes.binary ? '' : t(state.method === 'jenks' ? 'jenks' : 'quantiles')) + '</p><ul>'];
    for (const item of items) {
      let swatch = '<span class="swatch" style="background:' + (item.colour || 'transparent') + ';'
        + (item.outline ? 'border:' + (item.outlineWidth || 1) + 'px ' + (item.dash ? 'dashed' : 'solid') + ' ' + item.outline + ';' : '') + '"';
      swatch += item.hatch ? ' data-hatch="' + (item.hatch === '#b2182b' ? 'gap' : 'zomac') + '"' : '';
      swatch += '></span>';
      html.push('<li>' + swatch + '<span>' + esc(item.label) + '</span></li>');
    }
    html.push('</ul>');
    $('legend').innerHTML = html.join('');
    $('map-title').textContent = mapTitle();
    $('map-source').textContent = t('source') + ': ' + (data.coverage ? data.coverage.source : '');
  }

  function tooltipHtml(feature) {
    const p = feature.properties;
    if (state.unit === 'dep') {
      const r = data.dep[feature.id];
      return '<strong>' + esc(p.name) + '</strong><br>' + esc(figureLabel()) + ': ' + esc(valueText(feature.id))
        + (r ? '<br>' + esc(t('colReached')) + ': ' + fmt(r.municipalitiesReached) + ' / ' + fmt(r.municipalities) : '');
    }
    return '<strong>' + esc(p.name) + '</strong> <span class="muted">(' + esc(p.deptName) + ')</span><br>'
      + esc(figureLabel()) + ': ' + esc(valueText(feature.id));
  }

  function valueText(code) {
    const v = valueOf(code);
    if (state.figure === 'reached') {
      return v ? t('yes') : t('no');
    }
    return fmt(v, figureDecimals());
  }

  async function onFeatureClick(feature, layer, event) {
    if (state.unit === 'dep') {
      await selectDepartment(feature.id, true); // a department opens on its municipalities
      return;
    }
    const dept = feature.properties.dept;
    if (state.dept !== dept) {
      await selectDepartment(dept, true);
    }
    if (state.unit === 'mun') {
      const popup = L.popup({ maxWidth: 300, className: 'info' }).setLatLng(event.latlng).setContent(municipalityHtml(feature, null)).openOn(map);
      try {
        const detail = await getJson('/api/v1/municipalities/' + feature.id);
        popup.setContent(municipalityHtml(feature, detail));
      } catch (e) {
        console.warn(e);
      }
    }
  }

  function municipalityHtml(feature, detail) {
    const p = feature.properties;
    const r = data.mun[feature.id] || {};
    const rows = [
      [t('colCode'), p.code],
      [t('population', { year: year() }), fmt(r.population)],
      [t('colBeneficiaries'), fmt(r.beneficiaries)],
      [t('colInterventions'), fmt(r.interventions)],
      [t('colPer10k'), fmt(r.per10k, 1)],
      [t('colPresence'), r.reached ? t('yes') : t('no')]
    ];
    let html = '<h3>' + esc(p.name) + '</h3><p class="muted">' + esc(p.deptName) + '</p><table class="mini">'
      + rows.map(([k, v]) => '<tr><th scope="row">' + esc(k) + '</th><td>' + esc(v) + '</td></tr>').join('') + '</table>';
    if (detail) {
      const groups = detail.groups.filter(g => g.group !== 'departments').map(g => g.groupName + (g.territoryName && g.territoryName !== g.groupName ? ': ' + g.territoryName : ''));
      html += '<p class="groups"><strong>' + esc(t('groupsOf')) + ':</strong> ' + (groups.length ? groups.map(esc).join(' · ') : '—') + '</p>';
    }
    html += '<p class="muted small">' + esc(year()) + ' · ' + esc(t('source')) + ': ' + esc(data.coverage ? data.coverage.dataset.name : '') + '; DANE</p>';
    return html;
  }

  // ---------------------------------------------------------------- panel

  function card(key, label, valueText, value, note) {
    return '<div class="card"><dt>' + esc(label) + '</dt><dd class="value" data-figure="' + key + '" data-value="' + (value == null ? '' : value) + '">'
      + esc(valueText) + '</dd><dd class="src">' + esc(note) + '</dd></div>';
  }

  function reachText(reach, what) {
    if (!reach) {
      return '—';
    }
    return t('xOfY', { x: fmt(reach.reached != null ? reach.reached : reach.count), y: fmt(reach.of), what: t(what), pct: pct(reach.share) });
  }

  function sourceNote() {
    const c = data.coverage;
    return c.headline.year + ' · ' + t('source') + ': ' + c.dataset.name + '; DANE';
  }

  function renderHeadline() {
    const c = data.coverage;
    const h = c.headline;
    const note = sourceNote();
    const cards = [
      card('beneficiaries', t('hBeneficiaries'), fmt(h.beneficiaries), h.beneficiaries, note),
      card('interventions', t('hInterventions'), fmt(h.interventions), h.interventions, note),
      card('municipalities', t('hMunicipalities'), reachText(h.municipalities, 'municipios'), h.municipalities.reached, note),
      card('departments', t('hDepartments'), reachText(h.departments, 'departamentos'), h.departments.reached, note)
    ];
    if (h.pdetMunicipalities) {
      cards.push(card('pdet', t('hPdet'), reachText(h.pdetMunicipalities, 'municipios'), h.pdetMunicipalities.reached, note));
    }
    if (h.pdetSubregions) {
      cards.push(card('pdetSubregions', t('hPdetSub'), reachText(h.pdetSubregions, 'subregiones'), h.pdetSubregions.reached, note));
    }
    if (h.zomacMunicipalities) {
      cards.push(card('zomac', t('hZomac'), reachText(h.zomacMunicipalities, 'municipios'), h.zomacMunicipalities.reached, note));
    }
    if (h.populationBand) {
      cards.push(card('populationBand', t('hBand'), reachText(h.populationBand, 'municipios'), h.populationBand.reached, note));
    }
    cards.push(card('top10', t('hTop10'), pct(h.concentrationTop10.share) + ' (' + reachText(h.concentrationTop10, 'beneficiarios') + ')', h.concentrationTop10.share, note));
    cards.push(card('mipyme', t('hMipyme'), reachText(h.mipyme, 'empresas'), h.mipyme.count, note));
    $('headline').innerHTML = cards.join('');
    $('headline-meta').textContent = t('denominatorNote', { d: t('denominatorText', { n: fmt(c.denominator.units), year: c.denominator.vintageYear }) });
    $('synthetic').hidden = !c.dataset.synthetic;
  }

  function renderDepartment() {
    const section = $('dept-section');
    if (!state.dept || !data.dep[state.dept]) {
      section.hidden = true;
      return;
    }
    section.hidden = false;
    const r = data.dep[state.dept];
    $('h-dept').textContent = t('deptFigures', { dept: r.name });
    const note = sourceNote();
    $('dept-figures').innerHTML = [
      card('deptBeneficiaries', t('hBeneficiaries'), fmt(r.beneficiaries), r.beneficiaries, note),
      card('deptShare', t('deptShare'), pct(r.share), r.share, note),
      card('deptInterventions', t('hInterventions'), fmt(r.interventions), r.interventions, note),
      card('deptMunicipalities', t('hMunicipalities'), t('xOfY', { x: fmt(r.municipalitiesReached), y: fmt(r.municipalities), what: t('municipios'),
        pct: pct(r.municipalities ? r.municipalitiesReached / r.municipalities : null) }), r.municipalitiesReached, note)
    ].join('');
    $('dept-summary').innerHTML = data.deptSummary ? paragraphsHtml(data.deptSummary.summary.paragraphs) : '';
    $('crumb-dept').hidden = false;
    $('crumb-dept-name').textContent = r.name;
  }

  function tableModel() {
    const y = year();
    if (state.dept && data.deptRows && data.dep[state.dept]) {
      return {
        caption: t('captionDeptMunicipalities', { dept: data.dep[state.dept].name, year: y }), rows: data.deptRows.items, kind: 'mun',
        columns: [
          { key: 'name', label: t('colName'), type: 'text', rowHeader: true },
          { key: 'code', label: t('colCode'), type: 'text' },
          { key: 'beneficiaries', label: t('colBeneficiaries'), type: 'num' },
          { key: 'interventions', label: t('colInterventions'), type: 'num' },
          { key: 'population', label: t('colPopulation'), type: 'num' },
          { key: 'per10k', label: t('colPer10k'), type: 'num', digits: 1 },
          { key: 'reached', label: t('colPresence'), type: 'bool' }
        ]
      };
    }
    if (state.unit === 'dep') {
      return {
        caption: t('captionDepartments', { year: y }), rows: data.depList, kind: 'dep',
        columns: [
          { key: 'name', label: t('colName'), type: 'text', rowHeader: true },
          { key: 'code', label: t('colCode'), type: 'text' },
          { key: 'beneficiaries', label: t('colBeneficiaries'), type: 'num' },
          { key: 'share', label: t('colShare'), type: 'pct' },
          { key: 'interventions', label: t('colInterventions'), type: 'num' },
          { key: 'municipalitiesReached', label: t('colReached'), type: 'num' },
          { key: 'population', label: t('colPopulation'), type: 'num' }
        ]
      };
    }
    return {
      caption: t('captionMunicipalities', { year: y }), rows: data.munList, kind: 'mun',
      columns: [
        { key: 'name', label: t('colName'), type: 'text', rowHeader: true },
        { key: 'departmentName', label: t('colDept'), type: 'text' },
        { key: 'beneficiaries', label: t('colBeneficiaries'), type: 'num' },
        { key: 'interventions', label: t('colInterventions'), type: 'num' },
        { key: 'per10k', label: t('colPer10k'), type: 'num', digits: 1 },
        { key: 'reached', label: t('colPresence'), type: 'bool' }
      ]
    };
  }

  function cellText(column, value) {
    switch (column.type) {
      case 'num': return fmt(value, column.digits || 0);
      case 'pct': return pct(value);
      case 'bool': return value ? t('yes') : t('no');
      default: return value == null ? '—' : String(value);
    }
  }

  function renderTable() {
    const model = tableModel();
    if (!sort.key || !model.columns.some(c => c.key === sort.key)) {
      sort.key = 'beneficiaries';
      sort.dir = 'descending';
    }
    const column = model.columns.find(c => c.key === sort.key);
    const sign = sort.dir === 'ascending' ? 1 : -1;
    const rows = model.rows.slice().sort((a, b) => {
      const x = a[column.key];
      const y = b[column.key];
      if (x == null && y == null) return 0;
      if (x == null) return 1;
      if (y == null) return -1;
      if (column.type === 'text') return sign * String(x).localeCompare(String(y), locale());
      return sign * ((x > y) - (x < y)) || String(a.name).localeCompare(String(b.name), locale());
    });
    const table = $('data-table');
    $('table-source').textContent = sourceNote();
    $('data-caption').textContent = model.caption + ' (' + fmt(rows.length) + ')';
    table.dataset.kind = model.kind;
    table.querySelector('thead').innerHTML = '<tr>' + model.columns.map(c => {
      const ariaSort = c.key === sort.key ? sort.dir : 'none';
      const arrow = c.key === sort.key ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕';
      return '<th scope="col" aria-sort="' + ariaSort + '" class="' + (c.type === 'text' ? '' : 'num') + '"><button type="button" data-sort="' + c.key
        + '" aria-label="' + esc(t('sortBy', { col: c.label })) + '">' + esc(c.label) + ' <span aria-hidden="true">' + arrow + '</span></button></th>';
    }).join('') + '</tr>';
    table.querySelector('tbody').innerHTML = rows.map(r => '<tr data-code="' + esc(r.code) + '">' + model.columns.map(c => {
      const text = esc(cellText(c, r[c.key]));
      return c.rowHeader ? '<th scope="row"><button type="button" class="rowlink" data-show="' + esc(r.code) + '">' + text + '</button></th>'
        : '<td class="' + (c.type === 'text' ? '' : 'num') + '">' + text + '</td>';
    }).join('') + '</tr>').join('');
  }

  function renderTargets() {
    const items = (data.targets && data.targets.items) || [];
    const table = $('targets-table');
    if (items.length === 0) {
      table.querySelector('thead').innerHTML = '';
      table.querySelector('tbody').innerHTML = '<tr><td>' + esc(t('noTargets')) + '</td></tr>';
      return;
    }
    table.querySelector('thead').innerHTML = '<tr><th scope="col">' + esc(t('tName')) + '</th><th scope="col" class="num">' + esc(t('tTarget'))
      + '</th><th scope="col" class="num">' + esc(t('tAchieved')) + '</th><th scope="col">' + esc(t('tStatus')) + '</th></tr>';
    table.querySelector('tbody').innerHTML = items.map(it => {
      const unit = it.unit === '%' ? ' %' : '';
      const icon = it.status === 'MET' ? '✓' : it.status === 'NOT_MET' ? '✗' : '?';
      return '<tr><th scope="row">' + esc(it.name || it.indicatorLabel) + '<span class="src"> · ' + esc((it.years || []).join(', ')) + ' · ' + esc(it.dataset)
        + '</span></th><td class="num">' + fmt(it.target, 1) + unit + '</td><td class="num">' + (it.achieved == null ? '—' : fmt(it.achieved, 1) + unit)
        + '</td><td><span class="tstatus tstatus-' + esc(it.status) + '"><span aria-hidden="true">' + icon + '</span> ' + esc(t(it.status)) + '</span></td></tr>';
    }).join('');
  }

  function renderSummary() {
    $('summary').innerHTML = paragraphsHtml(data.summary.summary.paragraphs) + '<p class="src">' + esc(sourceNote()) + '</p>';
  }

  /** The first two paragraphs, then the per-axis ones behind a disclosure ("Más detalle"). */
  function paragraphsHtml(paragraphs) {
    const head = paragraphs.slice(0, 2).map(p => '<p>' + esc(p) + '</p>').join('');
    const rest = paragraphs.slice(2);
    return head + (rest.length ? '<details><summary>' + esc(t('moreDetail')) + '</summary>' + rest.map(p => '<p>' + esc(p) + '</p>').join('') + '</details>' : '');
  }

  function renderGaps() {
    const section = $('gaps-section');
    if (!data.gaps) {
      section.hidden = true;
      return;
    }
    section.hidden = false;
    const g = data.gaps.gaps;
    let html = '';
    if (g.territoriesUnreached === 0) {
      html += '<p>' + esc(t('gapsNone')) + '</p>';
    } else {
      html += '<p>' + esc(t('gapsUnreached', { n: fmt(g.territoriesUnreached), of: fmt(g.territories), group: g.groupName })) + '</p><ul>'
        + g.unreachedTerritories.map(u => '<li>' + esc(u.name) + ' (' + fmt(u.population) + ')</li>').join('') + '</ul>';
    }
    html += '<p>' + esc(t('gapsBordering', { n: fmt(g.borderingReached.length) })) + '</p>';
    html += '<p class="src">' + esc(sourceNote()) + '</p>';
    $('gaps').innerHTML = html;
  }

  function renderDownloads() {
    const params = filterParams(true);
    const table = state.unit === 'dep' && !state.dept ? 'departments' : 'municipalities';
    const base = '/api/v1/coverage/' + table + '?' + params.toString() + (params.toString() ? '&' : '');
    $('dl-csv').href = base + 'format=csv';
    $('dl-csv-es').href = base + 'format=csv-es';
    $('dl-xlsx').href = base + 'format=xlsx';
    $('dl-geojson').href = base + 'format=geojson';
  }

  function renderGlossary() {
    $('glossary').innerHTML = I.GLOSSARY.map(term => '<dt>' + esc(term) + '</dt><dd>' + esc(t('g_' + term)) + '</dd>').join('');
  }

  // ---------------------------------------------------------------- controls

  function option(value, label, selected) {
    return '<option value="' + esc(value) + '"' + (selected ? ' selected' : '') + '>' + esc(label) + '</option>';
  }

  function fillControls() {
    const cfg = data.config;
    $('f-dataset').innerHTML = cfg.datasets.map(d => option(d.id, d.name, d.id === (state.dataset || cfg.dataset))).join('');
    const years = cfg.years.length ? cfg.years : [cfg.defaultYear];
    $('f-year').innerHTML = years.map(y => option(String(y), String(y), String(y) === year())).join('');
    $('f-axis').innerHTML = option('', t('all'), !state.axis) + cfg.axes.map(a => option(a.id,
      state.lang === 'en' ? (I.AXES_EN[a.id] || a.label) : a.label, state.axis === a.id)).join('');
    $('f-program').innerHTML = option('', t('all'), !state.program) + cfg.programs.map(p => option(p, p, state.program === p)).join('');
    $('f-size').innerHTML = option('', t('all'), !state.size) + cfg.sizes.map(s => option(s.id,
      state.lang === 'en' ? (I.SIZES_EN[s.id] || s.label) : s.label, state.size === s.id)).join('');
    const depts = data.depList.slice().sort((a, b) => a.name.localeCompare(b.name, 'es'));
    $('f-department').innerHTML = option('', t('allDepartments'), !state.dept) + depts.map(d => option(d.code, d.name, state.dept === d.code)).join('');
    $('o-group').innerHTML = option('', t('noGroup'), !state.group) + cfg.groups.filter(g => g.id !== 'departments')
      .map(g => option(g.id, g.name, state.group === g.id)).join('');
    $('m-figure').value = state.figure;
    $('m-unit').value = state.unit;
    $('m-method').value = state.method;
    $('m-classes').value = state.classes;
    $('m-ramp').value = state.ramp;
    $('o-pdet').checked = state.pdet === '1';
    $('o-zomac').checked = state.zomac === '1';
    $('o-gaps').checked = state.gaps === '1';
  }

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    for (const el of document.querySelectorAll('[data-i18n]')) {
      el.textContent = t(el.dataset.i18n);
    }
    for (const el of document.querySelectorAll('[data-i18n-aria]')) {
      el.setAttribute('aria-label', t(el.dataset.i18nAria));
    }
    $('lang-es').setAttribute('aria-pressed', String(state.lang === 'es'));
    $('lang-en').setAttribute('aria-pressed', String(state.lang === 'en'));
    renderGlossary();
  }

  function status(text) {
    $('status').textContent = text;
  }

  /** Re-reads figures and redraws everything; {@code geometryToo} when the year (vintage) or overlays changed. */
  async function refresh(options) {
    const seq = ++requestSeq;
    const opts = options || {};
    pending++;
    document.body.dataset.state = 'loading';
    status(t('loading'));
    writeUrl();
    try {
      const jobs = [loadFigures()];
      if (opts.geometry) {
        jobs.push(loadGeometry(geom.level < 0 ? levelForZoom(map.getZoom()) : geom.level));
      } else if (opts.overlays) {
        jobs.push(loadOverlayGeometry());
      }
      await Promise.all(jobs);
      if (seq !== requestSeq) {
        return;
      }
      draw(opts.geometry || opts.unit);
      if (opts.controls) {
        fillControls();
      }
      status(t('updated'));
    } catch (e) {
      console.error(e);
      status(t('error') + ': ' + e.message);
      document.body.dataset.state = 'error';
    } finally {
      pending--;
      markReady();
    }
  }

  function markReady() {
    if (pending === 0 && document.body.dataset.state !== 'error') {
      document.body.dataset.state = 'ready';
    }
  }

  function draw(rebuild) {
    classify();
    const source = state.unit === 'dep' ? geom.dep : geom.mun;
    if (rebuild || !layers.choropleth || layers.choroplethSource !== source) {
      drawChoropleth();
      layers.choroplethSource = source;
    } else {
      restyle();
    }
    drawOutlines();
    renderLegend();
    renderHeadline();
    renderDepartment();
    renderTable();
    renderTargets();
    renderSummary();
    renderGaps();
    renderDownloads();
    if (!state.dept) {
      $('crumb-dept').hidden = true;
    }
    renders++;
    if (renders === 1) {
      performance.mark('presencia:choropleth');
      window.presenciaMetrics = { firstRenderMs: Math.round(performance.now()), paths: currentFeatures().length };
    }
    document.body.dataset.renders = String(renders);
    markReady();
  }

  async function selectDepartment(code, zoom) {
    state.dept = code || '';
    $('f-department').value = state.dept;
    const unitChanged = state.dept && state.unit === 'dep';
    if (unitChanged) {
      state.unit = 'mun';
      $('m-unit').value = 'mun';
    }
    if (zoom !== false) {
      zoomToSelection();
    }
    await refresh({ unit: unitChanged });
  }

  function zoomToSelection() {
    if (state.dept && geom.dep) {
      const feature = geom.dep.features.find(f => f.id === state.dept);
      if (feature) {
        map.fitBounds(L.geoJSON(feature).getBounds(), { padding: [16, 16], maxZoom: 10, animate: false });
        return;
      }
    }
    map.fitBounds(COLOMBIA, { padding: [4, 4], animate: false });
  }

  function bindControls() {
    const on = (id, key, opts, transform) => $(id).addEventListener('change', e => {
      state[key] = transform ? transform(e.target) : e.target.value;
      refresh(opts || {});
    });
    $('f-dataset').addEventListener('change', async e => {
      state.dataset = e.target.value;
      state.program = ''; // programs belong to a dataset
      try {
        data.config = await getJson('/api/v1/map/config?dataset=' + encodeURIComponent(state.dataset));
      } catch (err) {
        console.error(err);
      }
      refresh({ controls: true, geometry: true });
    });
    on('f-year', 'year', { geometry: true });
    on('f-axis', 'axis');
    on('f-program', 'program');
    on('f-size', 'size');
    $('f-department').addEventListener('change', e => selectDepartment(e.target.value, true));
    on('m-figure', 'figure');
    $('m-unit').addEventListener('change', e => {
      state.unit = e.target.value;
      if (state.unit === 'dep' && state.dept) {
        state.dept = ''; // departments are compared nationally
        $('f-department').value = '';
        zoomToSelection();
      }
      refresh({ unit: true });
    });
    on('m-method', 'method');
    on('m-classes', 'classes');
    on('m-ramp', 'ramp');
    on('o-pdet', 'pdet', { overlays: true }, el => (el.checked ? '1' : '0'));
    on('o-zomac', 'zomac', { overlays: true }, el => (el.checked ? '1' : '0'));
    on('o-group', 'group', { overlays: true });
    on('o-gaps', 'gaps', {}, el => (el.checked ? '1' : '0'));
    $('reset').addEventListener('click', () => {
      const keep = { lang: state.lang, dataset: state.dataset, embed: state.embed };
      Object.assign(state, DEFAULTS, keep);
      fillControls();
      zoomToSelection();
      refresh({ geometry: true, controls: true });
    });
    $('crumb-national').addEventListener('click', () => selectDepartment('', true));
    $('crumb-close').addEventListener('click', () => selectDepartment('', true));
    for (const lang of ['es', 'en']) {
      $('lang-' + lang).addEventListener('click', () => {
        state.lang = lang;
        applyLanguage();
        refresh({ controls: true });
      });
    }
    $('data-table').querySelector('thead').addEventListener('click', e => {
      const button = e.target.closest('button[data-sort]');
      if (!button) {
        return;
      }
      const key = button.dataset.sort;
      sort.dir = sort.key === key && sort.dir === 'descending' ? 'ascending' : 'descending';
      if (sort.key !== key) {
        sort.dir = ['name', 'departmentName', 'code'].includes(key) ? 'ascending' : 'descending';
      }
      sort.key = key;
      renderTable();
      const again = $('data-table').querySelector('button[data-sort="' + key + '"]');
      if (again) {
        again.focus();
      }
    });
    $('data-table').querySelector('tbody').addEventListener('click', e => {
      const button = e.target.closest('button[data-show]');
      if (button) {
        showOnMap(button.dataset.show);
      }
    });
    $('embed-copy').addEventListener('click', async () => {
      const area = $('embed-code');
      area.select();
      try {
        await navigator.clipboard.writeText(area.value);
      } catch (e) {
        document.execCommand('copy');
      }
      status(t('copied'));
    });
    $('dl-png').addEventListener('click', downloadPng);
    $('toggle-filters').addEventListener('click', e => {
      const open = document.body.classList.toggle('filters-open');
      e.currentTarget.setAttribute('aria-expanded', String(open));
    });
  }

  /** From the data table (keyboard): a department opens on its municipalities; a municipality opens its card on the map. */
  async function showOnMap(code) {
    if (code.length === 2) {
      await selectDepartment(code, true);
      return;
    }
    const feature = geom.mun && geom.mun.features.find(f => f.id === code);
    if (!feature) {
      return;
    }
    if (state.dept !== feature.properties.dept) {
      await selectDepartment(feature.properties.dept, true);
    }
    const bounds = L.geoJSON(feature).getBounds();
    const popup = L.popup({ maxWidth: 300, className: 'info' }).setLatLng(bounds.getCenter()).setContent(municipalityHtml(feature, null)).openOn(map);
    try {
      popup.setContent(municipalityHtml(feature, await getJson('/api/v1/municipalities/' + code)));
    } catch (e) {
      console.warn(e);
    }
  }

  /** The current view drawn onto a canvas (title, legend, source line), from the geometry on screen. */
  function renderPng() {
    const bounds = map.getBounds().pad(0.05);
    const inView = f => L.geoJSON(f).getBounds().intersects(bounds);
    const unit = state.unit;
    const layersToDraw = [{
      features: currentFeatures().filter(inView),
      style: f => ({ fill: colourOf(f.id), stroke: '#ffffff', width: unit === 'dep' ? 0.8 : 0.3 })
    }];
    if (unit === 'mun' && geom.dep) {
      layersToDraw.push({ features: geom.dep.features, style: () => ({ stroke: '#3d4852', width: 0.9 }) });
    }
    if (geom.zomac) {
      layersToDraw.push({ features: geom.zomac.features, style: () => ({ hatch: 'rgba(27,27,27,0.55)' }) });
    }
    if (layers.gaps) {
      layersToDraw.push({ features: layers.gaps.toGeoJSON().features, style: () => ({ hatch: '#b2182b', stroke: '#b2182b', width: 1.2 }) });
    }
    if (geom.pdet) {
      layersToDraw.push({ features: geom.pdet.features, style: () => ({ stroke: '#111111', width: 2, dash: [6, 4] }) });
    }
    if (geom.group) {
      layersToDraw.push({ features: geom.group.features, style: () => ({ stroke: '#d01c8b', width: 2.4 }) });
    }
    if (state.dept && geom.dep) {
      layersToDraw.push({ features: geom.dep.features.filter(f => f.id === state.dept), style: () => ({ stroke: '#111111', width: 3 }) });
    }
    const filters = [];
    if (state.axis) filters.push(t('axis') + ': ' + $('f-axis').selectedOptions[0].textContent);
    if (state.program) filters.push(t('program') + ': ' + state.program);
    if (state.size) filters.push(t('size') + ': ' + $('f-size').selectedOptions[0].textContent);
    return window.PresenciaExport.render({
      map,
      layers: layersToDraw,
      title: mapTitle(),
      subtitle: (data.coverage.dataset.synthetic ? t('syntheticShort') + ' · ' : '') + data.coverage.dataset.name
        + (filters.length ? ' · ' + filters.join(' · ') : ''),
      legendTitle: figureLabel() + ' · ' + year() + (classes.binary ? '' : ' (' + t(state.method === 'jenks' ? 'jenks' : 'quantiles') + ')'),
      legend: legendItems(),
      source: t('source') + ': ' + data.coverage.source,
      made: t('pngMade', { date: new Date().toLocaleDateString(locale()) }) + ' · ' + window.location.href
    });
  }

  function downloadPng() {
    const canvas = renderPng();
    canvas.toBlob(blob => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'presencia-' + (state.dept || 'colombia') + '-' + year() + '-' + state.figure + '.png';
      document.body.appendChild(a);
      a.click();
      setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    }, 'image/png');
  }

  // ---------------------------------------------------------------- start

  async function start() {
    if (state.embed === '1') {
      document.body.classList.add('embed');
      const open = $('open-full');
      open.hidden = false;
      open.href = '/?' + queryString();
    }
    applyLanguage();
    map = L.map('map', { zoomSnap: 0.25, minZoom: 4, maxZoom: 12, preferCanvas: false, attributionControl: true,
      keyboard: true, renderer: L.svg({ padding: 0.5 }) });
    map.attributionControl.setPrefix('<a href="https://leafletjs.com" title="Leaflet">Leaflet</a>');
    for (const [name, z] of [['choropleth', 400], ['hatching', 420], ['outlines', 440]]) {
      map.createPane(name).style.zIndex = String(z);
    }
    map.fitBounds(COLOMBIA, { padding: [4, 4] });
    if (window.ResizeObserver) {
      new ResizeObserver(() => map.invalidateSize({ pan: false })).observe($('map'));
    }
    bindControls();
    try {
      const firstLevel = levelForZoom(map.getZoom());
      const [config] = await Promise.all([getJson('/api/v1/map/config' + (state.dataset ? '?dataset=' + encodeURIComponent(state.dataset) : '')),
        loadGeometry(firstLevel)]);
      data.config = config;
      if (config.basemap && config.basemap.url) {
        L.tileLayer(config.basemap.url, { attribution: config.basemap.attribution || '' }).addTo(map);
      }
      if (!config.dataset) {
        status(t('error') + ': no dataset');
        document.body.dataset.state = 'error';
        return;
      }
      const servedDefault = geom.year === '' && String(year()) === String(config.defaultYear);
      if (!servedDefault && geom.year !== String(year())) {
        await loadGeometry(firstLevel);
      }
      await loadFigures();
      fillControls();
      draw(true);
      map.invalidateSize({ pan: false }); // the synthetic-data note may have moved the map down
      zoomToSelection();
      writeUrl();
      status(t('updated'));
      map.on('zoomend', async () => {
        const wanted = levelForZoom(map.getZoom());
        if (wanted !== geom.level) {
          const seq = ++geometrySeq;
          pending++;
          document.body.dataset.state = 'loading';
          try {
            await loadGeometry(wanted);
            if (seq === geometrySeq) {
              draw(true);
            }
          } catch (e) {
            console.error(e);
            document.body.dataset.state = 'error';
          } finally {
            pending--;
            markReady();
          }
        }
      });
    } catch (e) {
      console.error(e);
      status(t('error') + ': ' + e.message);
      document.body.dataset.state = 'error';
    }
  }

  window.presenciaPortal = { state, data, geom, selectDepartment, renderPng, map: () => map, classes: () => classes };
  start();
})();
