/*
 * The data table: which rows and columns it has for a state (a department's municipalities, the departments, or all
 * municipalities), how it sorts, and its HTML. Plain functions, no DOM: the page puts the strings in place.
 */
import { category } from './compare.js';
import { escapeHtml as esc } from './format.js';

/**
 * The table for the state: {caption, rows, kind ('mun'|'dep'), columns: [{key, label, type, digits?, rowHeader?}]}.
 * When two years are compared, each municipality also says whether it was gained, lost, kept or never reached.
 */
export function tableModel(view, state, t) {
  const model = baseModel(view, state, t);
  const c = view.figures.comparison;
  if (!c || model.kind !== 'mun') {
    return model;
  }
  const label = r => t('legend_' + category(c.before[r.code], r), { from: c.from, to: c.to });
  return { ...model, rows: model.rows.map(r => ({ ...r, change: label(r) })),
    columns: model.columns.concat([{ key: 'change', label: t('colChangeYears', { from: c.from, to: c.to }), type: 'text' }]) };
}

function baseModel(view, state, t) {
  const f = view.figures;
  const year = view.year;
  const profile = f.profile;
  if (state.dept && profile) {
    return {
      caption: t('captionDeptMunicipalities', { dept: profile.territory.departmentName, year }), rows: f.munList, kind: 'mun',
      columns: [
        { key: 'name', label: t('colName'), type: 'text', rowHeader: true },
        { key: 'code', label: t('colCode'), type: 'text' },
        { key: 'beneficiaries', label: t('colBeneficiaries'), type: 'num' },
        { key: 'interventions', label: t('colInterventions'), type: 'num' },
        { key: 'population', label: t('colPopulation'), type: 'num' },
        { key: 'per10k', label: t('colPer10k'), type: 'num', digits: 1 },
        { key: 'reached', label: t('colPresence'), type: 'bool' }
      ]
    };
  }
  if (state.unit === 'dep') {
    return {
      caption: t('captionDepartments', { year }), rows: f.depList, kind: 'dep',
      columns: [
        { key: 'name', label: t('colName'), type: 'text', rowHeader: true },
        { key: 'code', label: t('colCode'), type: 'text' },
        { key: 'beneficiaries', label: t('colBeneficiaries'), type: 'num' },
        { key: 'share', label: t('colShare'), type: 'pct' },
        { key: 'interventions', label: t('colInterventions'), type: 'num' },
        { key: 'municipalitiesReached', label: t('colReached'), type: 'num' },
        { key: 'population', label: t('colPopulation'), type: 'num' }
      ]
    };
  }
  return {
    caption: t('captionMunicipalities', { year }), rows: f.munList, kind: 'mun',
    columns: [
      { key: 'name', label: t('colName'), type: 'text', rowHeader: true },
      { key: 'departmentName', label: t('colDept'), type: 'text' },
      { key: 'beneficiaries', label: t('colBeneficiaries'), type: 'num' },
      { key: 'interventions', label: t('colInterventions'), type: 'num' },
      { key: 'per10k', label: t('colPer10k'), type: 'num', digits: 1 },
      { key: 'reached', label: t('colPresence'), type: 'bool' }
    ]
  };
}

const TEXT_FIRST_ASCENDING = ['name', 'departmentName', 'code'];

/** The sort after a click on {@code key}: the same column flips; a new one starts ascending for text, else descending. */
export function nextSort(sort, key) {
  if (sort.key === key) {
    return { key, dir: sort.dir === 'descending' ? 'ascending' : 'descending' };
  }
  return { key, dir: TEXT_FIRST_ASCENDING.includes(key) ? 'ascending' : 'descending' };
}

/** The sort for a model: the given one when the model has its column, else by beneficiaries, most first. */
export function effectiveSort(model, sort) {
  return sort.key && model.columns.some(c => c.key === sort.key) ? sort : { key: 'beneficiaries', dir: 'descending' };
}

/** The rows sorted (a copy): missing values last, ties by name. */
export function sortRows(rows, column, dir, locale) {
  const sign = dir === 'ascending' ? 1 : -1;
  return rows.slice().sort((a, b) => {
    const x = a[column.key];
    const y = b[column.key];
    if (x == null && y == null) return 0;
    if (x == null) return 1;
    if (y == null) return -1;
    if (column.type === 'text') return sign * String(x).localeCompare(String(y), locale);
    return sign * ((x > y) - (x < y)) || String(a.name).localeCompare(String(b.name), locale);
  });
}

function cellText(column, value, t, fmt) {
  switch (column.type) {
    case 'num': return fmt.number(value, column.digits || 0);
    case 'pct': return fmt.percent(value);
    case 'bool': return value ? t('yes') : t('no');
    default: return value == null ? '—' : String(value);
  }
}

/** {caption, kind, thead, tbody} of the table for a state and a sort: header buttons sort, row names open the unit. */
export function tableHtml(view, state, sort, t, fmt) {
  const model = tableModel(view, state, t);
  const s = effectiveSort(model, sort);
  const column = model.columns.find(c => c.key === s.key);
  const rows = sortRows(model.rows, column, s.dir, fmt.locale);
  const thead = '<tr>' + model.columns.map(c => {
    const ariaSort = c.key === s.key ? s.dir : 'none';
    const arrow = c.key === s.key ? (s.dir === 'ascending' ? '▲' : '▼') : '↕';
    return '<th scope="col" aria-sort="' + ariaSort + '" class="' + (c.type === 'text' ? '' : 'num') + '"><button type="button" data-sort="' + c.key
      + '" aria-label="' + esc(t('sortBy', { col: c.label })) + '">' + esc(c.label) + ' <span aria-hidden="true">' + arrow + '</span></button></th>';
  }).join('') + '</tr>';
  const tbody = rows.map(r => '<tr data-code="' + esc(r.code) + '">' + model.columns.map(c => {
    const text = esc(cellText(c, r[c.key], t, fmt));
    return c.rowHeader ? '<th scope="row"><button type="button" class="rowlink" data-show="' + esc(r.code) + '">' + text + '</button></th>'
      : '<td class="' + (c.type === 'text' ? '' : 'num') + '">' + text + '</td>';
  }).join('') + '</tr>').join('');
  return { caption: model.caption + ' (' + fmt.number(rows.length) + ')', kind: model.kind, sort: s, thead, tbody };
}
