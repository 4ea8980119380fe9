import { loadGoldArticles } from './evaluate/load-gold.js';
import { normaliseDates } from './normalise-dates.js';
import { segmentText } from './segment-text.js';
for (const a of await loadGoldArticles()) {
  const ds = normaliseDates(segmentText(a.text), a.published);
  console.log(a.name, ds.map((d) => `${d.text}=${d.value}/${d.precision}${d.inferredYear ? '*' : ''}${d.anchorDays ? '@' + d.anchorDays : ''}`).join(' | '));
  for (const g of a.dates) { const p = ds.find((d) => d.start < g.end && g.start < d.end); if (!p || p.value !== g.value || p.precision !== g.precision) console.log('   MISS', g.text, g.value, g.precision, '->', p?.text, p?.value, p?.precision); }
}
