// The course this build is: src/course.config.ts (or the file COURSE_CONFIG names), checked.
import raw from '@course-config';
import { checkCourse } from './course';
import type { Lang } from '../i18n/lang';

/** The configuration file, as errors name it. */
export const COURSE_FILE: string = import.meta.env['COURSE_CONFIG_FILE'] ?? 'src/course.config.ts';
export const COURSE = checkCourse(raw, COURSE_FILE);

/** The course's title in a language. */
export const courseTitle = (lang: Lang): string => COURSE.title[lang];
