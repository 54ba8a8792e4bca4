/*
 * The page's state: one plain object of strings, held in the URL's query string. Parsing, validation, writing and
 * every rule that ties two parameters together live here, as plain functions over immutable objects (no DOM):
 * a change returns a new state, so a request can keep the state it was made for.
 */

/** Every URL parameter and its default; only values that differ from these are written to the URL. */
export const DEFAULTS = Object.freeze({
  dataset: '', year: '', compare: '', axis: '', program: '', size: '', sector: '', dept: '', mun: '', figure: 'beneficiaries', unit: 'mun',
  method: 'quantiles', classes: '5', ramp: 'viridis', pdet: '0', zomac: '0', group: '', gaps: '0', egaps: '0', lang: 'es', embed: '0'
});

/** The parameters the coverage API takes as filters, in the order they are written. */
export const FILTER_KEYS = Object.freeze(['dataset', 'year', 'axis', 'program', 'size', 'sector']);

/** Figures from DANE's economic tables beside the coverage (value added, its structure, presence against weight). */
export const ECONOMIC_FIGURES = Object.freeze(['valueAdded', 'primaryShare', 'secondaryShare', 'tertiaryShare', 'presence']);
export const FIGURES = Object.freeze(['beneficiaries', 'interventions', 'per10k', 'reached', ...ECONOMIC_FIGURES]);
export const METHODS = Object.freeze(['quantiles', 'jenks', 'equal']);
export const CLASS_COUNTS = Object.freeze(['3', '4', '5', '6', '7']);

const oneOf = values => value => values.includes(value);
const FLAG = oneOf(['0', '1']);

/**
 * What a value must look like, per parameter. Filters the server knows (dataset, axis, program, size) are left to it;
 * ramp ids are checked against the served definition by {@link checkRamp}.
 */
const VALID = {
  year: value => /^\d{4}$/.test(value),
  compare: value => /^\d{4}$/.test(value),
  dept: value => /^\d{2}$/.test(value),
  mun: value => /^\d{5}$/.test(value),
  figure: oneOf(FIGURES),
  unit: oneOf(['mun', 'dep']),
  method: oneOf(METHODS),
  classes: oneOf(CLASS_COUNTS),
  ramp: value => /^[a-z0-9]+$/.test(value),
  pdet: FLAG,
  zomac: FLAG,
  gaps: FLAG,
  egaps: FLAG,
  embed: FLAG,
  sector: value => /^[A-Za-z0-9][A-Za-z0-9:,. -]{0,79}$/.test(value),
  group: value => /^[A-Za-z0-9_-]+$/.test(value),
  lang: oneOf(['es', 'en'])
};

/**
 * The state after the rules that tie parameters together: a municipality's profile is shown within its department,
 * a department always by its municipalities, and a year is not compared with itself.
 */
function normalised(state) {
  const next = { ...state };
  if (next.mun) {
    next.dept = next.mun.slice(0, 2);
  }
  if (next.dept && next.unit === 'dep') {
    next.unit = 'mun';
  }
  if (next.compare && next.compare === next.year) {
    next.compare = '';
  }
  return Object.freeze(next);
}

/**
 * The state a query string ({@code ?year=2023&axis=calidad}) describes, the names of the parameters whose value was
 * not valid (each of those keeps its default) and those values, so the page can say what is wrong. Unknown parameters
 * are ignored; an empty value means the default.
 */
export function parseQuery(search) {
  const params = new URLSearchParams(search);
  const state = { ...DEFAULTS };
  const invalid = [];
  const values = {};
  for (const key of Object.keys(DEFAULTS)) {
    const value = params.get(key);
    if (value == null || value === '') {
      continue;
    }
    if (VALID[key] && !VALID[key](value)) {
      invalid.push(key);
      values[key] = value;
    } else {
      state[key] = value;
    }
  }
  return { state: normalised(state), invalid, values };
}

/** The query string of a state, without '?': values that differ from the defaults, never {@code embed}, then {@code extra}. */
export function queryString(state, extra) {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULTS)) {
    if (key !== 'embed' && state[key] !== DEFAULTS[key] && state[key] !== '') {
      params.set(key, state[key]);
    }
  }
  for (const [key, value] of Object.entries(extra || {})) {
    params.set(key, value);
  }
  return params.toString();
}

/**
 * The state after the user set {@code key} to {@code value}: a new dataset clears the program and the comparison
 * (programs and years belong to a dataset); departments as the unit clear the department and municipality (they are
 * compared nationally); a department chosen (or left) closes the municipality's profile; a municipality opens within
 * its department.
 */
export function change(state, key, value) {
  if (!(key in DEFAULTS)) {
    throw new Error('Unknown state key ' + key);
  }
  const next = { ...state, [key]: value };
  if (key === 'dataset') {
    next.program = '';
    next.compare = '';
  }
  if (key === 'unit' && value === 'dep') {
    next.dept = '';
    next.mun = '';
  }
  if (key === 'dept') {
    next.mun = '';
  }
  return normalised(next);
}

/** The defaults, keeping the language, the dataset and the embed mode. */
export function reset(state) {
  return Object.freeze({ ...DEFAULTS, lang: state.lang, dataset: state.dataset, embed: state.embed });
}

/** The code of the profile the state shows: the municipality's, else the department's, else null (Colombia). */
export function profileCode(state) {
  return state.mun || state.dept || null;
}

/**
 * The ramp checked against the ids the served colour definition has: an unknown one falls back to the default and is
 * reported, like an invalid URL value.
 */
export function checkRamp(state, rampIds) {
  return rampIds.includes(state.ramp) ? { state, invalid: [] } : { state: Object.freeze({ ...state, ramp: DEFAULTS.ramp }), invalid: ['ramp'] };
}

/** The dataset's default year: the configured one when the dataset has it, else the dataset's latest. */
export function defaultYear(config) {
  const years = config.years || [];
  if (years.length === 0 || years.includes(config.defaultYear)) {
    return String(config.defaultYear);
  }
  return String(years[years.length - 1]);
}

/** The year the page shows: the chosen one, else the dataset's default. */
export function resolveYear(state, config) {
  return state.year || defaultYear(config);
}

/** The coverage API's filter parameters for a state and its resolved year ({@code withDept}: add the department). */
export function filterParams(state, year, withDept) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = key === 'year' ? year : state[key];
    if (value) {
      params.set(key, value);
    }
  }
  if (withDept && state.dept) {
    params.set('department', state.dept);
  }
  return params;
}

/** Whether the state's figure comes from DANE's economic tables. */
export function economicFigure(state) {
  return ECONOMIC_FIGURES.includes(state.figure);
}

/** The group whose gaps are shown (PDET unless another group is chosen), or null when gaps are off. */
export function gapGroup(state) {
  return state.gaps === '1' ? (state.group || 'pdet') : null;
}
