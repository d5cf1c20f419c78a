/** Registers an element unless its name is taken: loading two copies of the code is harmless. */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
