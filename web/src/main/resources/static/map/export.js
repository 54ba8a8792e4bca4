/*
 * Presencia map portal: the PNG of the current view, drawn client-side onto a canvas from the same geometry the
 * map shows (no screenshot service, no external request), with title, legend and source line. DOM edge (canvas).
 */

function ringPath(ctx, map, ring, origin, closed) {
  for (let i = 0; i < ring.length; i++) {
    const p = map.latLngToContainerPoint([ring[i][1], ring[i][0]]);
    if (i === 0) {
      ctx.moveTo(p.x + origin.x, p.y + origin.y);
    } else {
      ctx.lineTo(p.x + origin.x, p.y + origin.y);
    }
  }
  if (closed) {
    ctx.closePath();
  }
}

/** The geometry's path (polygons closed, lines open); true when it can be filled. */
function geometryPath(ctx, map, geometry, origin) {
  ctx.beginPath();
  if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
    for (const line of geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates) {
      ringPath(ctx, map, line, origin, false);
    }
    return false;
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      ringPath(ctx, map, ring, origin, true);
    }
  }
  return true;
}

function drawLayers(ctx, map, layers, origin) {
  for (const layer of layers) {
    for (const feature of layer.features) {
      const s = layer.style(feature);
      if (!s) {
        continue;
      }
      const fillable = geometryPath(ctx, map, feature.geometry, origin);
      if (fillable && s.fill) {
        ctx.fillStyle = s.fill;
        ctx.fill('evenodd');
      }
      if (fillable && s.hatch) {
        ctx.fillStyle = hatch(ctx, s.hatch, 1.3);
        ctx.fill('evenodd');
      }
      if (s.stroke && s.width > 0) {
        ctx.strokeStyle = s.stroke;
        ctx.lineWidth = s.width;
        ctx.setLineDash(s.dash || []);
        ctx.stroke();
        ctx.setLineDash([]);
      }
    }
  }
}

function hatch(ctx, colour, width) {
  const c = document.createElement('canvas');
  c.width = 8;
  c.height = 8;
  const g = c.getContext('2d');
  g.strokeStyle = colour;
  g.lineWidth = width;
  g.beginPath();
  g.moveTo(0, 8);
  g.lineTo(8, 0);
  g.moveTo(-2, 2);
  g.lineTo(2, -2);
  g.moveTo(6, 10);
  g.lineTo(10, 6);
  g.stroke();
  return ctx.createPattern(c, 'repeat');
}

function wrap(ctx, text, maxWidth) {
  const words = text.split(' ');
  const lines = [];
  let line = '';
  for (const w of words) {
    const test = line ? line + ' ' + w : w;
    if (ctx.measureText(test).width > maxWidth && line) {
      lines.push(line);
      line = w;
    } else {
      line = test;
    }
  }
  if (line) {
    lines.push(line);
  }
  return lines;
}

/** The archipelago's inset panels, framed at the bottom right of the map, stacked as on screen. */
function drawInset(ctx, inset, header, mapSize) {
  const sizes = inset.panels.map(p => p.map.getSize());
  const width = Math.max(...sizes.map(s => s.x));
  const height = sizes.reduce((sum, s) => sum + s.y, 0) + 16;
  const x = mapSize.x - width - 12;
  let y = header + mapSize.y - height - 12;
  ctx.fillStyle = '#dfe9f1';
  ctx.fillRect(x, y, width, height);
  ctx.strokeStyle = '#8a949e';
  ctx.lineWidth = 1;
  ctx.strokeRect(x, y, width, height);
  inset.panels.forEach((p, i) => {
    const size = sizes[i];
    ctx.save();
    ctx.beginPath();
    ctx.rect(x, y, size.x, size.y);
    ctx.clip();
    drawLayers(ctx, p.map, [{ features: p.features, style: p.style }], { x, y });
    ctx.restore();
    y += size.y;
  });
  ctx.fillStyle = '#1f2933';
  ctx.font = '10px system-ui, sans-serif';
  ctx.fillText(inset.label, x + 4, y + 12);
}

/**
 * Draws the view. {@code view}: {map, layers: [{features, style(feature) -> {fill, stroke, width, dash, hatch}}],
 * inset: {panels: [{map, features, style}], label} (the archipelago, maybe no panel), title, subtitle, legend: [{colour|hatch, label}], source, made}.
 * Returns a canvas (2× for sharpness).
 */
export function render(view) {
  const size = view.map.getSize();
  const legendWidth = 250;
  const header = 64;
  const footer = 56;
  const scale = 2;
  const width = size.x + legendWidth;
  const height = size.y + header + footer;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#f4f6f8';
  ctx.fillRect(0, header, size.x, size.y);

  ctx.fillStyle = '#14213d';
  ctx.font = '600 20px system-ui, sans-serif';
  ctx.fillText(view.title, 16, 28);
  ctx.font = '13px system-ui, sans-serif';
  ctx.fillStyle = '#44505c';
  ctx.fillText(view.subtitle, 16, 50);

  ctx.save();
  ctx.beginPath();
  ctx.rect(0, header, size.x, size.y);
  ctx.clip();
  drawLayers(ctx, view.map, view.layers, { x: 0, y: header });
  ctx.restore();
  if (view.inset && view.inset.panels.length) {
    drawInset(ctx, view.inset, header, size);
  }

  let y = header + 8;
  const x0 = size.x + 16;
  ctx.fillStyle = '#14213d';
  ctx.font = '600 13px system-ui, sans-serif';
  for (const line of wrap(ctx, view.legendTitle, legendWidth - 28)) {
    ctx.fillText(line, x0, y + 12);
    y += 18;
  }
  y += 6;
  ctx.font = '12px system-ui, sans-serif';
  for (const item of view.legend) {
    if (item.colour) {
      ctx.fillStyle = item.colour;
      ctx.fillRect(x0, y, 22, 14);
    }
    if (item.hatch) {
      ctx.fillStyle = hatch(ctx, item.hatch, 1.3);
      ctx.fillRect(x0, y, 22, 14);
    }
    ctx.strokeStyle = item.outline || '#6b7280';
    ctx.lineWidth = item.outlineWidth || 0.8;
    ctx.setLineDash(item.dash || []);
    ctx.strokeRect(x0, y, 22, 14);
    ctx.setLineDash([]);
    ctx.fillStyle = '#1f2933';
    const lines = wrap(ctx, item.label, legendWidth - 60);
    lines.forEach((line, i) => ctx.fillText(line, x0 + 30, y + 11 + i * 15));
    y += Math.max(22, lines.length * 15 + 7);
  }

  ctx.fillStyle = '#44505c';
  ctx.font = '11px system-ui, sans-serif';
  let fy = header + size.y + 18;
  for (const line of wrap(ctx, view.source, width - 32).slice(0, 2)) {
    ctx.fillText(line, 16, fy);
    fy += 15;
  }
  ctx.fillText(view.made, 16, fy);
  return canvas;
}
