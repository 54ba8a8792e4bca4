/*
 * Numbers, percentages and HTML text for the page, in the page language: es-CO writes 1.234.567 and 54,9 % (a
 * no-break space before the sign), English 1,234,567 and 54.9%. Plain functions, no DOM.
 */

/** The Intl locale of a page language. */
export function locale(lang) {
  return lang === 'en' ? 'en-US' : 'es-CO';
}

/** Formatting functions for one language; a null or undefined value is written as an em dash. */
export function formatter(lang) {
  const tag = locale(lang);
  const numbers = new Map();
  const numberFormat = digits => {
    if (!numbers.has(digits)) {
      numbers.set(digits, new Intl.NumberFormat(tag, { maximumFractionDigits: digits, minimumFractionDigits: 0 }));
    }
    return numbers.get(digits);
  };
  const percentFormat = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    locale: tag,
    /** A number with at most {@code digits} decimals (0 by default). */
    number(n, digits) {
      return n == null ? '—' : numberFormat(digits == null ? 0 : digits).format(n);
    },
    /** A share (0.549) as a percentage with one decimal: "54,9 %" / "54.9%". */
    percent(share) {
      return share == null ? '—' : percentFormat.format(share * 100) + (lang === 'en' ? '%' : '\u00a0%');
    }
  };
}

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values; null and undefined become ''. */
export function escapeHtml(text) {
  return String(text == null ? '' : text).replace(/[&<>"']/g, c => ENTITIES[c]);
}
