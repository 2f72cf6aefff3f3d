/**
 * The object language lets a program use `Node`, `gc` and `sys` without defining or importing
 * them. To run one in real CPython (the lab), the missing lines are put in front.
 */

/** `program` with `import gc, sys` and `class Node: pass` added where it uses them undeclared. */
export function asRealPython(program: string): string {
  const prelude: string[] = [];
  const imports = (name: string) => new RegExp(`^\\s*import\\s+(?:[\\w\\s,]*,\\s*)?${name}\\b`, 'm').test(program);
  const uses = (name: string) => new RegExp(`\\b${name}\\.`).test(program);
  const missing = ['gc', 'sys'].filter((m) => uses(m) && !imports(m));
  if (missing.length > 0) prelude.push(`import ${missing.join(', ')}`);
  if (/\bNode\s*\(/.test(program) && !/^\s*class\s+Node\b/m.test(program)) prelude.push('class Node: pass');
  return prelude.length > 0 ? `${prelude.join('\n')}\n${program}` : program;
}
