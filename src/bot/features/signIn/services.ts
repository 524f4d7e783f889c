/** The sign-in feature reads what the composition root gives it as is. */
export type { SignInBotDeps } from '../../operations/botServices';
