// "Which segment?" (chapter 1): items of a seeded C snippet; an answer is a segment name.
import { generateSegmentQuiz, gradeSegmentAnswer, type SegmentKind } from '../../segments';
import { seedProblem, type QuizDef, type QuizGrader } from '../quiz-def';

export function segmentsGrader({ seed }: { seed: number }): QuizGrader {
  const quiz = generateSegmentQuiz(seed);
  return {
    ids: quiz.items.map((i) => i.id),
    grade: (id, answer) => {
      const item = quiz.items.find((i) => i.id === id);
      return item !== undefined && gradeSegmentAnswer(item, answer as SegmentKind).correct;
    },
  };
}

const segments: QuizDef<{ seed: number }> = { name: 'segments', problem: seedProblem, grader: segmentsGrader };
export default segments;
