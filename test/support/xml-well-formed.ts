/**
 * A strict XML well-formedness check for the SVGs we generate: one root
 * element, names and attributes as XML spells them (quoted, never repeated),
 * balanced tags, no raw "<" or "&" in text, and only the predefined or numeric
 * entities. It parses rather than pattern-matching the whole document.
 */
export function wellFormedProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const name = /[A-Za-z_][\w.:-]*/y;
  const space = /\s*/y;
  let i = 0;
  let roots = 0;
  const at = (re: RegExp): string | null => {
    re.lastIndex = i;
    const m = re.exec(xml);
    if (m === null) return null;
    i = re.lastIndex;
    return m[0];
  };
  const checkText = (text: string, where: number): void => {
    if (text.includes('<')) problems.push(`raw < at ${where}`);
    for (const m of text.matchAll(/&[^;]*;?/g)) {
      if (!/^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);$/i.test(m[0])) problems.push(`bad entity ${m[0].slice(0, 12)} at ${where}`);
    }
  };
  while (i < xml.length && problems.length === 0) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root at ${i}`);
    checkText(text, i);
    if (lt < 0) break;
    i = lt + 1;
    if (xml.startsWith('/', i)) {
      i += 1;
      const closing = at(name);
      at(space);
      if (closing === null || xml[i] !== '>') problems.push(`bad closing tag at ${lt}`);
      else if (stack.pop() !== closing) problems.push(`</${closing}> does not close the open element at ${lt}`);
      i += 1;
      continue;
    }
    const tag = at(name);
    if (tag === null) {
      problems.push(`bad tag at ${lt}`);
      break;
    }
    if (stack.length === 0 && (roots += 1) > 1) problems.push(`second root element <${tag}>`);
    const seen = new Set<string>();
    for (;;) {
      const gap = at(space) ?? '';
      if (xml.startsWith('/>', i)) { i += 2; break; }
      if (xml[i] === '>') { i += 1; stack.push(tag); break; }
      const attr = gap === '' ? null : at(name);
      if (attr === null) { problems.push(`bad attribute in <${tag}> at ${i}`); break; }
      if (seen.has(attr)) problems.push(`repeated attribute ${attr} in <${tag}>`);
      seen.add(attr);
      at(space);
      const quote = xml[i + 1];
      if (xml[i] !== '=' || (quote !== '"' && quote !== "'")) { problems.push(`unquoted attribute ${attr} in <${tag}>`); break; }
      const end = xml.indexOf(quote, i + 2);
      if (end < 0) { problems.push(`unterminated attribute ${attr}`); break; }
      checkText(xml.slice(i + 2, end), i);
      i = end + 1;
    }
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  if (roots === 0) problems.push('no root element');
  return problems;
}
