/**
 * Unit symbols every language writes the same way ("45 GWh", "12 %"). Each
 * language module adds its own words for units ("Prozent", "吨", "jobs");
 * these are shared so a symbol known in one language is known in all.
 */
export const UNIT_SYMBOLS: Readonly<Record<string, string>> = {
  '%': '%',
  GWh: 'GWh',
  MWh: 'MWh',
  kWh: 'kWh',
  TWh: 'TWh',
  GW: 'GW',
  MW: 'MW',
  kW: 'kW',
  kV: 'kV',
};
