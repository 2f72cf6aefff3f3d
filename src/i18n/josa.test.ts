import { describe, expect, it } from 'vitest';
import { finalSound } from './josa';
import { compileParticles, pickParticle, PARTICLES } from './particles';
import { renderTemplate as renderCompiled } from './render';

const renderTemplate = (template: string, params: Record<string, string | number> = {}) => renderCompiled(compileParticles(template), params);

describe('pickParticle', () => {
  it('reads Hangul as written', () => {
    expect(pickParticle('스택', '이/가')).toBe('이');
    expect(pickParticle('큐', '이/가')).toBe('가');
    expect(pickParticle('프레임', '을/를')).toBe('을');
    expect(pickParticle('노드', '은/는')).toBe('는');
    expect(pickParticle('서울', '으로/로')).toBe('로'); // ㄹ takes 로
    expect(pickParticle('힙', '와/과')).toBe('과');
  });

  it('reads digits the way they are said: 1 일, 2 이, 3 삼, 6 육, 10 십, 100 백, 1000 천, 10000 만', () => {
    const cases: [string, string][] = [
      ['0', '이'], // 영
      ['1', '이'], // 일
      ['2', '가'], // 이
      ['3', '이'], // 삼
      ['4', '가'], // 사
      ['5', '가'], // 오
      ['6', '이'], // 육
      ['7', '이'], // 칠
      ['8', '이'], // 팔
      ['9', '가'], // 구
      ['10', '이'], // 십
      ['20', '이'],
      ['100', '이'], // 백
      ['1000', '이'], // 천
      ['10000', '이'], // 만
      ['1001', '이'], // 일
      ['1,024', '가'], // 사
      ['99.9', '가'], // 구
      ['0.5', '가'], // 오
    ];
    for (const [value, particle] of cases) expect(pickParticle(value, '이/가'), value).toBe(particle);
    expect(pickParticle('1', '으로/로')).toBe('로'); // 일: ㄹ
    expect(pickParticle('3', '으로/로')).toBe('으로'); // 삼
    expect(pickParticle('2', '으로/로')).toBe('로');
  });

  it('reads Latin letters by their names and English words by their last sound', () => {
    expect(pickParticle('p', '은/는')).toBe('는'); // 피
    expect(pickParticle('a', '을/를')).toBe('를'); // 에이
    expect(pickParticle('l', '이/가')).toBe('이'); // 엘
    expect(pickParticle('m', '와/과')).toBe('과'); // 엠
    expect(pickParticle('r', '으로/로')).toBe('로'); // 알: ㄹ
    expect(pickParticle('stack', '이/가')).toBe('이'); // 스택
    expect(pickParticle('malloc', '을/를')).toBe('을'); // 말록
    expect(pickParticle('push', '을/를')).toBe('를'); // 푸시
    expect(pickParticle('list', '은/는')).toBe('는'); // 리스트
    expect(pickParticle('main', '이/가')).toBe('이'); // 메인
  });

  it('reads past closing brackets and quotes; a bracket alone is 괄호', () => {
    expect(pickParticle('fib(3)', '이/가')).toBe('이'); // …삼
    expect(pickParticle("'p'", '은/는')).toBe('는');
    expect(pickParticle(')', '을/를')).toBe('를'); // 괄호
    expect(pickParticle(']', '이/가')).toBe('가');
    expect(finalSound('0x7f3a')).toBe('vowel'); // …에이
    expect(finalSound('1,048,640')).toBe('consonant'); // …사십
    expect(finalSound('malloc')).toBe('consonant');
  });
});

describe('renderTemplate', () => {
  it('chooses the particle after a placeholder from the value, with no space before it', () => {
    const template = '{call}이/가 {value}을/를 돌려줍니다.';
    expect(renderTemplate(template, { call: 'fact(3)', value: 6 })).toBe('fact(3)이 6을 돌려줍니다.');
    expect(renderTemplate(template, { call: 'fib(2)', value: 1 })).toBe('fib(2)가 1을 돌려줍니다.');
    expect(renderTemplate(template, { call: '함수', value: 'p' })).toBe('함수가 p를 돌려줍니다.');
  });

  it('keeps quotes between a value and its particle', () => {
    expect(renderTemplate("'{ch}'은/는 여는 괄호입니다.", { ch: '(' })).toBe("'('는 여는 괄호입니다.");
    expect(renderTemplate("'{ch}'은/는 글자입니다.", { ch: '밥' })).toBe("'밥'은 글자입니다.");
  });

  it('leaves an unknown placeholder visible and English text alone', () => {
    expect(renderTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(renderTemplate('Push {x}/pop', { x: 'y' })).toBe('Push y/pop');
  });
});

describe('pickParticle against es-hangul', () => {
  it('agrees with es-hangul on every Hangul syllable and every pair', async () => {
    const { josa } = await import('es-hangul');
    let checked = 0;
    for (let code = 0xac00; code <= 0xd7a3; code += 7) {
      const word = `값${String.fromCharCode(code)}`;
      for (const pair of PARTICLES) {
        expect(pickParticle(word, pair), `${word} ${pair}`).toBe(josa.pick(word, pair));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20_000);
  });
});
