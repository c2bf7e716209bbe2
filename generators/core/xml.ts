/** An XML element as data: a name, attributes, and either text or child elements. */
export interface XmlElement {
  name: string;
  attributes?: Readonly<Record<string, string>>;
  children?: readonly XmlElement[] | string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for an XML attribute value or text node. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Shorthand for an element: `el('groupId', 'example')`, `el('dependencies', [...])`. */
export function el(name: string, children?: readonly XmlElement[] | string, attributes?: Readonly<Record<string, string>>): XmlElement {
  return { name, ...(attributes ? { attributes } : {}), ...(children === undefined ? {} : { children }) };
}

function render(element: XmlElement, depth: number): string {
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(element.attributes ?? {})
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  const { children } = element;
  if (children === undefined || children.length === 0) return `${indent}<${element.name}${attributes}/>`;
  if (typeof children === 'string') return `${indent}<${element.name}${attributes}>${escapeXml(children)}</${element.name}>`;
  const inner = children.map((child) => render(child, depth + 1)).join('\n');
  return `${indent}<${element.name}${attributes}>\n${inner}\n${indent}</${element.name}>`;
}

/** Serialises a document: an optional XML declaration, the root element, a final newline. */
export function xmlDocument(root: XmlElement, options: { declaration?: boolean } = {}): string {
  const declaration = options.declaration ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '';
  return `${declaration}${render(root, 0)}\n`;
}
