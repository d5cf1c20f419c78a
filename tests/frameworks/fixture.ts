// The data both framework pages give the map: a small story of its own (not the bundled one), and
// input that is not GeoJSON at all, which the map must reject with a `summit-error`.
export const fixturePlaces = {
  type: 'FeatureCollection',
  roles: {
    city: { label: 'City', order: 1, symbol: 'circle', color: '#1f5fa8' },
    port: { label: 'Port', order: 2, symbol: 'square', color: '#b35000' },
  },
  features: [
    {
      type: 'Feature',
      id: 'hanoi',
      geometry: { type: 'Point', coordinates: [105.8542, 21.0283] },
      properties: { name: 'Hanoi', role: 'city' },
    },
    {
      type: 'Feature',
      id: 'danang',
      geometry: { type: 'Point', coordinates: [108.2208, 16.0678] },
      properties: { name: 'Danang', role: 'port' },
    },
    {
      type: 'Feature',
      id: 'haiphong',
      geometry: { type: 'Point', coordinates: [106.6881, 20.8449] },
      properties: { name: 'Haiphong', role: 'port' },
    },
  ],
};

export const badPlaces = { type: 'Nope' };
