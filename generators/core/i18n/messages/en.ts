/**
 * English messages, by key. Keys name where a text is used; `{name}` marks a value put in.
 * Sections keep each area's keys together.
 */
export const EN = {
  // ---- section: questions and the command line ----
  'lang.invalid': 'Invalid --lang: {value}. Valid choices: {choices}.',

  // ---- section: catalogs and the recommendation ----
  'catalog.placeholder': 'placeholder',

  // ---- section: writing, checks and next steps ----
  // Value checks (validators.ts): the caller names the flag and the bad value.
  'check.fcName': 'Use 1-64 letters, digits, "_" or "-", starting with a letter or "_" (it is also the folder name, so no paths).',
  'check.reservedFolder': '"{name}" is a folder name that git, pytest or vitest skip ({names}), and the function\'s code and tests live in folders named after it: choose another name.',
  'check.region': 'Use an Alibaba Cloud region id such as cn-hangzhou, cn-shanghai or ap-southeast-1.',
  'check.ossBucket': 'OSS bucket names have 3-63 lower-case letters, digits or "-", and start and end with a letter or digit.',
  'check.slsProject': 'Log Service project names have 3-63 lower-case letters, digits or "-", and start and end with a letter or digit.',
  'check.slsLogstore': 'Logstore names have 2-63 lower-case letters, digits, "_" or "-", and start and end with a letter or digit.',
  'check.cdnDomain': 'Use an accelerated domain name such as cdn.example.com.',
  'check.otsInstance': 'Tablestore instance names have 3-16 letters, digits or "-", start with a letter and do not end with "-".',
  'check.otsTable': 'Tablestore table names have 1-255 letters, digits or "_", and do not start with a digit.',
  'check.mnsTopic': 'MNS topic names have 1-256 letters, digits or "-", and start with a letter.',
  'check.eventSource': 'Use an EventBridge event source such as acs.oss or acs.ecs.',
  'check.imageRepository': 'Use a Container Registry host and one namespace of 2-30 letters, digits, "_" or "-", all in lower case, such as registry.cn-hangzhou.aliyuncs.com/my-namespace (each function\'s image is <repo>/<function>:latest).',
  'check.nonEmpty': 'It must not be empty.',
  'check.port': 'The port must be a number from 1 to 65535 (FC\'s default is 9000).',
  'check.ramRole': 'Use an existing RAM role\'s name (1-64 letters, digits, "." or "-", e.g. AliyunOSSEventNotificationRole) or its ARN (acs:ram::<account-id>:role/<name>), or leave it empty for the role the deploy creates.',
  'check.literalText': 'Serverless Devs evaluates "${...}" and "<% ... %>" in s.yaml when it deploys, and has no way to escape them, so FC would not get this text as typed: leave them out.',

  // Timer trigger cron expressions (cron.ts); field names as the expected format lists them.
  'cron.expected': 'Use six fields "seconds minutes hours day-of-month month day-of-week" (e.g. "0 0 8 * * *", UTC), optionally prefixed by "CRON_TZ=Asia/Shanghai ", or "@every 5m".',
  'cron.fieldCount': '{expected} Got {count} field(s).',
  'cron.badField': '{expected} Here the {field} field "{text}" is not valid ({min}-{max}).',
  'cron.badNamedField': '{expected} Here the {field} field "{text}" is not valid ({min}-{max} or {first}-{last}).',
  'cron.field.seconds': 'seconds',
  'cron.field.minutes': 'minutes',
  'cron.field.hours': 'hours',
  'cron.field.dayOfMonth': 'day-of-month',
  'cron.field.month': 'month',
  'cron.field.dayOfWeek': 'day-of-week',

  // The s.yaml check (s-yaml-check.ts, s-yaml.ts): each problem names its path in s.yaml.
  'syaml.wouldNotDeploy': 'The s.yaml for this project would not deploy, so nothing was written:\n{problems}',
  'syaml.expression': '{path}: "{expression}" would be evaluated by Serverless Devs at deploy time',
  'syaml.missing': '{path} is missing',
  'syaml.missingForTrigger': '{path} is missing ({type} triggers need it)',
  'syaml.missingOrEmpty': '{path} is missing or empty',
  'syaml.missingServiceName': '{path} is missing or not a service name',
  'syaml.notMapping': '{path} is not a mapping',
  'syaml.notList': '{path} is not a list',
  'syaml.notObject': '{path} is not an object',
  'syaml.edition': 'edition: {value} is neither {first} nor {second}',
  'syaml.notComponent': '{path}: {value} is not {component}',
  'syaml.notTriggerName': '{path}: {value} is not a trigger name',
  'syaml.notTriggerType': '{path}: {value} is not a trigger type this tool deploys',
  'syaml.notRole': '{path}: {value} is not a RAM role name or ARN',
  'syaml.noRoleTaken': '{path}: {type} triggers take no role',
  'syaml.fc2RoleArn': '{path}: the fc component takes a role ARN, not the name {role}',
  'syaml.sourceArnPrefix': '{path}: {value} does not start with {prefix}',
  'syaml.sourceArnAccount': '{path}: {value} names no account',
  'syaml.sourceArnComputed': '{path}: the fc component computes it from the config',
  'syaml.sourceArnNone': '{path}: {type} triggers take none',
  'syaml.notFunctionName': '{path}: {value} is not a function name',
  'syaml.notRuntime': '{path}: {value} is not a runtime',
  'syaml.notGenerationRuntime': '{path}: {value} is not an {generation} runtime',
  'syaml.tooManyTriggers': '{path}: FC allows 10 triggers per function, not {count}',
  'syaml.fc2HttpAlone': '{path}: an FC 2.0 function with an HTTP trigger can have no other trigger',

  // The target folder and each planned path (target-dir.ts), checked before anything is written.
  'target.underFile': 'Cannot create "{directory}": {existing} is a file, not a directory. Choose another directory.',
  'target.underUnwritable': 'Cannot create "{directory}": {existing} is not writable. Choose another directory.',
  'target.notDirectory': 'Target "{directory}" exists and is not a directory. Choose another directory.',
  'target.notWritable': 'Target directory "{directory}" is not writable. Choose another directory.',
  'target.notEmpty.one': 'Target directory "{directory}" is not empty ({count} entry). Choose an empty or new directory, or pass --force to write into it (files with the same names are overwritten).',
  'target.notEmpty.many': 'Target directory "{directory}" is not empty ({count} entries). Choose an empty or new directory, or pass --force to write into it (files with the same names are overwritten).',
  'target.folderNotWritable': '{folder} is not writable ({file} would be created in it)',
  'target.folderWhereFile': '{path} is a folder where the file {file} must be',
  'target.otherWhereFile': '{path} is not a regular file where the file {file} must be',
  'target.fileNotWritable': '{path} is not writable',
  'target.fileWhereFolder': '{path} is a file where a folder must be (for {file})',
  'target.cannotWrite': 'Cannot write the project into "{directory}": {problem}. Nothing was written; move it aside or choose another directory.',

  // The summary after a run (app/summary.ts) and the dry run's listing (cli/make-project.ts).
  'summary.created': 'Created {name} in {where} {details}',
  'summary.details': '({generation}, {runtime}, {language}, {count} files)',
  'summary.replaced.one': 'Replaced {count} file that had other contents: {files}',
  'summary.replaced.many': 'Replaced {count} files that had other contents: {files}',
  'summary.defaulted': 'Defaults used for:',
  'summary.alternative': 'Alternative:',
  'summary.nextSteps': 'Next steps:',
  'summary.reproduce': 'The same project, without questions:',
  'dryRun.files': 'Would write {count} files to {directory}:',

  // The install and the first commit after writing (app/post-steps.ts).
  'install.running': '{command} in {directory}',
  'install.done': '{command} done',
  'install.failedShort': '{command} failed',
  'install.cancelled': '{command} was cancelled',
  'install.failed': 'The project was written to {directory}, but "{command}" failed:\n{detail}\nRun it again there once the problem is fixed.',
  'git.insideRepository': 'No git repository created: the project is already inside one.',
  'git.cancelled': 'git was cancelled',
  'git.commitFailed': 'git could not make the first commit ({reason}); the files are there, commit them yourself.',

  // What a cancelled run left on disk (cli/cancellation.ts): "{head}: {files}, {dependencies}, {git}."
  'cancel.reason': 'Cancelled',
  'cancel.nothingWritten': 'Cancelled. Nothing was written.',
  'cancel.state': '{head}: {files}, {dependencies}, {git}.',
  'cancel.head': 'Cancelled',
  'cancel.headInstalling': 'Cancelled during {command}',
  'cancel.headGit': 'Cancelled during git init',
  'cancel.headWriting': 'Cancelled while writing the files',
  'cancel.filesPartial': 'some of the project files are in {where}',
  'cancel.filesAll': 'the project files are in {where}',
  'cancel.installed': 'dependencies are installed',
  'cancel.notInstalled': 'dependencies are not installed',
  'cancel.gitDone': 'a git repository was made',
  'cancel.gitHalf': 'the git repository may be half made (remove {where}/.git to start again)',
  'cancel.gitNone': 'no git repository was made',

  // ---- end of sections ----
} as const;

export type MessageKey = keyof typeof EN;
