/*
 * Everything the page shows, fetched for one state and one geometry level: the dataset's settings, the geometry of
 * the year, the overlays, the figures. A load returns a new view object and never changes the one it was given;
 * parts whose key (the requests they come from) did not change are reused rather than fetched again. No DOM: the
 * requests go through the getJson the loader hands in, so tests drive this with a fake.
 */
import { filterParams, gapGroup, resolveYear } from './state.js';

/** The view before anything is loaded. */
export const EMPTY_VIEW = Object.freeze({ configKey: null, config: null, geometry: null, overlays: null, figures: null });

/** The geometry level for a zoom: the last level whose minZoom the zoom reaches. */
export function levelForZoom(config, zoom) {
  const levels = (config && config.levels) || [{ id: 0, minZoom: 0 }, { id: 1, minZoom: 7 }, { id: 2, minZoom: 9 }];
  let chosen = levels[0].id;
  for (const level of levels) {
    if (zoom >= level.minZoom) {
      chosen = level.id;
    }
  }
  return chosen;
}

const enc = encodeURIComponent;

function configUrl(dataset) {
  return '/api/v1/map/config' + (dataset ? '?dataset=' + enc(dataset) : '');
}

/** ?level=0&year=2023; without year, the server's default year. */
function geometryQuery(level, year) {
  return '?level=' + level + (year ? '&year=' + year : '');
}

async function fetchGeometry(getJson, level, year) {
  const q = geometryQuery(level, year);
  const [mun, dep] = await Promise.all([getJson('/api/v1/map/geometry/municipalities' + q),
    getJson('/api/v1/map/geometry/groups/departments' + q)]);
  return { level, mun, dep };
}

function overlaysKey(state, level, year) {
  return [level, year, state.pdet, state.zomac, state.group].join('|');
}

async function fetchOverlays(getJson, state, level, year) {
  const q = geometryQuery(level, year);
  const group = state.group && state.group !== 'departments' ? state.group : null;
  const [pdet, zomac, groupLayer] = await Promise.all([
    state.pdet === '1' ? getJson('/api/v1/map/geometry/groups/pdet' + q) : null,
    state.zomac === '1' ? getJson('/api/v1/map/geometry/groups/zomac' + q) : null,
    group ? getJson('/api/v1/map/geometry/groups/' + enc(group) + q) : null
  ]);
  return { key: overlaysKey(state, level, year), pdet, zomac, group: groupLayer };
}

function figuresKey(state, year) {
  return [filterParams(state, year, true).toString(), state.lang, gapGroup(state)].join('|');
}

async function fetchFigures(getJson, state, year) {
  const f = filterParams(state, year, false).toString();
  const fd = filterParams(state, year, true).toString();
  const lang = state.lang;
  const dataset = state.dataset ? '?dataset=' + enc(state.dataset) : '';
  const gaps = gapGroup(state);
  const [coverage, mun, dep, summary, targets, deptSummary, deptRows, gapFigures, groupDetail] = await Promise.all([
    getJson('/api/v1/coverage?' + f),
    getJson('/api/v1/coverage/municipalities?' + f),
    getJson('/api/v1/coverage/departments?' + f),
    getJson('/api/v1/summary?' + f + '&lang=' + lang),
    getJson('/api/v1/targets' + dataset),
    state.dept ? getJson('/api/v1/summary?' + fd + '&lang=' + lang) : null,
    state.dept ? getJson('/api/v1/coverage/municipalities?' + fd) : null,
    gaps ? getJson('/api/v1/coverage/gaps/' + enc(gaps) + '?' + f) : null,
    gaps ? getJson('/api/v1/territory-groups/' + enc(gaps) + '?year=' + year) : null
  ]);
  return {
    key: figuresKey(state, year),
    coverage,
    munList: mun.items,
    mun: Object.fromEntries(mun.items.map(r => [r.code, r])),
    depList: dep.items,
    dep: Object.fromEntries(dep.items.map(r => [r.code, r])),
    summary,
    targets,
    deptSummary,
    deptRows,
    gaps: gapFigures,
    groupMembers: groupDetail ? new Set(groupDetail.territories.flatMap(t => t.municipalities)) : null
  };
}

/**
 * The view for {@code request} = {state, level}, reusing what {@code previous} already holds. The settings come first
 * when the dataset changed (the year and the filters depend on them); while they load, the geometry of the chosen
 * year (or, with none chosen, of the server's default year) loads beside them. Then geometry, overlays and figures
 * load together. A dataset-less server gives a view with {@code noDataset}.
 */
export async function loadView(getJson, request, previous = EMPTY_VIEW) {
  const { state, level } = request;
  let config = previous.configKey === state.dataset ? previous.config : null;
  let early = null;
  if (!config) {
    // Only worth guessing when nothing is held yet (the first load) or the chosen year's geometry is not held.
    const guess = !previous.geometry || (state.year && previous.geometry.key !== level + '|' + state.year);
    const [fetched, geometry] = await Promise.all([getJson(configUrl(state.dataset)),
      guess ? fetchGeometry(getJson, level, state.year) : null]);
    config = fetched;
    if (geometry) {
      const year = state.year || String(config.defaultYear);
      early = { ...geometry, year, key: level + '|' + year };
    }
  }
  const base = { configKey: state.dataset, config };
  if (!config.dataset) {
    return { ...EMPTY_VIEW, ...base, noDataset: true };
  }
  const year = resolveYear(state, config);
  const geometryKey = level + '|' + year;
  const oKey = overlaysKey(state, level, year);
  const fKey = figuresKey(state, year);
  const heldGeometry = [previous.geometry, early].find(g => g && g.key === geometryKey);
  const [geometry, overlays, figures] = await Promise.all([
    heldGeometry || fetchGeometry(getJson, level, year).then(g => ({ ...g, year, key: geometryKey })),
    previous.overlays && previous.overlays.key === oKey ? previous.overlays : fetchOverlays(getJson, state, level, year),
    previous.figures && previous.figures.key === fKey ? previous.figures : fetchFigures(getJson, state, year)
  ]);
  return { ...base, year, geometry, overlays, figures };
}
