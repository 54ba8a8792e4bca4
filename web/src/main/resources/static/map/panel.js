/*
 * The HTML of the panel and the map's small parts (legend, tooltips, the municipality card), and the download
 * links, for a view and a state. Plain functions returning strings: the page puts them in place. Every text from
 * the server or the URL is escaped, and no element gets a style attribute (the page's Content-Security-Policy allows
 * no inline style): colours are SVG presentation attributes.
 */
import { escapeHtml as esc } from './format.js';
import { GLOSSARY } from './i18n.js';
import { ECONOMIC_GAP, downloadName, figureLabel, placeName, selectionLine, valueText } from './figures.js';
import { filterParams } from './state.js';

/** One headline card; {@code value} goes to data-value for tests and scripts. */
function card(key, label, text, value, note) {
  return '<div class="card"><dt>' + esc(label) + '</dt><dd class="value" data-figure="' + key + '" data-value="' + (value == null ? '' : value) + '">'
    + esc(text) + '</dd><dd class="src">' + esc(note) + '</dd></div>';
}

/** "615 de 1.121 municipios (54,9 %)"; a dash when there is no denominator. */
function reachText(reach, what, t, fmt) {
  if (!reach || reach.of === 0) {
    return '—';
  }
  return t('xOfY', { x: fmt.number(reach.reached != null ? reach.reached : reach.count), y: fmt.number(reach.of), what: t(what),
    pct: fmt.percent(reach.share) });
}

/** "2023 · Fuente: Demo; DANE". */
export function sourceNote(view, t) {
  const c = view.figures.coverage;
  return c.headline.year + ' · ' + t('source') + ': ' + c.dataset.name + '; DANE';
}

/** The cards' rows: key, label, the headline's value as text, its data-value, and the same figure of another headline. */
const CARDS = [
  ['beneficiaries', 'hBeneficiaries', (h, t, fmt) => fmt.number(h.beneficiaries), h => h.beneficiaries],
  ['interventions', 'hInterventions', (h, t, fmt) => fmt.number(h.interventions), h => h.interventions],
  ['municipalities', 'hMunicipalities', (h, t, fmt) => reachText(h.municipalities, 'municipios', t, fmt), h => h.municipalities.reached],
  ['departments', 'hDepartments', (h, t, fmt) => reachText(h.departments, 'departamentos', t, fmt), h => h.departments.reached, true],
  ['pdet', 'hPdet', (h, t, fmt) => reachText(h.pdetMunicipalities, 'municipios', t, fmt), h => h.pdetMunicipalities && h.pdetMunicipalities.reached],
  ['pdetSubregions', 'hPdetSub', (h, t, fmt) => reachText(h.pdetSubregions, 'subregiones', t, fmt), h => h.pdetSubregions && h.pdetSubregions.reached],
  ['zomac', 'hZomac', (h, t, fmt) => reachText(h.zomacMunicipalities, 'municipios', t, fmt), h => h.zomacMunicipalities && h.zomacMunicipalities.reached],
  ['populationBand', 'hBand', (h, t, fmt) => reachText(h.populationBand, 'municipios', t, fmt), h => h.populationBand && h.populationBand.reached],
  ['top10', 'hTop10', (h, t, fmt) => h.concentrationTop10 ? fmt.percent(h.concentrationTop10.share) + ' (' + reachText(h.concentrationTop10, 'beneficiarios', t, fmt) + ')' : '—',
    h => h.concentrationTop10 && h.concentrationTop10.share],
  ['mipyme', 'hMipyme', (h, t, fmt) => reachText(h.mipyme, 'empresas', t, fmt), h => h.mipyme && h.mipyme.count]
];

/** The year-over-year figure behind each card. */
const CHANGES = { beneficiaries: 'beneficiaries', interventions: 'interventions', municipalities: 'municipalities', departments: 'departments',
  pdet: 'pdetMunicipalities', zomac: 'zomacMunicipalities', populationBand: 'populationBand', mipyme: 'mipymeShare', top10: 'concentrationTop10' };

/**
 * When two years are compared, a card's note starts with the earlier year's value and the change ("2022: 3 (+4)");
 * a municipality's profile has none (the comparison is counted for its department).
 */
function comparisonNote(view, t, fmt) {
  const c = view.figures.comparison;
  const profile = view.figures.profile;
  if (!c || (profile && profile.territory.units === 1)) {
    return () => '';
  }
  return key => {
    const change = c.changes.find(x => x.figure === CHANGES[key]);
    if (!change || change.before == null) {
      return '';
    }
    const share = key === 'mipyme' || key === 'top10';
    const before = share ? fmt.percent(change.before) : fmt.number(change.before);
    const delta = share ? fmt.number(change.change * 100, 1) + ' ' + t('points') : fmt.number(change.change);
    return c.from + ': ' + before + ' (' + (change.change > 0 ? '+' : '') + delta + ')';
  };
}

/**
 * The headline cards and the note naming the denominator. A profile's cards count over the territory's own units,
 * and each says the same figure for its department (a municipality's) and for Colombia beneath it.
 */
export function headlineHtml(view, t, fmt) {
  const c = view.figures.coverage;
  const h = c.headline;
  const profile = view.figures.profile;
  const base = sourceNote(view, t);
  const others = profile ? [profile.department && [profile.department.name, profile.department.headline], ['Colombia', profile.national]].filter(Boolean) : [];
  const compared = comparisonNote(view, t, fmt);
  const cards = CARDS.filter(([key, , , , nationalOnly]) => !(profile && nationalOnly) && !(key === 'top10' && profile && profile.territory.units === 1))
    .filter(([, , , value]) => value(h) != null || !profile)
    .map(([key, label, text, value]) => card(key, t(label), text(h, t, fmt), value(h),
      [compared(key), others.length ? others.map(([name, other]) => name + ': ' + text(other, t, fmt)).join(' · ') : base].filter(Boolean).join(' · ')));
  const place = profile ? profile.territory.name : 'Colombia';
  const own = profile && profile.territory.units === 1 ? t('denominatorUnit', { place, year: c.denominator.vintageYear })
    : profile ? t('denominatorOwn', { n: fmt.number(c.denominator.units), place, year: c.denominator.vintageYear })
      : t('denominatorText', { n: fmt.number(c.denominator.units), year: c.denominator.vintageYear });
  return {
    cards: cards.join(''),
    meta: t('denominatorNote', { d: own }),
    heading: profile ? t('headlineOf', { place, year: h.year }) : t('headlineNational', { year: h.year }),
    synthetic: c.dataset.synthetic
  };
}

/** One sentence for screen readers when the figures change: the place, the year and the units reached. */
export function announcement(view, state, t, fmt) {
  const h = view.figures.coverage.headline;
  return t('announce', { place: placeName(view, state) || 'Colombia', year: h.year, reached: reachText(h.municipalities, 'municipios', t, fmt),
    beneficiaries: fmt.number(h.beneficiaries) });
}

/** The first two paragraphs, then the per-axis ones behind a disclosure ("Más detalle"). */
export function paragraphsHtml(paragraphs, t) {
  const head = paragraphs.slice(0, 2).map(p => '<p>' + esc(p) + '</p>').join('');
  const rest = paragraphs.slice(2);
  return head + (rest.length ? '<details><summary>' + esc(t('moreDetail')) + '</summary>' + rest.map(p => '<p>' + esc(p) + '</p>').join('') + '</details>' : '');
}

/** Why a target has no data, in the page's language: a group that is not loaded says how to load it. */
export function targetReason(target, view, t) {
  if (target.status !== 'NO_DATA') {
    return '';
  }
  const groups = (view.config && view.config.groups) || [];
  if (target.group && !groups.some(g => g.id === target.group)) {
    return t('reasonGroup', { group: target.group });
  }
  if (/intervenci/i.test(target.reason || '')) {
    return t('reasonNoRecords', { years: (target.years || []).join(', ') });
  }
  if (/denominador/i.test(target.reason || '')) {
    return t('reasonZero');
  }
  return target.reason || t('reasonOther');
}

/** {thead, tbody, note} of the targets table: indicator, target, progress (a meter), status with its reason. */
export function targetsHtml(view, t, fmt) {
  const items = (view.figures.targets && view.figures.targets.items) || [];
  if (items.length === 0) {
    return { thead: '', tbody: '<tr><td>' + esc(t('noTargets')) + '</td></tr>', note: '' };
  }
  const thead = '<tr><th scope="col">' + esc(t('tName')) + '</th><th scope="col" class="num">' + esc(t('tTarget'))
    + '</th><th scope="col" class="num">' + esc(t('tAchieved')) + '</th><th scope="col">' + esc(t('tStatus')) + '</th></tr>';
  const tbody = items.map(it => {
    const unit = it.unit === '%' ? ' %' : '';
    const icon = it.status === 'MET' ? '✓' : it.status === 'NOT_MET' ? '✗' : '?';
    const progress = it.achieved == null ? '' : '<meter min="0" max="' + it.target + '" value="' + Math.min(it.achieved, it.target) + '" aria-label="'
      + esc(t('progressOf', { name: it.name || it.indicatorLabel })) + '">' + esc(fmt.number(it.achieved, 1)) + '</meter>';
    const reason = targetReason(it, view, t);
    return '<tr data-target="' + esc(it.id) + '"><th scope="row">' + esc(it.name || it.indicatorLabel) + '<span class="src"> · ' + esc((it.years || []).join(', '))
      + ' · ' + esc(it.dataset) + '</span></th><td class="num">' + fmt.number(it.target, 1) + unit + '</td><td class="num">'
      + (it.achieved == null ? '—' : fmt.number(it.achieved, 1) + unit) + progress + '</td><td><span class="tstatus tstatus-' + esc(it.status)
      + '"><span aria-hidden="true">' + icon + '</span> ' + esc(t(it.status)) + '</span>' + (reason ? '<span class="reason">' + esc(reason) + '</span>' : '')
      + '</td></tr>';
  }).join('');
  return { thead, tbody, note: t('targetsNote') };
}

export function summaryHtml(view, t) {
  return paragraphsHtml(view.figures.summary.summary.paragraphs, t) + '<p class="src">' + esc(sourceNote(view, t)) + '</p>';
}

/**
 * The gaps section, or null when gaps are off: the group's territories without presence, and every unit of the group
 * on the map that the selection did not reach, most populous first (a group can have all its territories reached
 * and still units without presence).
 */
export function gapsHtml(view, t, fmt) {
  if (!view.figures.gaps) {
    return null;
  }
  const g = view.figures.gaps.gaps;
  const members = view.figures.groupMembers || new Set();
  const units = view.figures.munList.filter(r => members.has(r.code) && !r.reached)
    .sort((a, b) => (b.population || 0) - (a.population || 0) || a.code.localeCompare(b.code));
  let html = g.territoriesUnreached === 0 ? '<p>' + esc(t('gapsNone', { group: g.groupName })) + '</p>'
    : '<p>' + esc(t('gapsUnreached', { n: fmt.number(g.territoriesUnreached), of: fmt.number(g.territories), group: g.groupName })) + '</p><ul>'
      + g.unreachedTerritories.map(u => '<li>' + esc(u.name) + ' (' + esc(t('inhabitants', { n: fmt.number(u.population) })) + ')</li>').join('') + '</ul>';
  html += '<p>' + esc(t('gapsUnits', { n: fmt.number(units.length), group: g.groupName })) + '</p>';
  if (units.length) {
    html += '<details open><summary>' + esc(t('gapsList', { n: fmt.number(units.length) })) + '</summary><ul class="unreached">'
      + units.map(u => '<li><button type="button" class="rowlink" data-show="' + esc(u.code) + '">' + esc(u.name) + '</button> <span class="muted">'
        + esc(u.departmentName || '') + ' · ' + esc(t('inhabitants', { n: fmt.number(u.population) })) + '</span></li>').join('') + '</ul></details>';
  }
  html += '<p>' + esc(t('gapsBordering', { n: fmt.number(g.borderingReached.length) })) + '</p>';
  return html + '<p class="src">' + esc(sourceNote(view, t)) + '</p>';
}

/**
 * The coverage API's own downloads of the table on screen, with names that say what they hold; the CSV and XLSX are
 * written for people in the page's language (lang: titles, rounded decimals, what the table is about first).
 */
export function downloadLinks(view, state) {
  const params = filterParams(state, view.year, true).toString();
  const table = state.unit === 'dep' && !state.dept ? 'departments' : 'municipalities';
  const base = '/api/v1/coverage/' + table + '?' + params + (params ? '&' : '');
  const lang = '&lang=' + state.lang;
  const what = table === 'departments' ? 'departamentos' : 'municipios';
  return {
    csv: base + 'format=csv' + lang, csvEs: base + 'format=csv-es' + lang, xlsx: base + 'format=xlsx' + lang, geojson: base + 'format=geojson',
    names: { csv: downloadName(view, state, what, 'csv'), csvEs: downloadName(view, state, what + '-es', 'csv'),
      xlsx: downloadName(view, state, what, 'xlsx'), geojson: downloadName(view, state, what, 'geojson'), png: downloadName(view, state, 'mapa', 'png') }
  };
}

/** The glossary: each term (its title in the page's language when it has one) and its explanation. */
export function glossaryHtml(t) {
  return GLOSSARY.map(term => {
    const title = t('gt_' + term);
    return '<dt>' + esc(title === 'gt_' + term ? term : title) + '</dt><dd>' + esc(t('g_' + term)) + '</dd>';
  }).join('');
}

/** A legend swatch as SVG: fill, outline (dashed or not), or a hatching pattern of the page's SVG definitions. */
export function swatchSvg(item) {
  const pattern = item.hatch === '#b2182b' ? 'hatch-gap' : item.hatch === ECONOMIC_GAP ? 'hatch-egap' : 'hatch-zomac';
  const fill = item.hatch ? 'url(#' + pattern + ')' : (item.colour || 'none');
  const stroke = item.outline || '#8a949e';
  const width = item.outlineWidth || 1;
  return '<svg class="swatch" viewBox="0 0 22 14" width="22" height="14" aria-hidden="true" focusable="false">'
    + (item.hatch && item.colour ? '<rect x="0.5" y="0.5" width="21" height="13" fill="' + esc(item.colour) + '"></rect>' : '')
    + '<rect x="' + width / 2 + '" y="' + width / 2 + '" width="' + (22 - width) + '" height="' + (14 - width) + '" fill="' + esc(fill) + '" stroke="' + esc(stroke)
    + '" stroke-width="' + width + '"' + (item.dash ? ' stroke-dasharray="' + item.dash.join(' ') + '"' : '') + '></rect></svg>';
}

/** The legend: title, method, and one row per item ({@link legendItems}). */
export function legendHtml(view, state, classes, items, t) {
  const method = classes.binary || classes.categorical ? '' : t(state.method);
  const html = ['<p class="legend-title">' + esc(classes.categorical ? t('legendCompare') : figureLabel(state, t)) + ' · ' + esc(view.year) + '</p>',
    '<p class="legend-method">' + esc(method) + '</p><ul>'];
  for (const item of items) {
    html.push('<li>' + swatchSvg(item) + '<span>' + esc(item.label) + '</span></li>');
  }
  html.push('</ul>');
  return html.join('');
}

/** A unit's tooltip: name (and department), the figure, and for a department its municipalities reached. */
export function tooltipHtml(view, state, feature, t, fmt) {
  const p = feature.properties;
  const figure = esc(view.figures.comparison && state.unit !== 'dep' ? t('legendCompare') : figureLabel(state, t)) + ': '
    + esc(valueText(view, state, feature.id, t, fmt));
  if (state.unit === 'dep') {
    const r = view.figures.dep[feature.id];
    return '<strong>' + esc(p.name) + '</strong><br>' + figure
      + (r ? '<br>' + esc(t('colReached')) + ': ' + fmt.number(r.municipalitiesReached) + ' / ' + fmt.number(r.municipalities) : '');
  }
  return '<strong>' + esc(p.name) + '</strong> <span class="muted">(' + esc(p.deptName) + ')</span><br>' + figure;
}

/** A municipality's card: its figures, and its territory groups once {@code detail} (/municipalities/{code}) is in. */
export function municipalityHtml(view, feature, detail, t, fmt) {
  const p = feature.properties;
  const r = view.figures.mun[feature.id] || {};
  const rows = [
    [t('colCode'), p.code],
    [t('population', { year: view.year }), fmt.number(r.population)],
    [t('colBeneficiaries'), fmt.number(r.beneficiaries)],
    [t('colInterventions'), fmt.number(r.interventions)],
    [t('colPer10k'), fmt.number(r.per10k, 1)],
    [t('colPresence'), r.reached ? t('yes') : t('no')]
  ];
  let html = '<h3>' + esc(p.name) + '</h3><p class="muted">' + esc(p.deptName) + '</p><table class="mini">'
    + rows.map(([k, v]) => '<tr><th scope="row">' + esc(k) + '</th><td>' + esc(v) + '</td></tr>').join('') + '</table>';
  if (detail) {
    const groups = detail.groups.filter(g => g.group !== 'departments')
      .map(g => g.groupName + (g.territoryName && g.territoryName !== g.groupName ? ': ' + g.territoryName : ''));
    html += '<p class="groups"><strong>' + esc(t('groupsOf')) + ':</strong> ' + (groups.length ? groups.map(esc).join(' · ') : '—') + '</p>';
  }
  return html + '<p class="muted small">' + esc(view.year) + ' · ' + esc(t('source')) + ': ' + esc(view.figures.coverage.dataset.name) + '; DANE</p>';
}

/** The line under the map title: the selection in force. */
export function selectionHtml(view, state, t) {
  return esc(selectionLine(view, state, t));
}
