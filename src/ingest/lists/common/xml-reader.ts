/**
 * A streaming XML record reader over saxes, shared by the XML list parsers. It collects small
 * trees for the elements a format calls records (one `sdnEntry`, one `DistinctParty`…), yields
 * them in file order and forgets them, so memory is bounded by the largest record, not the file.
 * Names are matched on local names: namespaces drift between releases (FORMATS.md §6.1).
 * A format may name the elements its mapper reads (`keep`) and those whose text it reads (`text`):
 * other subtrees are parsed and checked but never become nodes, and saxes is asked for text only
 * inside elements that want it, so a 150 MB file makes little garbage (bench/RESULTS.md).
 * Hostile input is refused: any DOCTYPE (entity expansion, XXE), runs of text longer than
 * `maxTextChars`, records larger than `maxRecordChars`, truncation, bad encodings.
 */
import { SaxesParser } from 'saxes';
import { LeverageError, type Location } from '../../../domain/errors.ts';
import { readText, type TextEncoding } from './input.ts';
import { detach } from './text.ts';
import type { ListInput, SourceRecord } from '../types.ts';
import type { XmlNode } from './xml-node.ts';

export { child, children, descend, textOf, type XmlNode } from './xml-node.ts';

/**
 * An element vocabulary from a space-separated list. Each XML source declares its own, from the
 * format's XSD in ../shared/data/sanctions-samples/schemas/ plus names seen in the real samples;
 * elements outside it are reported as `unknown_element` warnings with counts.
 */
export function elementSet(names: string): ReadonlySet<string> {
  return new Set(names.trim().split(/\s+/));
}

/** What a format tells the reader. */
export interface XmlSpec {
  /** Local root element names accepted. */
  roots: readonly string[];
  /** Returns a record tag for an element path (local names from the root) to collect it, else undefined. */
  collect(path: readonly string[]): string | undefined;
  /** Every element name the format knows; others are counted and reported as warnings. */
  known: ReadonlySet<string>;
  /**
   * The element names collected inside a record tagged `tag` (undefined: all). A format's mapper
   * reads only some elements: the others, and everything under them, are parsed and checked but
   * never become nodes. Asked once per record.
   */
  keep?(tag: string): ReadonlySet<string> | undefined;
  /** The element names whose text is read inside a record tagged `tag` (undefined: all). Other text is never built. */
  text?(tag: string): ReadonlySet<string> | undefined;
}

/** A collected record with the tag `collect` gave it (`root` for the root element's attributes, always first). */
export interface XmlRecord {
  tag: string;
  node: XmlNode;
}

const INDEXED_DEPTH = 3;
const WHITESPACE = /^\s*$/;
const DEFAULT_MAX_TEXT = 16 * 1024 * 1024;
const DEFAULT_MAX_RECORD = 64 * 1024 * 1024;
/**
 * The file is decoded in slices of this many bytes: saxes scans short flat strings, the length
 * limit is checked after each, and finished records are handed out between slices, so they die young.
 */
const SLICE = 64 * 1024;
/** Shared by every leaf (most nodes): no array per node. Frozen, so a mapper cannot push into it. */
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

/** Local name of a possibly prefixed XML name. */
function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Picks the text encoding from the probe and the XML declaration (FORMATS.md §6.9). */
function xmlEncoding(input: ListInput, head: string): TextEncoding {
  const m = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  const declared = m?.[1].toLowerCase();
  if (declared && /^(iso-8859-1|latin1|windows-1252|cp1252)$/.test(declared)) return 'windows-1252';
  return 'utf-8';
}

/** Attributes by local name, without namespace declarations (a copy of saxes' object). */
function localAttrs(attributes: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in attributes) if (!k.startsWith('xmlns')) out[local(k)] = attributes[k];
  return out;
}

const KNOWN = 1;
const KEEP = 2;
const TEXT = 4;

/** For one record tag: `KNOWN | KEEP | TEXT` bits by element name, and the bits of names not listed. */
interface ElementFlags {
  byName: Map<string, number>;
  other: number;
}

function elementFlags(spec: XmlSpec, tag: string): ElementFlags {
  const keep = spec.keep?.(tag);
  const text = spec.text?.(tag);
  const other = (keep ? 0 : KEEP) | (text ? 0 : TEXT);
  const byName = new Map<string, number>();
  for (const name of [...spec.known, ...(keep ?? []), ...(text ?? [])]) {
    byName.set(name, (spec.known.has(name) ? KNOWN : 0) | (!keep || keep.has(name) ? KEEP : 0) | (!text || text.has(name) ? TEXT : 0));
  }
  return { byName, other };
}

/** The record being collected: open nodes (innermost last), whether each wants its text, and a skipped subtree's depth. */
interface Capture {
  tag: string;
  flags: ReadonlyMap<string, number>;
  otherFlags: number;
  nodes: XmlNode[];
  wantsText: boolean[];
  /** Stack depth of the outermost element not kept (0 when none is open). */
  skipFrom: number;
  chars: number;
  location: Location;
}

/** Streams the records of an XML list file. */
export async function* readXmlRecords(input: ListInput, spec: XmlSpec): AsyncGenerator<SourceRecord<XmlRecord>> {
  const head = input.head ?? input.bytes?.subarray(0, 4096) ?? Buffer.alloc(0);
  const maxText = input.limits?.maxTextChars ?? DEFAULT_MAX_TEXT;
  const maxRecord = input.limits?.maxRecordChars ?? DEFAULT_MAX_RECORD;
  if (head[0] === 0xff && head[1] === 0xfe) throw encodingError(input, 'UTF-16 XML is not supported');
  if (head[0] === 0xfe && head[1] === 0xff) throw encodingError(input, 'UTF-16 XML is not supported');
  const parser = new SaxesParser({ xmlns: false, position: true });
  const { known } = spec;
  const stack: string[] = [];
  // Sibling numbers (`sdnEntry[37]`) only down to record level: deeper paths are never reported by position.
  const counters: Map<string, number>[] = [new Map()];
  const indexes: number[] = [];
  const queue: SourceRecord<XmlRecord>[] = [];
  const unknown = new Map<string, { count: number; location: Location }>();
  let capture: Capture | undefined;
  let lastEventAt = 0;
  let sawRoot = false;
  let textOn = false;
  // Set by the attribute event when the element being opened has a prefixed or xmlns attribute.
  let prefixed = false;
  // Known / kept / text bits per record tag, built on first use.
  const flagsByTag = new Map<string, ElementFlags>();

  const pathOf = (): string => stack.map((name, i) => (i < INDEXED_DEPTH && indexes[i] > 1 ? `${name}[${indexes[i]}]` : name)).join('/');
  const where = (): Location => ({ file: input.file, line: parser.line, column: parser.column + 1, path: pathOf() || undefined });
  const fail = (message: string, code: 'bad_format' | 'bad_input' = 'bad_format', expected?: string) =>
    new LeverageError(code, message, { location: where(), expected });
  // Text events are only asked of saxes while the innermost open element is kept and wants its
  // text: whitespace between elements and ignored text are never sliced or concatenated.
  const onText = function onText(text: string) {
    lastEventAt = parser.position;
    // Whitespace between elements says nothing (textOf collapses it anyway): skip it early.
    if (!capture || (text.charCodeAt(0) <= 32 && WHITESPACE.test(text))) return;
    capture.nodes[capture.nodes.length - 1].text += text;
    capture.chars += text.length;
    if (capture.chars > maxRecord) throw fail(`record larger than ${maxRecord} characters`, 'bad_input');
  };
  const setText = (on: boolean) => {
    textOn = on;
    if (on) parser.on('text', onText);
    else parser.off('text');
  };
  const noteUnknown = (name: string) => {
    const u = unknown.get(name);
    if (u) u.count++;
    else if (unknown.size < 200) unknown.set(detach(name), { count: 1, location: { ...where(), path: detach(pathOf()) } });
  };
  // saxes' own attributes object is used unless a key is prefixed or declares a namespace (no copy per element).
  const newNode = (name: string, attributes: Record<string, string>): XmlNode => ({
    name,
    attrs: prefixed ? localAttrs(attributes) : attributes,
    children: NO_CHILDREN,
    text: '',
  });
  // Root checks, and sibling numbers (`sdnEntry[37]`) down to record level.
  const openShallow = (name: string, depth: number, attributes: Record<string, string>) => {
    if (depth === 0) {
      if (sawRoot) throw fail(`second root element <${name}>`);
      sawRoot = true;
      if (!spec.roots.includes(name)) throw fail(`unexpected root element <${name}>`, 'bad_format', `<${spec.roots.join('> or <')}>`);
      // The root's attributes (EU `generationDate`, UN `dateGenerated`) come first as a `root` record.
      queue.push({
        record: { tag: 'root', node: newNode(name, attributes) },
        location: { file: input.file, line: parser.line, path: name },
        fileHash: input.hash,
      });
    }
    const siblings = counters[depth];
    const n = (siblings.get(name) ?? 0) + 1;
    siblings.set(name, n);
    if (depth + 1 < INDEXED_DEPTH) counters[depth + 1] = new Map();
    indexes[depth] = n;
  };
  const startRecord = (tag: string, name: string, attributes: Record<string, string>) => {
    let f = flagsByTag.get(tag);
    if (!f) flagsByTag.set(tag, (f = elementFlags(spec, tag)));
    const wants = ((f.byName.get(name) ?? f.other) & TEXT) !== 0;
    capture = { tag, flags: f.byName, otherFlags: f.other, nodes: [newNode(name, attributes)], wantsText: [wants], skipFrom: 0, chars: 0, location: where() };
    if (wants !== textOn) setText(wants);
  };

  parser.on('doctype', () => {
    throw fail('DOCTYPE declarations are refused (they enable entity expansion and external entities)', 'bad_input', 'an XML list without a DOCTYPE');
  });
  parser.on('attribute', function onAttribute({ name }) {
    if (name.charCodeAt(0) === 120 /* x */ ? name.startsWith('xmlns') : name.includes(':')) prefixed = true;
  });
  parser.on('opentag', function onOpenTag(tag) {
    lastEventAt = parser.position;
    const raw = tag.name;
    const name = raw.indexOf(':') < 0 ? raw : local(raw);
    const depth = stack.length;
    const attributes = tag.attributes as Record<string, string>;
    if (depth < INDEXED_DEPTH) openShallow(name, depth, attributes);
    stack.push(name);
    const c = capture;
    if (c === undefined) {
      if (!known.has(name)) noteUnknown(name);
      const recordTag = spec.collect(stack);
      if (recordTag) startRecord(recordTag, name, attributes);
    } else {
      // One lookup answers "known?", "kept?" and "text read?" for this record's tag.
      const f = c.flags.get(name) ?? c.otherFlags;
      if ((f & KNOWN) === 0) noteUnknown(name);
      c.chars += 16;
      if (c.skipFrom === 0) {
        if ((f & KEEP) === 0) {
          c.skipFrom = depth + 1;
          if (textOn) setText(false);
        } else {
          const node = newNode(name, attributes);
          const parent = c.nodes[c.nodes.length - 1];
          if (parent.children === NO_CHILDREN) parent.children = [node];
          else parent.children.push(node);
          c.nodes.push(node);
          const wants = (f & TEXT) !== 0;
          c.wantsText.push(wants);
          if (wants !== textOn) setText(wants);
        }
      }
    }
    prefixed = false;
  });
  parser.on('cdata', function onCdata(text) {
    lastEventAt = parser.position;
    if (!capture || capture.skipFrom !== 0 || !capture.wantsText[capture.wantsText.length - 1]) return;
    capture.nodes[capture.nodes.length - 1].text += text;
    capture.chars += text.length;
  });
  parser.on('closetag', function onCloseTag() {
    lastEventAt = parser.position;
    const c = capture;
    if (c !== undefined) {
      let wants = false;
      if (c.skipFrom !== 0) {
        if (c.skipFrom === stack.length) {
          c.skipFrom = 0;
          wants = c.wantsText[c.wantsText.length - 1];
        }
      } else {
        const node = c.nodes.pop()!;
        c.wantsText.pop();
        if (c.nodes.length === 0) {
          queue.push({ record: { tag: c.tag, node }, location: c.location, fileHash: input.hash });
          capture = undefined;
        } else wants = c.wantsText[c.wantsText.length - 1];
      }
      if (wants !== textOn) setText(wants);
    }
    stack.pop();
  });
  const encoding = xmlEncoding(input, head.toString('latin1'));
  try {
    for await (const text of readText(input, encoding, SLICE)) {
      parser.write(text);
      while (queue.length) yield queue.shift()!;
      if (parser.position - lastEventAt > maxText) {
        throw fail(`a text node or tag runs longer than ${maxText} characters`, 'bad_input');
      }
    }
    parser.close();
  } catch (err) {
    if (err instanceof LeverageError) throw err;
    throw fail(`malformed XML: ${String((err as Error).message).replace(/^[^:]*:\d+:\d+: /, '')}`);
  }
  while (queue.length) yield queue.shift()!;
  if (!sawRoot) throw fail('no XML root element', 'bad_format', `<${spec.roots[0]}>`);
  for (const [name, u] of unknown) {
    input.warn({ code: 'unknown_element', message: `unknown element <${name}> seen ${u.count} time(s); ignored`, location: u.location });
  }
}

function encodingError(input: ListInput, message: string): LeverageError {
  return new LeverageError('bad_encoding', message, { location: { file: input.file, offset: 0 }, expected: 'UTF-8' });
}

/** Sniffs the local name of the root element in the first bytes (skipping declaration, comments, DOCTYPE). */
export function sniffRoot(firstBytes: Buffer): string | undefined {
  let s = firstBytes.toString('utf8');
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  s = s.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  s = s.replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i, '');
  const m = /^\s*<([A-Za-z_][\w.:-]*)/.exec(s);
  return m ? local(m[1]) : undefined;
}
