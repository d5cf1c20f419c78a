import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isObject } from '../model/json-guards';
import type { StoryFiles } from '../model/story-edits';

/** What the editor keeps in the browser: the story as it is and the steps undo can go back to. */
export interface SavedWork {
  files: StoryFiles;
  undoable: StoryFiles[];
  /** The texts of the files as opened, exported as they were while unchanged. */
  sources: Sources;
}

export interface Sources {
  article?: string;
  places?: string;
}

const VERSION = 1;
/** Undo steps kept across a reload: each is a whole story, and localStorage holds about 5 MB. */
const SAVED_STEPS = 20;

const isFiles = (value: unknown): value is StoryFiles => isObject(value) && isObject(value.article) && isObject(value.places);

/**
 * Saves the editor's work in localStorage as it changes (once per task, however many changes it
 * makes) and reads it back when the editor connects, so a reload loses nothing. A full or blocked
 * storage is reported, never thrown.
 */
export class EditorStorageController implements ReactiveController {
  private pending?: SavedWork;
  private scheduled = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: { key: () => string; report: (message: string) => void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // Work still waiting for its task is written now.
    this.flush();
  }

  /** The saved work, if any (undefined when nothing or nothing readable is saved). */
  load(): SavedWork | undefined {
    try {
      const raw = localStorage.getItem(this.options.key());
      const saved: unknown = raw ? JSON.parse(raw) : undefined;
      if (!isObject(saved) || saved.version !== VERSION || !isFiles(saved.files)) return undefined;
      const undoable = Array.isArray(saved.undoable) ? saved.undoable.filter(isFiles) : [];
      const sources = isObject(saved.sources) ? saved.sources : {};
      const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
      return { files: saved.files, undoable, sources: { article: text(sources.article), places: text(sources.places) } };
    } catch {
      return undefined;
    }
  }

  save(work: SavedWork): void {
    this.pending = work;
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => this.flush());
  }

  clear(): void {
    this.pending = undefined;
    try {
      localStorage.removeItem(this.options.key());
    } catch {
      // Nothing saved, nothing to clear.
    }
  }

  private flush(): void {
    this.scheduled = false;
    const work = this.pending;
    this.pending = undefined;
    if (!work) return;
    // Fewer undo steps when the browser's room runs out, then none; then say so.
    for (const steps of [SAVED_STEPS, 5, 0]) {
      try {
        const undoable = steps ? work.undoable.slice(-steps) : [];
        const saved = { version: VERSION, files: work.files, undoable, sources: work.sources };
        localStorage.setItem(this.options.key(), JSON.stringify(saved));
        return;
      } catch {
        // Try again with less.
      }
    }
    this.options.report(
      'This browser did not let the editor save your work (its storage is full or blocked). Export the files to keep them.',
    );
  }
}
