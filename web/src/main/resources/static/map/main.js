/*
 * Presencia map portal: the page's wiring. The state lives in the URL (state.js); every change asks the loader for
 * the view of the new state (view-data.js through loader.js, so a superseded answer is never applied), then redraws
 * map, legend, headline, tables and links together from that one view. The modules it calls compute; this one and
 * the DOM-edge modules (map-view.js, controls.js, export.js) only draw.
 *
 * Test hook: window.presenciaPortal (the state, the geometry, the Leaflet map, the PNG) for the browser tests.
 */
import { applyLanguage, bindControls, fillOptions, syncControls } from './controls.js';
import { render as renderCanvas } from './export.js';
import { colourFor, currentFeatures, figureLabel, groupName, legendItems, mapClasses, mapTitle, valueOf } from './figures.js';
import { escapeHtml as esc, formatter } from './format.js';
import { translator } from './i18n.js';
import { createLoader } from './loader.js';
import { createMapView, gapFeatures } from './map-view.js';
import { departmentHtml, downloadLinks, gapsHtml, glossaryHtml, headlineHtml, legendHtml, municipalityHtml, sourceNote,
  summaryHtml, targetsHtml, tooltipHtml } from './panel.js';
import { readRamps } from './ramps.js';
import { change, checkRamp, parseQuery, queryString, reset } from './state.js';
import { tableHtml, nextSort } from './table.js';
import { EMPTY_VIEW, levelForZoom, loadView } from './view-data.js';

const $ = id => document.getElementById(id);
const parsed = parseQuery(window.location.search);

let state = parsed.state;
let invalid = parsed.invalid;
let view = EMPTY_VIEW;
let ramps = null;
let classes = null;
let sort = { key: null, dir: 'descending' };
let renders = 0;
let failed = false;
let filledFor = { config: null, lang: null };
let scheduled = null;
let mapView = null;

const t = (key, params) => translator(state.lang)(key, params);
const loader = createLoader((url, init) => window.fetch(url, init), () => markState());

function markState() {
  document.body.dataset.state = failed ? 'error' : loader.busy || scheduled ? 'loading' : 'ready';
}

function status(text) {
  $('status').textContent = text;
}

function writeUrl() {
  const qs = queryString(state, state.embed === '1' ? { embed: '1' } : null);
  $('open-full').href = '/?' + queryString(state);
  history.replaceState(null, '', window.location.pathname + (qs ? '?' + qs : ''));
  $('embed-code').value = '<iframe src="' + window.location.origin + '/?' + queryString(state, { embed: '1' }) + '" title="'
    + esc(t('embedTitle')) + '" width="100%" height="560" style="border:0" loading="lazy"></iframe>';
  document.body.dataset.invalidParams = invalid.join(',');
}

/** Loads the view of the current state (several calls in one tick make one load) and redraws when it is current. */
function refresh() {
  if (!scheduled) {
    failed = false;
    status(t('loading'));
    scheduled = Promise.resolve().then(() => {
      scheduled = null;
      return load();
    });
    markState();
  }
  return scheduled;
}

function load() {
  writeUrl();
  const request = { state, level: levelForZoom(view.config, mapView.map.getZoom()) };
  const previous = view;
  return loader.run('view', getJson => Promise.all([ramps || getJson('/api/v1/map/color-ramps').then(readRamps),
    loadView(getJson, request, previous)]), ([definition, next]) => {
    ramps = definition;
    view = next;
    draw();
  }).catch(e => {
    console.error(e);
    failed = true;
    status(t('error') + ': ' + e.message);
    markState();
  });
}

function setState(next) {
  state = next;
  return refresh();
}

function styleFor(feature) {
  const code = feature.id;
  const selectedDept = state.dept && (state.unit === 'dep' ? code === state.dept : feature.properties.dept === state.dept);
  const focus = selectedDept || !state.dept;
  return { fillColor: colourFor(classes, valueOf(view, state, code)), fillOpacity: focus ? 0.92 : 0.35, color: '#ffffff',
    weight: state.unit === 'dep' ? 0.8 : 0.35, opacity: focus ? 1 : 0.5 };
}

function selectedDepartment() {
  return state.dept && view.geometry ? view.geometry.dep.features.find(f => f.id === state.dept) : null;
}

function overlayLayers() {
  const o = view.overlays;
  return { unit: state.unit, departments: view.geometry.dep, zomac: o.zomac, pdet: o.pdet, group: o.group, selected: selectedDepartment() };
}

function draw() {
  if (view.noDataset) {
    throw new Error('no dataset');
  }
  const checked = checkRamp(state, ramps.ramps.map(r => r.id));
  if (checked.invalid.length) {
    state = checked.state;
    invalid = invalid.concat(checked.invalid);
    writeUrl();
  }
  const fmt = formatter(state.lang);
  classes = mapClasses(view, state, ramps);
  const collection = state.unit === 'dep' ? view.geometry.dep : view.geometry.mun;
  if (mapView.showing(collection)) {
    mapView.restyle(styleFor);
  } else {
    mapView.drawChoropleth(collection, state.unit, styleFor, f => tooltipHtml(view, state, f, t, fmt), onFeatureClick);
  }
  mapView.drawOverlays({ ...overlayLayers(), gaps: gapFeatures(view, state) },
    (kind, f) => esc((kind === 'pdet' ? 'PDET' : groupName(view, state.group)) + ': ' + f.properties.name));
  drawPanel(fmt);
  if (filledFor.config !== view.config || filledFor.lang !== state.lang) {
    fillOptions(view, state, ramps, t);
    filledFor = { config: view.config, lang: state.lang };
  }
  syncControls(state, view);
  status(t('updated'));
  renders++;
  if (renders === 1) {
    firstRender();
  }
  document.body.dataset.renders = String(renders);
}

function drawPanel(fmt) {
  $('legend').innerHTML = legendHtml(view, state, classes, legendItems(view, state, classes, t, fmt), t);
  $('map-title').textContent = mapTitle(view, state, t);
  $('map-source').textContent = t('source') + ': ' + view.figures.coverage.source;
  const headline = headlineHtml(view, t, fmt);
  $('headline').innerHTML = headline.cards;
  $('headline-meta').textContent = headline.meta;
  $('synthetic').hidden = !headline.synthetic;
  const dept = departmentHtml(view, state, t, fmt);
  $('dept-section').hidden = !dept;
  $('crumb-dept').hidden = !dept;
  if (dept) {
    $('h-dept').textContent = dept.heading;
    $('dept-figures').innerHTML = dept.cards;
    $('dept-summary').innerHTML = dept.summary;
    $('crumb-dept-name').textContent = dept.name;
  }
  drawTable(fmt);
  const targets = targetsHtml(view, t, fmt);
  $('targets-table').querySelector('thead').innerHTML = targets.thead;
  $('targets-table').querySelector('tbody').innerHTML = targets.tbody;
  $('summary').innerHTML = summaryHtml(view, t);
  const gaps = gapsHtml(view, t, fmt);
  $('gaps-section').hidden = gaps == null;
  $('gaps').innerHTML = gaps || '';
  const links = downloadLinks(view, state);
  $('dl-csv').href = links.csv;
  $('dl-csv-es').href = links.csvEs;
  $('dl-xlsx').href = links.xlsx;
  $('dl-geojson').href = links.geojson;
}

function drawTable(fmt) {
  const table = tableHtml(view, state, sort, t, fmt);
  sort = table.sort;
  $('table-source').textContent = sourceNote(view, t);
  $('data-caption').textContent = table.caption;
  $('data-table').dataset.kind = table.kind;
  $('data-table').querySelector('thead').innerHTML = table.thead;
  $('data-table').querySelector('tbody').innerHTML = table.tbody;
}

function firstRender() {
  performance.mark('presencia:choropleth');
  window.presenciaMetrics = { firstRenderMs: Math.round(performance.now()), paths: currentFeatures(view, state).length };
  const basemap = view.config.basemap;
  if (basemap && basemap.url) {
    window.L.tileLayer(basemap.url, { attribution: basemap.attribution || '' }).addTo(mapView.map);
  }
  mapView.map.invalidateSize({ pan: false }); // the synthetic-data note may have moved the map down
  mapView.zoomTo(selectedDepartment());
}

async function selectDepartment(code) {
  state = change(state, 'dept', code || '');
  mapView.zoomTo(selectedDepartment());
  await refresh();
}

async function onFeatureClick(feature, event) {
  if (state.unit === 'dep') {
    await selectDepartment(feature.id); // a department opens on its municipalities
    return;
  }
  if (state.dept !== feature.properties.dept) {
    await selectDepartment(feature.properties.dept);
  }
  openMunicipality(feature, event.latlng);
}

/** The municipality's card on the map; its territory groups follow when /municipalities/{code} answers. */
function openMunicipality(feature, latlng) {
  const fmt = formatter(state.lang);
  const popup = mapView.popup(municipalityHtml(view, feature, null, t, fmt), latlng, feature);
  loader.run('detail', getJson => getJson('/api/v1/municipalities/' + feature.id),
    detail => popup.setContent(municipalityHtml(view, feature, detail, t, fmt))).catch(e => console.warn(e));
}

/** From the data table (keyboard): a department opens on its municipalities; a municipality opens its card. */
async function showOnMap(code) {
  if (code.length === 2) {
    await selectDepartment(code);
    return;
  }
  const feature = view.geometry.mun.features.find(f => f.id === code);
  if (!feature) {
    return;
  }
  if (state.dept !== feature.properties.dept) {
    await selectDepartment(feature.properties.dept);
  }
  openMunicipality(feature, null);
}

/** The current view drawn onto a canvas (title, legend, source line), from the geometry on screen. */
function renderPng() {
  const fmt = formatter(state.lang);
  const layers = mapView.exportLayers({ ...overlayLayers(), features: currentFeatures(view, state),
    fill: f => colourFor(classes, valueOf(view, state, f.id)) });
  const filters = [];
  if (state.axis) filters.push(t('axis') + ': ' + $('f-axis').selectedOptions[0].textContent);
  if (state.program) filters.push(t('program') + ': ' + state.program);
  if (state.size) filters.push(t('size') + ': ' + $('f-size').selectedOptions[0].textContent);
  const coverage = view.figures.coverage;
  return renderCanvas({
    map: mapView.map,
    layers,
    title: mapTitle(view, state, t),
    subtitle: (coverage.dataset.synthetic ? t('syntheticShort') + ' · ' : '') + coverage.dataset.name + (filters.length ? ' · ' + filters.join(' · ') : ''),
    legendTitle: figureLabel(state, t) + ' · ' + view.year + (classes.binary ? '' : ' (' + t(state.method) + ')'),
    legend: legendItems(view, state, classes, t, fmt),
    source: t('source') + ': ' + coverage.source,
    made: t('pngMade', { date: new Date().toLocaleDateString(fmt.locale) }) + ' · ' + window.location.href
  });
}

function downloadPng() {
  renderPng().toBlob(blob => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'presencia-' + (state.dept || 'colombia') + '-' + view.year + '-' + state.figure + '.png';
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }, 'image/png');
}

const handlers = {
  set(key, value) {
    const hadDept = state.dept;
    state = change(state, key, value);
    if (hadDept && !state.dept) {
      mapView.zoomTo(null); // departments are compared nationally
    }
    refresh();
  },
  department: code => selectDepartment(code),
  reset() {
    state = reset(state);
    mapView.zoomTo(null);
    refresh();
  },
  language(lang) {
    state = change(state, 'lang', lang);
    applyLanguage(lang, t);
    $('glossary').innerHTML = glossaryHtml(t);
    refresh();
  },
  sort(key) {
    sort = nextSort(sort, key);
    drawTable(formatter(state.lang));
  },
  show: code => showOnMap(code),
  async copyEmbed() {
    const area = $('embed-code');
    area.select();
    try {
      await navigator.clipboard.writeText(area.value);
    } catch (e) {
      document.execCommand('copy');
    }
    status(t('copied'));
  },
  png: downloadPng
};

function start() {
  if (state.embed === '1') {
    document.body.classList.add('embed');
    $('open-full').hidden = false;
  }
  applyLanguage(state.lang, t);
  $('glossary').innerHTML = glossaryHtml(t);
  mapView = createMapView(window.L, 'map');
  if (window.ResizeObserver) {
    new ResizeObserver(() => mapView.map.invalidateSize({ pan: false })).observe($('map'));
  }
  bindControls(handlers);
  mapView.map.on('zoomend', () => {
    if (view.geometry && levelForZoom(view.config, mapView.map.getZoom()) !== view.geometry.level) {
      refresh();
    }
  });
  refresh();
}

window.presenciaPortal = {
  get state() { return state; },
  get invalid() { return invalid.slice(); },
  get geom() { return view.geometry ? { mun: view.geometry.mun, dep: view.geometry.dep, ...view.overlays } : {}; },
  selectDepartment,
  renderPng,
  map: () => mapView.map,
  classes: () => classes
};
start();
