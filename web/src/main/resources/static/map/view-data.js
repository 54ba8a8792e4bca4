/*
 * Everything the page shows, fetched for one state: the dataset's settings, the geometry of the year (the national
 * layer, or only the department's units for a profile), the overlays, the figures (national, or the territory's
 * profile over its own denominators beside the national ones), and a comparison year when one is chosen. A load
 * returns a new view object and never changes the one it was given; parts whose key (the requests they come from)
 * did not change are reused rather than fetched again. The state is checked against the settings (a year the dataset
 * lacks, an unknown program or department) and the view carries the corrected state and what was wrong. No DOM: the
 * requests go through the getJson the loader hands in, so tests drive this with a fake.
 */
import { ARCHIPELAGO, boundaryLines, decodeCollection, departmentBounds, linesFeature } from './geometry.js';
import { configProblems } from './notices.js';
import { change, economicFigure, filterParams, gapGroup, profileCode, resolveYear } from './state.js';

/** The view before anything is loaded. */
export const EMPTY_VIEW = Object.freeze({ configKey: null, config: null, geometry: null, geometries: {}, overlays: null, figures: null });

/** The level the archipelago's inset is drawn at: the reference boundaries as they are. */
const ISLANDS_LEVEL = 2;

/** How many geometries (layer, level, year) a view keeps for going back without asking again. */
const KEPT_GEOMETRIES = 4;

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
const byCode = rows => Object.fromEntries((rows || []).map(r => [r.code, r]));

function configUrl(dataset) {
  return '/api/v1/map/config' + (dataset ? '?dataset=' + enc(dataset) : '');
}

/** ?level=0&year=2023&encoding=delta; without year, the server's default year. */
function geometryQuery(level, year) {
  return '?level=' + level + (year ? '&year=' + year : '') + '&encoding=delta';
}

/** Which geometry a state needs: a department's units, or the national layer (with department polygons as the unit). */
function geometryScope(state) {
  return state.dept ? 'dept-' + state.dept : state.unit === 'dep' ? 'national-dep' : 'national';
}

async function fetchGeometry(getJson, state, level, year) {
  const q = geometryQuery(level, year);
  if (state.dept) {
    const mun = decodeCollection(await getJson('/api/v1/map/geometry/departments/' + enc(state.dept) + '/municipalities' + q));
    const outline = linesFeature(state.dept, boundaryLines(mun.features, f => f.properties.dept, state.dept));
    return { level, mun, dep: null, outlines: null, outline };
  }
  // The archipelago's islands for the inset at full detail: a few kilobytes, drawn at a larger scale than the mainland.
  const [mun, dep, islands] = await Promise.all([getJson('/api/v1/map/geometry/municipalities' + q),
    state.unit === 'dep' ? getJson('/api/v1/map/geometry/groups/departments' + q) : null,
    getJson('/api/v1/map/geometry/departments/' + ARCHIPELAGO + '/municipalities' + geometryQuery(ISLANDS_LEVEL, year))]);
  const municipalities = decodeCollection(mun);
  return { level, mun: municipalities, dep: dep ? decodeCollection(dep) : null, outline: null, archipelago: decodeCollection(islands),
    outlines: linesFeature('departments', boundaryLines(municipalities.features, f => f.properties.dept)) };
}

function overlaysKey(state, level, year) {
  return [level, year, state.pdet, state.zomac, state.group].join('|');
}

async function fetchOverlays(getJson, state, level, year) {
  const q = geometryQuery(level, year);
  const group = state.group && state.group !== 'departments' ? state.group : null;
  const layer = async path => decodeCollection(await getJson('/api/v1/map/geometry/groups/' + path + q));
  const [pdet, zomac, groupLayer] = await Promise.all([
    state.pdet === '1' ? layer('pdet') : null,
    state.zomac === '1' ? layer('zomac') : null,
    group ? layer(enc(group)) : null
  ]);
  return { key: overlaysKey(state, level, year), pdet, zomac, group: groupLayer };
}

function figuresKey(state, year) {
  return [filterParams(state, year, false).toString(), state.dept, state.mun, state.unit === 'dep', state.lang, gapGroup(state),
    state.compare, economicFigure(state), state.egaps].join('|');
}

/** How many opportunity gaps the layer and its list show. */
export const ECONOMIC_GAPS = 20;

/**
 * What the economic figures and layer need: every municipality's value added (the same list whatever the filter;
 * the browser keeps it), or for departments the selection against the departmental accounts; and the opportunity
 * gaps when their layer is on. Nothing when neither is shown.
 */
async function fetchEconomy(getJson, state, f, fd) {
  const dep = state.unit === 'dep';
  const [municipal, weight, gaps] = await Promise.all([
    economicFigure(state) && !dep ? getJson('/api/v1/economy/municipalities') : null,
    economicFigure(state) && dep ? getJson('/api/v1/coverage/economy?' + f) : null,
    state.egaps === '1' ? getJson('/api/v1/coverage/gaps/economy?' + fd + '&limit=' + ECONOMIC_GAPS) : null
  ]);
  return {
    municipal: municipal ? byCode(municipal.items) : null,
    municipalSource: municipal ? municipal.source : null,
    departments: weight ? byCode(weight.items) : null,
    branches: weight ? weight.branches : null,
    departmentSource: weight ? weight.economySource : null,
    gaps
  };
}

async function fetchFigures(getJson, state, year) {
  const f = filterParams(state, year, false).toString();
  const fd = filterParams(state, year, true).toString();
  const code = profileCode(state);
  const dataset = state.dataset ? '?dataset=' + enc(state.dataset) : '';
  const gaps = gapGroup(state);
  const compared = state.compare ? filterParams(state, state.compare, true).toString() : null;
  const [coverage, mun, dep, summary, targets, profile, gapFigures, groupDetail, yoy, before, sectors, economy] = await Promise.all([
    code ? null : getJson('/api/v1/coverage?' + f),
    code ? null : getJson('/api/v1/coverage/municipalities?' + f),
    code || state.unit !== 'dep' ? null : getJson('/api/v1/coverage/departments?' + f),
    getJson('/api/v1/summary?' + fd + '&lang=' + state.lang),
    getJson('/api/v1/targets' + dataset),
    code ? getJson('/api/v1/profiles/' + enc(code) + '?' + f) : null,
    gaps ? getJson('/api/v1/coverage/gaps/' + enc(gaps) + '?' + f) : null,
    gaps ? getJson('/api/v1/territory-groups/' + enc(gaps) + '?year=' + year) : null,
    compared ? getJson('/api/v1/coverage/year-over-year?' + fd + '&from=' + state.compare + '&to=' + year) : null,
    compared ? getJson('/api/v1/coverage/municipalities?' + compared) : null,
    getJson('/api/v1/coverage/sectors?' + fd),
    fetchEconomy(getJson, state, f, fd)
  ]);
  const munList = profile ? profile.municipalities : mun.items;
  const depList = dep ? dep.items : [];
  return {
    key: figuresKey(state, year),
    coverage: profile ? { dataset: profile.dataset, filter: profile.filter, denominator: profile.denominator, source: profile.source,
      headline: profile.headline } : coverage,
    national: profile ? profile.national : coverage.headline,
    profile,
    munList,
    mun: byCode(munList),
    depList,
    dep: byCode(depList),
    summary,
    targets,
    gaps: gapFigures,
    groupMembers: groupDetail ? new Set(groupDetail.territories.flatMap(t => t.municipalities)) : null,
    comparison: compared ? { from: state.compare, to: year, changes: yoy.yearOverYear.changes, before: byCode(before.items) } : null,
    sectors,
    economy
  };
}

/** The figures, and when the state names a municipality the API does not know, the department's instead (and why). */
async function figuresChecked(getJson, state, year, problems) {
  try {
    return { state, figures: await fetchFigures(getJson, state, year) };
  } catch (e) {
    if (state.mun && e && e.status >= 400 && e.status < 500 && String(e.url).includes('/profiles/')) {
      const corrected = change(state, 'mun', '');
      problems.push({ param: 'mun', value: state.mun });
      return { state: corrected, figures: await fetchFigures(getJson, corrected, year) };
    }
    throw e;
  }
}

function keep(geometries, key, geometry) {
  const next = { ...geometries, [key]: geometry };
  const keys = Object.keys(next);
  for (const old of keys.slice(0, Math.max(0, keys.length - KEPT_GEOMETRIES))) {
    delete next[old];
  }
  return next;
}

/**
 * The view for {@code request} = {state, level, levelFor(bounds, config)}, reusing what {@code previous} already holds.
 * {@code level} is the geometry level of the map's zoom now; {@code levelFor(bounds)} the level the map will have
 * once it shows a department's box (a profile is drawn at the level it is seen at). The settings come first when the
 * dataset changed; for a national view the default year's geometry loads beside them. Then geometry, overlays and
 * figures load together. A dataset-less server gives a view with {@code noDataset}.
 */
export async function loadView(getJson, request, previous = EMPTY_VIEW) {
  let config = previous.configKey === request.state.dataset ? previous.config : null;
  let early = null;
  if (!config) {
    const national = !request.state.dept;
    const guess = national && (!previous.geometry || (request.state.year && !previous.geometries[
      [geometryScope(request.state), request.level, request.state.year].join('|')]));
    const settings = getJson(configUrl(request.state.dataset));
    // The geometry the first view most likely needs loads beside the settings; the figures do not wait for it.
    early = guess ? { level: request.level, year: request.state.year, promise: fetchGeometry(getJson, request.state, request.level, request.state.year) } : null;
    if (early) {
      early.promise.catch(() => null); // when it is not used, its failure (an abort) is nobody's error
    }
    config = await settings;
  }
  const base = { configKey: request.state.dataset, config };
  if (!config.dataset) {
    return { ...EMPTY_VIEW, ...base, noDataset: true, state: request.state, problems: [] };
  }
  const checked = configProblems(request.state, config);
  const problems = checked.problems.slice();
  let state = checked.state;
  const year = resolveYear(state, config);
  const bounds = departmentBounds(config, state.dept);
  const level = bounds && request.levelFor ? request.levelFor(bounds, config) : request.level;
  const geometryKey = [geometryScope(state), level, year].join('|');
  const geometries = previous.geometries || {};
  const earlyKey = early && [geometryScope(state), early.level, early.year || String(config.defaultYear)].join('|');
  const geometryOf = key => geometries[key] ? Promise.resolve(geometries[key])
    : key === earlyKey ? early.promise.then(g => ({ ...g, year, key }))
      : fetchGeometry(getJson, state, level, year).then(g => ({ ...g, year, key }));
  const oKey = overlaysKey(state, level, year);
  const fKey = figuresKey(state, year);
  const [geometry, overlays, loaded] = await Promise.all([
    geometryOf(geometryKey),
    previous.overlays && previous.overlays.key === oKey ? previous.overlays : fetchOverlays(getJson, state, level, year),
    previous.figures && previous.figures.key === fKey ? { state, figures: previous.figures } : figuresChecked(getJson, state, year, problems)
  ]);
  state = loaded.state;
  return { ...base, state, problems, year, geometry, geometries: keep(geometries, geometryKey, geometry), overlays, figures: loaded.figures };
}
