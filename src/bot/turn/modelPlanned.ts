/** Set by the hybrid planner for a turn the model plans, so the action gate knows the model chose the action. */
export const MODEL_PLANNED = 'temp.modelPlanned';
