/**
 * A companion's first render waits for the next paint (so a map on the page shows first); until
 * then its shadow root is empty, and text the page pre-rendered inside the element (the story
 * pages' article and place list, for readers without script) would vanish for a frame and come
 * back, moving the page. A slot in the empty shadow root keeps that text shown until the render.
 */
export function withPrerenderedSlot<T extends ShadowRoot | HTMLElement | DocumentFragment>(root: T): T {
  const slot = document.createElement('slot');
  slot.dataset.prerendered = '';
  root.append(slot);
  return root;
}

/** Called as the first render comes: the element's own content takes the slot's place. */
export function dropPrerenderedSlot(root: ShadowRoot | HTMLElement | DocumentFragment): void {
  // Not `:scope > slot`: in a shadow root or fragment `:scope` matches nothing, so the slot stayed
  // and the pre-rendered text showed (and printed) a second time below the element's own.
  for (const child of [...root.children]) if (child instanceof HTMLSlotElement && child.dataset.prerendered !== undefined) child.remove();
}
