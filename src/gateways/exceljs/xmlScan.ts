/**
 * A small, fast reader of the XML in a package's parts: tags and text in document order, with
 * namespace prefixes dropped from element names (some tools write `<x:c>`). Attributes are parsed
 * only when asked for. It is not a validating parser: the parts come from a zip that a
 * spreadsheet program wrote, and anything it does not understand it skips.
 */

export interface XmlHandler {
  /** Returns true to stop the scan there. */
  open(name: string, tag: string, selfClosing: boolean): boolean | void;
  close(name: string): void;
  text(text: string): void;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, code: string) => {
    if (code.startsWith('#x')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code] ?? whole;
  });
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&${c === '&' ? 'amp' : c === '<' ? 'lt' : c === '>' ? 'gt' : 'quot'};`);
}

/** The name of an element without its prefix. */
const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
};

/** One attribute of a tag's text, decoded; undefined when absent. Prefixes on attribute names are ignored. */
const isNameStart = (c: number): boolean => c === 0x20 || c === 0x3a || c === 0x09 || c === 0x0a || c === 0x0d;

/** One attribute of a tag's text, decoded; undefined when absent. Prefixes on attribute names are ignored. */
export function attribute(tag: string, name: string): string | undefined {
  let at = tag.indexOf(name);
  while (at !== -1) {
    const end = at + name.length;
    if (at > 0 && isNameStart(tag.charCodeAt(at - 1))) {
      let eq = end;
      while (tag.charCodeAt(eq) === 0x20) eq++;
      if (tag.charCodeAt(eq) === 0x3d /* = */) {
        let q = eq + 1;
        while (tag.charCodeAt(q) === 0x20) q++;
        const quote = tag[q];
        if (quote === '"' || quote === "'") {
          const close = tag.indexOf(quote, q + 1);
          return decodeXml(tag.slice(q + 1, close === -1 ? tag.length : close));
        }
      }
    }
    at = tag.indexOf(name, end);
  }
  return undefined;
}

/** Scans `xml` from `start` to `end`, calling the handler for each tag and each run of text. */
export function scanXml(xml: string, handler: XmlHandler, start = 0, end = xml.length): void {
  let at = start;
  while (at < end) {
    const lt = xml.indexOf('<', at);
    if (lt === -1 || lt >= end) {
      if (at < end) handler.text(decodeXml(xml.slice(at, end)));
      return;
    }
    if (lt > at) handler.text(decodeXml(xml.slice(at, lt)));
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<![CDATA[', lt)) {
        const close = xml.indexOf(']]>', lt);
        handler.text(xml.slice(lt + 9, close));
        at = close + 3;
      } else {
        const close = xml.startsWith('<!--', lt) ? xml.indexOf('-->', lt) + 3 : xml.indexOf('>', lt) + 1;
        at = close;
      }
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (next === 0x3f /* ? */) {
      at = gt + 1;
      continue;
    }
    if (next === 0x2f /* / */) {
      handler.close(localName(xml.slice(lt + 2, gt).trim()));
      at = gt + 1;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
    let nameEnd = lt + 1;
    while (nameEnd < gt) {
      const c = xml.charCodeAt(nameEnd);
      if (c === 0x20 || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d) break;
      nameEnd++;
    }
    const name = localName(xml.slice(lt + 1, nameEnd));
    const tag = xml.slice(nameEnd, selfClosing ? gt - 1 : gt);
    if (handler.open(name, tag, selfClosing) === true) return;
    if (selfClosing) handler.close(name);
    at = gt + 1;
  }
}

/** The `>` that ends the tag opened at `lt`, skipping any inside quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let at = lt + 1; at < xml.length; at++) {
    const c = xml.charCodeAt(at);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x3e /* > */) {
      return at;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    }
  }
  throw new Error('unterminated XML tag');
}

/** The namespace prefix of a part's root element ('x:' for `<x:workbook …>`), or '' when it has none. */
export function rootPrefix(xml: string): string {
  return /<(?![?!])(\w+:)?\w+\b/.exec(xml)?.[1] ?? '';
}

/** A fragment of elements written with `prefix` on each element name, to sit in a part that uses it. */
export function withPrefix(fragment: string, prefix: string): string {
  return prefix ? fragment.replace(/<(\/?)(?=[A-Za-z])/g, `<$1${prefix}`) : fragment;
}
