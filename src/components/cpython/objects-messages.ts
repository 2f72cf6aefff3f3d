// Strings of the chapter-7 object islands (ObjectGraphPlayer, RefcountExercise,
// RefcountOrGcExercise), en + ko, and the helpers their Astro mount points use to hand an
// island only its page language's text (with the core's narration it needs).
import { messagesFor, type Lang, type Messages, type Strings } from '../../i18n/lang';
import { playerStrings } from '../../i18n/player';
import { SIM_MESSAGES } from '../../sim/messages';
import { OBJECTS_MESSAGES } from '../../sim/objects/messages';
import { PYMALLOC_MESSAGES } from '../../sim/pymalloc/messages';

export const OBJECTS_UI = {
  'objgraph.title': { en: 'Names, objects and reference counts', ko: '이름, 객체, 참조 카운트' },
  'objgraph.titleCaption': { en: 'Names, objects and reference counts: {caption}', ko: '이름, 객체, 참조 카운트: {caption}' },
  'objgraph.program': { en: 'Program', ko: '프로그램' },
  'objgraph.programHint': {
    en: 'A small Python subset: assignments, list/tuple/dict literals, Node() instances, append, attributes, del, def/return, gc.collect(), print(sys.getrefcount(x)).',
    ko: '파이썬의 작은 부분집합입니다: 대입, list/tuple/dict 리터럴, Node() 인스턴스, append, 속성, del, def/return, gc.collect(), print(sys.getrefcount(x)).',
  },
  'objgraph.run': { en: 'Run the program', ko: '프로그램 실행' },
  'objgraph.version': { en: 'CPython version', ko: 'CPython 버전' },
  'objgraph.invalid': { en: 'The program cannot run: {message}', ko: '프로그램을 실행할 수 없습니다: {message}' },
  'objgraph.steps': { en: 'Steps of the program', ko: '프로그램 실행 단계' },
  'objgraph.code': { en: 'The program, with the line just run marked', ko: '프로그램(방금 실행한 줄 표시)' },
  'objgraph.current': { en: 'just ran', ko: '방금 실행' },
  'objgraph.frames': { en: 'Names (frames)', ko: '이름(프레임)' },
  'objgraph.module': { en: 'module globals', ko: '모듈 전역' },
  'objgraph.frameOf': { en: 'frame of {name}()', ko: '{name}() 의 프레임' },
  'objgraph.noNames': { en: 'no names', ko: '이름 없음' },
  'objgraph.objects': { en: 'Objects', ko: '객체' },
  'objgraph.noObjects': { en: 'No objects yet.', ko: '아직 객체가 없습니다.' },
  'objgraph.graph': { en: 'Drawing of names and objects with arrows for references (the lists above say the same in words)', ko: '이름과 객체, 참조를 화살표로 그린 그림(위 목록과 같은 내용)' },
  'objgraph.refcount': { en: 'refcount {n}', ko: '참조 카운트 {n}' },
  'objgraph.held': { en: '({n} from the evaluation stack)', ko: '(평가 스택에서 {n})' },
  'objgraph.immortal': { en: 'immortal: getrefcount shows {n}', ko: '불멸: getrefcount 는 {n} 표시' },
  'objgraph.sharedCount': { en: 'shared cached object: count not modelled', ko: '공유 캐시 객체: 카운트는 모델링하지 않음' },
  'objgraph.gen': { en: 'GC generation {gen}', ko: 'GC {gen}세대' },
  'objgraph.untracked': { en: 'not tracked by the GC', ko: 'GC가 추적하지 않음' },
  'objgraph.inCycle': { en: 'in a cycle', ko: '순환에 속함' },
  'objgraph.unreachable': { en: 'unreachable: waits for the cyclic GC', ko: '닿을 수 없음: 순환 GC를 기다림' },
  'objgraph.freedRc': { en: 'freed in this step by reference counting', ko: '이번 단계에서 참조 카운팅으로 해제됨' },
  'objgraph.freedGc': { en: 'freed in this step by the cyclic GC', ko: '이번 단계에서 순환 GC가 해제함' },
  'objgraph.empty': { en: 'empty', ko: '비어 있음' },
  'objgraph.cached': { en: 'Cached objects shared by the interpreter', ko: '인터프리터가 공유하는 캐시 객체' },
  'objgraph.output': { en: 'Output', ko: '출력' },
  'objgraph.noOutput': { en: 'Nothing printed yet.', ko: '아직 출력이 없습니다.' },
  'objgraph.gcState': {
    en: 'GC: {enabled}, thresholds ({t0}, {t1}, {t2}), counts ({c0}, {c1}, {c2}); freed so far: {rc} by reference counting, {gc} by the collector.',
    ko: 'GC: {enabled}, 임계값 ({t0}, {t1}, {t2}), 카운트 ({c0}, {c1}, {c2}). 지금까지 참조 카운팅으로 {rc}개, 수집기로 {gc}개 해제.',
  },
  'objgraph.gcOn': { en: 'enabled', ko: '켜짐' },
  'objgraph.gcOff': { en: 'disabled', ko: '꺼짐' },
  'objgraph.initial': { en: 'Before the first line. Step forward to run the program one statement at a time.', ko: '첫 줄을 실행하기 전입니다. 한 단계씩 앞으로 가며 문장을 하나씩 실행해 보세요.' },

  'quiz.check': { en: 'Check', ko: '채점' },
  'quiz.retry': { en: 'Try the wrong ones again', ko: '틀린 것 다시 풀기' },
  'quiz.new': { en: 'New problem', ko: '새 문제' },
  'quiz.correct': { en: 'Correct.', ko: '맞았습니다.' },
  'quiz.problemNo': { en: 'Problem #{seed} (CPython {version})', ko: '문제 #{seed} (CPython {version})' },
  'quiz.score': { en: '{k} of {n} correct.', ko: '{n}개 중 {k}개 맞았습니다.' },
  'quiz.allCorrect': { en: 'All {n} correct. Progress saved.', ko: '{n}개 모두 맞았습니다. 진행 상황을 저장했습니다.' },
  'quiz.retryAnnounce': { en: '{n} answers cleared: try them again.', ko: '답 {n}개를 지웠습니다. 다시 풀어 보세요.' },
  'quiz.newAnnounce': { en: 'A new problem with {n} questions.', ko: '문제 {n}개짜리 새 문제입니다.' },
  'quiz.program': { en: 'The program', ko: '프로그램' },

  'refquiz.heading': { en: 'Exercise: predict the reference counts', ko: '연습: 참조 카운트 예측하기' },
  'refquiz.intro': {
    en: 'After the program below has run, what would print(sys.getrefcount(x)) print for each name? Remember that getrefcount counts its own argument too.',
    ko: '아래 프로그램을 실행한 뒤 각 이름에 대해 print(sys.getrefcount(x)) 는 무엇을 출력할까요? getrefcount 는 자기 인자가 잡는 참조도 센다는 점을 기억하세요.',
  },
  'refquiz.label': { en: 'print(sys.getrefcount({name})) prints', ko: 'print(sys.getrefcount({name})) 의 출력' },
  'refquiz.wrong': { en: 'Not quite: it prints {answer}.', ko: '아닙니다. {answer} 이(가) 출력됩니다.' },
  'refquiz.unanswered': { en: 'No answer: it prints {answer}.', ko: '답이 없습니다. {answer} 이(가) 출력됩니다.' },

  'fatequiz.heading': { en: 'Exercise: reference counting or the cyclic GC?', ko: '연습: 참조 카운팅인가, 순환 GC인가?' },
  'fatequiz.intro': {
    en: 'The program ends with some del statements and no gc.collect(). For each object, say what has happened to it by the end.',
    ko: '프로그램은 del 문 몇 개로 끝나고 gc.collect() 는 부르지 않습니다. 프로그램이 끝났을 때 각 객체가 어떻게 되었는지 고르세요.',
  },
  'fatequiz.legend': { en: 'The object created on line {line} ({code})', ko: '{line}행에서 만든 객체({code})' },
  'fatequiz.refcount': { en: 'freed at once by reference counting', ko: '참조 카운팅으로 곧바로 해제됨' },
  'fatequiz.gc': { en: 'needs the cyclic GC', ko: '순환 GC가 있어야 해제됨' },
  'fatequiz.alive': { en: 'still alive', ko: '아직 살아 있음' },
  'fatequiz.wrong': { en: 'Not quite: {fate}.', ko: '아닙니다. 답은 "{fate}" 입니다.' },
  'fatequiz.unanswered': { en: 'No answer: {fate}.', ko: '답이 없습니다. 답은 "{fate}" 입니다.' },
} satisfies Strings;

const TABLES = [SIM_MESSAGES, PYMALLOC_MESSAGES, OBJECTS_MESSAGES, playerStrings, OBJECTS_UI];

/** The object graph player's strings in one language (narration, errors, player keys). */
export function objectGraphMessages(lang: Lang): Messages {
  return messagesFor(TABLES, lang, ['player.', 'stop.', 'objects.', 'error.objects.', 'error.pymalloc.unknownVersion', 'objgraph.']);
}

/** An exercise's strings in one language: `kind` is 'refquiz' or 'fatequiz'. */
export function objectQuizMessages(lang: Lang, kind: 'refquiz' | 'fatequiz'): Messages {
  return messagesFor(TABLES, lang, ['quiz.', `${kind}.`, 'objects.explain.']);
}
