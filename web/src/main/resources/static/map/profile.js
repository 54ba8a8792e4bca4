/*
 * A territory's profile in the panel (a department's or a municipality's, from /api/v1/profiles/{code}): what it is,
 * where to get it as PDF or link, the unreached units, the programs and axes present, the years as a small series,
 * its groups and neighbours. Plain functions returning HTML strings; every text from the server is escaped. Places
 * named in it are buttons (data-show) that open their own profile.
 */
import { economyProfileHtml } from './economy.js';
import { escapeHtml as esc } from './format.js';
import { AXES_EN } from './i18n.js';
import { queryString } from './state.js';

/** The profile's links: the printable PDF in the page's language, and the shareable link of this view. */
export function profileLinks(view, state) {
  const p = view.figures.profile;
  const pdf = p.links.pdf + (p.links.pdf.includes('?') ? '&' : '?') + 'lang=' + state.lang;
  return { pdf, share: '/?' + queryString(state) };
}

function reach(r, t, fmt) {
  if (!r || r.of === 0) {
    return '—';
  }
  return t('xOfY', { x: fmt.number(r.reached), y: fmt.number(r.of), what: t('municipios'), pct: fmt.percent(r.share) });
}

function place(code, name, extra) {
  return '<button type="button" class="rowlink" data-show="' + esc(code) + '">' + esc(name) + '</button>' + (extra ? ' ' + extra : '');
}

function breakdownTable(rows, column, caption, nameOf, t, fmt) {
  if (rows.length === 0) {
    return '<p class="meta">' + esc(t('profileNoRecords')) + '</p>';
  }
  return '<div class="table-wrap" tabindex="0" role="region" aria-label="' + esc(caption) + '"><table><caption class="sr-only">'
    + esc(caption) + '</caption><thead><tr><th scope="col">' + esc(column) + '</th><th scope="col" class="num">' + esc(t('colBeneficiaries'))
    + '</th><th scope="col" class="num">' + esc(t('colInterventions')) + '</th></tr></thead><tbody>'
    + rows.map(r => '<tr><th scope="row">' + esc(nameOf(r)) + '</th><td class="num">' + fmt.number(r.beneficiaries) + '</td><td class="num">'
      + fmt.number(r.interventions) + '</td></tr>').join('') + '</tbody></table></div>';
}

/** The years as a table whose last column is a bar (SVG, no inline style) proportional to the beneficiaries. */
export function yearsHtml(years, current, t, fmt) {
  const max = Math.max(1, ...years.map(y => y.beneficiaries));
  const rows = years.map(y => {
    const width = Math.round(100 * y.beneficiaries / max);
    return '<tr' + (String(y.year) === String(current) ? ' class="current"' : '') + '><th scope="row">' + esc(y.year) + '</th><td class="num">'
      + fmt.number(y.beneficiaries) + '</td><td class="num">' + esc(reach(y.municipalities, t, fmt)) + '</td><td class="bar" aria-hidden="true">'
      + '<svg viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false"><rect x="0" y="1" height="8" width="' + width + '"></rect></svg></td></tr>';
  }).join('');
  return '<table class="years"><caption class="sr-only">' + esc(t('profileYears')) + '</caption><thead><tr><th scope="col">' + esc(t('year'))
    + '</th><th scope="col" class="num">' + esc(t('colBeneficiaries')) + '</th><th scope="col" class="num">' + esc(t('colReached'))
    + '</th><td></td></tr></thead><tbody>' + rows + '</tbody></table>';
}

function unreachedHtml(p, t, fmt) {
  if (p.territory.kind !== 'department') {
    return '';
  }
  const heading = '<h3>' + esc(t('profileUnreached', { n: fmt.number(p.unreached.length), of: fmt.number(p.headline.municipalities.of) })) + '</h3>';
  if (p.unreached.length === 0) {
    return heading + '<p>' + esc(t('profileAllReached')) + '</p>';
  }
  const flags = u => [u.pdet ? 'PDET' : '', u.zomac ? 'ZOMAC' : ''].filter(Boolean).join(', ');
  return heading + '<ul class="unreached">' + p.unreached.map(u => '<li>' + place(u.code, u.name,
    '<span class="muted">' + esc(t('inhabitants', { n: fmt.number(u.population) })) + (flags(u) ? ' · ' + esc(flags(u)) : '') + '</span>')
    + '</li>').join('') + '</ul>';
}

function groupsHtml(p, t, fmt) {
  const single = p.territory.units === 1;
  const items = p.territory.groups.map(g => '<li><strong>' + esc(g.groupName) + ':</strong> ' + g.territories
    .map(x => esc(x.name) + (single ? '' : ' (' + fmt.number(x.municipalities) + ')')).join('; ') + '</li>');
  return items.length ? '<h3>' + esc(t('profileGroups')) + '</h3><ul class="groups">' + items.join('') + '</ul>' : '';
}

function neighboursHtml(p, t) {
  if (p.territory.neighbours.length === 0) {
    return '';
  }
  return '<h3>' + esc(t('profileNeighbours')) + '</h3><ul class="neighbours">' + p.territory.neighbours.map(n => '<li>'
    + place(n.code, n.name, '<span class="muted">' + esc((n.departmentName && n.departmentName !== p.territory.departmentName ? n.departmentName + ' · ' : '')
      + (n.reached ? t('reachedShort') : t('unreachedShort'))) + '</span>') + '</li>').join('') + '</ul>';
}

/**
 * The profile section: {heading, html}, or null for the national view. The heading names the territory and its kind;
 * a municipality's profile starts with its department's figures and a way back to them.
 */
export function profileHtml(view, state, t, fmt) {
  const p = view.figures.profile;
  if (!p) {
    return null;
  }
  const territory = p.territory;
  const municipality = territory.kind === 'municipality';
  const links = profileLinks(view, state);
  const facts = [territory.population == null ? null : t('population', { year: territory.populationYear }) + ': ' + fmt.number(territory.population),
    fmt.number(Math.round(territory.areaKm2)) + ' km²', municipality ? null : fmt.number(territory.units) + ' ' + t('municipios')].filter(Boolean);
  let html = '<p class="meta">' + esc(facts.join(' · ')) + '</p><p class="profile-links"><a class="button" id="profile-pdf" href="' + esc(links.pdf)
    + '">' + esc(t('profilePdf')) + '</a> <a class="button" id="profile-share" href="' + esc(links.share) + '">' + esc(t('profileShare')) + '</a></p>';
  if (municipality && p.department) {
    html += '<p class="context">' + place(p.department.code, p.department.name) + ': ' + esc(reach(p.department.headline.municipalities, t, fmt))
      + ' · ' + esc(t('hBeneficiaries').toLowerCase()) + ' ' + fmt.number(p.department.headline.beneficiaries) + '</p>';
  }
  html += unreachedHtml(p, t, fmt);
  html += '<h3>' + esc(t('profilePrograms')) + '</h3>' + breakdownTable(p.programs, t('program'), t('profilePrograms'), r => r.name, t, fmt);
  html += '<h3>' + esc(t('profileAxes')) + '</h3>' + breakdownTable(p.axes, t('axis'), t('profileAxes'),
    r => state.lang === 'en' ? (AXES_EN[r.id] || r.name) : r.name, t, fmt);
  html += '<h3>' + esc(t('profileYears')) + '</h3>' + yearsHtml(p.years, view.year, t, fmt);
  html += economyProfileHtml(p, state, t, fmt);
  html += groupsHtml(p, t, fmt) + neighboursHtml(p, t);
  return {
    heading: municipality ? t('profileMunicipality', { name: territory.name, dept: territory.departmentName }) : t('profileDepartment', { name: territory.name }),
    html
  };
}
