import { TRIGGER_SETTINGS } from './catalog/triggers/index.js';
import type { ProjectSpec } from './validate.js';

/** Quotes an argument for POSIX shells when it needs it. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

export interface ReproduceOptions {
  install: boolean;
  git: boolean;
}

/** The one-line non-interactive command that writes the same project. */
export function reproduceCommand(spec: ProjectSpec, options: ReproduceOptions): string {
  const args: string[] = [spec.directory, '--name', spec.name, '--fc-version', spec.fcVersion, '--runtime', spec.runtime, '--language', spec.language];
  for (const trigger of spec.triggers) args.push('--trigger', trigger);
  for (const useCase of spec.useCases) args.push('--use-case', useCase);
  if (spec.type !== 'auto') args.push('--type', spec.type);
  args.push('--region', spec.region);
  for (const setting of TRIGGER_SETTINGS) {
    const value = spec.settings[setting.key];
    if (value !== undefined) args.push(`--${setting.flag}`, typeof value === 'string' ? value : value.join(','));
  }
  if (spec.framework !== undefined) args.push('--framework', spec.framework);
  if (spec.port !== undefined) args.push('--port', String(spec.port));
  if (spec.imageRepo !== undefined) args.push('--image-repo', spec.imageRepo);
  if (!options.install) args.push('--skip-install');
  if (!options.git) args.push('--no-git');
  args.push('--yes');
  return ['npx create-fc-function', ...args.map((arg, index) => (index === 0 || !arg.startsWith('--') ? shellQuote(arg) : arg))].join(' ');
}
