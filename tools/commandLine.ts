/** Kept where tools/ and bench/ import it; the module lives in src/ since the bot's entry point uses it too. */
export * from '../src/commandLine';
