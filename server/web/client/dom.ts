/** Element building and lookup for the page modules: small typed helpers instead of a framework. */

/** Attribute values `el` accepts; null, undefined and false leave the attribute out, true sets it empty. */
type AttrValue = string | number | boolean | null | undefined | ((event: Event) => void);

/** What `el` accepts: text, class, on* handlers and any attribute. */
export type Attrs = Record<string, AttrValue>;

/** A child of `el`: a node, a string, or nothing. */
export type Child = Node | string | null | undefined | false;

/** Creates an element: `text` sets its text, `class` its class, `onclick` etc. add listeners, the rest are attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, children?: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'class') node.className = String(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children ?? []) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** The element with this id; throws when the page lacks it, since every id a module asks for is in its page. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing from the page`);
  return node as T;
}

/** Every element matching a selector, as an array. */
export function all<T extends Element = HTMLElement>(selector: string, root: Element | Document = document): T[] {
  return Array.from(root.querySelectorAll<T>(selector));
}

/** The first element matching a selector inside root; throws when there is none. */
export function one<T extends Element = HTMLElement>(selector: string, root: Element | Document = document): T {
  const node = root.querySelector<T>(selector);
  if (!node) throw new Error(`${selector} not found`);
  return node;
}

/** Reads a JSON data block the server rendered (`<script type="application/json" id=…>`). */
export function readJsonBlock<T>(id: string): T {
  return JSON.parse(byId(id).textContent ?? 'null') as T;
}
