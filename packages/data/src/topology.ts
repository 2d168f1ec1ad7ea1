import type { GeometryCollection, Topology } from 'topojson-specification';
import raw from '../generated/europe.topo.json' with { type: 'json' };

/** Properties of a country in {@link europe}: Natural Earth's English short name. */
export interface CountryProperties {
  name: string;
}

/** Properties of a region in {@link europe}: `focus` for the Donbas, `context` for Crimea. */
export interface RegionProperties {
  name: string;
  kind: 'focus' | 'context';
}

/**
 * The Europe topology: `countries` (feature id = ISO 3166-1 alpha-3; `XKX` Kosovo and `CYN`
 * Northern Cyprus are Natural Earth codes outside ISO 3166-1) and `regions` (`donbas`,
 * `crimea`). Internationally recognised borders: Crimea and the Donbas are Ukraine.
 */
export type EuropeTopology = Topology<{
  countries: GeometryCollection<CountryProperties>;
  regions: GeometryCollection<RegionProperties>;
}>;

/** Europe from Portugal to the Urals, North Cape to Turkey, as TopoJSON (quantised, simplified). */
export const europe: EuropeTopology = raw as unknown as EuropeTopology;

/** The lon/lat frame the topology is clipped to, in degrees. */
export const EUROPE_FRAME = { west: -25, south: 34, east: 62, north: 72 } as const;

/**
 * The view the simplification was tuned for and measured in: `geoConicEqualArea()` rotated and
 * with these parallels, fitted to 800×600. Elements may use any projection.
 */
export const EUROPE_REFERENCE_PROJECTION = {
  type: 'geoConicEqualArea',
  rotate: [-18.5, 0],
  parallels: [40, 66],
  fitSize: [800, 600],
} as const;
