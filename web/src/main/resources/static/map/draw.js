/*
 * The panel and the map's furniture drawn from one view (DOM edge): title and the selection under it, legend,
 * headline cards (the territory's own figures when a profile is open), the comparison, the profile, crumbs, data
 * table, targets, gaps, summary, downloads, the synthetic-data strip and the notices. Everything it writes comes from
 * the plain modules (panel.js, profile.js, compare.js, table.js, notices.js); it keeps no state.
 */
import { comparisonHtml } from './compare.js';
import { economicGapsHtml, mapSource, sectorsHtml } from './economy.js';
import { legendItems, mapTitle, placeName, selectionLine } from './figures.js';
import { noticesHtml } from './notices.js';
import { announcement, downloadLinks, gapsHtml, headlineHtml, legendHtml, selectionHtml, sourceNote, summaryHtml, targetsHtml }
  from './panel.js';
import { profileHtml } from './profile.js';
import { tableHtml } from './table.js';

const $ = id => document.getElementById(id);

/** The table for a sort; returns the sort in force (the table's default when the given one does not apply). */
export function drawTable(view, state, sort, t, fmt) {
  const table = tableHtml(view, state, sort, t, fmt);
  $('table-source').textContent = sourceNote(view, t);
  $('data-caption').textContent = table.caption;
  $('data-table').dataset.kind = table.kind;
  $('data-table').querySelector('thead').innerHTML = table.thead;
  $('data-table').querySelector('tbody').innerHTML = table.tbody;
  return table.sort;
}

/** The strip under the header: the synthetic-data notice, or the dataset's name and source (same height either way). */
export function drawSynthetic(view, t) {
  const dataset = view.figures.coverage.dataset;
  $('synthetic').classList.toggle('real', !dataset.synthetic);
  $('synthetic-title').textContent = dataset.synthetic ? t('syntheticTitle') : t('dataset') + ': ' + dataset.name + '.';
  $('synthetic-text').textContent = dataset.synthetic ? t('syntheticText') : t('source') + ': ' + view.figures.coverage.source;
}

export function drawNotices(problems, suggestions, t) {
  const html = noticesHtml(problems, suggestions, t);
  $('notices').hidden = html === '';
  if ($('notices').innerHTML !== html) {
    $('notices').innerHTML = html;
  }
}

function drawCrumbs(view, state, t) {
  const dept = state.dept && (view.config.departments || []).find(d => d.code === state.dept);
  $('crumb-dept').hidden = !dept;
  $('crumb-close').hidden = !dept;
  $('crumb-dept-name').textContent = dept ? dept.name : '';
  $('crumb-dept-name').dataset.code = dept ? dept.code : '';
  const profile = view.figures.profile;
  const mun = state.mun && profile && profile.territory.kind === 'municipality' ? profile.territory.name : null;
  $('crumb-mun').hidden = !mun;
  $('crumb-mun-name').textContent = mun || '';
  if (dept && !mun) {
    $('crumb-dept-name').setAttribute('aria-current', 'page');
  } else {
    $('crumb-dept-name').removeAttribute('aria-current');
  }
}

function drawSections(view, state, t, fmt) {
  const comparison = comparisonHtml(view, state, t, fmt);
  $('compare-section').hidden = !comparison;
  if (comparison) {
    $('h-compare').textContent = comparison.heading;
    $('compare-summary').textContent = comparison.summary;
    $('compare-table').innerHTML = comparison.table;
  }
  const profile = profileHtml(view, state, t, fmt);
  $('profile-section').hidden = !profile;
  if (profile) {
    $('h-profile').textContent = profile.heading;
    $('profile').innerHTML = profile.html;
  }
  const targets = targetsHtml(view, t, fmt);
  $('targets-table').querySelector('thead').innerHTML = targets.thead;
  $('targets-table').querySelector('tbody').innerHTML = targets.tbody;
  $('targets-note').textContent = targets.note;
  $('summary').innerHTML = summaryHtml(view, t) + '<p class="src">' + selectionHtml(view, state, t) + '</p>';
  const gaps = gapsHtml(view, t, fmt);
  $('gaps-section').hidden = gaps == null;
  $('gaps').innerHTML = gaps || '';
  const economicGaps = economicGapsHtml(view, state, t, fmt);
  $('economic-gaps-section').hidden = economicGaps == null;
  $('economic-gaps').innerHTML = economicGaps || '';
  $('sectors').innerHTML = sectorsHtml(view, state, t, fmt);
}

function drawDownloads(view, state) {
  const links = downloadLinks(view, state);
  for (const [id, key] of [['dl-csv', 'csv'], ['dl-csv-es', 'csvEs'], ['dl-xlsx', 'xlsx'], ['dl-geojson', 'geojson']]) {
    $(id).href = links[key];
    $(id).setAttribute('download', links.names[key]);
  }
  $('dl-png').dataset.filename = links.names.png;
}

/** Everything but the map itself, from one view; the table keeps {@code sort}, and the sort in force is returned. */
export function drawPanel(view, state, classes, sort, t, fmt) {
  $('legend').innerHTML = legendHtml(view, state, classes, legendItems(view, state, classes, t, fmt), t);
  $('map-title-text').textContent = mapTitle(view, state, t);
  $('map-subtitle').innerHTML = selectionHtml(view, state, t);
  $('map-source').textContent = mapSource(view, state, t);
  const headline = headlineHtml(view, t, fmt);
  $('h-headline').textContent = headline.heading;
  $('headline').innerHTML = headline.cards;
  $('headline-meta').textContent = headline.meta;
  $('headline-selection').textContent = selectionLine(view, state, t);
  drawSynthetic(view, t);
  drawCrumbs(view, state, t);
  drawSections(view, state, t, fmt);
  drawDownloads(view, state);
  document.title = (placeName(view, state) || 'Colombia') + ' · Presencia';
  const said = announcement(view, state, t, fmt);
  if ($('announce').textContent !== said) {
    $('announce').textContent = said;
  }
  return drawTable(view, state, sort, t, fmt);
}
