import { badRequest } from '../http/errors';
import { COMPARISONS, type Expr, type Literal, type Prop } from './filterAst';

type Token =
  | { t: 'str'; v: string; at: number }
  | { t: 'num'; v: number; at: number }
  | { t: 'word'; v: string; at: number }
  | { t: 'date'; v: string; at: number }
  | { t: 'guid'; v: string; at: number }
  | { t: 'sym'; v: '(' | ')' | ',' | '/' | ':'; at: number };

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/;
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/;

/** Parses $filter; syntax errors are 400s worded like Graph's OData parser. */
export function parseFilter(text: string): Expr {
  const p = new Parser(text, tokenize(text));
  const expr = p.orExpr();
  if (!p.done()) throw p.syntaxError();
  return expr;
}

const invalid = (detail: string): Error => badRequest(`Invalid filter clause: ${detail}`);

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === "'") {
      const start = i;
      let v = '';
      i++;
      for (;;) {
        if (i >= text.length)
          throw invalid(`There is an unterminated string literal at position ${start} in '${text}'.`);
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += text[i++];
      }
      out.push({ t: 'str', v, at: start });
    } else if ('(),/:'.includes(c)) {
      out.push({ t: 'sym', v: c as '(' | ')' | ',' | '/' | ':', at: i++ });
    } else {
      const rest = text.slice(i);
      const guid = GUID.exec(rest);
      const date = DATE.exec(rest);
      if (guid) {
        out.push({ t: 'guid', v: guid[0], at: i });
        i += guid[0].length;
      } else if (date && date[0].length > 4 && rest[4] === '-') {
        out.push({ t: 'date', v: date[0], at: i });
        i += date[0].length;
      } else if (/[-0-9]/.test(c)) {
        const m = /^-?\d+(\.\d+)?/.exec(rest);
        if (!m) throw invalid(`Syntax error: character '${c}' is not valid at position ${i} in '${text}'.`);
        out.push({ t: 'num', v: Number(m[0]), at: i });
        i += m[0].length;
      } else if (/[A-Za-z_$@]/.test(c)) {
        const m = /^[A-Za-z_$@][A-Za-z0-9_.$@#]*/.exec(rest)!;
        out.push({ t: 'word', v: m[0], at: i });
        i += m[0].length;
      } else {
        throw invalid(`Syntax error: character '${c}' is not valid at position ${i} in '${text}'.`);
      }
    }
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {}

  done(): boolean {
    return this.i >= this.tokens.length;
  }

  syntaxError(): Error {
    const tok = this.tokens[this.i];
    return tok
      ? invalid(`Syntax error at position ${tok.at} in '${this.text}'.`)
      : invalid(`Expression expected at position ${this.text.length} in '${this.text}'.`);
  }

  private peekWord(): string | undefined {
    const t = this.tokens[this.i];
    return t && t.t === 'word' ? t.v.toLowerCase() : undefined;
  }

  private isSym(v: string): boolean {
    const t = this.tokens[this.i];
    return !!t && t.t === 'sym' && t.v === v;
  }

  private expectSym(v: string): void {
    if (!this.isSym(v)) throw this.syntaxError();
    this.i++;
  }

  orExpr(): Expr {
    let left = this.andExpr();
    while (this.peekWord() === 'or') {
      this.i++;
      left = { kind: 'binary', op: 'or', left, right: this.andExpr() };
    }
    return left;
  }

  private andExpr(): Expr {
    let left = this.unary();
    while (this.peekWord() === 'and') {
      this.i++;
      left = { kind: 'binary', op: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    if (this.peekWord() === 'not') {
      this.i++;
      return { kind: 'not', expr: this.unary() };
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const left = this.primary();
    const w = this.peekWord();
    if (w && COMPARISONS.has(w)) {
      this.i++;
      return { kind: 'binary', op: w as 'eq', left, right: this.primary() };
    }
    if (w === 'in') {
      this.i++;
      this.expectSym('(');
      const values: Expr[] = [this.primary()];
      while (this.isSym(',')) {
        this.i++;
        values.push(this.primary());
      }
      this.expectSym(')');
      return { kind: 'in', left, values };
    }
    return left;
  }

  private primary(): Expr {
    const tok = this.tokens[this.i];
    if (!tok) throw this.syntaxError();
    if (tok.t === 'sym' && tok.v === '(') {
      this.i++;
      const e = this.orExpr();
      this.expectSym(')');
      return e;
    }
    this.i++;
    if (tok.t === 'str') return lit('string', tok.v);
    if (tok.t === 'num') return lit('number', tok.v);
    if (tok.t === 'date') return lit('datetime', tok.v);
    if (tok.t === 'guid') return lit('guid', tok.v);
    if (tok.t !== 'word') throw this.syntaxError();
    const lower = tok.v.toLowerCase();
    if (lower === 'true' || lower === 'false') return lit('boolean', lower === 'true');
    if (lower === 'null') return lit('null', null);
    if (this.isSym('(')) return this.call(lower);
    return this.path(tok.v);
  }

  private call(name: string): Expr {
    this.expectSym('(');
    const args: Expr[] = [];
    if (!this.isSym(')')) {
      args.push(this.orExpr());
      while (this.isSym(',')) {
        this.i++;
        args.push(this.orExpr());
      }
    }
    this.expectSym(')');
    return { kind: 'call', name, args };
  }

  private path(first: string): Expr {
    const prop: Prop = { kind: 'prop', path: [first] };
    while (this.isSym('/')) {
      this.i++;
      const next = this.tokens[this.i];
      if (!next || next.t !== 'word') throw this.syntaxError();
      this.i++;
      const lower = next.v.toLowerCase();
      if ((lower === 'any' || lower === 'all') && this.isSym('(')) return this.lambda(lower, prop);
      prop.path.push(next.v);
    }
    return prop;
  }

  private lambda(op: 'any' | 'all', collection: Prop): Expr {
    this.expectSym('(');
    if (this.isSym(')')) {
      this.i++;
      return { kind: 'lambda', op, collection };
    }
    const v = this.tokens[this.i];
    if (!v || v.t !== 'word') throw this.syntaxError();
    this.i++;
    this.expectSym(':');
    const body = this.orExpr();
    this.expectSym(')');
    return { kind: 'lambda', op, collection, variable: v.v, body };
  }
}

function lit(type: Literal['type'], value: Literal['value']): Literal {
  return { kind: 'literal', type, value };
}
