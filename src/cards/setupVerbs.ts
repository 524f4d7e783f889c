/** Action.Execute verbs of the setup and settings cards, shared by the cards and their routes. */
export const SetupVerb = {
  /** "Create what is missing and test the connection" on the setup plan card. */
  run: 'setup.run',
  /** "Change it" on a setting confirmation card. */
  changeSetting: 'settings.change',
} as const;
