import { ENTITY_KINDS } from '../app/state.js';
import { KIND_STYLES } from './stylesheet.js';

// The PNG a user takes away must stand alone: a title, the filters that shaped the picture and
// a legend of kinds are drawn above the graph itself.

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The graph image could not be drawn.'));
    image.src = src;
  });
}

/** The graph's PNG (a data URI) with a header: title, filters line, kind legend. */
export async function composePng(graphPng: string, title: string, filters: string): Promise<string> {
  const graph = await loadImage(graphPng);
  const scale = 2;
  const header = 96 * scale;
  const width = Math.max(graph.width, 900 * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = graph.height + header;
  const g = canvas.getContext('2d');
  if (!g) return graphPng;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#111827';
  g.font = `600 ${20 * scale}px ${FONT}`;
  g.fillText(title, 16 * scale, 30 * scale);
  g.fillStyle = '#374151';
  g.font = `${13 * scale}px ${FONT}`;
  g.fillText(filters, 16 * scale, 54 * scale);
  let x = 16 * scale;
  const y = 78 * scale;
  for (const kind of ENTITY_KINDS) {
    const style = KIND_STYLES[kind];
    g.fillStyle = style.color;
    g.strokeStyle = style.border;
    g.beginPath();
    g.arc(x + 6 * scale, y - 4 * scale, 6 * scale, 0, Math.PI * 2);
    g.fill();
    g.stroke();
    g.fillStyle = '#111827';
    g.fillText(`${style.label}s`, x + 16 * scale, y);
    x += (28 + g.measureText(`${style.label}s`).width / scale) * scale;
  }
  g.drawImage(graph, (width - graph.width) / 2, header);
  return canvas.toDataURL('image/png');
}
