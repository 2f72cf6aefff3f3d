import { describe, expect, it } from 'vitest';
import { render, renderTemplate } from './render';

describe('plural forms in a template', () => {
  const blocks = '{count, plural, one {# block} other {# blocks}} left';

  it('says one for a count of 1 (also given as text or negative) and other for the rest', () => {
    expect(renderTemplate(blocks, { count: 1 })).toBe('1 block left');
    expect(renderTemplate(blocks, { count: '1' })).toBe('1 block left');
    expect(renderTemplate(blocks, { count: -1 })).toBe('-1 block left');
    for (const n of [0, 2, 11, 21, 1.5]) expect(renderTemplate(blocks, { count: n })).toBe(`${n} blocks left`);
    expect(renderTemplate(blocks, { count: '1,001' })).toBe('1,001 blocks left');
  });

  it('groups the digits of a numeric count, as every count in the book is written', () => {
    expect(renderTemplate(blocks, { count: 42047 })).toBe('42,047 blocks left');
    expect(renderTemplate(blocks, { count: 999 })).toBe('999 blocks left');
    expect(renderTemplate(blocks, { count: '42047' })).toBe('42047 blocks left');
  });

  it('prefers an exact =N form, and fills placeholders inside the chosen form', () => {
    const tpl = 'The stack {size, plural, =0 {is empty} one {holds {top} only} other {holds # values, {top} on top}}.';
    expect(renderTemplate(tpl, { size: 0, top: 'x' })).toBe('The stack is empty.');
    expect(renderTemplate(tpl, { size: 1, top: '7' })).toBe('The stack holds 7 only.');
    expect(renderTemplate(tpl, { size: 3, top: '7' })).toBe('The stack holds 3 values, 7 on top.');
  });

  it('handles several groups and leaves a group without its param visible', () => {
    const tpl = '{a, plural, one {# call} other {# calls}} and {b, plural, one {# return} other {# returns}}';
    expect(renderTemplate(tpl, { a: 1, b: 2 })).toBe('1 call and 2 returns');
    expect(renderTemplate(tpl, { a: 2 })).toBe('2 calls and {b, plural, one {# return} other {# returns}}');
  });

  it('is what render gives for a catalog key', () => {
    expect(render({ k: 'Imported {count, plural, one {# record} other {# records}}.' }, 'k', { count: 1 })).toBe('Imported 1 record.');
  });
});

describe('the English catalog with counts of one', () => {
  it('says "1 value", "1 exercise record", "1 block" (not "1 value(s)", "1 exercise records", "1 blocks")', async () => {
    const { t, CATALOGS } = await import('./messages');
    expect(t('en', 'stackops.push', { value: '7', size: 1 })).toBe('push 7: 7 goes on top. The stack now holds 1 value.');
    expect(t('en', 'progress.imported', { count: 1 })).toBe('Imported 1 exercise record.');
    expect(t('en', 'progress.imported', { count: 3 })).toBe('Imported 3 exercise records.');
    expect(t('en', 'pymalloc.freeMany', { count: 1, pool: 0, arena: 0, used: 1 })).toContain('1 block goes back');
    expect(t('en', 'tree.summary', { calls: 1 })).toBe('1 call so far');
    // No English string hedges a count with "(s)": each writes its plural forms.
    expect(Object.entries(CATALOGS.en).filter(([, s]) => /\w\((?:s|es)\)/.test(s))).toEqual([]);
  });
});

describe('a plural form holding placeholders', () => {
  it('fills them inside the chosen form, several groups on one count', async () => {
    const { t } = await import('./messages');
    expect(t('en', 'objects.gc.found', { n: 1, labels: 'a' })).toMatch(/1 object has none left .* points to it: a\. It is garbage\.$/);
    expect(t('en', 'objects.gc.found', { n: 2, labels: 'a, b' })).toMatch(/2 objects have none left .* points to them: a, b\. They are garbage\.$/);
    expect(t('en', 'heap.game.readout', { time: '9:00', online: 1, a: 1, b: 2, top: 3, holes: 0 })).toContain('1 player online. A holds 1 bytes. B holds 2 bytes in 1 block;');
  });
});

describe('numbers in Korean strings', () => {
  it('group their digits from 1,000 up, as in English, and the particle still reads the number', async () => {
    const { t } = await import('./messages');
    // Korean writes counts as `{count}개`, without a plural block: the grouping must not depend on one.
    expect(t('ko', 'players.common.more', { n: 1048576 })).toContain('1,048,576');
    expect(t('en', 'players.common.more', { n: 1048576 })).toContain('1,048,576');
    expect(renderTemplate('깊이 {depth|이|가} 넘었습니다', { depth: 1001 })).toBe('깊이 1,001이 넘었습니다');
    expect(renderTemplate('{n}개', { n: 999 })).toBe('999개');
    // A problem number is an identifier, passed as text: shown as given.
    expect(t('ko', 'exercise.problemNo', { seed: '123456' })).toContain('123456');
  });
});

describe('Korean narration with numbers, as the page shows it', () => {
  it('picks each particle by how the number is read, after grouping and after quotes', async () => {
    const { t } = await import('./messages');
    // 1,001 ends in 일 (이), 1,000 in 천 (을), 200 in 백 (을), 4 in 사 (가/를/는).
    expect(t('ko', 'callstack.recursionError', { call: 'factorial(200)', depth: 1001, limit: 1000 })).toBe(
      'RecursionError: factorial(200)을 호출하면 깊이가 1,001이 되어 한도 1,000을 넘습니다.',
    );
    expect(t('ko', 'postfix.push', { token: '4' })).toBe('피연산자 4를 읽었으므로 스택에 푸시합니다.');
    expect(t('ko', 'postfix.push', { token: '7' })).toBe('피연산자 7을 읽었으므로 스택에 푸시합니다.');
    // A particle after a quoted value follows the quote, with no space: 'p'는, 'l'은.
    expect(t('ko', 'brackets.push', { index: 3, ch: '(' })).toBe("3번 위치의 '('는 여는 괄호이므로 스택에 푸시합니다.");
    expect(t('ko', 'reverse.pop', { ch: 'l' })).toBe("'l'을 팝해서 출력 뒤에 붙입니다.");
    expect(t('ko', 'reverse.pop', { ch: 'p' })).toBe("'p'를 팝해서 출력 뒤에 붙입니다.");
    // 으로/로 after a bracket, read 괄호: 로.
    expect(t('ko', 'brackets.why.closerMismatch', { open: '(', expected: ')', ch: ']' })).toBe(
      "스택 꼭대기의 '('는 ')'로만 닫힙니다. ']'로는 닫을 수 없으니 오류를 보고해야 합니다.",
    );
  });
});
