// What an npm user writes: register the elements, then use the typed classes and events.
import 'summit-map/define';
import { SummitMap, type SummitSelectEvent } from 'summit-map';

const map = document.querySelector('summit-map');
if (!(map instanceof SummitMap)) throw new Error('<summit-map> is not registered');

map.addEventListener('summit-select', (event) => {
  const id: string = event.detail.id;
  document.title = id ? `summit-map: ${id}` : 'summit-map';
});
map.addEventListener('summit-ready', () => {
  const chosen: boolean = map.select('hanoi');
  if (!chosen) console.warn('hanoi is not on the map');
});

export function onSelect(event: SummitSelectEvent): string {
  return event.detail.id;
}
