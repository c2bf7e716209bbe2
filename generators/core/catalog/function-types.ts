import { t } from '../i18n/index.js';

/** FC 2.0 function types. */
export const FUNCTION_TYPE_IDS = ['event', 'http'] as const;
export type FunctionType = (typeof FUNCTION_TYPE_IDS)[number];

/** `--type` accepts the function types plus `auto`, the recommendation. */
export const TYPE_CHOICES = ['auto', ...FUNCTION_TYPE_IDS] as const;
export type TypeChoice = (typeof TYPE_CHOICES)[number];

/** Each function type's name and what it is best for, in the current language. */
export const FUNCTION_TYPES: Record<FunctionType, { readonly label: string; readonly bestFor: string }> = {
  event: {
    get label() { return t('functionType.event.label'); },
    get bestFor() { return t('functionType.event.bestFor'); },
  },
  http: {
    get label() { return t('functionType.http.label'); },
    get bestFor() { return t('functionType.http.bestFor'); },
  },
};

/** A function type's name in a generation: FC 3.0 calls its HTTP functions web functions. */
export function functionTypeLabel(type: FunctionType, fcVersion: '2' | '3'): string {
  return type === 'http' && fcVersion === '3' ? t('functionType.web.label') : FUNCTION_TYPES[type].label;
}

/** The functions of a recommendation in one line, e.g. "Web function (http) + Event function (oss, timer)". */
export function describeFunctions(functions: readonly { type: FunctionType; triggers: readonly string[] }[], fcVersion: '2' | '3'): string {
  return functions.map((fn) => t('functionType.withTriggers', { type: functionTypeLabel(fn.type, fcVersion), triggers: fn.triggers.join(', ') })).join(' + ');
}
