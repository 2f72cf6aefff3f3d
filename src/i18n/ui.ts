import type { Strings } from './lang';

/** Strings of the book shell (navigation, search, theme, landing page). */
export const ui = {
  'book.title': { en: 'Stack & Heap', ko: '스택과 힙' },
  'book.tagline': {
    en: 'An interactive textbook on how programs use memory: segments, the call stack, recursion, the heap and CPython’s memory manager.',
    ko: '프로그램이 메모리를 어떻게 쓰는지 직접 돌려 보며 배우는 교재: 메모리 영역, 호출 스택, 재귀, 힙, 그리고 CPython의 메모리 관리자까지.',
  },
  'nav.skip': { en: 'Skip to content', ko: '본문으로 건너뛰기' },
  'nav.chapters': { en: 'Chapters', ko: '목차' },
  'nav.book': { en: 'Book', ko: '교재' },
  'nav.home': { en: 'Home', ko: '처음으로' },
  'nav.prev': { en: 'Previous', ko: '이전' },
  'nav.next': { en: 'Next', ko: '다음' },
  'nav.chapterPager': { en: 'Previous and next chapter', ko: '이전 장과 다음 장' },
  'nav.toc': { en: 'On this page', ko: '이 페이지의 내용' },
  'nav.menu': { en: 'Chapters menu', ko: '목차 메뉴' },
  'nav.glossary': { en: 'Glossary', ko: '용어집' },
  'nav.instructors': { en: 'For instructors', ko: '강사용 안내' },
  'nav.language': { en: 'Language', ko: '언어' },
  'lang.switchTo': { en: '한국어로 보기', ko: 'Read in English' },
  'theme.toggle': { en: 'Dark theme', ko: '어두운 테마' },
  'search.open': { en: 'Search', ko: '검색' },
  'search.hint': { en: 'Press / or Ctrl+K', ko: '/ 또는 Ctrl+K' },
  'search.dialog': { en: 'Search the book', ko: '교재 검색' },
  'search.close': { en: 'Close search', ko: '검색 닫기' },
  'search.loading': { en: 'Loading search…', ko: '검색을 불러오는 중…' },
  'search.unavailable': {
    en: 'Search is available on the built site (npm start), not in the development server.',
    ko: '검색은 빌드된 사이트(npm start)에서만 동작합니다. 개발 서버에서는 쓸 수 없습니다.',
  },
  'chapter.label': { en: 'Chapter {n}', ko: '{n}장' },
  'chapter.minutes': { en: 'about {m} min', ko: '약 {m}분' },
  'chapter.objectives': { en: 'In this chapter you will learn to', ko: '이 장의 학습 목표' },
  'code.copy': { en: 'Copy', ko: '복사' },
  'code.copyLabel': { en: 'Copy code to clipboard', ko: '코드를 클립보드에 복사' },
  'code.copied': { en: 'Copied', ko: '복사했습니다' },
  'landing.chapters': { en: 'Chapters', ko: '장 목록' },
  'landing.more': { en: 'Also in the book', ko: '함께 보기' },
  'landing.start': { en: 'Start with chapter 1', ko: '1장부터 시작하기' },
  'landing.how': {
    en: 'Every chapter mixes short explanations with diagrams you can step through and exercises that check each step you make. Everything runs in your browser; your progress stays on your device.',
    ko: '각 장은 짧은 설명과, 한 단계씩 넘겨 볼 수 있는 그림, 그리고 여러분이 내리는 선택을 한 단계마다 채점하는 연습 문제로 이루어져 있습니다. 모든 것이 브라우저 안에서 동작하며, 학습 기록은 여러분의 기기에만 저장됩니다.',
  },
  'root.choose': { en: 'Choose a language', ko: '언어를 고르세요' },
  'notFound.title': { en: 'Page not found', ko: '페이지를 찾을 수 없습니다' },
  'notFound.body': {
    en: 'This page does not exist. Try the chapter list.',
    ko: '없는 페이지입니다. 목차에서 찾아보세요.',
  },
  'footer.source': {
    en: 'Stack & Heap — a textbook that runs in your browser.',
    ko: '스택과 힙 — 브라우저에서 돌아가는 교재.',
  },
} satisfies Strings;

export type UiKey = keyof typeof ui;
