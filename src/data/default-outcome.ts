/**
 * The bundled story's later reporting ("what happened next"), kept apart from the article's data:
 * a file of its own in the built module, fetched with the outcome layer after the markers show.
 */
import outcomeText from '../../geo/outcome.geojson?raw';

export const defaultOutcome: unknown = JSON.parse(outcomeText);
