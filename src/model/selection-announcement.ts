/** What a selection says: the sentence screen readers hear, and the Feature `summit-select` carries. */
import type { Story } from './types';

export interface SelectionDescription {
  announcement: string;
  feature: GeoJSON.Feature | null;
}

/** Names the selected place, its role and how many quotes it has ('' or an unknown id: no place). */
export function describeSelection(story: Story, id: string): SelectionDescription {
  const place = story.places.find((candidate) => candidate.id === id);
  if (!place) return { announcement: 'No place selected.', feature: null };
  const role = story.roles.find((candidate) => candidate.id === place.role);
  const quotes = place.quotes.length === 1 ? '1 quote' : `${place.quotes.length} quotes`;
  return { announcement: `${place.name} selected${role ? `, ${role.label}` : ''}: ${quotes} from the article.`, feature: place.feature };
}
