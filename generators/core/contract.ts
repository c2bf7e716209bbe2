/**
 * A trigger's contract: cases of an event in and the result its function's handler must give, and
 * events its decoder must leave to other triggers. Each trigger folder has one (contract.json);
 * every generated project gets its triggers' contracts in contracts/<trigger>.json, and one generic
 * test per language runs the project's real handler on every case, so no language tree holds a
 * trigger's expected values, and every language answers the same event with the same result.
 *
 * In the folder an event may be a sample event with a patch (RFC 6902's add, replace and remove);
 * the project's copy has every patched event written out, so a test only reads events in four
 * plain forms.
 */

/** An event as a project's contract gives it: exactly one of the four. */
export interface ContractEvent {
  /** A sample event of the project's events/ folder, its bytes as they are. */
  eventFile?: string;
  /** A JSON value, sent as its JSON text. */
  event?: unknown;
  /** Text sent as its UTF-8 bytes (an empty text is an invocation without a payload). */
  eventText?: string;
  /** Bytes, in base64: a binary event (Tablestore's CBOR). */
  eventBase64?: string;
}

/** One patch step on a sample event, as RFC 6902 writes it. */
export interface PatchOperation {
  op: 'add' | 'replace' | 'remove';
  /** An RFC 6901 JSON pointer. */
  path: string;
  value?: unknown;
}

/** An event as a trigger folder's contract may give it: also a sample event with a patch. */
export interface FolderContractEvent extends ContractEvent {
  patch?: PatchOperation[];
}

/** A contract as its trigger folder writes it. */
export interface FolderContract {
  /** The results are HTTP responses whose `body` is JSON text, compared as the value it holds. */
  jsonBody?: boolean;
  cases: (FolderContractEvent & { name: string; result: unknown })[];
  rejects: (FolderContractEvent & { name: string })[];
}

/** A contract as a project has it: every event in a plain form. */
export interface ProjectContract {
  trigger: string;
  jsonBody?: boolean;
  cases: (ContractEvent & { name: string; result: unknown })[];
  rejects: (ContractEvent & { name: string })[];
}

const EVENT_FORMS = ['eventFile', 'event', 'eventText', 'eventBase64'] as const;

/** The form an event is given in; a case with none or two is a bug of its folder. */
export function eventForm(event: ContractEvent, where: string): (typeof EVENT_FORMS)[number] {
  const forms = EVENT_FORMS.filter((form) => event[form] !== undefined);
  if (forms.length !== 1) throw new Error(`${where}: give the event in exactly one of ${EVENT_FORMS.join(', ')} (found ${forms.join(', ') || 'none'})`);
  return forms[0] as (typeof EVENT_FORMS)[number];
}

/** The tokens of an RFC 6901 pointer. */
function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`JSON pointer ${pointer} must start with /`);
  return pointer.slice(1).split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A copy of `document` with the operations applied, in order. */
export function applyPatch(document: unknown, operations: readonly PatchOperation[]): unknown {
  let root: unknown = structuredClone(document);
  for (const operation of operations) {
    if (operation.op !== 'remove' && !('value' in operation)) throw new Error(`${operation.op} at ${operation.path} gives no value`);
    const tokens = pointerTokens(operation.path);
    if (tokens.includes('__proto__')) throw new Error(`${operation.path}: __proto__ is not a member a patch may touch`);
    const last = tokens.pop();
    if (last === undefined) {
      if (operation.op === 'remove') throw new Error('A patch cannot remove the whole event');
      root = structuredClone(operation.value);
      continue;
    }
    let parent: unknown = root;
    for (const token of tokens) parent = child(parent, token, operation.path);
    if (Array.isArray(parent)) {
      // RFC 6901: an index is 0 or digits without a leading zero; `-` is past the end.
      const index = last === '-' ? parent.length : /^(0|[1-9]\d*)$/.test(last) ? Number(last) : Number.NaN;
      if (!Number.isInteger(index) || index > parent.length) throw new Error(`No array index ${last} at ${operation.path}`);
      if (operation.op === 'add') parent.splice(index, 0, structuredClone(operation.value));
      else {
        if (index >= parent.length) throw new Error(`Nothing at ${operation.path} to ${operation.op}`);
        if (operation.op === 'remove') parent.splice(index, 1);
        else parent[index] = structuredClone(operation.value);
      }
    } else if (typeof parent === 'object' && parent !== null) {
      const record = parent as Record<string, unknown>;
      if (operation.op !== 'add' && !Object.hasOwn(record, last)) throw new Error(`Nothing at ${operation.path} to ${operation.op}`);
      if (operation.op === 'remove') delete record[last];
      else record[last] = structuredClone(operation.value);
    } else {
      throw new Error(`${operation.path} is not inside an object or array`);
    }
  }
  return root;
}

function child(parent: unknown, token: string, path: string): unknown {
  const value = Array.isArray(parent) ? parent[Number(token)] : typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[token] : undefined;
  if (value === undefined) throw new Error(`Nothing at ${token} of ${path}`);
  return value;
}

/** One event with its patch applied: a patched sample becomes a plain JSON event. */
function plainEvent<T extends FolderContractEvent>(entry: T, sample: (file: string) => Buffer, where: string): Omit<T, 'patch'> {
  const { patch, ...rest } = entry;
  eventForm(rest, where);
  if (!patch) return rest;
  if (rest.eventFile === undefined) throw new Error(`${where}: a patch applies to a sample event (eventFile)`);
  const { eventFile, ...others } = rest;
  return { ...others, event: applyPatch(JSON.parse(sample(eventFile).toString('utf8')), patch) } as Omit<T, 'patch'>;
}

/** The project's copy of a trigger folder's contract; `sample` reads a sample event of that folder. */
export function projectContract(trigger: string, contract: FolderContract, sample: (file: string) => Buffer): ProjectContract {
  return {
    trigger,
    ...(contract.jsonBody ? { jsonBody: true } : {}),
    cases: contract.cases.map((entry) => plainEvent(entry, sample, `${trigger} case "${entry.name}"`)),
    rejects: contract.rejects.map((entry) => plainEvent(entry, sample, `${trigger} reject "${entry.name}"`)),
  };
}

/** The bytes an event of a project's contract stands for; `sample` reads the project's events/. */
export function eventBytes(event: ContractEvent, sample: (file: string) => Buffer): Buffer {
  switch (eventForm(event, 'event')) {
    case 'eventFile':
      return sample(event.eventFile as string);
    case 'event':
      return Buffer.from(JSON.stringify(event.event), 'utf8');
    case 'eventText':
      return Buffer.from(event.eventText as string, 'utf8');
    case 'eventBase64':
      return Buffer.from(event.eventBase64 as string, 'base64');
  }
}
