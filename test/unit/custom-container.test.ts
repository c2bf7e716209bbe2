import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultImageRepo, imagePathPart } from '../../generators/core/container.js';
import { planProject } from '../../generators/core/plan.js';
import { readmeData } from '../../generators/core/readme-data.js';
import { sYamlText } from '../../generators/core/s-yaml.js';
import { resolveProject, type RawAnswers } from '../../generators/core/validate.js';
import { fc2SchemaErrors } from '../support/fc2-schema.js';
import { fc3PropsErrors } from '../support/fc3-schema.js';
import { referenceAvailable } from '../support/reference.js';

// The upstream cross-checks run where shared/reference is; our own check runs everywhere.
const upstream = referenceAvailable();

const container = (raw: RawAnswers) => resolveProject({ runtime: 'custom-container', name: 'shop', ...raw });

describe('custom containers', () => {
  it('name images in lower case, as registries require', () => {
    expect(imagePathPart('My_Shop-HTTP')).toBe('my-shop-http');
    expect(imagePathPart('_x')).toBe('fc-x');
    expect(defaultImageRepo('cn-beijing', 'Shop')).toBe('registry.cn-beijing.aliyuncs.com/shop');
    // Container Registry namespaces have at most 30 characters.
    expect(defaultImageRepo('cn-beijing', 'a-very-long-project-name-for-the-namespace')).toBe('registry.cn-beijing.aliyuncs.com/a-very-long-project-name-for-t');
  });

  it('default the repository to the registry of vars.region, so the images follow the region', () => {
    const spec = container({ region: 'cn-shanghai', fcVersion: '3' });
    expect(spec.imageRepo).toBeUndefined();
    expect(spec.defaulted).toContain('--image-repo');
    const doc = parse(sYamlText(spec));
    expect(doc.resources.shop.props.customContainerConfig.image).toBe('registry.${vars.region}.aliyuncs.com/shop/shop:latest');
    expect(container({ imageRepo: 'my-registry.example.com:5000/team' }).imageRepo).toBe('my-registry.example.com:5000/team');
  });

  it('deploy on FC 2.0 as an image on caPort, with the build context as codeUri, passing the fc schema', () => {
    const doc = parse(sYamlText(container({ triggers: ['http', 'timer'], port: '8080' })));
    const web = doc.services['shop-http'];
    expect(web.props.function).toEqual({
      name: 'shop-http',
      description: 'Web function (http)',
      runtime: 'custom-container',
      instanceConcurrency: 100,
      codeUri: './src/shop-http',
      memorySize: 512,
      timeout: 60,
      caPort: 8080,
      customContainerConfig: { image: 'registry.${vars.region}.aliyuncs.com/shop/shop-http:latest' },
    });
    const services = Object.values(doc.services) as { props: unknown }[];
    expect(services).toHaveLength(2);
    if (upstream) expect(services.flatMap((service) => fc2SchemaErrors(service.props, doc.vars))).toEqual([]);
  });

  it('deploy on FC 3.0 with customContainerConfig (image, port) and no code package, passing the fc3 schema', () => {
    const doc = parse(sYamlText(container({ fcVersion: '3', triggers: ['http', 'oss'] })));
    const props = doc.resources['shop-http'].props;
    expect(props.customContainerConfig).toEqual({ image: 'registry.${vars.region}.aliyuncs.com/shop/shop-http:latest', port: 9000 });
    expect(props).not.toHaveProperty('code');
    expect(props).not.toHaveProperty('customRuntimeConfig');
    expect(props).toMatchObject({ runtime: 'custom-container', memorySize: 512, cpu: 0.5, diskSize: 512 });
    if (upstream) expect(fc3PropsErrors(props, doc.vars)).toEqual([]);
    if (upstream) expect(fc3PropsErrors({ ...props, customContainerConfig: { port: 9000 } }, doc.vars)).toContain('props.customContainerConfig.image is missing');
  });

  it('build each image for FC\'s x86-64 before deploying (the component pushes it), compiling TypeScript first', () => {
    const doc = parse(sYamlText(container({ fcVersion: '3', type: 'http', language: 'typescript', framework: 'express', imageRepo: 'registry.cn-hangzhou.aliyuncs.com/team' })));
    expect(doc.resources.shop.actions['pre-deploy']).toEqual([
      { run: 'npm run build', path: './' },
      { run: 'docker build --platform linux/amd64 -t registry.cn-hangzhou.aliyuncs.com/team/shop:latest .', path: './dist/shop' },
    ]);
  });

  it('get a Dockerfile where a custom runtime gets bootstrap, and the same servers', () => {
    const layers = (raw: RawAnswers) => planProject(resolveProject({ name: 'shop', triggers: ['http', 'timer'], language: 'python', ...raw })).layers.map((layer) => layer.source);
    const onContainer = layers({ runtime: 'custom-container' });
    const onCustom = layers({ runtime: 'custom.debian10' });
    expect(onContainer).toContain('custom/container/python');
    expect(onContainer).not.toContain('custom/python/function');
    // The same servers; only a custom runtime gets the local runner (a container's function is its image).
    expect(onContainer.filter((layer) => layer !== 'custom/container/python')).toEqual(onCustom.filter((layer) => layer !== 'custom/python/function' && layer !== 'python/local'));
  });

  it('tell the README how images are built and pushed', () => {
    const data = readmeData(container({ imageRepo: 'registry.cn-hangzhou.aliyuncs.com/team' })) as { container: { repo: string; default: boolean }; functions: { handler: string }[] };
    expect(data.container).toMatchObject({ repo: 'registry.cn-hangzhou.aliyuncs.com/team', default: false });
    expect(data.functions[0]?.handler).toContain('image (Dockerfile)');
    expect(readmeData(container({ region: 'cn-beijing' })).container).toMatchObject({ repo: 'registry.cn-beijing.aliyuncs.com/shop', default: true });
  });
});
