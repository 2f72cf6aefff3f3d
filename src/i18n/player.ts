import type { Strings } from './lang';

/** Strings of the step player and the interactive views shared by every chapter. */
export const playerStrings = {
  'player.region': { en: 'Step player', ko: '단계 재생기' },
  'player.start': { en: 'Go to the first step', ko: '첫 단계로' },
  'player.back': { en: 'Step back', ko: '한 단계 뒤로' },
  'player.play': { en: 'Play', ko: '재생' },
  'player.pause': { en: 'Pause', ko: '일시 정지' },
  'player.forward': { en: 'Step forward', ko: '한 단계 앞으로' },
  'player.end': { en: 'Go to the last step', ko: '마지막 단계로' },
  'player.scrubber': { en: 'Step', ko: '단계' },
  'player.speed': { en: 'Speed', ko: '속도' },
  'player.speedValue': { en: '{n} steps/s', ko: '초당 {n}단계' },
  'player.position': { en: 'Step {i} of {n}', ko: '{n}단계 중 {i}단계' },
  'player.initial': { en: 'Before the first step.', ko: '아직 아무 단계도 실행하지 않았습니다.' },
  'player.keys': {
    en: 'Keys: ← → step, Space play/pause, Home/End first/last.',
    ko: '단축키: ← → 한 단계, 스페이스 재생/정지, Home/End 처음/끝.',
  },
  'player.stopped': { en: 'Stopped early: {reason}', ko: '도중에 멈춤: {reason}' },
} satisfies Strings;
