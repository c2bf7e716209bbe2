import { describe, expect, it } from 'vitest';
import { goFamily } from '../../generators/core/catalog/families/go.js';
import { GO_SDK_MODULE, goModText, goModule, goPackageDir, goTriggerVariable } from '../../generators/core/catalog/families/go-module.js';
import { FRAMEWORKS } from '../../generators/core/catalog/frameworks.js';
import { TRIGGERS } from '../../generators/core/catalog/triggers/index.js';
import { pinned } from '../../generators/core/versions.js';
import { planProject } from '../../generators/core/plan.js';
import { resolveProject, type RawAnswers } from '../../generators/core/validate.js';

const project = (raw: RawAnswers) => resolveProject({ runtime: 'go1', ...raw });

describe('go.mod', () => {
  it('is one module named after the project, on go 1.18, requiring the pinned SDK', () => {
    const spec = project({ name: 'order-events', fcVersion: '3', triggers: ['oss'] });
    expect(goModule(spec)).toEqual({ module: 'order-events', go: '1.18', require: [{ path: GO_SDK_MODULE, version: 'v0.3.1' }] });
    expect(goModText(goModule(spec))).toBe('module order-events\n\ngo 1.18\n\nrequire github.com/aliyun/fc-runtime-go-sdk v0.3.1\n');
  });

  it('requires a web function\'s framework module (Gin) at its pinned version, and nothing for the standard library\'s server', () => {
    for (const framework of FRAMEWORKS.filter((candidate) => (candidate.languages as readonly string[]).includes('go'))) {
      const spec = project({ name: 'web', fcVersion: '3', runtime: 'custom.debian10', language: 'go', triggers: ['http'], framework: framework.id });
      const module = 'goModule' in framework ? framework.goModule : undefined;
      expect(goModule(spec).require, framework.id).toEqual(module ? [{ path: module, version: pinned(module) }] : []);
    }
    expect(pinned('github.com/gin-gonic/gin')).toMatch(/^v1\.\d+\.\d+$/);
  });

  it('lists several requirements in a block and quotes what is not a plain path', () => {
    const text = goModText({ module: 'odd name', go: '1.18', require: [{ path: 'a.example/x', version: 'v1.0.0' }, { path: 'b.example/y', version: 'v2.0.0' }] });
    expect(text).toBe('module "odd name"\n\ngo 1.18\n\nrequire (\n\ta.example/x v1.0.0\n\tb.example/y v2.0.0\n)\n');
  });

  it('is the only file the family builds as data', () => {
    const files = planProject(project({ name: 'shop', fcVersion: '2', triggers: ['http', 'oss'] })).files.map((file) => file.path);
    expect(files).toEqual(['s.yaml', 'go.mod']);
  });
});

describe('Go templates data', () => {
  it.each([
    ['oss', 'ossTrigger'],
    ['cdn_events', 'cdnEventsTrigger'],
    ['mns_topic', 'mnsTopicTrigger'],
    ['none', 'noneTrigger'],
  ])('trigger %s is held in %s', (id, variable) => {
    expect(goTriggerVariable(id)).toBe(variable);
  });

  it('gives every trigger a distinct Go identifier', () => {
    const variables = TRIGGERS.map((trigger) => goTriggerVariable(trigger.id));
    expect(new Set(variables).size).toBe(TRIGGERS.length);
    for (const variable of variables) expect(variable).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it('hands the event layer its triggers in dispatch order', () => {
    const spec = project({ name: 'shop', fcVersion: '3', triggers: ['oss', 'http', 'timer'] });
    const [fn] = spec.functions;
    expect(goFamily.templateData?.(spec, fn!)).toEqual({ triggerVariables: fn!.triggers.map(goTriggerVariable) });
    expect(fn!.triggers[0]).toBe('http');
  });

  it.each([
    ['shop', 'shop'],
    ['shop-http', 'shop-http'],
    ['_shop', 'fn-_shop'],
    ['testdata', 'fn-testdata'],
    ['vendor', 'fn-vendor'],
  ])('keeps function %s in src/%s, a folder `go test ./...` does not skip', (name, folder) => {
    expect(goPackageDir(name)).toBe(folder);
    expect(goFamily.pathName?.(name)).toBe(folder);
  });

  it('builds a function kept under another folder name from that folder, into dist/<function>', () => {
    const spec = project({ name: '_shop', fcVersion: '3', triggers: ['timer'] });
    const [fn] = spec.functions;
    expect(goFamily.buildSteps?.(spec, fn!).at(-1)?.run).toBe('GOOS=linux GOARCH=amd64 CGO_ENABLED=0 go build -o ./dist/_shop/main ./src/fn-_shop');
  });

  it('builds each function into dist/<function>/main, the code folder and handler s.yaml deploys', () => {
    const spec = project({ name: 'shop', fcVersion: '2', triggers: ['timer'] });
    const [fn] = spec.functions;
    expect(goFamily.buildSteps?.(spec, fn!)).toEqual([{ run: 'go mod tidy', path: './' }, { run: 'GOOS=linux GOARCH=amd64 CGO_ENABLED=0 go build -o ./dist/shop/main ./src/shop', path: './' }]);
    expect(goFamily.codeDir('go', 'shop')).toBe('./dist/shop');
    expect(goFamily.handlerSetting?.('shop')).toBe('main');
  });
});
