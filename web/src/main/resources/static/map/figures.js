/*
 * What the map shows for a state and a view: each unit's value for the chosen figure, its classes and colour, the
 * legend's entries, the title. Plain functions over the view and the state, no DOM.
 */
import { choroplethClasses, colourOf as classColour } from './classify.js';
import { CATEGORIES, category, comparisonClasses } from './compare.js';
import { AXES_EN, SECTIONS_EN, SIZES_EN, optionLabel } from './i18n.js';
import { nameKey } from './notices.js';
import { findRamp, rampColours } from './ramps.js';
import { ECONOMIC_FIGURES } from './state.js';

const FIGURE_KEYS = { beneficiaries: 'figBeneficiaries', interventions: 'figInterventions', per10k: 'figPer10k', reached: 'figReached',
  valueAdded: 'figValueAdded', primaryShare: 'figPrimary', secondaryShare: 'figSecondary', tertiaryShare: 'figTertiary', presence: 'figPresence' };

/** DANE's tiers of the 12 branches (the municipal table's primary / secondary / tertiary; utilities are tertiary). */
const TIER_OF_BRANCH = { agropecuario: 'primaryShare', minas: 'primaryShare', industria: 'secondaryShare', construccion: 'secondaryShare' };

/** A department's primary, secondary or tertiary share of value added (percent) from its branches' shares. */
function departmentTier(view, code, figure) {
  const branches = (view.figures.economy.branches || []).filter(b => b.departmentCode === code);
  if (branches.length === 0) {
    return null;
  }
  return 100 * branches.filter(b => (TIER_OF_BRANCH[b.branch] || 'tertiaryShare') === figure).reduce((sum, b) => sum + b.share, 0);
}

/**
 * An economic figure of a unit: value added (thousand million pesos), its structure (percent), or presence against
 * economic weight (the unit's share of the beneficiaries ÷ its share of national value added); null without DANE data.
 */
function economicValue(view, state, code, row) {
  const economy = view.figures.economy || {};
  if (state.unit === 'dep') {
    const d = economy.departments && economy.departments[code];
    if (!d) {
      return null;
    }
    return state.figure === 'valueAdded' ? d.valueAdded : state.figure === 'presence' ? d.presenceRatio : departmentTier(view, code, state.figure);
  }
  const m = economy.municipal && economy.municipal[code];
  if (!m) {
    return null;
  }
  switch (state.figure) {
    case 'valueAdded':
      return m.total;
    case 'presence':
      return m.shareOfNation > 0 && row.share != null ? row.share / m.shareOfNation : null;
    default:
      return m[state.figure] == null ? null : 100 * m[state.figure];
  }
}

/** The colour of the opportunity gaps' outline and hatching (map, legend, PNG). */
export const ECONOMIC_GAP = '#5e3c99';

/** The units of the current unit kind: the features of the municipal or the departmental geometry. */
export function currentFeatures(view, state) {
  const geometry = view.geometry;
  const collection = geometry && (state.unit === 'dep' ? geometry.dep : geometry.mun);
  return collection ? collection.features : [];
}

/**
 * The figure's value for a unit (municipality or department code), or null when it has none; when two years are
 * compared, the unit's change ('gained', 'lost', 'kept', 'none').
 */
export function valueOf(view, state, code) {
  const dep = state.unit === 'dep';
  const row = view.figures && (dep ? view.figures.dep[code] : view.figures.mun[code]);
  if (!row) {
    return null;
  }
  if (view.figures.comparison && !dep) {
    return category(view.figures.comparison.before[code], row);
  }
  if (ECONOMIC_FIGURES.includes(state.figure)) {
    return economicValue(view, state, code, row);
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

/** Decimals the figure is written with. */
export function figureDecimals(figure) {
  return figure === 'presence' ? 2 : figure === 'per10k' || ECONOMIC_FIGURES.includes(figure) ? 1 : 0;
}

/**
 * The map's classes: for "reached", two (not reached in the zero colour, reached in a ramp colour); otherwise the
 * shared choropleth classes of the units' values ({@link choroplethClasses}) with the chosen method, count and ramp.
 */
export function mapClasses(view, state, definition) {
  const ramp = findRamp(definition, state.ramp) || definition.ramps[0];
  const values = currentFeatures(view, state).map(f => valueOf(view, state, f.id));
  if (view.figures && view.figures.comparison && state.unit !== 'dep') {
    return { ...comparisonClasses(definition, ramp), binary: false, hasNoData: values.some(v => v == null) };
  }
  if (state.figure === 'reached') {
    return { binary: true, reached: rampColours(ramp, 5)[3], zero: definition.zero, noData: definition.noData,
      hasNoData: values.some(v => v == null) };
  }
  const classes = choroplethClasses(values, state.method, parseInt(state.classes, 10) || 5, ramp, definition);
  return { ...classes, binary: false, hasNoData: values.some(v => v == null) };
}

/** The colour of a unit with this value. */
export function colourFor(classes, value) {
  if (classes.categorical) {
    return value == null ? classes.noData : classes.colours[value];
  }
  if (classes.binary) {
    return value == null ? classes.noData : value ? classes.reached : classes.zero;
  }
  return classColour(classes, value);
}

export function figureLabel(state, t) {
  return t(FIGURE_KEYS[state.figure]);
}

/** A territory group's name from the settings, or its id. */
export function groupName(view, id) {
  const group = view.config && view.config.groups.find(g => g.id === id);
  return group ? group.name : id;
}

/** The place the view shows: a municipality (with its department), a department, or null for Colombia. */
export function placeName(view, state) {
  const profile = view.figures && view.figures.profile;
  if (state.mun && profile && profile.territory.code === state.mun) {
    return profile.territory.name + ' (' + profile.territory.departmentName + ')';
  }
  const dept = state.dept && view.config && (view.config.departments || []).find(d => d.code === state.dept);
  return dept ? dept.name : null;
}

export function mapTitle(view, state, t) {
  const comparison = view.figures && view.figures.comparison;
  let title = comparison && state.unit !== 'dep' ? t('titleCompare', { from: comparison.from, to: comparison.to })
    : t(state.unit === 'dep' ? 'titleDep' : 'titleMun', { figure: figureLabel(state, t), year: view.year });
  const place = placeName(view, state);
  if (place) {
    title += t('titleIn', { dept: place });
  }
  return title;
}

function labels(value, options, english, lang) {
  return value.split(',').map(id => {
    const option = (options || []).find(o => o.id === id);
    return option ? optionLabel(lang, option, english) : id;
  }).join(', ');
}

/** The selection in force beside the title: program, axis, company size and the dataset (and that it is synthetic). */
export function selectionLine(view, state, t) {
  const cfg = view.config || {};
  const parts = [];
  if (state.program) parts.push(t('program') + ': ' + state.program);
  if (state.axis) parts.push(t('axis') + ': ' + labels(state.axis, cfg.axes, AXES_EN, state.lang));
  if (state.size) parts.push(t('size') + ': ' + labels(state.size, cfg.sizes, SIZES_EN, state.lang));
  if (state.sector) parts.push(t('sector') + ': ' + state.sector + ' ' + labels(state.sector, cfg.sectors, SECTIONS_EN, state.lang));
  const coverage = view.figures && view.figures.coverage;
  if (coverage) {
    const saysSo = /sintetic|synthetic/.test(nameKey(coverage.dataset.name));
    parts.push(t('dataset') + ': ' + coverage.dataset.name + (coverage.dataset.synthetic && !saysSo ? ' (' + t('syntheticShort').toLowerCase() + ')' : ''));
  }
  if (!state.program && !state.axis && !state.size) {
    parts.unshift(t('allPrograms'));
  }
  return parts.join(' · ');
}

/** A file name that says what the file holds: presencia-municipios-narino-2023-encadena-demo.csv. */
export function downloadName(view, state, what, extension) {
  const parts = ['presencia', what, placeName(view, state) || 'colombia', view.year];
  if (view.figures && view.figures.comparison) parts.push('vs-' + view.figures.comparison.from);
  for (const value of [state.program, state.axis, state.size, state.sector && 'ciiu-' + state.sector, view.figures && view.figures.coverage && view.figures.coverage.dataset.id]) {
    if (value) parts.push(value);
  }
  return parts.map(p => nameKey(p).replace(/ /g, '-')).filter(Boolean).join('-') + '.' + extension;
}

/** The figure's value for a unit as text ("Sí"/"No" for reached). */
export function valueText(view, state, code, t, fmt) {
  const value = valueOf(view, state, code);
  if (view.figures && view.figures.comparison && state.unit !== 'dep') {
    return value == null ? '—' : t('legend_' + value, { from: view.figures.comparison.from, to: view.figures.comparison.to });
  }
  if (state.figure === 'reached') {
    return value ? t('yes') : t('no');
  }
  return fmt.number(value, figureDecimals(state.figure));
}

/**
 * The legend's entries: {colour?, hatch?, outline?, outlineWidth?, dash?, label}. Class limits are written with the
 * page's number format; whole-number figures show "1 – 5", "6 – 10", decimal ones "> 1,5 – 3,0".
 */
export function legendItems(view, state, classes, t, fmt) {
  const items = [];
  if (classes.categorical) {
    const comparison = view.figures.comparison;
    const n = {};
    for (const f of currentFeatures(view, state)) {
      const v = valueOf(view, state, f.id);
      n[v] = (n[v] || 0) + 1;
    }
    for (const c of CATEGORIES) {
      items.push({ colour: classes.colours[c], label: t('legend_' + c, { from: comparison.from, to: comparison.to }) + ' (' + fmt.number(n[c] || 0) + ')' });
    }
  } else if (classes.binary) {
    items.push({ colour: classes.reached, label: t('legendReached') });
    items.push({ colour: classes.zero, label: t('legendUnreached') });
  } else {
    const digits = figureDecimals(state.figure);
    const integer = digits === 0;
    const b = classes.bounds;
    for (let i = 0; i < b.length - 1; i++) {
      const from = i === 0 ? b[0] : (integer ? b[i] + 1 : b[i]);
      const label = (i > 0 && !integer ? '> ' : '') + fmt.number(from, digits) + (from === b[i + 1] ? '' : ' – ' + fmt.number(b[i + 1], digits));
      items.push({ colour: classes.colours[i], label });
    }
    const economic = ECONOMIC_FIGURES.includes(state.figure);
    if (!economic || classes.zeroClass) {
      items.push({ colour: classes.zero, label: t(economic ? 'legendZero' : 'legendNone') });
    }
  }
  if (classes.hasNoData) {
    items.push({ colour: classes.noData, label: t(ECONOMIC_FIGURES.includes(state.figure) ? 'legendNoDane' : 'legendNoData') });
  }
  if (state.pdet === '1') {
    items.push({ outline: '#111111', outlineWidth: 2, dash: [5, 3], label: t('legendPdet') });
  }
  if (state.zomac === '1') {
    items.push({ hatch: '#1b1b1b', label: t('legendZomac') });
  }
  if (view.overlays && view.overlays.group) {
    items.push({ outline: '#d01c8b', outlineWidth: 2.5, label: t('legendGroup') + ': ' + groupName(view, state.group) });
  }
  if (state.gaps === '1') {
    items.push({ hatch: '#b2182b', outline: '#b2182b', label: t('legendGap') + ' (' + groupName(view, state.group || 'pdet') + ')' });
  }
  if (state.egaps === '1') {
    items.push({ hatch: ECONOMIC_GAP, outline: ECONOMIC_GAP, outlineWidth: 2, label: t('legendEconomicGap') });
  }
  return items;
}
