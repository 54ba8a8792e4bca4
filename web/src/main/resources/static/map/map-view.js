/*
 * The Leaflet map (DOM edge): panes, the choropleth layer, the outlines and hatchings drawn over it, the San Andrés
 * inset, zooming to a selection, popups, and the layers the PNG export draws. It only draws what it is given; what to
 * draw comes from the view and the state (figures.js, panel.js, geometry.js).
 *
 * Keyboard: the units are not Tab stops (1,121 unnamed stops would bury the page); the search box and the data table
 * open every place. Touch: one finger scrolls the page, two fingers move the map.
 */
import { ECONOMIC_GAP } from './figures.js';
import { MAINLAND } from './geometry.js';

const OUTLINE = '#3d4852';
const PDET = '#111111';
const GROUP = '#d01c8b';
const GAP = '#b2182b';
/** Room kept around a framed place: the title and crumbs sit over the map's top. */
const FRAME_PADDING = Object.freeze({ paddingTopLeft: [16, 92], paddingBottomRight: [16, 12] });

/** Municipalities of the gap group that the selection did not reach. */
export function gapFeatures(view, state) {
  const f = view.figures;
  const mun = view.geometry && view.geometry.mun;
  if (state.gaps !== '1' || !f || !f.groupMembers || !mun) {
    return [];
  }
  return mun.features.filter(x => f.groupMembers.has(x.id) && f.mun[x.id] && !f.mun[x.id].reached);
}

/** The municipalities on the map among the opportunity gaps the panel lists (their layer on). */
export function economicGapFeatures(view, state) {
  const gaps = view.figures && view.figures.economy && view.figures.economy.gaps;
  const mun = view.geometry && view.geometry.mun;
  if (state.egaps !== '1' || !gaps || !mun) {
    return [];
  }
  const codes = new Set(gaps.items.map(g => g.code));
  return mun.features.filter(x => codes.has(x.id));
}

/** Takes a drawn layer's SVG elements out of the Tab order (keeps them clickable). */
function untabbable(layer) {
  layer.eachLayer(l => {
    const el = l.getElement && l.getElement();
    if (el) {
      el.setAttribute('tabindex', '-1');
      el.setAttribute('focusable', 'false');
    }
  });
}

/** One finger scrolls the page and two move the map, on touch screens (Leaflet's dragging only while two touch). */
function twoFingerPan(map) {
  const container = map.getContainer();
  container.classList.add('two-finger-pan');
  container.addEventListener('touchstart', e => {
    if (e.touches.length >= 2) {
      map.dragging.enable();
    } else {
      map.dragging.disable();
    }
  }, { capture: true, passive: true });
  container.addEventListener('touchend', e => {
    if (e.touches.length === 0) {
      map.dragging.enable(); // the mouse keeps dragging
    }
  }, { passive: true });
}

/**
 * The archipelago's inset in {@code element}: one small non-interactive map per island unit (San Andrés; Providencia
 * y Santa Catalina), north first, each at its own scale, as the static maps draw them.
 */
function createInset(L, element) {
  const panels = [];
  const panel = () => {
    const div = document.createElement('div');
    div.className = 'inset-panel';
    element.appendChild(div);
    const map = L.map(div, { zoomControl: false, attributionControl: false, dragging: false, scrollWheelZoom: false, doubleClickZoom: false,
      boxZoom: false, keyboard: false, touchZoom: false, zoomSnap: 0.1, renderer: L.svg({ padding: 0.2 }) });
    return { div, map, layer: null };
  };
  return {
    draw(features, style) {
      element.hidden = features.length === 0;
      const units = features.slice().sort((a, b) => L.geoJSON(b).getBounds().getNorth() - L.geoJSON(a).getBounds().getNorth()).slice(0, 2);
      while (panels.length < units.length) {
        panels.push(panel());
      }
      panels.forEach((p, i) => {
        if (p.layer) {
          p.map.removeLayer(p.layer);
          p.layer = null;
        }
        p.div.hidden = i >= units.length;
        if (i < units.length) {
          p.map.invalidateSize({ pan: false });
          p.layer = L.geoJSON(units[i], { interactive: false, style: f => Object.assign(style(f), { className: 'inset-unit' }) }).addTo(p.map);
          p.map.fitBounds(p.layer.getBounds(), { padding: [4, 4], animate: false });
        }
      });
    },
    restyle(style) {
      panels.forEach(p => p.layer && p.layer.setStyle(style));
    },
    /** The panels drawn: {map, features} each, for the PNG. */
    panels: () => panels.filter(p => p.layer).map(p => ({ map: p.map, features: p.layer.toGeoJSON().features, div: p.div }))
  };
}

/** Creates the map in {@code element} with Leaflet {@code L}, framing the mainland, with the inset in {@code insetElement}. */
export function createMapView(L, element, insetElement) {
  const map = L.map(element, { zoomSnap: 0.25, minZoom: 4, maxZoom: 12, preferCanvas: false, attributionControl: true,
    keyboard: true, renderer: L.svg({ padding: 0.5 }) });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" title="Leaflet">Leaflet</a>');
  for (const [name, z] of [['choropleth', 400], ['hatching', 420], ['outlines', 440]]) {
    map.createPane(name).style.zIndex = String(z);
  }
  map.fitBounds(MAINLAND, FRAME_PADDING);
  twoFingerPan(map);
  const inset = createInset(L, insetElement);
  const layers = { choropleth: null, source: null, outlines: null, pdet: null, zomac: null, group: null, gaps: null, egaps: null, selected: null };

  const remove = key => {
    if (layers[key]) {
      map.removeLayer(layers[key]);
      layers[key] = null;
    }
  };
  const lines = (feature, pane, style) => L.geoJSON(feature, { pane, interactive: false, style });

  return {
    map,
    inset,

    /** Whether the choropleth on the map was drawn from this collection. */
    showing(collection) {
      return layers.choropleth != null && layers.source === collection;
    },

    /**
     * Draws the units of {@code collection} (class names "mun mun-05001" / "dep dep-05"), styled by {@code style(feature)},
     * with a tooltip from {@code tooltip(feature)} and {@code onClick(feature, event)}; {@code inset} (the archipelago's
     * units, or none) in the inset.
     */
    drawChoropleth(collection, unit, style, tooltip, onClick, withInset) {
      remove('choropleth');
      // One tooltip and one set of listeners for the whole layer (not 1,121 of each): the first render stays quick.
      const choropleth = L.geoJSON(collection, {
        pane: 'choropleth',
        style: f => Object.assign(style(f), { className: unit === 'dep' ? 'dep dep-' + f.id : 'mun mun-' + f.id })
      });
      choropleth.bindTooltip(layer => tooltip(layer.feature), { sticky: true, direction: 'top', className: 'tip' });
      choropleth.on('click', e => onClick(e.layer.feature, e));
      choropleth.on('mouseover', e => e.layer.setStyle({ weight: 2, color: '#111111' }));
      choropleth.on('mouseout', e => choropleth.resetStyle(e.layer));
      choropleth.addTo(map);
      untabbable(choropleth);
      layers.choropleth = choropleth;
      layers.source = collection;
      inset.draw(withInset || [], style);
    },

    restyle(style) {
      if (layers.choropleth) {
        layers.choropleth.setStyle(style);
      }
      inset.restyle(style);
    },

    /**
     * Department borders (derived lines) or the chosen department's outline, ZOMAC hatching, gap and opportunity-gap
     * hatching, PDET and group outlines (with a tooltip from {@code label(kind, feature)}).
     */
    drawOverlays({ unit, outlines, outline, zomac, gaps, egaps, pdet, group }, label) {
      for (const key of ['outlines', 'pdet', 'zomac', 'group', 'gaps', 'egaps', 'selected']) {
        remove(key);
      }
      if (unit === 'mun' && outlines) {
        layers.outlines = lines(outlines, 'outlines', { color: OUTLINE, weight: 1, opacity: 0.85, className: 'dept-border' }).addTo(map);
      }
      if (zomac) {
        layers.zomac = L.geoJSON(zomac, { pane: 'hatching', interactive: false,
          style: { stroke: false, fillColor: 'url(#hatch-zomac)', fillOpacity: 1, className: 'zomac' } }).addTo(map);
      }
      if (gaps.length) {
        layers.gaps = L.geoJSON({ type: 'FeatureCollection', features: gaps }, { pane: 'hatching', interactive: false,
          style: { color: GAP, weight: 1.2, fillColor: 'url(#hatch-gap)', fillOpacity: 1, className: 'gap' } }).addTo(map);
      }
      if (egaps && egaps.length) {
        layers.egaps = L.geoJSON({ type: 'FeatureCollection', features: egaps }, { pane: 'hatching', interactive: false,
          style: { color: ECONOMIC_GAP, weight: 2, fillColor: 'url(#hatch-egap)', fillOpacity: 1, className: 'egap' } }).addTo(map);
      }
      if (pdet) {
        layers.pdet = L.geoJSON(pdet, { pane: 'outlines', style: { color: PDET, weight: 2.2, dashArray: '6 4', fill: false, className: 'pdet' },
          onEachFeature: (f, l) => l.bindTooltip(label('pdet', f), { sticky: true, className: 'tip' }) }).addTo(map);
        untabbable(layers.pdet);
      }
      if (group) {
        layers.group = L.geoJSON(group, { pane: 'outlines', style: { color: GROUP, weight: 2.6, fill: false, className: 'group' },
          onEachFeature: (f, l) => l.bindTooltip(label('group', f), { sticky: true, className: 'tip' }) }).addTo(map);
        untabbable(layers.group);
      }
      if (outline) {
        layers.selected = lines(outline, 'outlines', { color: '#111111', weight: 3, className: 'selected-dept' }).addTo(map);
      }
    },

    /** Frames {@code bounds} ([[south, west], [north, east]]), or the mainland, clear of the title at the top. */
    zoomTo(bounds) {
      map.fitBounds(bounds || MAINLAND, { ...FRAME_PADDING, maxZoom: 10, animate: false });
    },

    /** The zoom the map would have once it frames {@code bounds}. */
    zoomFor(bounds) {
      return map.getBoundsZoom(bounds, false, L.point(FRAME_PADDING.paddingTopLeft).add(FRAME_PADDING.paddingBottomRight));
    },

    /** Opens a popup with {@code html} at {@code latlng}, or at the feature's centre; returns it. */
    popup(html, latlng, feature) {
      const at = latlng || L.geoJSON(feature).getBounds().getCenter();
      return L.popup({ maxWidth: 300, className: 'info' }).setLatLng(at).setContent(html).openOn(map);
    },

    /**
     * The layers the PNG draws, as on screen: units in view in their colours ({@code fill(feature)}), department borders
     * or the chosen department's outline, ZOMAC and gap hatching, PDET and group outlines.
     */
    exportLayers({ unit, features, fill, outlines, outline, zomac, pdet, group }) {
      const bounds = map.getBounds().pad(0.05);
      const inView = f => L.geoJSON(f).getBounds().intersects(bounds);
      const out = [{ features: features.filter(inView), style: f => ({ fill: fill(f), stroke: '#ffffff', width: unit === 'dep' ? 0.8 : 0.3 }) }];
      if (unit === 'mun' && outlines) {
        out.push({ features: [outlines], style: () => ({ stroke: OUTLINE, width: 0.9 }) });
      }
      if (zomac) {
        out.push({ features: zomac.features, style: () => ({ hatch: 'rgba(27,27,27,0.55)' }) });
      }
      if (layers.gaps) {
        out.push({ features: layers.gaps.toGeoJSON().features, style: () => ({ hatch: GAP, stroke: GAP, width: 1.2 }) });
      }
      if (layers.egaps) {
        out.push({ features: layers.egaps.toGeoJSON().features, style: () => ({ hatch: ECONOMIC_GAP, stroke: ECONOMIC_GAP, width: 2 }) });
      }
      if (pdet) {
        out.push({ features: pdet.features, style: () => ({ stroke: PDET, width: 2, dash: [6, 4] }) });
      }
      if (group) {
        out.push({ features: group.features, style: () => ({ stroke: GROUP, width: 2.4 }) });
      }
      if (outline) {
        out.push({ features: [outline], style: () => ({ stroke: '#111111', width: 3 }) });
      }
      return out;
    }
  };
}
