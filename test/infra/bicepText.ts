/**
 * Just enough reading of Bicep source for the offline checks in test/infra (the Bicep compiler
 * cannot be downloaded here): parameters, outputs, named blocks, and balanced delimiters.
 */

export interface BicepParam {
  name: string;
  type: string;
  hasDefault: boolean;
  decorators: string[];
}

export function bicepParams(source: string): Map<string, BicepParam> {
  const params = new Map<string, BicepParam>();
  const lines = source.split('\n');
  lines.forEach((line, i) => {
    const match = /^param\s+(\w+)\s+(\w+)(\s*=.*)?$/.exec(line.trim());
    if (!match) return;
    const decorators: string[] = [];
    for (let j = i - 1; j >= 0 && lines[j].trim().startsWith('@'); j--) decorators.push(lines[j].trim());
    params.set(match[1], { name: match[1], type: match[2], hasDefault: match[3] !== undefined, decorators });
  });
  return params;
}

export function bicepOutputs(source: string): Map<string, string> {
  return new Map([...source.matchAll(/^output\s+(\w+)\s+\w+\s*=\s*(.+)$/gm)].map((m) => [m[1], m[2].trim()]));
}

/** The text of the block that opens on the first line matching `header` and ends at its matching close. */
export function bicepBlock(source: string, header: RegExp): string {
  const start = source.search(header);
  if (start < 0) throw new Error(`no block matching ${header}`);
  const open = source.slice(start).search(/[[{]/) + start;
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '[' || source[i] === '{') depth++;
    if (source[i] === ']' || source[i] === '}') depth--;
    if (depth === 0) return source.slice(open, i + 1);
  }
  throw new Error(`block ${header} is not closed`);
}

/** name → value expression of the `{ name: '...' value: ... }` items in an app settings array. */
export function settingsIn(block: string): Map<string, string> {
  return new Map(
    [...block.matchAll(/name:\s*'([^']+)'\s*\n\s*value:\s*([^\n]+?)\s*(\/\/[^\n]*)?\n/g)].map((m) => [m[1], m[2]]),
  );
}

/**
 * Problems with strings, comments and bracket nesting: what a stray edit most often breaks.
 * Strings are single-quoted with \ escapes and ${...} interpolation.
 */
export function delimiterProblems(source: string): string[] {
  const stack: { char: string; line: number }[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  let line = 1;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') {
      if (inString) return [`line ${line}: string not closed`];
      line++;
    }
    if (inString) {
      if (c === '\\') i++;
      else if (c === "'") inString = false;
      else if (c === '$' && source[i + 1] === '{') {
        stack.push({ char: '${', line });
        inString = false;
        i++;
      }
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i + 1] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) return [`line ${line}: comment not closed`];
      line += source.slice(i, end).split('\n').length - 1;
      i = end + 1;
    } else if (c === "'") inString = true;
    else if (c === '(' || c === '[' || c === '{') stack.push({ char: c, line });
    else if (c in pairs) {
      const top = stack.pop();
      if (top?.char === '${' && c === '}')
        inString = true; // back inside the string
      else if (!top || top.char !== pairs[c])
        return [`line ${line}: "${c}" closes ${top ? `"${top.char}" from line ${top.line}` : 'nothing'}`];
    }
  }
  return stack.map((open) => `line ${open.line}: "${open.char}" is never closed`);
}
