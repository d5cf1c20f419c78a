// A React 19 page that uses <summit-map> as a React developer would. React 19 sets props on a
// custom element as properties when the element has them (`places`, `selected`) and turns
// `on<event-name>` props into listeners for that exact event name ('onsummit-select').
// createElement rather than JSX so the project's TypeScript settings need no JSX option; with JSX
// it reads <summit-map places={places} selected={selected} onsummit-select={...} />.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../src/define';
import type { SummitErrorEvent, SummitSelectEvent } from '../../../src/events';
import { badPlaces, fixturePlaces } from '../fixture';

function App() {
  const [places, setPlaces] = useState<object>(fixturePlaces);
  const [selected, setSelected] = useState('');
  // Set only by `summit-select`, so the page shows what the element reported.
  const [reported, setReported] = useState('');
  const [error, setError] = useState('');
  return h(
    'main',
    null,
    h('summit-map', {
      id: 'map',
      places,
      selected,
      'onsummit-select': (event: SummitSelectEvent) => {
        setReported(event.detail.id);
        setSelected(event.detail.id);
      },
      'onsummit-error': (event: SummitErrorEvent) => setError(event.detail.message),
    }),
    h('button', { id: 'select-danang', type: 'button', onClick: () => setSelected('danang') }, 'Select Danang'),
    h('button', { id: 'bad-data', type: 'button', onClick: () => setPlaces(badPlaces) }, 'Give the map bad data'),
    h('p', null, 'Selected: ', h('output', { id: 'selected' }, reported)),
    h('p', { id: 'error', role: 'status' }, error),
  );
}

createRoot(document.getElementById('root')!).render(h(App));
