/**
 * A small namespace-aware XML reader, enough for SVG, for hosts without DOMParser.
 * The DOCTYPE is skipped and entities are never expanded: only the five predefined entities and
 * character references are decoded. Other `&name;` references stay literal when the document has a
 * DOCTYPE (they may be declared there) and are an error otherwise. Linear time: every scan moves forward.
 */

export interface XmlName {
  /** Namespace URI; '' for none. */
  ns: string;
  local: string;
  qname: string;
}

export interface XmlAttribute extends XmlName {
  value: string;
}

export type XmlEvent =
  | { type: 'start'; name: XmlName; attributes: XmlAttribute[] }
  | { type: 'end'; name: XmlName }
  /** Character data or CDATA inside the root element, references decoded. */
  | { type: 'text'; text: string };

export interface XmlLimits {
  maxDepth?: number;
  maxChars?: number;
}

export type XmlReadResult = { ok: true } | { ok: false; reason: 'malformed' | 'too-large'; detail: string };

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

export function readXml(text: string, onEvent: (event: XmlEvent) => void, limits: XmlLimits = {}): XmlReadResult {
  const maxChars = limits.maxChars ?? 8 * 1024 * 1024;
  if (text.length > maxChars) {
    return { ok: false, reason: 'too-large', detail: `document is ${text.length} characters (limit ${maxChars})` };
  }
  try {
    new Reader(text, onEvent, limits.maxDepth ?? 256).run();
    return { ok: true };
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, reason: 'malformed', detail: error.detail };
    throw error;
  }
}

class Malformed {
  constructor(readonly detail: string) {}
}

function fail(detail: string): never {
  throw new Malformed(detail);
}

interface OpenElement {
  name: XmlName;
  declared: string[];
}

class Reader {
  private pos = 0;
  private readonly start: number;
  private readonly open: OpenElement[] = [];
  private readonly bindings = new Map<string, string[]>([
    ['xml', [XML_NS]],
    ['xmlns', [XMLNS_NS]],
  ]);
  private sawRoot = false;
  private sawDoctype = false;

  constructor(
    private readonly s: string,
    private readonly emit: (event: XmlEvent) => void,
    private readonly maxDepth: number,
  ) {
    this.start = s.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.pos = this.start;
  }

  run(): void {
    const s = this.s;
    while (this.pos < s.length) {
      const lt = s.indexOf('<', this.pos);
      const textEnd = lt < 0 ? s.length : lt;
      if (textEnd > this.pos) this.text(this.pos, textEnd);
      if (lt < 0) break;
      this.pos = lt;
      this.markup();
    }
    if (!this.sawRoot) fail('no root element');
    const top = this.open[this.open.length - 1];
    if (top) fail(`<${top.name.qname}> is not closed at end of input`);
  }

  private text(start: number, end: number): void {
    const raw = this.s.slice(start, end);
    if (this.open.length === 0) {
      if (!/^[ \t\r\n]*$/.test(raw)) fail(`text outside the root element at offset ${start}`);
      return;
    }
    this.emit({ type: 'text', text: this.decodeReferences(normalizeNewlines(raw), start) });
  }

  private markup(): void {
    const s = this.s;
    const at = this.pos;
    if (s.startsWith('<?', at)) {
      this.processingInstruction();
      return;
    }
    if (s.startsWith('<!--', at)) {
      this.pos = this.indexOrFail('-->', at + 4, 'comment') + 3;
      return;
    }
    if (s.startsWith('<![CDATA[', at)) {
      if (this.open.length === 0) fail(`CDATA outside the root element at offset ${at}`);
      const end = this.indexOrFail(']]>', at + 9, 'CDATA section');
      this.emit({ type: 'text', text: normalizeNewlines(s.slice(at + 9, end)) });
      this.pos = end + 3;
      return;
    }
    if (s.startsWith('<!DOCTYPE', at)) this.doctype();
    else if (s.startsWith('</', at)) this.endTag();
    else if (s.startsWith('<!', at)) fail(`unknown markup declaration at offset ${at}`);
    else this.startTag();
  }

  private processingInstruction(): void {
    const at = this.pos;
    this.pos += 2;
    const target = this.readName();
    if (!target) fail(`processing instruction without a target at offset ${at}`);
    if (target.toLowerCase() === 'xml' && at !== this.start) fail(`XML declaration not at the start (offset ${at})`);
    this.pos = this.indexOrFail('?>', this.pos, 'processing instruction') + 2;
  }

  private doctype(): void {
    const s = this.s;
    const at = this.pos;
    if (this.sawRoot || this.sawDoctype) fail(`misplaced DOCTYPE at offset ${at}`);
    this.sawDoctype = true;
    this.pos += 9;
    for (;;) {
      const c = s[this.pos];
      if (c === undefined) fail(`unterminated DOCTYPE at offset ${at}`);
      if (c === '"' || c === "'") this.pos = this.indexOrFail(c, this.pos + 1, 'DOCTYPE literal') + 1;
      else if (c === '[') this.skipInternalSubset(at);
      else if (c === '>') {
        this.pos++;
        return;
      } else this.pos++;
    }
  }

  /** Skips `[ ... ]`; its declarations are not read, so nothing declared there is ever expanded. */
  private skipInternalSubset(doctypeAt: number): void {
    const s = this.s;
    this.pos++;
    for (;;) {
      const c = s[this.pos];
      if (c === undefined) fail(`unterminated DOCTYPE internal subset (DOCTYPE at offset ${doctypeAt})`);
      if (s.startsWith('<!--', this.pos)) this.pos = this.indexOrFail('-->', this.pos + 4, 'comment') + 3;
      else if (s.startsWith('<?', this.pos)) this.pos = this.indexOrFail('?>', this.pos + 2, 'processing instruction') + 2;
      else if (c === '"' || c === "'") this.pos = this.indexOrFail(c, this.pos + 1, 'DOCTYPE literal') + 1;
      else if (c === ']') {
        this.pos++;
        return;
      } else this.pos++;
    }
  }

  private startTag(): void {
    const s = this.s;
    const at = this.pos;
    this.pos++;
    const qname = this.readName();
    if (!qname) fail(`invalid tag at offset ${at}`);
    const raw: { qname: string; value: string }[] = [];
    let selfClosing = false;
    for (;;) {
      const spaced = this.skipSpace();
      const c = s[this.pos];
      if (c === '>') {
        this.pos++;
        break;
      }
      if (c === '/' && s[this.pos + 1] === '>') {
        this.pos += 2;
        selfClosing = true;
        break;
      }
      if (c === undefined) fail(`unterminated tag <${qname}> at offset ${at}`);
      if (!spaced) fail(`expected whitespace before attribute in <${qname}> at offset ${this.pos}`);
      raw.push(this.attribute(qname));
    }

    if (this.open.length >= this.maxDepth) fail(`elements nested deeper than ${this.maxDepth} at offset ${at}`);
    if (this.open.length === 0) {
      if (this.sawRoot) fail(`second root element <${qname}> at offset ${at}`);
      this.sawRoot = true;
    }
    const declared = this.declareNamespaces(raw, qname);
    const name = this.resolve(qname, true);
    const attributes: XmlAttribute[] = [];
    const seen = new Set<string>();
    for (const { qname: attrName, value } of raw) {
      if (attrName === 'xmlns' || attrName.startsWith('xmlns:')) continue;
      const { ns, local } = this.resolve(attrName, false);
      const key = `${ns} ${local}`;
      if (seen.has(key)) fail(`duplicate attribute ${attrName} in <${qname}>`);
      seen.add(key);
      attributes.push({ ns, local, qname: attrName, value });
    }
    this.emit({ type: 'start', name, attributes });
    if (selfClosing) {
      this.emit({ type: 'end', name });
      this.undeclare(declared);
    } else {
      this.open.push({ name, declared });
    }
  }

  private attribute(tag: string): { qname: string; value: string } {
    const s = this.s;
    const at = this.pos;
    const qname = this.readName();
    if (!qname) fail(`invalid attribute in <${tag}> at offset ${at}`);
    this.skipSpace();
    if (s[this.pos] !== '=') fail(`attribute ${qname} without a value at offset ${at}`);
    this.pos++;
    this.skipSpace();
    const quote = s[this.pos];
    if (quote !== '"' && quote !== "'") fail(`unquoted value for attribute ${qname} at offset ${this.pos}`);
    const close = this.indexOrFail(quote, this.pos + 1, 'attribute value');
    const rawValue = s.slice(this.pos + 1, close);
    if (rawValue.includes('<')) fail(`'<' in value of attribute ${qname} at offset ${at}`);
    const spaced = /[\t\n\r]/.test(rawValue) ? normalizeNewlines(rawValue).replace(/[\t\n]/g, ' ') : rawValue;
    const value = this.decodeReferences(spaced, this.pos + 1);
    this.pos = close + 1;
    return { qname, value };
  }

  private endTag(): void {
    const at = this.pos;
    this.pos += 2;
    const qname = this.readName();
    this.skipSpace();
    if (!qname || this.s[this.pos] !== '>') fail(`invalid end tag at offset ${at}`);
    this.pos++;
    const top = this.open.pop();
    if (!top) fail(`end tag </${qname}> without an open element at offset ${at}`);
    if (top.name.qname !== qname) fail(`end tag </${qname}> does not match <${top.name.qname}> at offset ${at}`);
    this.emit({ type: 'end', name: top.name });
    this.undeclare(top.declared);
  }

  private declareNamespaces(raw: { qname: string; value: string }[], tag: string): string[] {
    const declared: string[] = [];
    for (const { qname, value } of raw) {
      let prefix: string;
      if (qname === 'xmlns') prefix = '';
      else if (qname.startsWith('xmlns:')) prefix = qname.slice(6);
      else continue;
      if (prefix === 'xmlns' || (prefix === 'xml') !== (value === XML_NS) || value === XMLNS_NS) {
        fail(`reserved namespace binding ${qname}="${value}" in <${tag}>`);
      }
      if (prefix !== '' && value === '') fail(`empty namespace for prefix ${prefix} in <${tag}>`);
      const stack = this.bindings.get(prefix);
      if (stack) stack.push(value);
      else this.bindings.set(prefix, [value]);
      declared.push(prefix);
    }
    return declared;
  }

  private undeclare(prefixes: string[]): void {
    for (const prefix of prefixes) this.bindings.get(prefix)?.pop();
  }

  private resolve(qname: string, isElement: boolean): XmlName {
    const colon = qname.indexOf(':');
    if (colon < 0) return { ns: isElement ? (this.lookup('') ?? '') : '', local: qname, qname };
    const prefix = qname.slice(0, colon);
    const local = qname.slice(colon + 1);
    if (!prefix || !local || local.includes(':')) fail(`invalid qualified name ${qname}`);
    const ns = this.lookup(prefix);
    if (!ns) fail(`undeclared namespace prefix in ${qname}`);
    return { ns, local, qname };
  }

  private lookup(prefix: string): string | undefined {
    const stack = this.bindings.get(prefix);
    return stack?.[stack.length - 1];
  }

  private decodeReferences(raw: string, offset: number): string {
    let amp = raw.indexOf('&');
    if (amp < 0) return raw;
    let out = '';
    let last = 0;
    while (amp >= 0) {
      const semi = raw.indexOf(';', amp + 1);
      const ref = semi < 0 ? '' : raw.slice(amp + 1, semi);
      out += raw.slice(last, amp);
      if (ref.startsWith('#')) out += characterReference(ref, offset + amp);
      else if (PREDEFINED[ref] !== undefined) out += PREDEFINED[ref];
      else if (isName(ref) && !ref.includes(':')) {
        if (!this.sawDoctype) fail(`undeclared entity &${ref}; at offset ${offset + amp}`);
        out += `&${ref};`;
      } else fail(`malformed reference at offset ${offset + amp}`);
      last = semi + 1;
      amp = raw.indexOf('&', last);
    }
    return out + raw.slice(last);
  }

  private readName(): string {
    const s = this.s;
    const from = this.pos;
    let i = from;
    while (i < s.length && !isNameStop(s.charCodeAt(i))) i++;
    const name = s.slice(from, i);
    if (!isName(name)) return '';
    this.pos = i;
    return name;
  }

  private skipSpace(): boolean {
    const from = this.pos;
    while (isSpace(this.s.charCodeAt(this.pos))) this.pos++;
    return this.pos > from;
  }

  private indexOrFail(needle: string, from: number, what: string): number {
    const index = this.s.indexOf(needle, from);
    if (index < 0) fail(`unterminated ${what} at offset ${from}`);
    return index;
  }
}

function characterReference(ref: string, offset: number): string {
  const hex = /^#x[0-9a-fA-F]{1,6}$/.test(ref);
  if (!hex && !/^#[0-9]{1,7}$/.test(ref)) fail(`malformed character reference at offset ${offset}`);
  const code = hex ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
  const allowed =
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  if (!allowed) fail(`character reference to an invalid character at offset ${offset}`);
  return String.fromCodePoint(code);
}

function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Stops a name: whitespace, controls and XML delimiters. Other characters are accepted leniently. */
function isNameStop(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0x2f ||
    c === 0x3e ||
    c === 0x3d ||
    c === 0x3c ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x26 ||
    c === 0x3f ||
    c === 0x21 ||
    c === 0x3b ||
    c === 0x5b ||
    c === 0x5d
  );
}

function isName(name: string): boolean {
  if (name === '') return false;
  const first = name.charCodeAt(0);
  if (first === 0x2d || first === 0x2e || (first >= 0x30 && first <= 0x39)) return false;
  for (let i = 0; i < name.length; i++) if (isNameStop(name.charCodeAt(i))) return false;
  return true;
}
