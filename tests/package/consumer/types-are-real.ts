// Type-checked with main.ts, never run: each marked line must be a type error, which it would
// not be if the package's declarations were lost and everything were `any`.
import type { SummitMap } from 'summit-map';

export function misuse(map: SummitMap): void {
  // @ts-expect-error: `select` takes a place id.
  map.select(42);
  map.addEventListener('summit-select', (event) => {
    // @ts-expect-error: the detail of `summit-select` has no field `place`.
    console.log(event.detail.place);
  });
  // @ts-expect-error: the tag name map knows the element, so this is a SummitMap, not an Element.
  document.querySelector('summit-map')?.notAMethod();
}
