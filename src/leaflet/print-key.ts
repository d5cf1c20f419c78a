/**
 * In print, every place is named: a place whose label has no room (three venues a few pixels
 * apart on a printed world map) gets a number on its marker, and a key under the map lists the
 * numbers with the names. On screen the labels that have no room stay hidden (the reader zooms);
 * the numbers and the key go when printing ends.
 */
import type { PlaceRecord } from './place-layers';

/** Numbers the unlabelled markers of `records` while `printing`, and keeps the key beside `container`. */
export function updatePrintKey(container: HTMLElement, records: readonly PlaceRecord[], printing: boolean): void {
  const numbered: string[] = [];
  for (const { place, layer } of records) {
    const element = layer?.getElement() as HTMLElement | undefined;
    const label = element?.querySelector<HTMLElement>('.place-label');
    if (!element || !label) continue;
    if (printing && label.dataset.side === 'none') {
      numbered.push(place.name);
      element.dataset.number = String(numbered.length);
    } else delete element.dataset.number;
  }
  let key = container.nextElementSibling?.classList.contains('print-key') ? (container.nextElementSibling as HTMLOListElement) : null;
  if (!numbered.length) {
    key?.remove();
    return;
  }
  if (!key) {
    key = container.ownerDocument.createElement('ol');
    key.className = 'print-key';
    key.setAttribute('aria-hidden', 'true');
    container.after(key);
  }
  key.replaceChildren(
    ...numbered.map((name) => {
      const item = container.ownerDocument.createElement('li');
      item.textContent = name;
      return item;
    }),
  );
}
