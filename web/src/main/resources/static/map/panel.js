/*
 * The HTML of the panel and the map's small parts (legend, tooltips, the municipality card), and the download
 * links, for a view and a state. Plain functions returning strings: the page puts them in place. Every text from
 * the server or the URL is escaped.
 */
import { escapeHtml as esc } from './format.js';
import { GLOSSARY } from './i18n.js';
import { figureLabel, valueText } from './figures.js';
import { filterParams } from './state.js';

/** One headline card; {@code value} goes to data-value for tests and scripts. */
function card(key, label, text, value, note) {
  return '<div class="card"><dt>' + esc(label) + '</dt><dd class="value" data-figure="' + key + '" data-value="' + (value == null ? '' : value) + '">'
    + esc(text) + '</dd><dd class="src">' + esc(note) + '</dd></div>';
}

/** "615 de 1.121 municipios (54,9 %)". */
function reachText(reach, what, t, fmt) {
  if (!reach) {
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

/** The headline cards and the note naming the denominator. */
export function headlineHtml(view, t, fmt) {
  const c = view.figures.coverage;
  const h = c.headline;
  const note = sourceNote(view, t);
  const reach = (key, label, r, what) => card(key, t(label), reachText(r, what, t, fmt), r.reached, note);
  const cards = [
    card('beneficiaries', t('hBeneficiaries'), fmt.number(h.beneficiaries), h.beneficiaries, note),
    card('interventions', t('hInterventions'), fmt.number(h.interventions), h.interventions, note),
    reach('municipalities', 'hMunicipalities', h.municipalities, 'municipios'),
    reach('departments', 'hDepartments', h.departments, 'departamentos')
  ];
  if (h.pdetMunicipalities) cards.push(reach('pdet', 'hPdet', h.pdetMunicipalities, 'municipios'));
  if (h.pdetSubregions) cards.push(reach('pdetSubregions', 'hPdetSub', h.pdetSubregions, 'subregiones'));
  if (h.zomacMunicipalities) cards.push(reach('zomac', 'hZomac', h.zomacMunicipalities, 'municipios'));
  if (h.populationBand) cards.push(reach('populationBand', 'hBand', h.populationBand, 'municipios'));
  cards.push(card('top10', t('hTop10'), fmt.percent(h.concentrationTop10.share) + ' (' + reachText(h.concentrationTop10, 'beneficiarios', t, fmt) + ')',
    h.concentrationTop10.share, note));
  cards.push(card('mipyme', t('hMipyme'), reachText(h.mipyme, 'empresas', t, fmt), h.mipyme.count, note));
  return {
    cards: cards.join(''),
    meta: t('denominatorNote', { d: t('denominatorText', { n: fmt.number(c.denominator.units), year: c.denominator.vintageYear }) }),
    synthetic: c.dataset.synthetic
  };
}

/** The first two paragraphs, then the per-axis ones behind a disclosure ("Más detalle"). */
export function paragraphsHtml(paragraphs, t) {
  const head = paragraphs.slice(0, 2).map(p => '<p>' + esc(p) + '</p>').join('');
  const rest = paragraphs.slice(2);
  return head + (rest.length ? '<details><summary>' + esc(t('moreDetail')) + '</summary>' + rest.map(p => '<p>' + esc(p) + '</p>').join('') + '</details>' : '');
}

/** The chosen department's cards and summary, or null when no department is chosen. */
export function departmentHtml(view, state, t, fmt) {
  const r = state.dept && view.figures.dep[state.dept];
  if (!r) {
    return null;
  }
  const note = sourceNote(view, t);
  const share = r.municipalities ? r.municipalitiesReached / r.municipalities : null;
  return {
    name: r.name,
    heading: t('deptFigures', { dept: r.name }),
    cards: [
      card('deptBeneficiaries', t('hBeneficiaries'), fmt.number(r.beneficiaries), r.beneficiaries, note),
      card('deptShare', t('deptShare'), fmt.percent(r.share), r.share, note),
      card('deptInterventions', t('hInterventions'), fmt.number(r.interventions), r.interventions, note),
      card('deptMunicipalities', t('hMunicipalities'), t('xOfY', { x: fmt.number(r.municipalitiesReached), y: fmt.number(r.municipalities),
        what: t('municipios'), pct: fmt.percent(share) }), r.municipalitiesReached, note)
    ].join(''),
    summary: view.figures.deptSummary ? paragraphsHtml(view.figures.deptSummary.summary.paragraphs, t) : ''
  };
}

/** {thead, tbody} of the targets table. */
export function targetsHtml(view, t, fmt) {
  const items = (view.figures.targets && view.figures.targets.items) || [];
  if (items.length === 0) {
    return { thead: '', tbody: '<tr><td>' + esc(t('noTargets')) + '</td></tr>' };
  }
  const thead = '<tr><th scope="col">' + esc(t('tName')) + '</th><th scope="col" class="num">' + esc(t('tTarget'))
    + '</th><th scope="col" class="num">' + esc(t('tAchieved')) + '</th><th scope="col">' + esc(t('tStatus')) + '</th></tr>';
  const tbody = items.map(it => {
    const unit = it.unit === '%' ? ' %' : '';
    const icon = it.status === 'MET' ? '✓' : it.status === 'NOT_MET' ? '✗' : '?';
    return '<tr><th scope="row">' + esc(it.name || it.indicatorLabel) + '<span class="src"> · ' + esc((it.years || []).join(', ')) + ' · ' + esc(it.dataset)
      + '</span></th><td class="num">' + fmt.number(it.target, 1) + unit + '</td><td class="num">' + (it.achieved == null ? '—' : fmt.number(it.achieved, 1) + unit)
      + '</td><td><span class="tstatus tstatus-' + esc(it.status) + '"><span aria-hidden="true">' + icon + '</span> ' + esc(t(it.status)) + '</span></td></tr>';
  }).join('');
  return { thead, tbody };
}

export function summaryHtml(view, t) {
  return paragraphsHtml(view.figures.summary.summary.paragraphs, t) + '<p class="src">' + esc(sourceNote(view, t)) + '</p>';
}

/** The gaps section, or null when gaps are off. */
export function gapsHtml(view, t, fmt) {
  if (!view.figures.gaps) {
    return null;
  }
  const g = view.figures.gaps.gaps;
  let html = '';
  if (g.territoriesUnreached === 0) {
    html += '<p>' + esc(t('gapsNone')) + '</p>';
  } else {
    html += '<p>' + esc(t('gapsUnreached', { n: fmt.number(g.territoriesUnreached), of: fmt.number(g.territories), group: g.groupName })) + '</p><ul>'
      + g.unreachedTerritories.map(u => '<li>' + esc(u.name) + ' (' + fmt.number(u.population) + ')</li>').join('') + '</ul>';
  }
  html += '<p>' + esc(t('gapsBordering', { n: fmt.number(g.borderingReached.length) })) + '</p>';
  return html + '<p class="src">' + esc(sourceNote(view, t)) + '</p>';
}

/** The coverage API's own downloads of the table on screen: {csv, csvEs, xlsx, geojson} URLs. */
export function downloadLinks(view, state) {
  const params = filterParams(state, view.year, true).toString();
  const table = state.unit === 'dep' && !state.dept ? 'departments' : 'municipalities';
  const base = '/api/v1/coverage/' + table + '?' + params + (params ? '&' : '');
  return { csv: base + 'format=csv', csvEs: base + 'format=csv-es', xlsx: base + 'format=xlsx', geojson: base + 'format=geojson' };
}

export function glossaryHtml(t) {
  return GLOSSARY.map(term => '<dt>' + esc(term) + '</dt><dd>' + esc(t('g_' + term)) + '</dd>').join('');
}

/** The legend: title, method, and one row per item ({@link legendItems}). */
export function legendHtml(view, state, classes, items, t) {
  const html = ['<p class="legend-title">' + esc(figureLabel(state, t)) + ' · ' + esc(view.year) + '</p>',
    '<p class="legend-method">' + esc(classes.binary ? '' : t(state.method)) + '</p><ul>'];
  for (const item of items) {
    let swatch = '<span class="swatch" style="background:' + (item.colour || 'transparent') + ';'
      + (item.outline ? 'border:' + (item.outlineWidth || 1) + 'px ' + (item.dash ? 'dashed' : 'solid') + ' ' + item.outline + ';' : '') + '"';
    swatch += item.hatch ? ' data-hatch="' + (item.hatch === '#b2182b' ? 'gap' : 'zomac') + '"' : '';
    html.push('<li>' + swatch + '></span><span>' + esc(item.label) + '</span></li>');
  }
  html.push('</ul>');
  return html.join('');
}

/** A unit's tooltip: name (and department), the figure, and for a department its municipalities reached. */
export function tooltipHtml(view, state, feature, t, fmt) {
  const p = feature.properties;
  const figure = esc(figureLabel(state, t)) + ': ' + esc(valueText(view, state, feature.id, t, fmt));
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
