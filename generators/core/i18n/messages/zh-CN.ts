import type { MessageKey } from './en.js';

/**
 * 简体中文 messages. Terms follow Alibaba Cloud's own Chinese documentation of Function Compute
 * (函数计算, 事件函数, HTTP函数, Web函数, 触发器, 自定义运行时, 地域).
 */
export const ZH_CN: Readonly<Record<MessageKey, string>> = {
  // ---- section: questions and the command line ----
  'lang.invalid': '无效的 --lang：{value}。可选值：{choices}。',

  // ---- section: catalogs and the recommendation ----
  'catalog.placeholder': '占位',

  // ---- section: writing, checks and next steps ----
  // Value checks (validators.ts): the caller names the flag and the bad value.
  'check.fcName': '名称只能包含字母、数字、下划线（_）和短划线（-），以字母或下划线开头，长度为 1~64 个字符；它也用作文件夹名，因此不能是路径。',
  'check.reservedFolder': '“{name}”是 git、pytest 或 vitest 会跳过的文件夹名（{names}），而函数的代码和测试都位于以函数名命名的文件夹中：请换一个名称。',
  'check.region': '请使用阿里云地域 ID，例如 cn-hangzhou、cn-shanghai 或 ap-southeast-1。',
  'check.ossBucket': 'OSS 存储空间（Bucket）名称由 3~63 个小写字母、数字或短划线（-）组成，必须以小写字母或数字开头和结尾。',
  'check.slsProject': '日志服务 SLS 项目（Project）名称由 3~63 个小写字母、数字或短划线（-）组成，必须以小写字母或数字开头和结尾。',
  'check.slsLogstore': '日志库（Logstore）名称由 2~63 个小写字母、数字、下划线（_）或短划线（-）组成，必须以小写字母或数字开头和结尾。',
  'check.cdnDomain': '请使用加速域名，例如 cdn.example.com。',
  'check.otsInstance': '表格存储 Tablestore 实例名称由 3~16 个字母、数字或短划线（-）组成，必须以字母开头，且不能以短划线结尾。',
  'check.otsTable': '表格存储 Tablestore 数据表名称由 1~255 个字母、数字或下划线（_）组成，不能以数字开头。',
  'check.mnsTopic': 'MNS 主题（Topic）名称由 1~256 个字母、数字或短划线（-）组成，必须以字母开头。',
  'check.eventSource': '请使用事件总线 EventBridge 的事件源，例如 acs.oss 或 acs.ecs。',
  'check.imageRepository': '请使用容器镜像服务 ACR 的镜像仓库地址加一个命名空间，命名空间由 2~30 个小写字母、数字、下划线（_）或短划线（-）组成，例如 registry.cn-hangzhou.aliyuncs.com/my-namespace（每个函数的镜像为 <repo>/<function>:latest）。',
  'check.nonEmpty': '不能为空。',
  'check.port': '端口必须是 1~65535 之间的数字（函数计算默认为 9000）。',
  'check.ramRole': '请填写已有 RAM 角色的名称（1~64 个字母、数字、“.”或“-”，例如 AliyunOSSEventNotificationRole）或其 ARN（acs:ram::<account-id>:role/<name>），或留空以使用部署时创建的角色。',
  'check.literalText': 'Serverless Devs 部署时会对 s.yaml 中的“${...}”和“<% ... %>”求值，且无法转义，函数计算收到的将不是您输入的文本：请去掉它们。',

  // Timer trigger cron expressions (cron.ts); field names as the expected format lists them.
  'cron.expected': '请使用六个字段“秒 分 时 日 月 星期”（例如 "0 0 8 * * *"，UTC 时间），可加前缀 "CRON_TZ=Asia/Shanghai "，或使用 "@every 5m"。',
  'cron.fieldCount': '{expected}当前为 {count} 个字段。',
  'cron.badField': '{expected}其中{field}字段 "{text}" 无效（{min}-{max}）。',
  'cron.badNamedField': '{expected}其中{field}字段 "{text}" 无效（{min}-{max} 或 {first}-{last}）。',
  'cron.field.seconds': '秒',
  'cron.field.minutes': '分',
  'cron.field.hours': '时',
  'cron.field.dayOfMonth': '日',
  'cron.field.month': '月',
  'cron.field.dayOfWeek': '星期',

  // The s.yaml check (s-yaml-check.ts, s-yaml.ts): each problem names its path in s.yaml.
  'syaml.wouldNotDeploy': '此项目的 s.yaml 无法部署，因此没有写入任何文件：\n{problems}',
  'syaml.expression': '{path}：“{expression}”会在部署时被 Serverless Devs 求值',
  'syaml.missing': '缺少 {path}',
  'syaml.missingForTrigger': '缺少 {path}（{type} 触发器需要它）',
  'syaml.missingOrEmpty': '{path} 缺失或为空',
  'syaml.missingServiceName': '{path} 缺失或不是有效的服务名称',
  'syaml.notMapping': '{path} 不是映射（mapping）',
  'syaml.notList': '{path} 不是列表',
  'syaml.notObject': '{path} 不是对象',
  'syaml.edition': 'edition：{value} 既不是 {first} 也不是 {second}',
  'syaml.notComponent': '{path}：{value} 不是 {component}',
  'syaml.notTriggerName': '{path}：{value} 不是有效的触发器名称',
  'syaml.notTriggerType': '{path}：{value} 不是本工具可部署的触发器类型',
  'syaml.notRole': '{path}：{value} 不是 RAM 角色名称或 ARN',
  'syaml.noRoleTaken': '{path}：{type} 触发器不接受角色',
  'syaml.fc2RoleArn': '{path}：fc 组件需要角色 ARN，而不是名称 {role}',
  'syaml.sourceArnPrefix': '{path}：{value} 不是以 {prefix} 开头',
  'syaml.sourceArnAccount': '{path}：{value} 未指明账号',
  'syaml.sourceArnComputed': '{path}：fc 组件会根据配置自行计算，无需填写',
  'syaml.sourceArnNone': '{path}：{type} 触发器不接受 sourceArn',
  'syaml.notFunctionName': '{path}：{value} 不是有效的函数名称',
  'syaml.notRuntime': '{path}：{value} 不是运行时',
  'syaml.notGenerationRuntime': '{path}：{value} 不是 {generation} 的运行时',
  'syaml.tooManyTriggers': '{path}：函数计算每个函数最多允许 10 个触发器，而不是 {count} 个',
  'syaml.fc2HttpAlone': '{path}：带 HTTP 触发器的 FC 2.0 函数不能再有其他触发器',

  // The target folder and each planned path (target-dir.ts), checked before anything is written.
  'target.underFile': '无法创建“{directory}”：{existing} 是文件，不是目录。请选择其他目录。',
  'target.underUnwritable': '无法创建“{directory}”：{existing} 不可写。请选择其他目录。',
  'target.notDirectory': '目标“{directory}”已存在且不是目录。请选择其他目录。',
  'target.notWritable': '目标目录“{directory}”不可写。请选择其他目录。',
  'target.notEmpty.one': '目标目录“{directory}”不为空（{count} 项）。请选择空目录或新目录，或传入 --force 写入其中（同名文件会被覆盖）。',
  'target.notEmpty.many': '目标目录“{directory}”不为空（{count} 项）。请选择空目录或新目录，或传入 --force 写入其中（同名文件会被覆盖）。',
  'target.folderNotWritable': '{folder} 不可写（需要在其中创建 {file}）',
  'target.folderWhereFile': '{path} 是文件夹，而此处应为文件 {file}',
  'target.otherWhereFile': '{path} 不是普通文件，而此处应为文件 {file}',
  'target.fileNotWritable': '{path} 不可写',
  'target.fileWhereFolder': '{path} 是文件，而此处应为文件夹（用于 {file}）',
  'target.cannotWrite': '无法将项目写入“{directory}”：{problem}。没有写入任何文件；请将其移走或选择其他目录。',

  // The summary after a run (app/summary.ts) and the dry run's listing (cli/make-project.ts).
  'summary.created': '已在 {where} 创建 {name}{details}',
  'summary.details': '（{generation}，{runtime}，{language}，{count} 个文件）',
  'summary.replaced.one': '已覆盖 {count} 个内容不同的文件：{files}',
  'summary.replaced.many': '已覆盖 {count} 个内容不同的文件：{files}',
  'summary.defaulted': '使用了默认值的选项：',
  'summary.alternative': '其他方案：',
  'summary.nextSteps': '后续步骤：',
  'summary.reproduce': '无需提问即可生成同一项目的命令：',
  'dryRun.files': '将向 {directory} 写入 {count} 个文件：',

  // The install and the first commit after writing (app/post-steps.ts).
  'install.running': '正在 {directory} 中运行 {command}',
  'install.done': '{command} 已完成',
  'install.failedShort': '{command} 失败',
  'install.cancelled': '{command} 已取消',
  'install.failed': '项目已写入 {directory}，但“{command}”运行失败：\n{detail}\n问题解决后，请在该目录中重新运行。',
  'git.insideRepository': '未创建 git 仓库：项目已位于一个 git 仓库中。',
  'git.cancelled': 'git 已取消',
  'git.commitFailed': 'git 未能完成首次提交（{reason}）；文件已写入，请自行提交。',

  // What a cancelled run left on disk (cli/cancellation.ts): "{head}: {files}, {dependencies}, {git}."
  'cancel.reason': '已取消',
  'cancel.nothingWritten': '已取消。没有写入任何文件。',
  'cancel.state': '{head}：{files}，{dependencies}，{git}。',
  'cancel.head': '已取消',
  'cancel.headInstalling': '在运行 {command} 时已取消',
  'cancel.headGit': '在运行 git init 时已取消',
  'cancel.headWriting': '在写入文件时已取消',
  'cancel.filesPartial': '部分项目文件位于 {where}',
  'cancel.filesAll': '项目文件位于 {where}',
  'cancel.installed': '依赖已安装',
  'cancel.notInstalled': '依赖未安装',
  'cancel.gitDone': '已创建 git 仓库',
  'cancel.gitHalf': 'git 仓库可能只创建了一半（删除 {where}/.git 后可重新开始）',
  'cancel.gitNone': '未创建 git 仓库',

  // ---- end of sections ----
};
