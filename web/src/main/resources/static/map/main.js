/*
 * Presencia map portal: the page's wiring. The state lives in the URL (state.js); every change asks the loader for
 * the view of the new state (view-data.js through loader.js, so a superseded answer is never applied, and the state
 * is taken only from the answer that is applied), then redraws map, legend, headline, tables and links together from
 * that one view (draw.js). The modules it calls compute; this one and the DOM-edge modules (map-view.js, controls.js,
 * search-box.js, draw.js, export.js) only draw.
 *
 * Test hook: window.presenciaPortal (the state, the geometry, the Leaflet map, the PNG and what it says) for the
 * browser tests; window.presenciaMetrics (first render, layout shift).
 */
import { applyLanguage, bindControls, fillOptions, syncControls } from './controls.js';
import { drawNotices, drawPanel, drawTable } from './draw.js';
import { mapSource } from './economy.js';
import { render as renderCanvas } from './export.js';
import { colourFor, currentFeatures, figureLabel, groupName, legendItems, mapClasses, mapTitle, selectionLine, valueOf } from './figures.js';
import { escapeHtml as esc, formatter } from './format.js';
import { ARCHIPELAGO, departmentBounds } from './geometry.js';
import { translator } from './i18n.js';
import { createLoader } from './loader.js';
import { createMapView, economicGapFeatures, gapFeatures } from './map-view.js';
import { parseProblems, searchableProblem } from './notices.js';
import { glossaryHtml, municipalityHtml, tooltipHtml } from './panel.js';
import { readRamps } from './ramps.js';
import { bindSearchBox } from './search-box.js';
import { stateFor } from './search.js';
import { change, checkRamp, parseQuery, queryString, reset } from './state.js';
import { nextSort } from './table.js';
import { EMPTY_VIEW, levelForZoom, loadView } from './view-data.js';

const $ = id => document.getElementById(id);
const parsed = parseQuery(window.location.search);

let state = parsed.state;
let urlProblems = parseProblems(parsed.invalid, parsed.values);
let problems = urlProblems;
let suggestions = {};
let view = EMPTY_VIEW;
let ramps = null;
let classes = null;
let sort = { key: null, dir: 'descending' };
let renders = 0;
let failed = false;
let filledFor = { config: null, lang: null, year: null };
let scheduled = null;
let mapView = null;
let framed; // the department last framed (null: Colombia); undefined until the first view is drawn
let pngSpec = null;
const metrics = { firstRenderMs: null, paths: 0, cls: 0, lastDrawMs: null };

const t = (key, params) => translator(state.lang)(key, params);
const loader = createLoader((url, init) => window.fetch(url, init), () => markState());

function markState() {
  document.body.dataset.state = failed ? 'error' : loader.busy || scheduled ? 'loading' : 'ready';
}

function status(text) {
  $('status-text').textContent = text;
}

function writeUrl() {
  const qs = queryString(state, state.embed === '1' ? { embed: '1' } : null);
  $('open-full').href = '/?' + queryString(state);
  history.replaceState(null, '', window.location.pathname + (qs ? '?' + qs : ''));
  $('embed-code').value = '<iframe src="' + window.location.origin + '/?' + queryString(state, { embed: '1' }) + '" title="'
    + esc(t('embedTitle')) + '" width="100%" height="560" style="border:0" loading="lazy"></iframe>';
  document.body.dataset.invalidParams = [...new Set(problems.map(p => p.param))].join(',');
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
  const request = { state, level: levelForZoom(view.config, mapView.map.getZoom()),
    levelFor: (bounds, config) => levelForZoom(config, Math.min(10, mapView.zoomFor(bounds))) };
  const previous = view;
  return loader.run('view', getJson => Promise.all([ramps || getJson('/api/v1/map/color-ramps').then(readRamps),
    loadView(getJson, request, previous)]), ([definition, next]) => {
    const drawStart = performance.now();
    ramps = definition;
    view = next;
    state = next.state;
    problems = urlProblems.concat(next.problems || []);
    frame();
    draw();
    metrics.lastDrawMs = Math.round(performance.now() - drawStart);
    suggest();
  }).catch(e => {
    console.error(e);
    failed = true;
    status(t('error') + ': ' + e.message);
    markState();
  });
}

/** Frames the department the state shows (once per department), or the mainland when it shows Colombia. */
function frame() {
  const dept = state.dept || null;
  if (dept !== framed) {
    framed = dept;
    mapView.zoomTo(departmentBounds(view.config, dept));
  }
}

/** For a place written as text in the URL (dept=Narino), a place search offers what it probably meant. */
function suggest() {
  for (const problem of problems.filter(searchableProblem)) {
    if (suggestions[problem.param] && suggestions[problem.param].value === problem.value) {
      continue;
    }
    loader.run('suggest-' + problem.param, getJson => getJson('/api/v1/places?limit=1&q=' + encodeURIComponent(problem.value)), answer => {
      const place = answer.items[0];
      if (place) {
        suggestions = { ...suggestions, [problem.param]: { value: problem.value, name: place.name, href: '/?' + queryString(stateFor(state, place)) } };
        drawNotices(problems, suggestions, t);
      }
    }).catch(e => console.warn(e));
  }
}

/** The archipelago's units for the inset (national view only), as detailed as the geometry has them. */
function insetUnits() {
  if (state.dept || !view.geometry.archipelago) {
    return [];
  }
  const units = view.geometry.archipelago.features;
  // With departments as the unit, both islands take the department's colour.
  return state.unit === 'dep' ? units.map(f => ({ ...f, id: ARCHIPELAGO })) : units;
}

function styleFor(feature) {
  const chosen = state.mun && feature.id === state.mun; // the municipality whose profile is open
  return { fillColor: colourFor(classes, valueOf(view, state, feature.id)), fillOpacity: 0.92, color: chosen ? '#111111' : '#ffffff',
    weight: chosen ? 3 : state.unit === 'dep' ? 0.8 : state.dept ? 0.6 : 0.35, opacity: 1 };
}

function overlayLayers() {
  const o = view.overlays;
  const g = view.geometry;
  return { unit: state.unit, outlines: g.outlines, outline: g.outline, zomac: o.zomac, pdet: o.pdet, group: o.group };
}

function draw() {
  if (view.noDataset) {
    throw new Error('no dataset');
  }
  const checked = checkRamp(state, ramps.ramps.map(r => r.id));
  if (checked.invalid.length) {
    state = checked.state;
    urlProblems = urlProblems.concat([{ param: 'ramp', value: parsed.state.ramp }]);
    problems = problems.concat([{ param: 'ramp', value: parsed.state.ramp }]);
  }
  writeUrl();
  const fmt = formatter(state.lang);
  classes = mapClasses(view, state, ramps);
  const collection = state.unit === 'dep' ? view.geometry.dep : view.geometry.mun;
  if (mapView.showing(collection)) {
    mapView.restyle(styleFor);
  } else {
    mapView.drawChoropleth(collection, state.unit, styleFor, f => tooltipHtml(view, state, f, t, fmt), onFeatureClick, insetUnits());
  }
  mapView.drawOverlays({ ...overlayLayers(), gaps: gapFeatures(view, state), egaps: economicGapFeatures(view, state) },
    (kind, f) => esc((kind === 'pdet' ? 'PDET' : groupName(view, state.group)) + ': ' + f.properties.name));
  sort = drawPanel(view, state, classes, sort, t, fmt);
  drawNotices(problems, suggestions, t);
  if (filledFor.config !== view.config || filledFor.lang !== state.lang || filledFor.year !== view.year) {
    fillOptions(view, state, ramps, t);
    filledFor = { config: view.config, lang: state.lang, year: view.year };
  }
  syncControls(state, view);
  status(t('updated'));
  renders++;
  if (renders === 1) {
    firstRender();
  }
  document.body.dataset.renders = String(renders);
}

function firstRender() {
  performance.mark('presencia:choropleth');
  metrics.firstRenderMs = Math.round(performance.now());
  metrics.paths = currentFeatures(view, state).length;
  const basemap = view.config.basemap;
  if (basemap && basemap.url) {
    window.L.tileLayer(basemap.url, { attribution: basemap.attribution || '' }).addTo(mapView.map);
  }
}

function selectDepartment(code) {
  state = change(state, 'dept', code || '');
  return refresh();
}

function openProfile(code) {
  state = code.length === 2 ? change(state, 'dept', code) : change(state, 'mun', code);
  return refresh();
}

async function onFeatureClick(feature, event) {
  if (state.unit === 'dep') {
    await selectDepartment(feature.id); // a department opens on its municipalities
    return;
  }
  openMunicipality(feature, event.latlng);
  await openProfile(feature.id);
}

/** The municipality's card on the map; its territory groups follow when /municipalities/{code} answers. */
function openMunicipality(feature, latlng) {
  const fmt = formatter(state.lang);
  const popup = mapView.popup(municipalityHtml(view, feature, null, t, fmt), latlng, feature);
  loader.run('detail', getJson => getJson('/api/v1/municipalities/' + feature.id),
    detail => popup.setContent(municipalityHtml(view, feature, detail, t, fmt))).catch(e => console.warn(e));
}

/** From the panel (keyboard): a department or a municipality opens its profile; a municipality also its card. */
async function showOnMap(code) {
  await openProfile(code);
  const feature = code.length === 5 && view.geometry.mun.features.find(f => f.id === code);
  if (feature) {
    openMunicipality(feature, null);
  }
}

/** What the PNG shows besides the map: the same title, selection, legend and source as the page. */
function pngText(fmt) {
  return {
    title: mapTitle(view, state, t),
    subtitle: selectionLine(view, state, t),
    legendTitle: (classes.categorical ? t('legendCompare') : figureLabel(state, t)) + ' · ' + view.year
      + (classes.binary || classes.categorical ? '' : ' (' + t(state.method) + ')'),
    legend: legendItems(view, state, classes, t, fmt),
    source: mapSource(view, state, t),
    made: t('pngMade', { date: new Date().toLocaleDateString(fmt.locale) }) + ' · ' + window.location.href
  };
}

/** The current view drawn onto a canvas (title, selection, legend, source line), from the geometry on screen. */
function renderPng() {
  const fmt = formatter(state.lang);
  const layers = mapView.exportLayers({ ...overlayLayers(), features: currentFeatures(view, state),
    fill: f => colourFor(classes, valueOf(view, state, f.id)) });
  pngSpec = pngText(fmt);
  const style = f => ({ fill: colourFor(classes, valueOf(view, state, f.id)), stroke: '#3d4852', width: 0.6 });
  return renderCanvas({ ...pngSpec, map: mapView.map, layers,
    inset: { panels: mapView.inset.panels().map(p => ({ ...p, style })), label: 'San Andrés y Providencia' } });
}

function downloadPng() {
  renderPng().toBlob(blob => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = $('dl-png').dataset.filename || 'presencia.png';
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }, 'image/png');
}

const handlers = {
  set(key, value) {
    state = change(state, key, value);
    refresh();
  },
  department: code => selectDepartment(code),
  reset() {
    state = reset(state);
    urlProblems = [];
    refresh();
  },
  language(lang) {
    state = change(state, 'lang', lang);
    applyLanguage(lang, t);
    $('glossary').innerHTML = glossaryHtml(t);
    refresh();
  },
  sort(key) {
    sort = drawTable(view, state, nextSort(sort, key), t, formatter(state.lang));
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

function observeLayoutShift() {
  if (!window.PerformanceObserver || !PerformanceObserver.supportedEntryTypes || !PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    return;
  }
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) {
        metrics.cls += entry.value;
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

function start() {
  observeLayoutShift();
  if (state.embed === '1') {
    document.body.classList.add('embed');
    $('open-full').hidden = false;
  }
  applyLanguage(state.lang, t);
  $('glossary').innerHTML = glossaryHtml(t);
  mapView = createMapView(window.L, 'map', $('inset'));
  if (window.ResizeObserver) {
    new ResizeObserver(() => mapView.map.invalidateSize({ pan: false })).observe($('map'));
  }
  bindControls(handlers);
  bindSearchBox($('place-search'), $('place-options'), $('place-status'), loader, () => t, place => {
    state = stateFor(state, place);
    refresh();
  });
  mapView.map.on('zoomend', () => {
    if (view.geometry && levelForZoom(view.config, mapView.map.getZoom()) !== view.geometry.level) {
      refresh();
    }
  });
  refresh();
}

window.presenciaMetrics = metrics;
window.presenciaPortal = {
  get state() { return state; },
  get invalid() { return problems.map(p => p.param); },
  get problems() { return problems.slice(); },
  get geom() { return view.geometry ? { mun: view.geometry.mun, dep: view.geometry.dep, outlines: view.geometry.outlines, ...view.overlays } : {}; },
  get year() { return view.year; },
  archipelago: ARCHIPELAGO,
  selectDepartment,
  openProfile,
  renderPng,
  pngSpec: () => pngSpec,
  map: () => mapView.map,
  classes: () => classes,
  colourOf: code => colourFor(classes, valueOf(view, state, code))
};
start();
