/*
 * What is wrong with the parameters the page was given, and what it says about it: a value that is not valid at all
 * (figure=foo, classes=99, dept=Narino), or one the dataset does not have (a year without records, an unknown
 * program, a department or municipality that does not exist). The page never shows silent zeros: each problem falls
 * back to a default and is written in the page's language with what is available. Plain functions, no DOM.
 */
import { escapeHtml as esc } from './format.js';
import { CLASS_COUNTS, FIGURES, METHODS, change, resolveYear } from './state.js';

/** Accent-, case- and punctuation-insensitive form of a name (as the server's NameKey compares programs). */
export function nameKey(text) {
  return String(text || '').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * The state checked against the dataset's settings: {state (corrected), problems: [{param, value, available}]}.
 * A year or comparison year without records goes back to the default (comparing is dropped), an unknown program to
 * all programs, a sector that is not one of the dataset's CIIU sections to all sectors, an unknown department to
 * Colombia.
 */
export function configProblems(state, config) {
  const problems = [];
  let next = state;
  const years = (config.years || []).map(String);
  if (next.year && years.length && !years.includes(next.year)) {
    problems.push({ param: 'year', value: next.year, available: years });
    next = change(next, 'year', '');
  }
  if (next.compare && years.length && (!years.includes(next.compare) || next.compare === resolveYear(next, config))) {
    problems.push({ param: 'compare', value: next.compare, available: years.filter(y => y !== resolveYear(next, config)) });
    next = change(next, 'compare', '');
  }
  if (next.program && !(config.programs || []).some(p => nameKey(p) === nameKey(next.program))) {
    problems.push({ param: 'program', value: next.program, available: config.programs || [] });
    next = change(next, 'program', '');
  }
  const sectors = config.sectors || [];
  if (next.sector && !sectors.some(x => x.id.toLowerCase() === next.sector.toLowerCase())) {
    problems.push({ param: 'sector', value: next.sector, available: sectors.map(x => x.id) });
    next = change(next, 'sector', '');
  } else if (next.sector) {
    next = change(next, 'sector', sectors.find(x => x.id.toLowerCase() === next.sector.toLowerCase()).id);
  }
  const departments = config.departments || [];
  if (next.dept && departments.length && !departments.some(d => d.code === next.dept)) {
    problems.push({ param: next.mun ? 'mun' : 'dept', value: next.mun || next.dept });
    next = change(next, 'dept', '');
  }
  return { state: next, problems };
}

/** Problems of values that are not valid at all ({@code parseQuery}'s invalid names and values). */
export function parseProblems(invalid, values) {
  return invalid.map(param => ({ param, value: values[param] }));
}

const ALLOWED = {
  figure: FIGURES.join(', '),
  classes: CLASS_COUNTS[0] + '–' + CLASS_COUNTS[CLASS_COUNTS.length - 1],
  method: METHODS.join(', '),
  unit: 'mun, dep',
  lang: 'es, en'
};

/** One problem as a sentence in the page's language. */
export function problemText(problem, t) {
  const value = problem.value == null ? '' : String(problem.value);
  const available = (problem.available || []).join(', ');
  switch (problem.param) {
    case 'year':
      return /^\d{4}$/.test(value) ? t('noticeYear', { value, available }) : t('noticeYearFormat', { value });
    case 'compare':
      return t('noticeCompare', { value, available: available || '—' });
    case 'program':
      return t('noticeProgram', { value });
    case 'sector':
      return t('noticeSector', { value, available: available || '—' });
    case 'dept':
      return t('noticeDept', { value });
    case 'mun':
      return t('noticeMun', { value });
    case 'ramp':
      return t('noticeRamp', { value });
    default:
      return ALLOWED[problem.param] ? t('noticeOneOf', { param: problem.param, value, allowed: ALLOWED[problem.param] })
        : t('noticeInvalid', { param: problem.param, value });
  }
}

/**
 * The notices' HTML: one item per problem, with a suggestion link when a place search found what a name meant
 * ({@code suggestions[param] = {name, href}}); empty when there is none.
 */
export function noticesHtml(problems, suggestions, t) {
  if (problems.length === 0) {
    return '';
  }
  const items = problems.map(p => {
    const s = suggestions && suggestions[p.param];
    return '<li>' + esc(problemText(p, t)) + (s ? ' <a href="' + esc(s.href) + '">' + esc(t('didYouMean', { name: s.name })) + '</a>' : '') + '</li>';
  });
  return '<p class="notice-title">' + esc(t('noticeTitle')) + '</p><ul>' + items.join('') + '</ul>';
}

/** A parameter that names a place by text ("dept=Narino") is worth a place search. */
export function searchableProblem(problem) {
  return (problem.param === 'dept' || problem.param === 'mun') && /\p{L}/u.test(String(problem.value || ''));
}
