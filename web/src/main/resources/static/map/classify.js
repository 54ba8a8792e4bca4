/*
 * Presencia map portal: classification (quantiles, Jenks natural breaks) and colour-blind-safe sequential ramps.
 * Pure functions, no DOM: the browser test calls them directly.
 */
(function () {
  'use strict';

  /** Anchors of each ramp, light (few) to dark (many). Viridis is reversed so that more is darker on a white page. */
  const RAMPS = {
    viridis: ['#fde725', '#a0da39', '#4ac16d', '#1fa187', '#277f8e', '#365c8d', '#46327e', '#440154'],
    ylgnbu: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'],
    purples: ['#efedf5', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#54278f', '#3f007d']
  };

  function hexToRgb(hex) {
    const n = parseInt(hex.slice(1), 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }

  function rgbToHex(rgb) {
    return '#' + rgb.map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
  }

  /** {@code n} colours evenly spaced along a ramp's anchors (linear in sRGB between neighbours). */
  function colours(rampId, n) {
    const anchors = (RAMPS[rampId] || RAMPS.viridis).map(hexToRgb);
    if (n <= 1) {
      return [rgbToHex(anchors[anchors.length - 1])];
    }
    const out = [];
    for (let i = 0; i < n; i++) {
      const pos = 0.08 + (i / (n - 1)) * 0.92; // skip the palest end so class 1 stays visible against "none"
      const x = pos * (anchors.length - 1);
      const lo = Math.floor(x);
      const hi = Math.min(lo + 1, anchors.length - 1);
      const f = x - lo;
      out.push(rgbToHex(anchors[lo].map((v, k) => v + (anchors[hi][k] - v) * f)));
    }
    return out;
  }

  /** Upper limits of {@code k} quantile classes over the values (ties merged, so there may be fewer classes). */
  function quantiles(values, k) {
    const sorted = values.slice().sort((a, b) => a - b);
    if (sorted.length === 0) {
      return [];
    }
    const breaks = [];
    for (let i = 1; i <= k; i++) {
      const idx = Math.min(sorted.length - 1, Math.ceil((i / k) * sorted.length) - 1);
      const b = sorted[idx];
      if (breaks.length === 0 || b > breaks[breaks.length - 1]) {
        breaks.push(b);
      }
    }
    if (breaks[breaks.length - 1] < sorted[sorted.length - 1]) {
      breaks.push(sorted[sorted.length - 1]);
    }
    return breaks;
  }

  /**
   * Upper limits of {@code k} Jenks natural-breaks classes (Fisher–Jenks dynamic programming, minimum within-class
   * squared deviation), over the values.
   */
  function jenks(values, k) {
    const data = values.slice().sort((a, b) => a - b);
    const n = data.length;
    if (n === 0) {
      return [];
    }
    const distinct = new Set(data).size;
    k = Math.max(1, Math.min(k, distinct));
    if (k === 1) {
      return [data[n - 1]];
    }
    const lower = [];
    const variance = [];
    for (let i = 0; i <= n; i++) {
      lower.push(new Int32Array(k + 1));
      variance.push(new Float64Array(k + 1).fill(i === 0 ? 0 : Infinity));
    }
    for (let j = 1; j <= k; j++) {
      lower[1][j] = 1;
      variance[1][j] = 0;
    }
    for (let l = 2; l <= n; l++) {
      let sum = 0;
      let sumSq = 0;
      let w = 0;
      let v = 0;
      for (let m = 1; m <= l; m++) {
        const i3 = l - m + 1;
        const val = data[i3 - 1];
        w++;
        sum += val;
        sumSq += val * val;
        v = sumSq - (sum * sum) / w;
        const i4 = i3 - 1;
        if (i4 !== 0) {
          for (let j = 2; j <= k; j++) {
            if (variance[l][j] >= v + variance[i4][j - 1]) {
              lower[l][j] = i3;
              variance[l][j] = v + variance[i4][j - 1];
            }
          }
        }
      }
      lower[l][1] = 1;
      variance[l][1] = v;
    }
    const breaks = new Array(k);
    breaks[k - 1] = data[n - 1];
    let idx = n;
    for (let j = k; j >= 2; j--) {
      const id = lower[idx][j] - 2;
      breaks[j - 2] = data[id];
      idx = lower[idx][j] - 1;
    }
    return breaks.filter((b, i) => i === 0 || b > breaks[i - 1]);
  }

  /** The class index (0-based) of a value given ascending upper limits. */
  function classOf(value, breaks) {
    for (let i = 0; i < breaks.length; i++) {
      if (value <= breaks[i]) {
        return i;
      }
    }
    return breaks.length - 1;
  }

  window.PresenciaClassify = { RAMPS, colours, quantiles, jenks, classOf };
})();
