import type { Strings } from './lang';

export const progressStrings = {
  'progress.title': { en: 'Your progress', ko: '학습 기록' },
  'progress.description': {
    en: 'Which exercises you have completed and your best score in each, kept in this browser.',
    ko: '완료한 연습 문제와 문제별 최고 점수입니다. 이 브라우저에만 저장됩니다.',
  },
  'progress.intro': {
    en: 'Your progress is stored only in this browser. To hand it in to a course or move it to another device, export it as a file and import it there.',
    ko: '학습 기록은 이 브라우저에만 저장됩니다. 수업에 제출하거나 다른 기기로 옮기려면 파일로 내보낸 뒤 그곳에서 가져오세요.',
  },
  'progress.noscript': {
    en: 'The progress page needs JavaScript to read what this browser has stored.',
    ko: '학습 기록을 읽으려면 JavaScript가 필요합니다.',
  },
  'progress.chapter': { en: 'Chapter {n}: {title}', ko: '{n}장: {title}' },
  'progress.status': { en: 'Status', ko: '상태' },
  'progress.exercise': { en: 'Exercise', ko: '연습 문제' },
  'progress.best': { en: 'Best score', ko: '최고 점수' },
  'progress.attempts': { en: 'Attempts', ko: '시도 횟수' },
  'progress.done': { en: 'Completed', ko: '완료' },
  'progress.todo': { en: 'Not yet', ko: '아직 안 함' },
  'progress.tried': { en: 'Started', ko: '시작함' },
  'progress.score': {
    en: '{correct} of {total} right first time · {fixed} fixed · {undone} undone',
    ko: '{total}단계 중 {correct}단계 바로 맞힘 · 고침 {fixed} · 되돌림 {undone}',
  },
  'progress.summary': { en: '{done} of {all} exercises completed', ko: '연습 문제 {all}개 중 {done}개 완료' },
  'progress.export': { en: 'Export progress (JSON)', ko: '기록 내보내기 (JSON)' },
  'progress.import': { en: 'Import progress file', ko: '기록 파일 가져오기' },
  'progress.imported': { en: 'Imported {count} exercise records.', ko: '연습 문제 기록 {count}개를 가져왔습니다.' },
  'progress.import.not-json': {
    en: 'That file is not JSON, so nothing was imported.',
    ko: 'JSON 파일이 아니어서 아무것도 가져오지 않았습니다.',
  },
  'progress.import.not-progress': {
    en: 'That file is not a Stack & Heap progress export, so nothing was imported.',
    ko: '스택과 힙에서 내보낸 학습 기록 파일이 아니어서 아무것도 가져오지 않았습니다.',
  },
  'progress.import.newer-version': {
    en: 'That file comes from a newer version of the book; nothing was imported.',
    ko: '더 새로운 버전의 교재에서 만든 파일이라 가져오지 않았습니다.',
  },
  'progress.clear': { en: 'Clear all progress', ko: '기록 모두 지우기' },
  'progress.clearConfirm': {
    en: 'Clear all progress in this browser? Export it first if you want to keep it.',
    ko: '이 브라우저의 학습 기록을 모두 지울까요? 남겨 두려면 먼저 내보내세요.',
  },
  'progress.cleared': { en: 'All progress cleared.', ko: '학습 기록을 모두 지웠습니다.' },
  'progress.notSaved': {
    en: 'This browser does not let the book store data, so progress is not saved: it lasts until you leave the page. Export it before you go.',
    ko: '이 브라우저가 저장소 사용을 막고 있어 학습 기록이 저장되지 않습니다. 페이지를 떠나면 사라지니, 떠나기 전에 내보내 두세요.',
  },
  'progress.recovered': {
    en: 'The stored progress was damaged and could not be read; it was set aside and a fresh record started.',
    ko: '저장된 학습 기록이 손상되어 읽을 수 없었습니다. 손상된 기록은 따로 보관하고 새로 시작합니다.',
  },
  'progress.link': { en: 'Progress', ko: '학습 기록' },
  'progress.saved': { en: 'Saved to your progress.', ko: '학습 기록에 저장했습니다.' },
} satisfies Strings;
