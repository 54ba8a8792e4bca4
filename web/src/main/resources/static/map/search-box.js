/*
 * The place search box in the header (DOM edge): an ARIA combobox whose list box shows the places /api/v1/places
 * finds as the person types. Keys and answers go through search.js's model; requests run on the loader's "search"
 * channel, so an answer to older text never replaces a newer one. Choosing a place (Enter or a click) calls
 * {@code onChoose(place)}.
 */
import { EMPTY, answered, optionId, optionsHtml, pressed, resultsText, searchQuery, typed } from './search.js';

const DELAY_MS = 120;

export function bindSearchBox(input, list, status, loader, t, onChoose) {
  let model = EMPTY;
  let timer = null;

  const draw = () => {
    list.innerHTML = optionsHtml(model, t());
    const open = model.open && (model.items.length > 0 || Boolean(model.searched));
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (model.open && model.active >= 0) {
      input.setAttribute('aria-activedescendant', optionId(model.active));
      const active = document.getElementById(optionId(model.active));
      if (active) {
        active.scrollIntoView({ block: 'nearest' });
      }
    } else {
      input.removeAttribute('aria-activedescendant');
    }
    status.textContent = model.open ? resultsText(model, t()) : '';
  };

  const choose = place => {
    model = { ...EMPTY, query: '' };
    input.value = '';
    draw();
    onChoose(place);
  };

  const search = () => {
    const q = searchQuery(model.query);
    if (q == null) {
      model = EMPTY;
      draw();
      return;
    }
    loader.run('search', getJson => getJson('/api/v1/places?limit=8&q=' + encodeURIComponent(q)), answer => {
      model = answered(model, q, answer.items);
      draw();
    }).catch(e => console.warn(e));
  };

  input.addEventListener('input', () => {
    model = typed(model, input.value);
    draw();
    clearTimeout(timer);
    timer = setTimeout(search, DELAY_MS);
  });
  input.addEventListener('keydown', e => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End', 'Escape', 'Enter'].includes(e.key)) {
      return;
    }
    if ((e.key === 'Home' || e.key === 'End') && !model.open) {
      return; // the caret moves in the text
    }
    const result = pressed(model, e.key);
    if (result.model !== model || result.choose) {
      e.preventDefault();
    }
    model = result.model;
    if (e.key === 'Escape' && model === EMPTY) {
      input.value = '';
    }
    if (result.choose) {
      choose(result.choose);
    } else {
      draw();
    }
  });
  input.addEventListener('blur', () => setTimeout(() => {
    if (document.activeElement !== input && model.open) {
      model = { ...model, open: false };
      draw();
    }
  }, 150));
  list.addEventListener('mousedown', e => e.preventDefault()); // keep the focus in the box
  list.addEventListener('click', e => {
    const option = e.target.closest('[role="option"]');
    if (option) {
      choose(model.items[Number(option.dataset.index)]);
    }
  });
  return { redraw: draw };
}
