/** Button data without the fields a card has no value for (a card button carries strings only). */
export function buttonData(o: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(o).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].length > 0),
  );
}
