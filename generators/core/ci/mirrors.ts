import type { CiTool } from '../catalog/families/types.js';

/**
 * Where mainland China builds can fetch dependencies faster, per tool: offered as a commented setting
 * in the workflow and the README, never made the default. Operators' pages: https://npmmirror.com,
 * https://developer.aliyun.com/mirror/pypi, https://goproxy.cn, https://developer.aliyun.com/mvn/guide,
 * https://developer.aliyun.com/composer.
 */
export interface Mirror {
  /** What uses it. */
  tool: string;
  /** An environment variable the tool reads it from, where there is one. */
  variable?: string;
  value: string;
  /** The setting as a user types it once on their machine. */
  setup: string;
}

const NPM: Mirror = { tool: 'npm', variable: 'npm_config_registry', value: 'https://registry.npmmirror.com', setup: 'npm config set registry https://registry.npmmirror.com' };

const BY_TOOL: Readonly<Record<CiTool, Mirror | undefined>> = {
  python: { tool: 'pip', variable: 'PIP_INDEX_URL', value: 'https://mirrors.aliyun.com/pypi/simple/', setup: 'pip config set global.index-url https://mirrors.aliyun.com/pypi/simple/' },
  go: { tool: 'Go modules', variable: 'GOPROXY', value: 'https://goproxy.cn,direct', setup: 'go env -w GOPROXY=https://goproxy.cn,direct' },
  java: { tool: 'Maven', value: 'https://maven.aliyun.com/repository/public', setup: 'add <mirror><id>aliyunmaven</id><mirrorOf>*</mirrorOf><url>https://maven.aliyun.com/repository/public</url></mirror> to ~/.m2/settings.xml' },
  php: { tool: 'Composer', value: 'https://mirrors.aliyun.com/composer/', setup: 'composer config -g repo.packagist composer https://mirrors.aliyun.com/composer/' },
  // nuget.org serves China through its own CDN; no mirror is offered.
  dotnet: undefined,
};

/** The mirrors a project's builds can use: npm's always (Serverless Devs installs through it), and its language's. */
export function mirrorsFor(tool: CiTool | undefined): Mirror[] {
  const own = tool === undefined ? undefined : BY_TOOL[tool];
  return own ? [NPM, own] : [NPM];
}
