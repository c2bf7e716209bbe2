/**
 * Value checks shared by flags and prompts. Each returns undefined when the value is fine, or a
 * sentence saying what is expected (the caller names the flag and the bad value).
 */
export type Check = (value: string) => string | undefined;

function pattern(regex: RegExp, expected: string): Check {
  return (value) => (regex.test(value) ? undefined : expected);
}

/** FC function, service and trigger names: letters, digits, `_`, `-`; not starting with a digit or `-`; 1–64. */
const fcName = pattern(
  /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/,
  'Use 1-64 letters, digits, "_" or "-", starting with a letter or "_" (it is also the folder name, so no paths).',
);

// A function's code and tests live in folders named after it; these names are folders that the
// generated .gitignore leaves out, or that pytest and vitest do not look into.
const RESERVED_FOLDER_NAMES = ['bin', 'build', 'cvs', '_darcs', 'dist', 'node_modules', 'obj', 'target', 'vendor', 'venv', '__pycache__'];

/** A function name: an FC name that is not a folder name the project's tools reserve. */
export const functionName: Check = (value) =>
  fcName(value) ??
  (RESERVED_FOLDER_NAMES.includes(value.toLowerCase())
    ? `"${value}" is a folder name that git, pytest or vitest skip (${RESERVED_FOLDER_NAMES.join(', ')}), and the function's code and tests live in folders named after it: choose another name.`
    : undefined);

export const region = pattern(
  /^[a-z]{2,}(-[a-z0-9]+)+$/,
  'Use an Alibaba Cloud region id such as cn-hangzhou, cn-shanghai or ap-southeast-1.',
);

export const ossBucketName = pattern(
  /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/,
  'OSS bucket names have 3-63 lower-case letters, digits or "-", and start and end with a letter or digit.',
);

export const slsProjectName = pattern(
  /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/,
  'Log Service project names have 3-63 lower-case letters, digits or "-", and start and end with a letter or digit.',
);

export const slsLogstoreName = pattern(
  /^[a-z0-9][a-z0-9_-]{0,61}[a-z0-9]$/,
  'Logstore names have 2-63 lower-case letters, digits, "_" or "-", and start and end with a letter or digit.',
);

export const cdnDomain = pattern(
  /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i,
  'Use an accelerated domain name such as cdn.example.com.',
);

export const otsInstanceName = pattern(
  /^[A-Za-z][A-Za-z0-9-]{1,14}[A-Za-z0-9]$/,
  'Tablestore instance names have 3-16 letters, digits or "-", start with a letter and do not end with "-".',
);

export const otsTableName = pattern(
  /^[A-Za-z_][A-Za-z0-9_]{0,254}$/,
  'Tablestore table names have 1-255 letters, digits or "_", and do not start with a digit.',
);

export const mnsTopicName = pattern(
  /^[A-Za-z][A-Za-z0-9-]{0,255}$/,
  'MNS topic names have 1-256 letters, digits or "-", and start with a letter.',
);

export const eventSourceName = pattern(
  /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/,
  'Use an EventBridge event source such as acs.oss or acs.ecs.',
);

/** A Container Registry repository prefix: a registry host and one namespace; FC pulls images as <host>/<namespace>/<repository>. */
export const imageRepository = pattern(
  /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d+)?\/(?=[a-z0-9_-]{2,30}$)[a-z0-9]+([_-]+[a-z0-9]+)*$/,
  'Use a Container Registry host and one namespace of 2-30 letters, digits, "_" or "-", all in lower case, such as registry.cn-hangzhou.aliyuncs.com/my-namespace (each function\'s image is <repo>/<function>:latest).',
);

/** Any text, but not empty. */
export const nonEmpty: Check = (value) => (value.trim() === '' ? 'It must not be empty.' : undefined);

/** A TCP port for the web server. */
export const port: Check = (value) => {
  if (!/^\d+$/.test(value.trim())) return 'The port must be a number from 1 to 65535 (FC\'s default is 9000).';
  const number = Number(value);
  return number >= 1 && number <= 65535 ? undefined : 'The port must be a number from 1 to 65535 (FC\'s default is 9000).';
};

/** A RAM role: its name (1-64 letters, digits, "." or "-") or its ARN in an account. */
export const ramRole: Check = (value) =>
  value === '' || /^[A-Za-z0-9.-]{1,64}$/.test(value) || /^acs:ram::\d+:role\/[A-Za-z0-9.-]{1,64}$/.test(value)
    ? undefined
    : 'Use an existing RAM role\'s name (1-64 letters, digits, "." or "-", e.g. AliyunOSSEventNotificationRole) or its ARN (acs:ram::<account-id>:role/<name>), or leave it empty for the role the deploy creates.';

/**
 * Text that reaches s.yaml as it was typed. Serverless Devs evaluates `${...}` in every s.yaml value
 * at deploy time (2.x replaces or erases it, 3.x fails on an unknown one) and 3.x also runs `<% %>`
 * template tags; neither has an escape, so such text is refused rather than changed behind the user's back.
 */
export const literalText: Check = (value) =>
  value.includes('${') || value.includes('<%')
    ? 'Serverless Devs evaluates "${...}" and "<% ... %>" in s.yaml when it deploys, and has no way to escape them, so FC would not get this text as typed: leave them out.'
    : undefined;
