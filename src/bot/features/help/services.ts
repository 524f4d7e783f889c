import type { CommandDeclaration } from '../../operations/operation';

/** Help and suggestions read the commands every feature declares. */
export interface HelpServices {
  commands: readonly CommandDeclaration[];
}
