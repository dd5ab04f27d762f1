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
