import { z } from 'zod';

/** A configuration named in chat: matched forgivingly by the catalog. */
export const configurationName = z
  .string({ required_error: 'say which configuration, e.g. "Contoso A"' })
  .trim()
  .min(1, 'say which configuration, e.g. "Contoso A"')
  .max(200, 'a configuration name has at most 200 characters')
  .describe('The configuration name as the user typed it; matched forgivingly');

/** Ids on card buttons: configuration (service principal) ids, user object ids. */
export const configurationId = z.string().trim().min(1).max(128);
export const objectId = z.string().trim().min(1).max(64);
