import fs from 'node:fs';

/** The direct children of a process with their command lines, from /proc (Linux). */
export function childProcesses(pid: number): Array<{ pid: number; args: string[] }> {
  const children: Array<{ pid: number; args: string[] }> = [];
  for (const entry of fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== pid) continue;
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
      children.push({ pid: Number(entry), args });
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

/** Whether a process is still there (and not a zombie waiting for its parent). */
export function isRunning(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}
