/**
 * Preloaded into the Agents Playground (`node -r`), which listens on every interface and
 * has no option to choose one: every server it opens is confined to 127.0.0.1.
 */
import net from 'node:net';

const LOOPBACK = '127.0.0.1';
const originalListen = net.Server.prototype.listen;

function confine(args: unknown[]): unknown[] {
  const [first] = args;
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    // listen(port[, host][, backlog][, callback]): put our host where a host may stand.
    const second = args[1];
    if (typeof second === 'string') return [first, LOOPBACK, ...args.slice(2)];
    return [first, LOOPBACK, ...args.slice(1)];
  }
  if (first && typeof first === 'object' && !('fd' in first) && !('path' in first) && !('handle' in first)) {
    return [{ ...(first as object), host: LOOPBACK }, ...args.slice(1)];
  }
  if (first === undefined || typeof first === 'function') return [0, LOOPBACK, ...args];
  return args;
}

net.Server.prototype.listen = function listenOnLoopback(this: net.Server, ...args: unknown[]) {
  return (originalListen as (...a: unknown[]) => net.Server).apply(this, confine(args));
} as typeof net.Server.prototype.listen;
