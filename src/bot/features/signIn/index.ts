import { ActivityTypes, TurnContext } from 'botbuilder';
import { ErrorCode } from '../../../errors';
import { defineFeature } from '../../operations/feature';
import type { SignInBotDeps } from './services';
import { signIn } from './signIn';
import { tokenExchange, verifyState } from './tokenExchange';

const invokeNamed = (name: string) => async (ctx: TurnContext) =>
  ctx.activity.type === ActivityTypes.Invoke && ctx.activity.name === name;

/** Teams single sign-on for changes made with the person's own token (GRAPH_WRITES=user). */
export const signInFeature = defineFeature<SignInBotDeps>({
  name: 'signIn',
  operations: [signIn],
  services: ({ signIn }) => signIn,
  unavailable: {
    code: ErrorCode.NotSupported,
    message: 'Changes are made with the bot’s own identity here (GRAPH_WRITES=app): there is nothing to sign in to.',
  },
  routes(app, deps, logger) {
    app.addRoute(invokeNamed('signin/tokenExchange'), tokenExchange(deps, logger), true);
    app.addRoute(invokeNamed('signin/verifyState'), verifyState(deps), true);
  },
});
