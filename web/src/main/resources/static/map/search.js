/*
 * The place search box as a plain model (the WAI-ARIA combobox pattern with a list box): what was typed, the places
 * found for it, which option is active, whether the list is open; and what choosing a place does to the page's
 * state. Plain functions, no DOM: search-box.js draws the model and feeds it the keys and answers.
 */
import { escapeHtml as esc } from './format.js';
import { change } from './state.js';

/** The box before anything is typed. */
export const EMPTY = Object.freeze({ query: '', items: [], active: -1, open: false, searched: '' });

/** The query the API is asked ({@code q}), or null when there is nothing to search yet. */
export function searchQuery(text) {
  const q = String(text || '').trim();
  return q.length === 0 ? null : q;
}

/** Typing: the list stays as it is until the answer for the new text arrives. */
export function typed(model, text) {
  const query = String(text || '');
  return Object.freeze({ ...model, query, open: searchQuery(query) != null && model.items.length > 0, active: -1 });
}

/** An answer: applied only when it is for what is typed now (an answer to older text is dropped). */
export function answered(model, query, items) {
  if (searchQuery(model.query) !== query) {
    return model;
  }
  return Object.freeze({ ...model, items, open: true, active: items.length ? 0 : -1, searched: query });
}

/**
 * A key in the box: {model, choose} where {@code choose} is the place Enter picked (else null). ArrowDown/ArrowUp move
 * through the options (wrapping) and open the list; Home/End go to the ends; Escape closes the list, or clears the
 * text when it is closed.
 */
export function pressed(model, key) {
  const n = model.items.length;
  const at = index => Object.freeze({ ...model, open: n > 0, active: n ? (index + n) % n : -1 });
  switch (key) {
    case 'ArrowDown':
      return { model: at(model.open ? model.active + 1 : Math.max(model.active, 0)), choose: null };
    case 'ArrowUp':
      return { model: at(model.open ? model.active - 1 : n - 1), choose: null };
    case 'Home':
      return model.open ? { model: at(0), choose: null } : { model, choose: null };
    case 'End':
      return model.open ? { model: at(n - 1), choose: null } : { model, choose: null };
    case 'Escape':
      return { model: model.open ? Object.freeze({ ...model, open: false }) : EMPTY, choose: null };
    case 'Enter':
      return model.open && model.active >= 0 ? { model: Object.freeze({ ...model, open: false }), choose: model.items[model.active] }
        : { model, choose: null };
    default:
      return { model, choose: null };
  }
}

/** The page's state after choosing a place: a department's or a municipality's profile. */
export function stateFor(state, place) {
  return place.kind === 'department' ? change(state, 'dept', place.code) : change(state, 'mun', place.code);
}

/** The id of option {@code i} (for aria-activedescendant). */
export function optionId(i) {
  return 'place-option-' + i;
}

/** The options' HTML: name, then the department or "Departamento", and the common name that matched. */
export function optionsHtml(model, t) {
  if (model.items.length === 0) {
    return model.searched ? '<li class="empty" role="presentation">' + esc(t('searchNone', { q: model.searched })) + '</li>' : '';
  }
  return model.items.map((item, i) => '<li id="' + optionId(i) + '" role="option" data-index="' + i + '" aria-selected="'
    + (i === model.active) + '"><span class="place-name">' + esc(item.name) + '</span> <span class="place-kind">'
    + esc(item.kind === 'department' ? t('placeDepartment') : item.departmentName)
    + (item.matched ? ' · ' + esc(item.matched) : '') + '</span></li>').join('');
}

/** What the status line says about the list (announced to screen readers). */
export function resultsText(model, t) {
  if (!model.searched) {
    return '';
  }
  return model.items.length === 0 ? t('searchNone', { q: model.searched }) : t('searchCount', { n: model.items.length });
}
