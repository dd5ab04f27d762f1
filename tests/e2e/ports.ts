/** The built server under test, and the static server of the training build beside it. */
export const e2ePort = Number(process.env.E2E_PORT ?? 4173);
export const trainingPort = Number(process.env.E2E_TRAINING_PORT ?? e2ePort + 100);
