const DISPATCHER = Symbol.for('undici.globalDispatcher.1');

/**
 * @google/genai's Node build gives each request an undici dispatcher without
 * header/body timeouts, found through Node's global dispatcher at
 * globalThis[Symbol.for('undici.globalDispatcher.1')]. Jest runs each test file
 * in a vm context whose globalThis lacks that symbol (while `fetch` itself comes
 * from the outer realm), so the SDK fails with "Undici globalDispatcher is not
 * available". This copies the outer realm's dispatcher into the sandbox; it
 * changes nothing outside Jest. Call it at the top of a test file that uses the SDK.
 */
export function exposeUndiciDispatcherToJest(): void {
  new Headers(); // makes Node initialise undici and its global dispatcher
  // Buffer comes from the outer realm, so its Function constructor evaluates there.
  const OuterFunction = Buffer.constructor as FunctionConstructor;
  const outer: unknown = (OuterFunction('return globalThis') as () => unknown)();
  if (typeof outer !== 'object' || outer === null || !(DISPATCHER in outer)) return;
  Object.defineProperty(globalThis, DISPATCHER, { value: Reflect.get(outer, DISPATCHER), configurable: true, writable: true });
}
