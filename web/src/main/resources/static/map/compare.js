/*
 * Two years side by side: each unit gained, lost, kept or never reached between the comparison year and the year
 * shown, the colours of those four classes (from the shared colour definition: PuOr's purple for gained, its orange
 * for lost), and the headline figures before and after with their change (the year-over-year endpoint). Plain
 * functions over the view, no DOM.
 */
import { escapeHtml as esc } from './format.js';
import { findRamp, rampColours } from './ramps.js';

export const CATEGORIES = Object.freeze(['gained', 'lost', 'kept', 'none']);

/** A unit's change: reached in both years, only after (gained), only before (lost), or in neither. */
export function category(before, after) {
  const b = Boolean(before && before.reached);
  const a = Boolean(after && after.reached);
  return a && b ? 'kept' : a ? 'gained' : b ? 'lost' : 'none';
}

/** The category of every unit on the map, by code. */
export function categories(view) {
  const c = view.figures.comparison;
  const out = {};
  for (const row of view.figures.munList) {
    out[row.code] = category(c.before[row.code], row);
  }
  return out;
}

/** How many units fall in each category. */
export function counts(view) {
  const n = { gained: 0, lost: 0, kept: 0, none: 0 };
  for (const value of Object.values(categories(view))) {
    n[value]++;
  }
  return n;
}

/** The four classes' colours: PuOr's darkest purple (gained) and orange (lost), the ramp's reached colour, the zero colour. */
export function comparisonClasses(definition, ramp) {
  const puor = findRamp(definition, 'puor');
  const diverging = puor ? puor.colours : ['#b35806', '#542788'];
  return Object.freeze({ categorical: true, colours: Object.freeze({ gained: diverging[diverging.length - 1], lost: diverging[0],
    kept: rampColours(ramp, 5)[3], none: definition.zero }), noData: definition.noData });
}

const FIGURES = [
  ['beneficiaries', 'hBeneficiaries', false], ['interventions', 'hInterventions', false], ['municipalities', 'hMunicipalities', false],
  ['municipalitiesShare', 'hMunicipalitiesShare', true], ['departments', 'hDepartments', false], ['pdetMunicipalities', 'hPdet', false],
  ['zomacMunicipalities', 'hZomac', false], ['populationBand', 'hBand', false], ['mipymeShare', 'hMipyme', true],
  ['concentrationTop10', 'hTop10', true]
];

/** Figures that only make sense nationally (their denominator is the country's). */
const NATIONAL_ONLY = ['municipalitiesShare', 'departments', 'concentrationTop10'];

function signed(value, text) {
  return value > 0 ? '+' + text : text;
}

/**
 * The comparison section: the units gained and lost, and a table of the headline figures before and after with the
 * change (shares in percentage points); a department's view leaves out the figures counted over the whole country.
 */
export function comparisonHtml(view, state, t, fmt) {
  const c = view.figures.comparison;
  if (!c) {
    return null;
  }
  const n = counts(view);
  const rows = FIGURES.filter(([key]) => !(state.dept && NATIONAL_ONLY.includes(key))).map(([key, label, share]) => {
    const change = c.changes.find(x => x.figure === key);
    if (!change) {
      return '';
    }
    const value = v => share ? fmt.percent(v) : fmt.number(v);
    const delta = change.change == null ? '—' : share ? signed(change.change, fmt.number(change.change * 100, 1)) + ' ' + t('points')
      : signed(change.change, fmt.number(change.change));
    return '<tr><th scope="row">' + esc(t(label)) + '</th><td class="num">' + esc(value(change.before)) + '</td><td class="num">'
      + esc(value(change.after)) + '</td><td class="num" data-change="' + key + '">' + esc(delta) + '</td></tr>';
  }).join('');
  return {
    heading: t('compareHeading', { from: c.from, to: c.to }),
    summary: t('compareSummary', { gained: fmt.number(n.gained), lost: fmt.number(n.lost), kept: fmt.number(n.kept), from: c.from, to: c.to }),
    table: '<table class="compare"><caption class="sr-only">' + esc(t('compareCaption', { from: c.from, to: c.to })) + '</caption><thead><tr><th scope="col">'
      + esc(t('colFigure')) + '</th><th scope="col" class="num">' + esc(c.from) + '</th><th scope="col" class="num">' + esc(c.to)
      + '</th><th scope="col" class="num">' + esc(t('colChange')) + '</th></tr></thead><tbody>' + rows + '</tbody></table>',
    counts: n
  };
}
