/**
 * The editor's undo and redo: whole values (the story's files), which share what a change did not
 * touch, so a step costs little. Pure: no DOM.
 */
export class EditHistory<T> {
  private past: T[] = [];
  private future: T[] = [];

  constructor(private readonly limit = 100) {}

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** The values before the current one, oldest first (for saving). */
  get undoable(): readonly T[] {
    return this.past;
  }

  /** `previous` was replaced by a change: it can be undone back to; what was undone can no longer be redone. */
  record(previous: T): void {
    this.past.push(previous);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  /** The value to go back to from `current`, or undefined. */
  undo(current: T): T | undefined {
    const previous = this.past.pop();
    if (previous !== undefined) this.future.push(current);
    return previous;
  }

  redo(current: T): T | undefined {
    const next = this.future.pop();
    if (next !== undefined) this.past.push(current);
    return next;
  }

  /** Starts over from saved values (a reload). */
  restore(past: readonly T[]): void {
    this.past = past.slice(-this.limit);
    this.future = [];
  }
}
