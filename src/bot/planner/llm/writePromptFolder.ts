import fs from 'node:fs';
import path from 'node:path';
import type { CommandDeclaration } from '../../operations/operation';
import { actionsJson } from './actionsJson';
import { PROMPT_NAME, promptConfig, SYSTEM_PROMPT } from './prompt';

/**
 * Writes the folder PromptManager reads: config.json and skprompt.txt from ./prompt, and
 * actions.json generated from the action registry (declared once, shared with the command planner).
 * Returns the prompts folder (the parent of the prompt's own folder).
 */
export function writePromptFolder(
  promptsFolder: string,
  actions: readonly CommandDeclaration[],
  model: string,
): string {
  const folder = path.join(promptsFolder, PROMPT_NAME);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'config.json'), `${JSON.stringify(promptConfig(model), null, 2)}\n`);
  fs.writeFileSync(path.join(folder, 'skprompt.txt'), `${SYSTEM_PROMPT}\n`);
  fs.writeFileSync(path.join(folder, 'actions.json'), `${JSON.stringify(actionsJson(actions), null, 2)}\n`);
  return promptsFolder;
}
