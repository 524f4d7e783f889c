import type { Json } from '../store/types';

/**
 * Attribute-mapping expressions of the provisioning service: [attribute], "constant", Function(arg, ...).
 * Supported functions: Append, Join, Not, ToLower, ToUpper, Trim, Mid, Left, Right, Coalesce, IIF, IsNull,
 * IsNullOrEmpty, IsPresent, Switch, AltSecIdFromNetId, CBool, CStr. Others evaluate to null (the mapping is skipped).
 */
export type Value = string | boolean | null;
type Node = { t: 'attr'; name: string } | { t: 'const'; value: string } | { t: 'call'; name: string; args: Node[] };

export function evaluateSource(source: Json | null | undefined, attrs: (name: string) => Value): Value {
  if (!source) return null;
  const type = source.type as string | undefined;
  if (type === 'Constant')
    return typeof source.name === 'string' ? source.name : unquote(String(source.expression ?? ''));
  if (type === 'Attribute' && typeof source.name === 'string') return attrs(source.name);
  if (typeof source.expression === 'string' && source.expression.trim() !== '') {
    try {
      return evaluate(parse(source.expression), attrs);
    } catch {
      return null;
    }
  }
  return null;
}

function unquote(s: string): string {
  const t = s.trim();
  return t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/\\"/g, '"') : t;
}

export function parse(text: string): Node {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const node = (): Node => {
    ws();
    if (text[i] === '[') {
      const end = text.indexOf(']', i);
      if (end < 0) throw new Error('unterminated attribute');
      const name = text.slice(i + 1, end);
      i = end + 1;
      return { t: 'attr', name };
    }
    if (text[i] === '"') {
      let v = '';
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        v += text[i++];
      }
      if (text[i] !== '"') throw new Error('unterminated string');
      i++;
      return { t: 'const', value: v };
    }
    const m = /^[A-Za-z][A-Za-z0-9]*/.exec(text.slice(i));
    if (!m) throw new Error(`unexpected ${text[i]}`);
    i += m[0].length;
    ws();
    if (text[i] !== '(') return { t: 'const', value: m[0] };
    i++;
    const args: Node[] = [];
    ws();
    if (text[i] === ')') i++;
    else {
      for (;;) {
        args.push(node());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ')') {
          i++;
          break;
        }
        throw new Error('expected , or )');
      }
    }
    return { t: 'call', name: m[0], args };
  };
  const result = node();
  ws();
  if (i !== text.length) throw new Error('trailing text');
  return result;
}

const str = (v: Value): string | null => (v === null ? null : String(v));
const bool = (v: Value): boolean => v === true || String(v).toLowerCase() === 'true';

function evaluate(n: Node, attrs: (name: string) => Value): Value {
  if (n.t === 'attr') return attrs(n.name);
  if (n.t === 'const') return n.value;
  const a = n.args.map((x) => evaluate(x, attrs));
  switch (n.name.toLowerCase()) {
    case 'append':
      return a[0] === null ? null : `${str(a[0])}${str(a[1]) ?? ''}`;
    case 'join':
      return a
        .slice(1)
        .filter((x) => x !== null && x !== '')
        .map(str)
        .join(str(a[0]) ?? '');
    case 'not':
      return !bool(a[0]);
    case 'tolower':
      return a[0] === null ? null : String(a[0]).toLowerCase();
    case 'toupper':
      return a[0] === null ? null : String(a[0]).toUpperCase();
    case 'trim':
      return a[0] === null ? null : String(a[0]).trim();
    case 'mid':
      return a[0] === null ? null : String(a[0]).substr(Number(a[1]) - 1, Number(a[2]));
    case 'left':
      return a[0] === null ? null : String(a[0]).slice(0, Number(a[1]));
    case 'right':
      return a[0] === null ? null : String(a[0]).slice(-Number(a[1]));
    case 'coalesce':
      return a.find((x) => x !== null && x !== '') ?? null;
    case 'iif':
      return bool(a[0]) ? a[1] : a[2];
    case 'isnull':
      return a[0] === null;
    case 'isnullorempty':
      return a[0] === null || a[0] === '';
    case 'ispresent':
      return a[0] !== null && a[0] !== '';
    case 'cbool':
      return bool(a[0]);
    case 'cstr':
      return str(a[0]);
    case 'switch': {
      for (let k = 2; k + 1 < a.length; k += 2) if (str(a[0]) === str(a[k])) return a[k + 1];
      return a[1] ?? null;
    }
    case 'altsecidfromnetid':
      return a[0] === null ? null : `5::${String(a[0])}`;
    default:
      return null;
  }
}
