/**
 * An .xlsx package as its parts: where the workbook, its sheets and their relationships are,
 * read from the zip without building a workbook model.
 */
import { attribute, decodeXml } from './xmlScan';
import type { ZipEntry } from './zip';
import { entryBytes, entryPieces, readZip } from './zip';

interface Relationship {
  id: string;
  type: string;
  /** The part's path in the package (no leading slash), or the target as written when external. */
  target: string;
  external: boolean;
}

interface PackageSheet {
  name: string;
  sheetId: number;
  relId: string;
  /** The sheet part's path, e.g. xl/worksheets/sheet2.xml. */
  path: string;
}

/** The tags of an element wherever it appears in `xml` (prefix allowed), e.g. every `<sheet …/>`. */
export function tagsOf(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>`, 'g')) ?? [];
}

/** `target` relative to the part `from`, as a package path. */
function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1).filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The relationships part of a part: xl/workbook.xml -> xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export class XlsxPackage {
  readonly workbookPath: string;
  readonly sheets: PackageSheet[];

  constructor(readonly entries: Map<string, ZipEntry>) {
    const office = this.relationships('').find((r) => r.type.endsWith('/officeDocument'));
    this.workbookPath = office?.target ?? 'xl/workbook.xml';
    const rels = new Map(this.relationships(this.workbookPath).map((r) => [r.id, r]));
    this.sheets = tagsOf(this.text(this.workbookPath), 'sheet').map((tag) => {
      const relId = attribute(tag, 'id') ?? '';
      return {
        name: attribute(tag, 'name') ?? '',
        sheetId: Number(attribute(tag, 'sheetId')),
        relId,
        path: rels.get(relId)?.target ?? '',
      };
    });
  }

  static fromBytes(bytes: Buffer): XlsxPackage {
    return new XlsxPackage(readZip(bytes));
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  size(path: string): number {
    return this.entries.get(path)?.size ?? 0;
  }

  text(path: string): string {
    return this.bytes(path).toString('utf8');
  }

  bytes(path: string): Buffer {
    const entry = this.entries.get(path);
    if (!entry) throw new Error(`the package has no part ${path}`);
    return entryBytes(entry);
  }

  /** A part's bytes in pieces of at most `size` bytes, inflated as they are taken (zip.ts). */
  pieces(path: string, size: number): Iterable<Buffer> {
    const entry = this.entries.get(path);
    if (!entry) throw new Error(`the package has no part ${path}`);
    return entryPieces(entry, size);
  }

  /** The relationships of a part ('' for the package's own). */
  relationships(part: string): Relationship[] {
    const path = part === '' ? '_rels/.rels' : relsPathOf(part);
    if (!this.entries.has(path)) return [];
    return tagsOf(this.text(path), 'Relationship').map((tag) => {
      const external = attribute(tag, 'TargetMode') === 'External';
      const target = attribute(tag, 'Target') ?? '';
      return {
        id: attribute(tag, 'Id') ?? '',
        type: attribute(tag, 'Type') ?? '',
        target: external ? target : resolvePart(part || '/', decodeXml(target)),
        external,
      };
    });
  }

  /** The part a workbook-level relationship of this type points at (styles, shared strings). */
  workbookPart(type: string): string | undefined {
    return this.relationships(this.workbookPath).find((r) => r.type.endsWith(`/${type}`))?.target;
  }
}
