import ejs from 'ejs';
import { triggerFolderPath, type TriggerId } from '../core/catalog/triggers/index.js';
import { projectContract, type FolderContract } from '../core/contract.js';
import { targetPath, type Plan } from '../core/plan.js';
import { packageTemplates, type TemplateSource } from './template-source.js';

/** One file to write: from a template (rendered when `data` is set) or from contents built as data. */
export type PlannedWrite =
  | { kind: 'template'; source: string; target: string; data: Record<string, unknown> }
  | { kind: 'copy'; source: string; target: string }
  | { kind: 'contract'; trigger: TriggerId; target: string }
  | { kind: 'contents'; target: string; contents: string };

/** A file ready to write: its path in the project and its bytes. */
export interface RenderedFile {
  path: string;
  contents: Buffer;
}

/** Expands a plan's layers into single files; reads only the templates' file list. */
export function expandPlan(plan: Plan, templates: TemplateSource = packageTemplates()): PlannedWrite[] {
  const writes: PlannedWrite[] = [];
  for (const layer of plan.layers) {
    for (const file of templates.files(layer.source)) {
      const source = `${layer.source}/${file}`;
      const target = targetPath(file, layer.functionName);
      writes.push(file.endsWith('.ejs') ? { kind: 'template', source, target, data: layer.data } : { kind: 'copy', source, target });
    }
  }
  for (const copy of plan.copies) writes.push({ kind: 'copy', source: copy.from, target: copy.to });
  for (const contract of plan.contracts) writes.push({ kind: 'contract', trigger: contract.trigger, target: contract.to });
  for (const file of plan.files) writes.push({ kind: 'contents', target: file.path, contents: file.contents });
  const seen = new Set<string>();
  for (const write of writes) {
    // Two layers writing one path would silently drop a file: that is a template bug.
    if (seen.has(write.target)) throw new Error(`Two templates write ${write.target}`);
    seen.add(write.target);
  }
  return writes;
}

function contentsOf(write: PlannedWrite, templates: TemplateSource): Buffer {
  if (write.kind === 'contents') return Buffer.from(write.contents, 'utf8');
  if (write.kind === 'contract') {
    const folder = (path: string) => triggerFolderPath(write.trigger, path);
    const contract = JSON.parse(templates.read(folder('contract.json')).toString('utf8')) as FolderContract;
    return Buffer.from(`${JSON.stringify(projectContract(write.trigger, contract, (file) => templates.read(folder(`events/${file}`))), null, 2)}\n`, 'utf8');
  }
  const bytes = templates.read(write.source);
  if (write.kind === 'copy') return bytes;
  return Buffer.from(ejs.render(bytes.toString('utf8'), write.data, { filename: write.source }), 'utf8');
}

/** Renders every file of a plan in memory: the one place templates become file contents. */
export function renderPlan(plan: Plan, templates: TemplateSource = packageTemplates()): RenderedFile[] {
  return expandPlan(plan, templates).map((write) => ({ path: write.target, contents: contentsOf(write, templates) }));
}
