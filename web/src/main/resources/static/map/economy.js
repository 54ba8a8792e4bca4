/*
 * The sector and economic parts of the panel: beneficiaries by CIIU section (each a button that filters by it), the
 * opportunity gaps (the unreached municipalities with most value added, with a download of the full list), a
 * profile's economy (value added, structure, presence against economic weight, its department's branches with both
 * location quotients), and the source line of an economic map figure. Plain functions returning HTML strings; every
 * text from the server is escaped.
 */
import { escapeHtml as esc } from './format.js';
import { SECTIONS_EN } from './i18n.js';
import { ECONOMIC_FIGURES, filterParams } from './state.js';

function sectionName(row, lang) {
  return lang === 'en' ? (SECTIONS_EN[row.code] || row.name) : row.name.charAt(0) + row.name.slice(1).toLowerCase();
}

function table(caption, head, rows) {
  return '<div class="table-wrap" tabindex="0" role="region" aria-label="' + esc(caption) + '"><table><caption class="sr-only">' + esc(caption)
    + '</caption><thead><tr>' + head.map(([text, num]) => '<th scope="col"' + (num ? ' class="num"' : '') + '>' + esc(text) + '</th>').join('')
    + '</tr></thead><tbody>' + rows.join('') + '</tbody></table></div>';
}

/**
 * Beneficiaries by CIIU section under the selection (its department included), most first; the sections with records
 * only, each name a button setting the sector filter ({@code data-sector}); then what carries no code, and the
 * download of the sector × department or × municipality table.
 */
export function sectorsHtml(view, state, t, fmt) {
  const answer = view.figures.sectors;
  if (!answer) {
    return '';
  }
  const rows = answer.items.filter(r => r.interventions > 0).map(r => '<tr><th scope="row"><button type="button" class="rowlink" data-sector="'
    + esc(r.code) + '">' + esc(r.code) + ' · '
    + esc(sectionName(r, state.lang)) + '</button></th><td class="num">' + fmt.number(r.beneficiaries) + '</td><td class="num">'
    + fmt.percent(r.share) + '</td><td class="num">' + fmt.number(r.interventions) + '</td></tr>');
  const caption = t('sectorsCaption', { year: view.year });
  const outside = answer.outside.uncodedInterventions > 0 ? '<p class="meta">' + esc(t('sectorsOutside', {
    n: fmt.number(answer.outside.uncodedInterventions), b: fmt.number(answer.outside.uncodedBeneficiaries) })) + '</p>' : '';
  const params = filterParams(state, view.year, true).toString();
  const download = '/api/v1/coverage/sectors?' + params + (params ? '&' : '') + 'table=' + (state.dept ? 'municipalities' : 'departments')
    + '&format=xlsx&lang=' + state.lang;
  return table(caption, [[t('colSector')], [t('colBeneficiaries'), true], [t('colShareSelection'), true], [t('colInterventions'), true]], rows)
    + outside + '<p><a class="button" id="dl-sectors" download href="' + esc(download) + '">' + esc(t('sectorsDownload')) + '</a></p>';
}

/** "12 % / 30 % / 58 %": a unit's primary, secondary and tertiary shares. */
function structure(r, fmt) {
  return r.primaryShare == null ? '—' : [r.primaryShare, r.secondaryShare, r.tertiaryShare].map(x => fmt.percent(x)).join(' / ');
}

/** The opportunity gaps section, or null when its layer is off. */
export function economicGapsHtml(view, state, t, fmt) {
  const answer = view.figures.economy && view.figures.economy.gaps;
  if (!answer) {
    return null;
  }
  const g = answer.gaps;
  const rows = answer.items.map(r => '<tr><td class="num">' + fmt.number(r.rank) + '</td><th scope="row"><button type="button" class="rowlink" data-show="'
    + esc(r.code) + '">' + esc(r.name) + '</button> <span class="muted">' + esc(r.departmentName) + '</span></th><td class="num">'
    + fmt.number(r.valueAdded, 1) + '</td><td class="num">' + esc(structure(r, fmt)) + '</td><td class="num">' + fmt.number(r.population) + '</td></tr>');
  const params = filterParams(state, view.year, true).toString();
  const download = '/api/v1/coverage/gaps/economy?' + params + (params ? '&' : '') + 'limit=2000&format=xlsx&lang=' + state.lang;
  return '<p>' + esc(t('economicGapsText', { n: fmt.number(g.unreached), of: fmt.number(g.unitsInForce), va: fmt.number(g.unreachedValueAdded),
    pct: fmt.percent(g.unreachedValueAddedShare), k: fmt.number(answer.items.length) })) + '</p>'
    + table(t('economicGapsHeading'), [['#', true], [t('colName')], [t('colValueAdded'), true], [t('colStructure'), true], [t('colPopulation'), true]], rows)
    + '<p><a class="button" id="dl-economic-gaps" download href="' + esc(download) + '">' + esc(t('economicGapsDownload')) + '</a></p>'
    + '<p class="src">' + esc(t('economicSource', { source: answer.economySource })) + '</p>';
}

/** A profile's economy: value added and structure, presence against weight, the department's branches. */
export function economyProfileHtml(profile, state, t, fmt) {
  const e = profile.economy;
  if (!e) {
    return '';
  }
  const v = e.valueAdded;
  let html = '<h3>' + esc(t('profileEconomy')) + '</h3>';
  if (v.total == null) {
    html += '<p>' + esc(t('profileNoValueAdded', { year: v.year })) + '</p>';
  } else {
    html += '<p>' + esc(t('profileValueAdded', { year: v.year, va: fmt.number(v.total, 1), share: fmt.percent(v.shareOfNation),
      dshare: fmt.percent(v.shareOfDepartment) })) + '<br>' + esc(t('profileStructure', { p: fmt.percent(v.primaryShare), s: fmt.percent(v.secondaryShare),
      t: fmt.percent(v.tertiaryShare) })) + '<br>' + esc(t('profilePresence', { b: fmt.percent(e.beneficiaryShare), v: fmt.percent(v.shareOfNation),
      r: fmt.number(e.presenceRatio, 2) })) + '</p>';
  }
  html += '<p class="src">' + esc(t('economicSource', { source: v.source })) + '</p>';
  if (e.branches && e.branches.length && e.department) {
    const caption = t('profileBranches', { dept: e.department.name, source: e.accountsSource });
    html += '<h3>' + esc(caption) + '</h3>' + table(caption, [[t('colBranch')], [t('colLq'), true], [t('colLqBeneficiaries'), true]],
      e.branches.map(b => '<tr><th scope="row">' + esc(b.name) + '</th><td class="num">' + fmt.number(b.locationQuotient, 2) + '</td><td class="num">'
        + fmt.number(b.beneficiaryLocationQuotient, 2) + '</td></tr>'));
  }
  if (profile.sectors && profile.sectors.length) {
    html += '<h3>' + esc(t('profileSectors')) + '</h3><p>' + profile.sectors.map(s => esc(s.id + ' · ' + sectionName({ code: s.id, name: s.name }, state.lang))
      + ' (' + fmt.number(s.beneficiaries) + ')').join('; ') + '</p>';
  }
  return html;
}

/** The map's source line: the dataset's, and DANE's table when the figure comes from it. */
export function mapSource(view, state, t) {
  const base = t('source') + ': ' + view.figures.coverage.source;
  const economy = view.figures.economy;
  if (!ECONOMIC_FIGURES.includes(state.figure) || !economy) {
    return base;
  }
  const source = state.unit === 'dep' ? economy.departmentSource : economy.municipalSource;
  return source ? base + ' ' + t('economicSource', { source }) : base;
}
