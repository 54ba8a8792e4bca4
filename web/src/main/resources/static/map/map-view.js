/*
 * The Leaflet map (DOM edge): panes, the choropleth layer, the outlines and hatchings drawn over it, zooming to a
 * selection, popups, and the layers the PNG export draws. It only draws what it is given; what to draw comes from
 * the view and the state (figures.js, panel.js).
 */

const COLOMBIA = [[-4.3, -81.8], [13.4, -66.8]];
const OUTLINE = '#3d4852';
const PDET = '#111111';
const GROUP = '#d01c8b';
const GAP = '#b2182b';

/** Municipalities of the gap group that the selection did not reach. */
export function gapFeatures(view, state) {
  const f = view.figures;
  const mun = view.geometry && view.geometry.mun;
  if (state.gaps !== '1' || !f || !f.groupMembers || !mun) {
    return [];
  }
  return mun.features.filter(x => f.groupMembers.has(x.id) && f.mun[x.id] && !f.mun[x.id].reached);
}

/** Creates the map in {@code element} with Leaflet {@code L}, fitted to Colombia. */
export function createMapView(L, element) {
  const map = L.map(element, { zoomSnap: 0.25, minZoom: 4, maxZoom: 12, preferCanvas: false, attributionControl: true,
    keyboard: true, renderer: L.svg({ padding: 0.5 }) });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" title="Leaflet">Leaflet</a>');
  for (const [name, z] of [['choropleth', 400], ['hatching', 420], ['outlines', 440]]) {
    map.createPane(name).style.zIndex = String(z);
  }
  map.fitBounds(COLOMBIA, { padding: [4, 4] });
  const layers = { choropleth: null, source: null, outlines: null, pdet: null, zomac: null, group: null, gaps: null, selected: null };

  const remove = key => {
    if (layers[key]) {
      map.removeLayer(layers[key]);
      layers[key] = null;
    }
  };

  return {
    map,

    /** Whether the choropleth on the map was drawn from this collection. */
    showing(collection) {
      return layers.choropleth != null && layers.source === collection;
    },

    /**
     * Draws the units of {@code collection} (class names "mun mun-05001" / "dep dep-05"), styled by {@code style(feature)},
     * with a tooltip from {@code tooltip(feature)} and {@code onClick(feature, event)}.
     */
    drawChoropleth(collection, unit, style, tooltip, onClick) {
      remove('choropleth');
      const choropleth = L.geoJSON(collection, {
        pane: 'choropleth',
        style: f => Object.assign(style(f), { className: unit === 'dep' ? 'dep dep-' + f.id : 'mun mun-' + f.id }),
        onEachFeature: (feature, layer) => {
          layer.bindTooltip(() => tooltip(feature), { sticky: true, direction: 'top', className: 'tip' });
          layer.on('click', e => onClick(feature, e));
          layer.on('mouseover', () => layer.setStyle({ weight: 2, color: '#111111' }));
          layer.on('mouseout', () => choropleth.resetStyle(layer));
        }
      }).addTo(map);
      layers.choropleth = choropleth;
      layers.source = collection;
    },

    restyle(style) {
      if (layers.choropleth) {
        layers.choropleth.setStyle(style);
      }
    },

    /**
     * Department outlines (on a municipal map), ZOMAC hatching, gap hatching, PDET and group outlines (with a tooltip
     * from {@code label(kind, feature)}), and the chosen department's outline.
     */
    drawOverlays({ unit, departments, zomac, gaps, pdet, group, selected }, label) {
      for (const key of ['outlines', 'pdet', 'zomac', 'group', 'gaps', 'selected']) {
        remove(key);
      }
      if (unit === 'mun' && departments) {
        layers.outlines = L.geoJSON(departments, { pane: 'outlines', interactive: false,
          style: { color: OUTLINE, weight: 1, opacity: 0.85, fill: false } }).addTo(map);
      }
      if (zomac) {
        layers.zomac = L.geoJSON(zomac, { pane: 'hatching', interactive: false,
          style: { stroke: false, fillColor: 'url(#hatch-zomac)', fillOpacity: 1, className: 'zomac' } }).addTo(map);
      }
      if (gaps.length) {
        layers.gaps = L.geoJSON({ type: 'FeatureCollection', features: gaps }, { pane: 'hatching', interactive: false,
          style: { color: GAP, weight: 1.2, fillColor: 'url(#hatch-gap)', fillOpacity: 1, className: 'gap' } }).addTo(map);
      }
      if (pdet) {
        layers.pdet = L.geoJSON(pdet, { pane: 'outlines', style: { color: PDET, weight: 2.2, dashArray: '6 4', fill: false, className: 'pdet' },
          onEachFeature: (f, l) => l.bindTooltip(label('pdet', f), { sticky: true, className: 'tip' }) }).addTo(map);
      }
      if (group) {
        layers.group = L.geoJSON(group, { pane: 'outlines', style: { color: GROUP, weight: 2.6, fill: false, className: 'group' },
          onEachFeature: (f, l) => l.bindTooltip(label('group', f), { sticky: true, className: 'tip' }) }).addTo(map);
      }
      if (selected) {
        layers.selected = L.geoJSON(selected, { pane: 'outlines', interactive: false,
          style: { color: '#111111', weight: 3, fill: false, className: 'selected-dept' } }).addTo(map);
      }
    },

    /** Zooms to a department's feature, or to all Colombia when there is none. */
    zoomTo(feature) {
      if (feature) {
        map.fitBounds(L.geoJSON(feature).getBounds(), { padding: [16, 16], maxZoom: 10, animate: false });
      } else {
        map.fitBounds(COLOMBIA, { padding: [4, 4], animate: false });
      }
    },

    /** Opens a popup with {@code html} at {@code latlng}, or at the feature's centre; returns it. */
    popup(html, latlng, feature) {
      const at = latlng || L.geoJSON(feature).getBounds().getCenter();
      return L.popup({ maxWidth: 300, className: 'info' }).setLatLng(at).setContent(html).openOn(map);
    },

    /**
     * The layers the PNG draws, as on screen: units in view in their colours ({@code fill(feature)}), department
     * outlines, ZOMAC and gap hatching, PDET and group outlines, the chosen department.
     */
    exportLayers({ unit, features, fill, departments, zomac, pdet, group, selected }) {
      const bounds = map.getBounds().pad(0.05);
      const inView = f => L.geoJSON(f).getBounds().intersects(bounds);
      const out = [{ features: features.filter(inView), style: f => ({ fill: fill(f), stroke: '#ffffff', width: unit === 'dep' ? 0.8 : 0.3 }) }];
      if (unit === 'mun' && departments) {
        out.push({ features: departments.features, style: () => ({ stroke: OUTLINE, width: 0.9 }) });
      }
      if (zomac) {
        out.push({ features: zomac.features, style: () => ({ hatch: 'rgba(27,27,27,0.55)' }) });
      }
      if (layers.gaps) {
        out.push({ features: layers.gaps.toGeoJSON().features, style: () => ({ hatch: GAP, stroke: GAP, width: 1.2 }) });
      }
      if (pdet) {
        out.push({ features: pdet.features, style: () => ({ stroke: PDET, width: 2, dash: [6, 4] }) });
      }
      if (group) {
        out.push({ features: group.features, style: () => ({ stroke: GROUP, width: 2.4 }) });
      }
      if (selected) {
        out.push({ features: [selected], style: () => ({ stroke: '#111111', width: 3 }) });
      }
      return out;
    }
  };
}
