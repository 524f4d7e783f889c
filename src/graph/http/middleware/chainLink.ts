import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/** Base for our middleware: holds the next link and gives a typed way to call it. */
export abstract class ChainLink implements Middleware {
  private next?: Middleware;

  setNext(next: Middleware): void {
    this.next = next;
  }

  abstract execute(context: Context): Promise<void>;

  protected async callNext(context: Context): Promise<void> {
    if (!this.next) throw new Error(`${this.constructor.name} is the last middleware but does not send requests`);
    await this.next.execute(context);
  }
}

/** Request headers as the plain object the Graph client builds (it never uses a Headers instance). */
export function headersOf(context: Context): Record<string, string> {
  const options = (context.options ??= {});
  if (options.headers === undefined) options.headers = {};
  return options.headers as Record<string, string>;
}

export function urlOf(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

export function methodOf(context: Context): string {
  const fromOptions = context.options?.method;
  if (fromOptions) return fromOptions.toUpperCase();
  return typeof context.request === 'string' ? 'GET' : context.request.method.toUpperCase();
}
