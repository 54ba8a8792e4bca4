/*
 * The page's form controls (DOM edge): filling the menus from the dataset's settings, showing a state in them, and
 * turning the user's actions into calls of the page's handlers. No state is kept here.
 */
import { escapeHtml as esc } from './format.js';
import { AXES_EN, SECTIONS_EN, SIZES_EN, optionLabel } from './i18n.js';
import { sequentialRamps } from './ramps.js';

const $ = id => document.getElementById(id);

function option(value, label, selected) {
  return '<option value="' + esc(value) + '"' + (selected ? ' selected' : '') + '>' + esc(label) + '</option>';
}

/** The menus whose options come from the server: datasets, years, axes, programs, sizes, departments, groups, ramps. */
export function fillOptions(view, state, ramps, t) {
  const cfg = view.config;
  $('f-dataset').innerHTML = cfg.datasets.map(d => option(d.id, d.name, d.id === (state.dataset || cfg.dataset))).join('');
  const years = cfg.years.length ? cfg.years : [cfg.defaultYear];
  $('f-year').innerHTML = years.map(y => option(String(y), String(y), String(y) === view.year)).join('');
  $('f-compare').innerHTML = option('', t('noCompare'), !state.compare) + years.filter(y => String(y) !== view.year)
    .map(y => option(String(y), String(y), state.compare === String(y))).join('');
  $('f-axis').innerHTML = option('', t('all'), !state.axis) + cfg.axes.map(a => option(a.id, optionLabel(state.lang, a, AXES_EN), state.axis === a.id)).join('');
  $('f-program').innerHTML = option('', t('all'), !state.program) + cfg.programs.map(p => option(p, p, state.program === p)).join('');
  $('f-size').innerHTML = option('', t('all'), !state.size) + cfg.sizes.map(s => option(s.id, optionLabel(state.lang, s, SIZES_EN), state.size === s.id)).join('');
  $('f-sector').innerHTML = option('', t('allSectors'), !state.sector) + (cfg.sectors || [])
    .map(s => option(s.id, s.id + ' · ' + optionLabel(state.lang, s, SECTIONS_EN), state.sector === s.id)).join('');
  const depts = (cfg.departments || []).slice().sort((a, b) => a.name.localeCompare(b.name, 'es'));
  $('f-department').innerHTML = option('', t('allDepartments'), !state.dept) + depts.map(d => option(d.code, d.name, state.dept === d.code)).join('');
  $('o-group').innerHTML = option('', t('noGroup'), !state.group) + cfg.groups.filter(g => g.id !== 'departments')
    .map(g => option(g.id, g.name, state.group === g.id)).join('');
  $('m-ramp').innerHTML = sequentialRamps(ramps).map(r => option(r.id, r.name, state.ramp === r.id)).join('');
}

/** Shows the state in every control. */
export function syncControls(state, view) {
  $('f-dataset').value = state.dataset || view.config.dataset;
  $('f-year').value = view.year;
  $('f-compare').value = state.compare;
  $('f-axis').value = state.axis;
  $('f-program').value = state.program;
  $('f-size').value = state.size;
  $('f-sector').value = state.sector;
  $('f-department').value = state.dept;
  $('o-group').value = state.group;
  $('m-figure').value = state.figure;
  $('m-unit').value = state.unit;
  $('m-method').value = state.method;
  $('m-classes').value = state.classes;
  $('m-ramp').value = state.ramp;
  $('o-pdet').checked = state.pdet === '1';
  $('o-zomac').checked = state.zomac === '1';
  $('o-gaps').checked = state.gaps === '1';
  $('o-egaps').checked = state.egaps === '1';
}

/** Every fixed text of the page in the state's language. */
export function applyLanguage(lang, t) {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of document.querySelectorAll('[data-i18n-aria]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nAria));
  }
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) {
    el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder));
  }
  $('lang-es').setAttribute('aria-pressed', String(lang === 'es'));
  $('lang-en').setAttribute('aria-pressed', String(lang === 'en'));
}

const SELECTS = { 'f-dataset': 'dataset', 'f-year': 'year', 'f-compare': 'compare', 'f-axis': 'axis', 'f-program': 'program', 'f-size': 'size',
  'f-sector': 'sector',
  'm-figure': 'figure', 'm-unit': 'unit', 'm-method': 'method', 'm-classes': 'classes', 'm-ramp': 'ramp', 'o-group': 'group' };
const CHECKBOXES = { 'o-pdet': 'pdet', 'o-zomac': 'zomac', 'o-gaps': 'gaps', 'o-egaps': 'egaps' };

/**
 * Wires the controls to {@code on}: set(key, value) for a state parameter, department(code), reset(), language(lang),
 * sort(key), show(code) for a place named in the panel (table rows, profile, gaps), copyEmbed(), png(). A sector named in
 * the panel (data-sector) sets the sector filter.
 */
export function bindControls(on) {
  $('filters').addEventListener('submit', e => e.preventDefault());
  for (const [id, key] of Object.entries(SELECTS)) {
    $(id).addEventListener('change', e => on.set(key, e.target.value));
  }
  for (const [id, key] of Object.entries(CHECKBOXES)) {
    $(id).addEventListener('change', e => on.set(key, e.target.checked ? '1' : '0'));
  }
  $('f-department').addEventListener('change', e => on.department(e.target.value));
  $('reset').addEventListener('click', () => on.reset());
  $('crumb-national').addEventListener('click', () => on.department(''));
  $('crumb-close').addEventListener('click', () => on.department(''));
  $('crumb-dept-name').addEventListener('click', e => on.department(e.currentTarget.dataset.code));
  for (const lang of ['es', 'en']) {
    $('lang-' + lang).addEventListener('click', () => on.language(lang));
  }
  $('data-table').querySelector('thead').addEventListener('click', e => {
    const button = e.target.closest('button[data-sort]');
    if (button) {
      on.sort(button.dataset.sort);
      const again = $('data-table').querySelector('button[data-sort="' + button.dataset.sort + '"]');
      if (again) {
        again.focus();
      }
    }
  });
  $('panel').addEventListener('click', e => {
    const button = e.target.closest('button[data-show]');
    if (button) {
      on.show(button.dataset.show);
    }
    const sector = e.target.closest('button[data-sector]');
    if (sector) {
      on.set('sector', sector.dataset.sector);
    }
  });
  $('embed-copy').addEventListener('click', () => on.copyEmbed());
  $('dl-png').addEventListener('click', () => on.png());
  $('toggle-filters').addEventListener('click', e => {
    const open = document.body.classList.toggle('filters-open');
    e.currentTarget.setAttribute('aria-expanded', String(open));
  });
}
