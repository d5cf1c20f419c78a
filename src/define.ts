/**
 * Registers the elements. The only module with that side effect: `src/index.ts` exports the
 * classes without defining them. Guarded, so loading two copies of the bundle is harmless.
 */
import { SummitMap } from './elements/summit-map';

if (!customElements.get('summit-map')) customElements.define('summit-map', SummitMap);

export { SummitMap };
