/**
 * The Teams AI classes the bot uses, from their own modules: the package index also loads the OpenAI models,
 * the tokenizer and the openai SDK (about 12 MB of heap), which only the LLM planner needs, and that planner
 * (src/bot/planner/llm) is loaded only when one is configured.
 */
export { AI } from '@microsoft/teams-ai/lib/AI';
export { Application } from '@microsoft/teams-ai/lib/Application';
export { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
export { TurnState } from '@microsoft/teams-ai/lib/TurnState';
