import type { Framework } from '@/features/frameworks';

/** Names from the framework, in the UI language; a key stands in for a name that is missing. */
export type Names = {
  dimension: (key: string) => string;
  question: (key: string) => string;
  level: (level: number | null | undefined) => string | null;
  /** The lower bound of a level's score band: the score that reaches the level. */
  levelFrom: (level: number) => number | null;
};

export function namesOf(framework: Framework | undefined): Names {
  const dimensions = new Map(framework?.dimensions.map((d) => [d.key, d.name]) ?? []);
  const questions = new Map(
    framework?.dimensions.flatMap((d) => d.questions.map((q) => [q.key, q.title] as const)) ?? [],
  );
  const levels = new Map(framework?.levels.map((l) => [l.level, l]) ?? []);
  return {
    dimension: (key) => dimensions.get(key) ?? key,
    question: (key) => questions.get(key) ?? key,
    level: (level) => (level === null || level === undefined ? null : (levels.get(level)?.name ?? String(level))),
    levelFrom: (level) => levels.get(level)?.from ?? null,
  };
}
