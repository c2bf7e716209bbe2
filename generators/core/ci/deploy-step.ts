import { GENERATIONS, deployCommand } from '../catalog/generations.js';
import { DEPLOY_KEYS } from '../catalog/deploy-keys.js';
import { environmentSecrets } from '../readme-data.js';
import type { Project } from '../project.js';
import type { DeploySecret } from './types.js';
import { deployTimeNames } from '../hosting/fields.js';

/**
 * What every workflow's deploy needs: the pinned client of the project's generation (the major that
 * reads its s.yaml edition), and the secrets the deploy reads from its environment: the three keys
 * under the names Serverless Devs reads, and each `${env(NAME)}` s.yaml names.
 */
export function deploySecrets(project: Project): DeploySecret[] {
  return [...DEPLOY_KEYS, ...environmentSecrets(project.spec).map((entry) => ({ variable: entry.name, secret: entry.name, holds: entry.holds }))];
}

/** The deploy's secrets for an s.yaml as it is: the keys, and each `${env(NAME)}` it reads (add ci, on any project). */
export function deploySecretsOf(sYaml: string): DeploySecret[] {
  return [...DEPLOY_KEYS, ...deployTimeNames(sYaml).map((name) => ({ variable: name, secret: name, holds: `what s.yaml reads as \${env(${name})}` }))];
}

/** The deploy command, as every workflow runs it. */
export function workflowDeployCommand(project: Project): string {
  return deployCommand(project.spec.fcVersion);
}

/**
 * The keyless variant, for a workflow's comment: an OIDC token exchanged for an STS token of a RAM role
 * (aliyun/configure-aliyun-credentials-action, which exports ALIBABA_CLOUD_* only), passed on as each
 * client takes a security token: 2.x beside the three keys (SecurityToken), 3.x only inside a
 * `<name>_serverless_devs_key` JSON alias named with -a (its three-key form drops the token).
 */
export function keylessLines(project: Project): string[] {
  const { fcVersion } = project.spec;
  const client = `@serverless-devs/s@${GENERATIONS[fcVersion].devsVersion}`;
  const common = [
    'Keyless instead of the AccessKey secrets: GitHub OIDC exchanged for an STS token of a RAM role',
    '(https://github.com/aliyun/configure-aliyun-credentials-action). Give the job',
    '`permissions: {contents: read, id-token: write}`, add before this step',
    '  - uses: aliyun/configure-aliyun-credentials-action@v1',
    '    with:',
    '      role-to-assume: acs:ram::<account id>:role/<the role GitHub may assume>',
    '      oidc-provider-arn: acs:ram::<account id>:oidc-provider/<your GitHub provider>',
  ];
  if (fcVersion === '2') {
    return [...common, 'and set this step\'s AccessKeyID, AccessKeySecret and SecurityToken from it:', '  AccessKeyID: ${{ env.ALIBABA_CLOUD_ACCESS_KEY_ID }}', '  AccessKeySecret: ${{ env.ALIBABA_CLOUD_ACCESS_KEY_SECRET }}', '  SecurityToken: ${{ env.ALIBABA_CLOUD_SECURITY_TOKEN }}'];
  }
  return [
    ...common,
    `and, without the three key variables (they would win), run ${client} with a JSON alias that keeps the token:`,
    '  run: |',
    '    export ci_serverless_devs_key="$(jq -nc --arg a "$AccountID" --arg i "$ALIBABA_CLOUD_ACCESS_KEY_ID" --arg s "$ALIBABA_CLOUD_ACCESS_KEY_SECRET" \\',
    '      --arg t "$ALIBABA_CLOUD_SECURITY_TOKEN" \'{AccountID:$a,AccessKeyID:$i,AccessKeySecret:$s,SecurityToken:$t}\')"',
    `    npx --yes ${client} deploy -y -a ci_serverless_devs_key`,
  ];
}
