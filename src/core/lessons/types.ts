import type { Design } from '../design/schema';

/**
 * A lesson is data: a starting design and a short sequence of steps. Each step says what to do, checks the
 * learner's design (pure), says what went wrong for a recognisable wrong attempt, and can do itself
 * ("Show me") as a pure edit through `graph/ops.ts`. Text is ours; `code spans` are Mirage names.
 */

/** The verdict of a step's check: done, or not yet — with a hint only when the attempt is recognisably wrong. */
export type StepCheck = { done: true } | { done: false; hint?: string };

export interface Step {
  /** Stable within the lesson (saved progress refers to it). */
  id: string;
  title: string;
  /** What to do on the canvas, in our words (`backticks` mark Mirage names). */
  task: string;
  /** What the step teaches; shown with the step. */
  why: string;
  /** True when the design does what the step asks (and what earlier steps asked). Pure. */
  check(d: Design): StepCheck;
  /** Performs the step on a design that satisfies the earlier steps (pure, via graph/ops). */
  showMe(d: Design): Design;
}

export interface Lesson {
  /** Stable id, used in links (`#lesson=<id>`) and saved progress. */
  id: string;
  title: string;
  /** One or two sentences: what the learner builds. */
  summary: string;
  /** The design the lesson starts from (a fresh value each call). */
  start(): Design;
  steps: readonly Step[];
  /** Shown when every step is green: what the learner built and where to look next. */
  wrapUp: string;
}

export const done: StepCheck = { done: true };
/** Not done; `hint` (a specific, Mirage-worded correction) only for a recognisable wrong attempt. */
export const notYet = (hint?: string): StepCheck => (hint ? { done: false, hint } : { done: false });
