/**
 * The locator inset: a small world map in a corner of <summit-map> that shows where the main
 * view is (a rectangle) and the story's places outside the first view's focus, each group a
 * button that takes the map there. Places that share a spot at the inset's scale are one button
 * leading to the most important of them; choosing it zooms in until the group comes apart.
 */
import { html, nothing, svg } from 'lit';
import { styleProps } from '../directives/style-props';
import { FOCUS_MAX_PLACES, project, storyFocus } from '../model/framing';
import { placeLabels, type LabelRequest } from '../model/labels';
import { INSET_SIZE, insetFrame, insetGroups, type InsetPlace } from '../model/locator';
import type { Position, Story } from '../model/types';

export interface InsetData {
  /** Every point place, most important first (rank). */
  places: readonly (InsetPlace & { name: string; color: string })[];
  /** Ids framed by the first view: shown by the view rectangle, not as buttons. */
  focus: ReadonlySet<string>;
  /** The main view as [[south, west], [north, east]]; null while it shows every place (no inset then). */
  view?: [[number, number], [number, number]] | null;
  width: number;
  height: number;
  /** The world's land as an SVG path (src/data/locator-land.ts), once fetched. */
  land?: string;
}

const DOT = 7;
const LABEL_HEIGHT = 13;
/** An average character width of the 10 px label font, for placing labels before they render. */
const CHAR_WIDTH = 5.6;

/**
 * The locator inset of a map showing `story`, sized for a wide or a narrow (`compact`) map, with
 * the main view's rectangle; nothing when the story has no place to show in it.
 */
export function locatorInsetTemplate(story: Story, view: InsetData['view'], compact: boolean, choose: (id: string) => void, land?: string) {
  const inset = insetPlacesOf(story);
  if (!inset) return nothing;
  const [width, height] = compact ? INSET_SIZE.narrow : INSET_SIZE.wide;
  return insetTemplate({ ...inset, view, width, height, land }, choose);
}

export function insetTemplate(data: InsetData, choose: (id: string) => void) {
  if (data.view === null || data.places.length < 2 || data.places.every((place) => data.focus.has(place.id))) return nothing;
  // Until the main view is known (after the first paint, see MapViewController) the inset is its
  // frame alone: the same box, so the first view is framed clear of it, its land and places a
  // frame later.
  return html`<nav class="inset" part="inset" aria-label="Places elsewhere in the story"
    ${styleProps({ width: `${data.width}px`, height: `${data.height}px` })}>
    ${data.view ? insetContent(insetLayoutOf(data), data.view, data.land, choose) : nothing}
  </nav>`;
}

function insetContent(layout: InsetLayout, view: NonNullable<InsetData['view']>, land: string | undefined, choose: (id: string) => void) {
  const { frame, groups, sides, byId, text } = layout;
  const viewBox = `${frame.view.x} ${frame.view.y} ${frame.view.width} ${frame.view.height}`;
  const [[south, west], [north, east]] = view;
  const a = project([west, north] as Position);
  const b = project([east, south] as Position);
  // At least a few pixels, so a close view still shows where it is.
  const min = 4 / frame.scale;
  const [w, h] = [Math.max(b.x - a.x, min), Math.max(b.y - a.y, min)];
  return html`<svg class="inset-map" viewBox=${viewBox} preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false">
      ${land ? svg`<path class="inset-land" d=${land}></path>` : nothing}
      <rect class="inset-view" x=${(a.x + b.x) / 2 - w / 2} y=${(a.y + b.y) / 2 - h / 2} width=${w} height=${h}></rect>
    </svg>
    ${groups.map((group, index) => {
      const lead = byId.get(group.ids[0]!)!;
      const names = group.ids.map((id) => byId.get(id)!.name);
      const side = sides.get(String(index)) ?? 'none';
      return html`<button
        type="button"
        class="inset-place"
        data-inset-id=${lead.id}
        data-side=${side}
        ${styleProps({ left: `${group.at.x}px`, top: `${group.at.y}px` })}
        title=${names.join(', ')}
        @click=${() => choose(lead.id)}
      >
        <span class="inset-dot" ${styleProps({ background: lead.color })}></span><span class="inset-label">${text(group.ids)}</span
        ><span class="visually-hidden">${group.ids.length > 1 ? `: ${names.join(' and ')}` : ''}, show on the map</span>
      </button>`;
    })}`;
}

/** Where the inset's places and labels go in its frame. */
interface InsetLayout {
  frame: ReturnType<typeof insetFrame>;
  groups: ReturnType<typeof insetGroups>;
  sides: ReturnType<typeof placeLabels>;
  byId: Map<string, InsetData['places'][number]>;
  text: (ids: string[]) => string;
}

/** Laid out once per places, focus and size, not per view: the inset renders again at every move of the map. */
const layoutCache = new WeakMap<InsetData['places'], { focus: InsetData['focus']; bySize: Map<string, InsetLayout> }>();

function insetLayoutOf(data: InsetData): InsetLayout {
  let cached = layoutCache.get(data.places);
  if (cached?.focus !== data.focus) layoutCache.set(data.places, (cached = { focus: data.focus, bySize: new Map() }));
  const size = `${data.width}x${data.height}`;
  if (!cached.bySize.has(size)) cached.bySize.set(size, layInset(data));
  return cached.bySize.get(size)!;
}

function layInset(data: InsetData): InsetLayout {
  const far = data.places.filter((place) => !data.focus.has(place.id));
  const frame = insetFrame(
    data.places.map((place) => place.position),
    data.width,
    data.height,
  );
  const byId = new Map(data.places.map((place) => [place.id, place]));
  const groups = insetGroups(frame, far);
  // A group is named by its shortest name (Stockholm for the talks outside it), "+1" for the rest;
  // the button's accessible name and tooltip list every place.
  const text = (ids: string[]) => {
    const shortest = ids.map((id) => byId.get(id)!.name).sort((a, b) => a.length - b.length)[0]!;
    return `${shortest}${ids.length > 1 ? ` +${ids.length - 1}` : ''}`;
  };
  const requests: LabelRequest[] = groups.map((group, index) => ({
    id: String(index),
    x: group.at.x,
    y: group.at.y,
    width: text(group.ids).length * CHAR_WIDTH + 4,
    height: LABEL_HEIGHT,
    priority: index,
  }));
  const sides = placeLabels(requests, DOT / 2 + 1, { x: 0, y: 0, width: data.width, height: data.height });
  return { frame, groups, sides, byId, text };
}

/** Worked out once per story: the inset renders again at every move of the map. */
const insetCache = new WeakMap<Story, Pick<InsetData, 'places' | 'focus'> | undefined>();

/**
 * The inset's places (every point, most important first) and the first view's focus they are
 * measured against. None for a dataset so large that the first view frames it whole: its clusters
 * are the overview.
 */
export function insetPlacesOf(story: Story): Pick<InsetData, 'places' | 'focus'> | undefined {
  if (insetCache.has(story)) return insetCache.get(story);
  const roles = new Map(story.roles.map((role) => [role.id, role]));
  const points = story.places.filter((place) => place.geometry.type === 'Point' && roles.has(place.role));
  const places =
    points.length > FOCUS_MAX_PLACES
      ? []
      : points
          .map((place, index) => ({ place, index, role: roles.get(place.role)! }))
          .sort((a, b) => a.role.order - b.role.order || a.index - b.index)
          .map(({ place, role }, rank) => ({
            id: place.id,
            name: place.name,
            color: role.color,
            position: place.geometry.coordinates as Position,
            rank,
            order: role.order,
          }));
  const inset = places.length ? { places, focus: new Set(storyFocus(places)) } : undefined;
  insetCache.set(story, inset);
  return inset;
}
