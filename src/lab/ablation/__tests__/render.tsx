/** Render a React element into a detached DOM node, inside act(), for the view specs. */
import * as React from 'react';
import { act } from 'react';
import { createRoot, Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  host: HTMLDivElement;
  rerender(element: React.ReactElement): void;
  unmount(): void;
}

export function render(element: React.ReactElement): Rendered {
  const host = document.createElement('div');
  document.body.appendChild(host);
  let root: Root | undefined;
  act(() => {
    root = createRoot(host);
    root.render(element);
  });
  return {
    host,
    rerender: next => act(() => root?.render(next)),
    unmount: () => {
      act(() => root?.unmount());
      host.remove();
    }
  };
}

/** Text of every element matching the selector. */
export function texts(host: ParentNode, selector: string): string[] {
  return [...host.querySelectorAll(selector)].map(e => e.textContent ?? '');
}

/** Set an input's value the way React notices, then fire its input/change event. */
export function typeInto(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function click(element: Element | null): void {
  act(() => {
    (element as HTMLElement).click();
  });
}

export function choose(select: HTMLSelectElement, value: string): void {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
