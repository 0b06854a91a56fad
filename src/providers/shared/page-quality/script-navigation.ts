import { parse, type AnyNode, type MemberExpression, type Program } from 'acorn';
import { LRUCache } from 'lru-cache';

/** How a piece of page JavaScript runs: a classic <script>, a module, or an on…="" handler (a function body). */
export type ScriptMode = 'script' | 'module' | 'handler';

/** What a piece of JavaScript does to the page's address. */
export type ScriptVerdict =
  | { readonly kind: 'clean' }
  | {
      readonly kind: 'navigates';
      /** Each distinct construct, as written ("location.href =", "window.open()"). */
      readonly constructs: readonly string[];
      /** The code with every construct replaced by `void 0`; null when that left no valid, clean script. */
      readonly neutralised: string | null;
    }
  /** Not JavaScript acorn can read: it cannot be checked, so it counts as navigating. */
  | { readonly kind: 'unreadable' };

interface Visit {
  readonly node: AnyNode;
  readonly parent: Visit | undefined;
  /** The field of the parent that holds this node ("object", "left", "callee", …). */
  readonly key: string;
}

interface Offence {
  readonly construct: string;
  /** The smallest expression whose replacement by `void 0` removes the construct. */
  readonly node: AnyNode;
}

// The window under the names a page can reach it by; `document` leads to it too.
const WINDOWS = new Set(['window', 'self', 'globalThis', 'top', 'parent', 'frames', 'opener']);
const WINDOW_PROPERTIES = new Set([...WINDOWS, 'defaultView']);
// Location methods that load another page; every other call on location only reads it.
const LOCATION_LOADS = new Set(['assign', 'replace', 'reload']);
// Code run from a string could navigate unseen.
const STRING_TIMERS = new Set(['setTimeout', 'setInterval']);
const CODE_FROM_STRING = new Set(['eval', 'Function']);

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string' && 'start' in value;
}

function* visits(node: AnyNode, parent: Visit | undefined, key: string): Generator<Visit> {
  const visit: Visit = { node, parent, key };
  yield visit;
  for (const [field, value] of Object.entries({ ...node })) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (isNode(child)) yield* visits(child, visit, field);
    }
  }
}

/** A member's property name when it is written out (`a.b`, `a['b']`, a``-quoted key); null when computed at run time. */
function propertyName(member: MemberExpression): string | null {
  const property = member.property;
  if (!member.computed) return property.type === 'Identifier' ? property.name : null;
  if (property.type === 'Literal') return typeof property.value === 'string' ? property.value : null;
  return property.type === 'TemplateLiteral' && property.expressions.length === 0 ? (property.quasis[0]?.value.cooked ?? null) : null;
}

function isWindow(node: AnyNode): boolean {
  if (node.type === 'Identifier') return WINDOWS.has(node.name);
  return node.type === 'MemberExpression' && (isWindow(node.object) || isDocument(node.object)) && WINDOW_PROPERTIES.has(propertyName(node) ?? '');
}

function isDocument(node: AnyNode): boolean {
  if (node.type === 'Identifier') return node.name === 'document';
  return node.type === 'MemberExpression' && isWindow(node.object) && propertyName(node) === 'document';
}

/** `window.x`, `top['x']`, `document.x`: a property of the window or the document. */
function globalMember(node: AnyNode): string | null {
  return node.type === 'MemberExpression' && (isWindow(node.object) || isDocument(node.object)) ? propertyName(node) : null;
}

/** An identifier that names a variable (not a property key, a label or a declaration). */
function isReference(visit: Visit): boolean {
  const parent = visit.parent?.node;
  if (parent === undefined) return true;
  switch (parent.type) {
    case 'MemberExpression':
    case 'Property':
    case 'PropertyDefinition':
    case 'MethodDefinition':
      return parent.computed || (visit.key !== 'property' && visit.key !== 'key');
    case 'VariableDeclarator':
    case 'ClassDeclaration':
    case 'ClassExpression':
      return visit.key !== 'id';
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return visit.key !== 'id' && visit.key !== 'params';
    case 'CatchClause':
      return visit.key !== 'param';
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'MetaProperty':
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
    case 'ExportSpecifier':
      return false;
    default:
      return true;
  }
}

/** The expression is assigned to (`x =`, `x++`, `for (x of …)`, `[x] = …`). */
function isWritten(visit: Visit): boolean {
  const parent = visit.parent;
  switch (parent?.node.type) {
    case 'AssignmentExpression':
    case 'AssignmentPattern':
    case 'ForInStatement':
    case 'ForOfStatement':
      return visit.key === 'left';
    case 'UpdateExpression':
    case 'RestElement':
      return visit.key === 'argument';
    case 'ArrayPattern':
      return true;
    case 'Property':
      return visit.key === 'value' && parent.parent?.node.type === 'ObjectPattern';
    default:
      return false;
  }
}

/** The whole assignment or update around a written expression: what `void 0` replaces. */
const writeOf = (visit: Visit): AnyNode =>
  visit.parent !== undefined && (visit.parent.node.type === 'AssignmentExpression' || visit.parent.node.type === 'UpdateExpression') ? visit.parent.node : visit.node;

const calledAt = (visit: Visit): Visit | undefined =>
  visit.key === 'callee' && (visit.parent?.node.type === 'CallExpression' || visit.parent?.node.type === 'NewExpression') ? visit.parent : undefined;

/**
 * What a use of the location object does. Reading it (`location.hash`,
 * `location.href.split`) is fine; assigning to it or any of its properties,
 * calling it, or letting it escape as a value (an alias could do either) is
 * navigation.
 */
function locationUse(visit: Visit, label: string): Offence | null {
  const member = visit.parent;
  if (member?.node.type === 'MemberExpression' && visit.key === 'object') {
    const property = propertyName(member.node);
    const name = `${label}.${property ?? '[…]'}`;
    const call = calledAt(member);
    if (property !== null && LOCATION_LOADS.has(property)) return { construct: `${name}()`, node: (call ?? member).node };
    if (isWritten(member)) return { construct: `${name} =`, node: writeOf(member) };
    if (call !== undefined && property !== 'toString') return { construct: `${name}()`, node: call.node };
    return null;
  }
  if (isWritten(visit)) return { construct: `${label} =`, node: writeOf(visit) };
  return { construct: `${label} (as a value)`, node: visit.node };
}

function stringArgument(node: AnyNode): boolean {
  if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return false;
  const first = node.arguments[0];
  return first !== undefined && ((first.type === 'Literal' && typeof first.value === 'string') || first.type === 'TemplateLiteral' || first.type === 'BinaryExpression');
}

/** The global function a call names (`open(…)`, `window.open(…)`), unless the script declares its own. */
function calledGlobal(visit: Visit, declared: ReadonlySet<string>): string | null {
  if (visit.node.type !== 'CallExpression' && visit.node.type !== 'NewExpression') return null;
  const callee = visit.node.callee;
  if (callee.type === 'Identifier') return declared.has(callee.name) ? null : callee.name;
  return globalMember(callee);
}

const DECLARING: Readonly<Record<string, readonly string[]>> = {
  VariableDeclarator: ['id'],
  FunctionDeclaration: ['id', 'params'],
  FunctionExpression: ['id', 'params'],
  ArrowFunctionExpression: ['params'],
  ClassDeclaration: ['id'],
  CatchClause: ['param'],
};

/** Names the script binds itself (a local `open` is not window.open). */
function declaredNames(all: readonly Visit[]): Set<string> {
  const declares = (v: Visit) => v.parent !== undefined && (DECLARING[v.parent.node.type] ?? []).includes(v.key);
  return new Set(all.flatMap((v) => (v.node.type === 'Identifier' && declares(v) ? [v.node.name] : [])));
}

function offencesIn(program: Program, code: string): Offence[] {
  const all = [...visits(program, undefined, 'program')];
  const declared = declaredNames(all);
  const offences: Offence[] = [];
  const source = (node: AnyNode) => code.slice(node.start, node.end).replace(/\s+/g, ' ').slice(0, 60);
  for (const visit of all) {
    const { node } = visit;
    if ((node.type === 'Identifier' && node.name === 'location' && isReference(visit)) || globalMember(node) === 'location') {
      const offence = locationUse(visit, source(node));
      if (offence !== null) offences.push(offence);
    } else if (node.type === 'MemberExpression' && node.computed && propertyName(node) === null && (isWindow(node.object) || isDocument(node.object))) {
      // window[name] may be window['location'] or window['open'].
      offences.push({ construct: `${source(node.object)}[…]${isWritten(visit) ? ' =' : ''}`, node: isWritten(visit) ? writeOf(visit) : node });
    } else if (node.type === 'MemberExpression' && globalMember(node) === 'open' && !isDocument(node.object)) {
      // document.open() rewrites the page in place; window.open() opens another.
      offences.push({ construct: `${source(node)}()`, node: (calledAt(visit) ?? visit).node });
    } else if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.id.name === 'location' && node.init !== null) {
      // A top-level `var location = …` assigns window.location.
      if (visit.parent?.node.type === 'VariableDeclaration' && visit.parent.node.kind === 'var') offences.push({ construct: 'var location =', node });
    }
    const called = calledGlobal(visit, declared);
    if (called === 'open' && node.type === 'CallExpression' && node.callee.type === 'Identifier') offences.push({ construct: 'open()', node });
    if (called !== null && CODE_FROM_STRING.has(called)) offences.push({ construct: `${called}()`, node });
    if (called !== null && STRING_TIMERS.has(called) && stringArgument(node)) offences.push({ construct: `${called}() of a string`, node });
  }
  return offences;
}

/** Replaces each offence's outermost expression by `void 0`, from the end so that earlier offsets stay valid. */
function neutralise(code: string, offences: readonly Offence[]): string {
  const ranges = offences.map(({ node }) => ({ start: node.start, end: node.end }));
  const outermost = ranges.filter((r, i) => !ranges.some((o, j) => j !== i && o.start <= r.start && r.end <= o.end && (o.start !== r.start || o.end !== r.end || j < i)));
  let out = code;
  for (const range of outermost.sort((a, b) => b.start - a.start)) out = `${out.slice(0, range.start)}void 0${out.slice(range.end)}`;
  return out;
}

function parsed(code: string, mode: ScriptMode): Program | null {
  try {
    return parse(code, { ecmaVersion: 'latest', sourceType: mode === 'module' ? 'module' : 'script', allowReturnOutsideFunction: mode === 'handler' });
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

/**
 * Finds, with a JavaScript parser, the navigation a page's script writes out:
 * assigning `location` (any name of it: `window.`, `top.`, `parent.`,
 * `document.location`) or its properties, `location.assign/replace/reload`,
 * `window.open` and a global `open()`, and code run from strings (`eval`,
 * `Function`, `setTimeout("…")`), which could hide either. It errs towards
 * finding too much: a local variable named `location` counts. Navigation built
 * at run time (an aliased window, a created link clicked) is not seen; against
 * a hostile page the wall is the preview's sandbox and origin, not this check.
 */
export function scriptNavigation(code: string, mode: ScriptMode): ScriptVerdict {
  const key = `${mode}:${code}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  const verdict = judge(code, mode);
  verdicts.set(key, verdict);
  return verdict;
}

/**
 * Verdicts by script text: a provider's pages share their scripts (every local
 * page carries the same one), and parsing and walking it was a tenth of the
 * gate. Verdicts are plain read-only data; the bound is on the texts' total size.
 */
const verdicts = new LRUCache<string, ScriptVerdict>({ max: 256, maxSize: 4 * 1024 * 1024, sizeCalculation: (_verdict, key) => Math.max(1, key.length) });

function judge(code: string, mode: ScriptMode): ScriptVerdict {
  const program = parsed(code, mode);
  if (program === null) return { kind: 'unreadable' };
  const offences = offencesIn(program, code);
  if (offences.length === 0) return { kind: 'clean' };
  const rewritten = neutralise(code, offences);
  const check = parsed(rewritten, mode);
  const clean = check !== null && offencesIn(check, rewritten).length === 0;
  return { kind: 'navigates', constructs: [...new Set(offences.map((o) => o.construct))], neutralised: clean ? rewritten : null };
}
