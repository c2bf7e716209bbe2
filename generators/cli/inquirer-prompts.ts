// The four Inquirer prompts the wizard uses, keyed by the question types it writes.
export { default as checkbox } from '@inquirer/checkbox';
export { default as confirm } from '@inquirer/confirm';
export { default as input } from '@inquirer/input';
export { default as select } from '@inquirer/select';
