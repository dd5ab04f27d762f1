import { createContext, use } from 'react';

/** What the app can do with training mode; given by main.tsx only in training builds. */
export interface TrainingControls {
  /** Deletes the training database; the caller reloads the page afterwards. */
  resetTrainingData(): Promise<void>;
}

export const TrainingContext = createContext<TrainingControls | null>(null);

/** The training controls, or null outside training mode. */
export function useTrainingControls(): TrainingControls | null {
  return use(TrainingContext);
}

/**
 * The steps of starting training mode (mocks/browser.ts), as the boot screen names them:
 * download PostgreSQL's files (and the shipped demo database), then load that database, or
 * open the one already in this browser, or create an empty one; check its structure; seed
 * demo data (only without a shipped database); start the in-page API.
 */
export const trainingBootSteps = ['download', 'load', 'open', 'create', 'migrate', 'seed', 'serve'] as const;
export type TrainingBootStep = (typeof trainingBootSteps)[number];

/** Where training mode's start is: what the boot screen shows, nothing estimated. */
export interface TrainingBootProgress {
  /** The steps this start goes through, in order. */
  steps: readonly TrainingBootStep[];
  /** The step under way; the ones before it are done. */
  current: TrainingBootStep;
  /** While downloading: bytes received and in all. */
  download?: { received: number; total: number };
  /** When the shipped demo data was made (the training build's day), if this start loads it. */
  dataMadeAt?: string;
}
