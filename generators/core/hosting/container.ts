import { functionImage } from '../container.js';
import { fc3Size, REGION, size } from './fields.js';
import { ownServerLayers, serverEntryPoint } from './server-layers.js';
import type { Hosting } from './types.js';

/**
 * A custom container: FC runs the function's image, which s.yaml builds from the Dockerfile beside its
 * server and pushes on deploy; the image installs the server's dependencies itself.
 */
export const CONTAINER: Hosting = {
  id: 'container',
  ownServer: true,
  copiesDeployFiles: true,
  typeLayers: (project, fn, eventLayers) => ownServerLayers(project, fn, [`custom/container/${project.codeFamily}`], eventLayers),
  functionFields: ({ spec, family }, fn) => {
    const image = functionImage(spec, fn, REGION);
    return {
      // The legacy component wants a codeUri for every function: here the image's build context.
      fc2: { codeUri: family.codeDir(spec.language, fn.name), ...size(spec), caPort: spec.port, customContainerConfig: { image } },
      // FC 3.0's API requires a handler of every function; a container's server ignores it.
      fc3: { handler: 'index.handler', ...size(spec), ...fc3Size(spec), customContainerConfig: { image, port: spec.port } },
    };
  },
  // The image installs the function's dependencies itself, for FC's x86-64 instances whatever the
  // machine; the component pushes it to the registry when it deploys.
  deploySteps: ({ spec, family }, fn) => [{ run: `docker build --platform linux/amd64 -t ${functionImage(spec, fn, REGION)} .`, path: family.codeDir(spec.language, fn.name) }],
  entryPoint: (project, fn) => serverEntryPoint(project, fn, 'image (Dockerfile)'),
  asyncHandler: () => true,
  // The function is its image: no local runner runs it (its server's own tests do).
  localRunner: () => undefined,
  serversByHand: () => [],
};
