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

  // ---- end of sections ----
};
