/**
 * The keys a deploy takes from its environment, as Serverless Devs 2.x and 3.x read them: all three
 * together, before any alias of ~/.s/access.yaml and whatever alias s.yaml names (2.x:
 * @serverless-devs/core getCredentialFromEnv; 3.x: @serverless-devs/credential getEnvKeyPair,
 * KEY_PAIR_IMPORTANT). Checked with the real s@2.2.2 and s@3.1.10 (test/integration/ci-workflow.test.ts).
 * Each comes from a CI secret of the name other Alibaba Cloud tools use for it; nothing is written to disk.
 */
export const DEPLOY_KEYS = [
  { variable: 'AccountID', secret: 'ALIBABA_CLOUD_ACCOUNT_ID', holds: 'your Alibaba Cloud account ID' },
  { variable: 'AccessKeyID', secret: 'ALIBABA_CLOUD_ACCESS_KEY_ID', holds: 'the AccessKey ID of a RAM user allowed to deploy' },
  { variable: 'AccessKeySecret', secret: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', holds: 'that AccessKey\'s secret' },
] as const;

/** The environment variable names Serverless Devs reads the keys from. */
export const DEPLOY_KEY_VARIABLES: readonly string[] = DEPLOY_KEYS.map((key) => key.variable);
