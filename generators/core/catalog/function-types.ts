/** FC 2.0 function types. */
export const FUNCTION_TYPE_IDS = ['event', 'http'] as const;
export type FunctionType = (typeof FUNCTION_TYPE_IDS)[number];

/** `--type` accepts the function types plus `auto`, the recommendation. */
export const TYPE_CHOICES = ['auto', ...FUNCTION_TYPE_IDS] as const;
export type TypeChoice = (typeof TYPE_CHOICES)[number];

export const FUNCTION_TYPES: Record<FunctionType, { label: string; bestFor: string }> = {
  event: {
    label: 'Event function',
    bestFor: 'event-driven pipelines and integrations',
  },
  http: {
    label: 'HTTP function',
    bestFor: 'web apps, REST APIs, migrating Express/Koa',
  },
};

/** A function type's name in a generation: FC 3.0 calls its HTTP functions web functions. */
export function functionTypeLabel(type: FunctionType, fcVersion: '2' | '3'): string {
  return type === 'http' && fcVersion === '3' ? 'Web function' : FUNCTION_TYPES[type].label;
}

/** The functions of a recommendation in one line, e.g. "Web function (http) + Event function (oss, timer)". */
export function describeFunctions(functions: readonly { type: FunctionType; triggers: readonly string[] }[], fcVersion: '2' | '3'): string {
  return functions.map((fn) => `${functionTypeLabel(fn.type, fcVersion)} (${fn.triggers.join(', ')})`).join(' + ');
}
