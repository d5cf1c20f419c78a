/**
 * `<div ${styleProps({ left: '4px' })}>`: sets inline style properties through the CSSOM
 * (`element.style.setProperty`), never through a `style` attribute. Lit's `styleMap` writes the
 * attribute on its first render, which a page's strict CSP (`style-src` without
 * `'unsafe-inline'`) blocks and reports as a `style-src-attr` violation; the CSSOM is not subject to it.
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property names as in a stylesheet (`background-color`, `--my-var`) and their values. */
export type StyleProps = Readonly<Record<string, string>>;

class StylePropsDirective extends Directive {
  /** The names set last time: those missing from the next call are removed. */
  private names: readonly string[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() belongs on an element: <div ${styleProps({ … })}>');
  }

  render(_props: StyleProps) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [StyleProps]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.names) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    this.names = Object.keys(props);
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
