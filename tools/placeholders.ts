/** The Agents Toolkit's placeholder syntax: ${{NAME}}, replaced from the environment files. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/**
 * Replaces every placeholder whose name has a value; the names without one come back in `missing`
 * so the caller can say exactly which variables to set. Values are JSON-escaped when `json` is set,
 * because the manifest is JSON and a quote in a value must not break it.
 */
export function resolvePlaceholders(
  text: string,
  values: Record<string, string | undefined>,
  options: { json?: boolean } = {},
): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const resolved = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    return options.json ? JSON.stringify(value).slice(1, -1) : value;
  });
  return { text: resolved, missing: [...missing] };
}
