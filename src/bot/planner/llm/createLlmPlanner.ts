import { ActionPlanner, OpenAIModel, PromptManager, TurnState } from '@microsoft/teams-ai';
import type { LlmSettings } from '../../../config';
import type { CommandDeclaration } from '../../operations/operation';
import { PROMPT_NAME } from './prompt';
import { writePromptFolder } from './writePromptFolder';

export interface LlmPlannerOptions {
  settings: LlmSettings;
  /** Where the prompt folder is written at start (under DATA_DIR). */
  promptsFolder: string;
}

/** The Teams AI ActionPlanner over OpenAI or Azure OpenAI, with tools generated from the action registry. */
export function createLlmPlanner(
  options: LlmPlannerOptions,
  actions: readonly CommandDeclaration[],
): ActionPlanner<TurnState> {
  const { settings } = options;
  const model =
    settings.kind === 'azure'
      ? new OpenAIModel({
          azureApiKey: settings.apiKey,
          azureEndpoint: settings.endpoint,
          azureDefaultDeployment: settings.deployment,
          useSystemMessages: true,
        })
      : new OpenAIModel({
          apiKey: settings.apiKey,
          endpoint: settings.endpoint,
          defaultModel: settings.model,
          useSystemMessages: true,
        });
  const folder = writePromptFolder(
    options.promptsFolder,
    actions,
    settings.kind === 'azure' ? settings.deployment : settings.model,
  );
  const prompts = new PromptManager({ promptsFolder: folder });
  return new ActionPlanner<TurnState>({ model, prompts, defaultPrompt: PROMPT_NAME });
}
