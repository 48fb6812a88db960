// The command palette's public surface: the shell's key listener, its header button and the
// layer the palette and the shortcuts sheet are drawn in (their own chunk, loaded on first use).
// Nothing else in this folder is imported from outside it.

export { type CommandKeys, useCommandKeys } from "./command-keys.js";
export { CommandLayer, CommandsButton } from "./command-layer.js";
