import { Router } from '../http/router';
import { userRoutes } from './users';

/** Every Graph route the simulator serves (registration only; each area lives in its own file). */
export function graphRouter(): Router {
  return new Router().add(...userRoutes);
}
