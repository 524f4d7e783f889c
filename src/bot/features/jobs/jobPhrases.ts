/** "start the provisioning job of", "pause sync for": the words between the verb and the configuration name. */
export const JOB = /(?: (?:the )?(?:provisioning|sync(?:hroni[sz]ation)?|job)(?: job)?)?(?: (?:of|for|on))?/.source;
