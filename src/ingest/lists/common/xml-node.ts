/**
 * The small trees the XML reader collects, and the accessors the mappers read them with (by local
 * name, in document order).
 */

/** A collected element: local name, attributes by local name, child elements and trimmed-later text. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const NEEDS_CLEANING = /^\s|\s$|\s\s|[\t\n\r]/;

/** First child with this local name. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  if (!node) return undefined;
  for (const c of node.children) if (c.name === name) return c;
  return undefined;
}

/** All children with this local name. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  if (node) for (const c of node.children) if (c.name === name) out.push(c);
  return out;
}

/** Trimmed text of the first child with this name, whitespace collapsed; undefined when empty. */
export function textOf(node: XmlNode | undefined, name?: string): string | undefined {
  const target = name === undefined ? node : child(node, name);
  if (!target) return undefined;
  const raw = target.text;
  if (raw === '') return undefined;
  const t = NEEDS_CLEANING.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw;
  return t === '' ? undefined : t;
}

/** Descends a path of local names, returning the nodes at the end of it. */
export function descend(node: XmlNode | undefined, ...path: string[]): XmlNode[] {
  let level = node ? [node] : [];
  for (const name of path) {
    const next: XmlNode[] = [];
    for (const n of level) for (const c of n.children) if (c.name === name) next.push(c);
    level = next;
  }
  return level;
}
