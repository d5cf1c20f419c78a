/**
 * The editor's module, `dist/summit-map-editor.js` (`vite build --mode editor`): registers
 * `<summit-map-editor>` and the `<summit-map>` it shows the story on. Apart from the map's own
 * module: a story page never loads it.
 */
import { defineElement } from './define-element';
import { SummitMap } from './elements/summit-map';
import { SummitMapEditor } from './elements/summit-map-editor';

defineElement('summit-map', SummitMap);
defineElement('summit-map-editor', SummitMapEditor);

export { SummitMap, SummitMapEditor };
export * from './events';
export * from './edit-events';
