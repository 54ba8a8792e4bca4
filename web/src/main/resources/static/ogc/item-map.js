/*
 * Draws one feature's geometry on its HTML page of the OGC API (/ogc/collections/{id}/items/{featureId}?f=html):
 * a small Leaflet map without a base map, so it works offline, fitted to the feature. A same-origin module (the
 * pages carry no inline script); Leaflet comes from the WebJar, by a relative URL so it also works behind a proxy
 * prefix. The page names the feature's GeoJSON (CRS84) in data-geojson.
 */
import * as L from '../webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';

const STYLE = { color: '#0b5cad', weight: 2, fillColor: '#0b5cad', fillOpacity: 0.2 };

/** Draws the GeoJSON feature at element.dataset.geojson into element; resolves to the Leaflet map. */
export async function drawFeature(element, fetchJson = url => fetch(url, { headers: { Accept: 'application/geo+json' } })
  .then(r => { if (!r.ok) { throw new Error(`${r.status} ${url}`); } return r.json(); })) {
  const feature = await fetchJson(element.dataset.geojson);
  const map = L.map(element, { attributionControl: true, scrollWheelZoom: false });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" title="Leaflet">Leaflet</a>');
  const layer = L.geoJSON(feature, {
    style: () => STYLE,
    pointToLayer: (point, latlng) => L.circleMarker(latlng, { ...STYLE, radius: 6, fillOpacity: 0.6 })
  }).addTo(map);
  map.fitBounds(layer.getBounds(), { padding: [16, 16], maxZoom: 13 });
  L.control.scale({ imperial: false }).addTo(map);
  element.dataset.drawn = String(layer.getLayers().length);
  return map;
}

const element = document.getElementById('item-map');
if (element) {
  drawFeature(element).catch(error => {
    element.textContent = 'No se pudo dibujar la geometría / could not draw the geometry: ' + error.message;
  });
}
