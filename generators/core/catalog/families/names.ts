/** PascalCase of an id or name whose words are separated by `-` or `_`: `cdn_events` → `CdnEvents`. */
export function pascalCase(text: string): string {
  return text
    .split(/[-_]+/)
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** The class (Java, C#) that decodes a trigger's events and does its work: `cdn_events` → `CdnEventsTrigger`. */
export function triggerClassName(triggerId: string): string {
  return `${pascalCase(triggerId)}Trigger`;
}
