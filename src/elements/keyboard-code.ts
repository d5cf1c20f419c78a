/**
 * The code <summit-map> fetches, as one file beside the module, when focus first enters its map or
 * a reader first opens its keyboard help: none of it is needed for the first view. The arrow keys'
 * moves between places, the routes' descriptions for screen readers, the keyboard help's content.
 */
export { moveFocus } from '../leaflet/place-moves';
export { describeRoute } from '../model/route-description';
export { helpContent } from './keyboard-help';
