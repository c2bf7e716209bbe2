import type { MessageKey } from './en.js';

/**
 * 简体中文 messages. Terms follow Alibaba Cloud's own Chinese documentation of Function Compute
 * (函数计算, 事件函数, HTTP函数, Web函数, 触发器, 自定义运行时, 地域).
 */
export const ZH_CN: Readonly<Record<MessageKey, string>> = {
  // ---- section: questions and the command line ----
  'lang.invalid': '无效的 --lang：{value}。可选值：{choices}。',

  // ---- section: catalogs and the recommendation ----
  // 触发器
  'trigger.http.label': 'HTTP(S) 请求',
  'trigger.http.summary': '发往函数 URL 或自定义域名的 HTTP(S) 请求；每个版本或别名一个',
  'trigger.timer.label': '定时（cron 表达式）',
  'trigger.timer.summary': '按 cron 表达式定时运行（未指定 CRON_TZ 时为 UTC），发送固定的 payload',
  'trigger.oss.label': 'OSS 对象事件',
  'trigger.oss.summary': 'OSS 存储空间中对象的创建、删除或修改',
  'trigger.log.label': '日志服务SLS',
  'trigger.log.summary': 'Logstore 中的新日志，按时间间隔分批投递',
  'trigger.cdn_events.label': 'CDN 事件',
  'trigger.cdn_events.summary': 'CDN 日志文件、缓存刷新和域名变更',
  'trigger.tablestore.label': '表格存储Tablestore Stream',
  'trigger.tablestore.summary': '写入已开启 Stream 的 Tablestore 数据表的行，以 CBOR 格式投递',
  'trigger.mns_topic.label': '轻量消息队列（原 MNS）主题消息',
  'trigger.mns_topic.summary': '发布到轻量消息队列（原 MNS）主题的消息',
  'trigger.eventbridge.label': '事件总线EventBridge 事件',
  'trigger.eventbridge.summary': '默认事件总线上来自阿里云服务的 CloudEvents 事件',
  'trigger.none.label': '无触发器（API/SDK 调用）',
  'trigger.none.summary': '由 SDK、CLI 或其他服务通过 InvokeFunction 直接调用',
  'trigger.makes.eventFunction': '事件函数',

  // 触发器设置
  'setting.httpMethods.message': '触发器接受的 HTTP 方法',
  'setting.httpAuth.message': 'HTTP 认证方式',
  'setting.cron.message': 'Cron 表达式（秒在最前，UTC）',
  'setting.timerPayload.message': '定时触发器发送的 payload（event.payload）',
  'setting.ossBucket.message': 'OSS 存储空间（Bucket）名称',
  'setting.ossEvents.message': 'OSS 事件',
  'setting.ossPrefix.message': '对象名前缀过滤（留空表示不限）',
  'setting.ossSuffix.message': '对象名后缀过滤（留空表示不限）',
  'setting.ossRole.message': 'OSS 调用函数所用的已有 RAM 角色（名称或 ARN）；留空：部署时创建或复用一个',
  'setting.logProject.message': '日志服务SLS Project',
  'setting.logstore.message': '触发器读取的 Logstore',
  'setting.logRole.message': '日志服务SLS 调用函数所用的已有 RAM 角色（名称或 ARN）；留空：部署时创建或复用一个',
  'setting.cdnDomain.message': '加速域名（可多个）',
  'setting.cdnEvent.message': 'CDN 事件',
  'setting.cdnRole.message': 'CDN 调用函数所用的已有 RAM 角色（名称或 ARN）；留空：部署时创建或复用一个',
  'setting.otsInstance.message': '表格存储Tablestore 实例',
  'setting.otsTable.message': 'Tablestore 数据表（已开启 Stream）',
  'setting.otsRole.message': '表格存储Tablestore 调用函数所用的已有 RAM 角色（名称或 ARN）；留空：部署时创建或复用一个',
  'setting.mnsTopic.message': '轻量消息队列（原 MNS）主题',
  'setting.mnsRole.message': '轻量消息队列（原 MNS）调用函数所用的已有 RAM 角色（名称或 ARN）；留空：部署时创建或复用一个',
  'setting.eventbridgeSource.message': '要订阅的事件源',

  // 使用场景
  'useCase.rest-api.label': 'REST API 服务',
  'useCase.rest-api.why.fc2': 'REST API 需要读取方法、路径、请求头和请求体并设置状态码，HTTP函数为此直接获得请求和响应对象',
  'useCase.rest-api.why.fc3': 'REST API 通过 HTTP(S) 调用：HTTP触发器把每个请求的方法、路径、请求头、查询参数和请求体作为 HTTP 事件交给处理函数，处理函数返回的对象设置状态码、响应头和响应体',
  'useCase.web-app.label': 'Web 应用或后端服务',
  'useCase.web-app.why.fc2': 'Web 应用通过 HTTP(S) 为浏览器提供服务，HTTP函数直接获得请求和响应对象',
  'useCase.web-app.why.fc3': 'Web 应用用自己的 HTTP 服务器通过 HTTP(S) 为浏览器提供服务，Web函数运行的正是这样的服务器',
  'useCase.framework-migration.label': '迁移 Express、Koa 或 Flask 应用',
  'useCase.framework-migration.why.fc2': 'Express、Koa 或 Flask 应用需要请求和响应对象：它在自定义运行时上作为自己的服务器运行，或（Flask）作为 Python HTTP函数的 WSGI 应用运行',
  'useCase.framework-migration.why.fc3': 'Express、Koa 或 Flask 应用需要请求和响应对象：Web函数在自定义运行时上把它原样作为自己的 HTTP 服务器运行',
  'useCase.file-processing.label': '处理上传到 OSS 的文件',
  'useCase.file-processing.why': '上传到 OSS 的文件以 OSS触发器事件的形式到达',
  'useCase.scheduled-job.label': '定时任务',
  'useCase.scheduled-job.why': '按计划执行就是定时触发器',
  'useCase.log-processing.label': '处理日志服务SLS 的日志',
  'useCase.log-processing.why': 'Logstore 中的新日志通过 SLS触发器到达',
  'useCase.cdn-events.label': '响应 CDN 事件',
  'useCase.cdn-events.why': 'CDN 日志文件、缓存刷新和域名变更通过 CDN事件触发器到达',
  'useCase.table-stream.label': '响应表格存储Tablestore 的行变更',
  'useCase.table-stream.why': '行变更通过 Tablestore触发器到达',
  'useCase.messaging.label': '消费队列/主题消息（轻量消息队列，原 MNS）',
  'useCase.messaging.why': '主题消息通过轻量消息队列（原 MNS）主题触发器到达',
  'useCase.event-integration.label': '集成云上事件（事件总线EventBridge）',
  'useCase.event-integration.why': '云服务的事件以 CloudEvents 形式通过 EventBridge触发器到达',
  'useCase.api-invocation.label': '由 API/SDK 直接调用',
  'useCase.api-invocation.why': '直接调用 InvokeFunction 不需要任何触发器',

  // 函数类型与函数计算的代际
  'functionType.event.label': '事件函数',
  'functionType.event.bestFor': '事件驱动的处理流程和集成',
  'functionType.http.label': 'HTTP函数',
  'functionType.http.bestFor': 'Web 应用、REST API、迁移 Express/Koa 应用',
  'functionType.web.label': 'Web函数',
  'functionType.withTriggers': '{type}（{triggers}）',
  'generation.2.summary': '服务与函数；事件函数（event, context, callback）和 HTTP函数（request, response, context）',
  'generation.2.httpTriggerMakes': 'HTTP函数（request, response），不能有其他触发器',
  'generation.3.summary': '函数不再属于服务；一个事件处理函数同时处理事件和 HTTP触发器，Web函数用于请求/响应式的服务器',
  'generation.3.httpTriggerMakes': '接收 HTTP 事件的事件函数，或 Web函数（自定义运行时）',

  // 运行时与框架
  'runtime.custom.label': '自定义运行时，Debian {debian}',
  'runtime.custom-container.label': '自定义镜像',
  'framework.none.label': '无：node:http 或标准库的 WSGI 服务器',

  // 本仓库的测试如何验证各运行时生成的项目
  'verification.nodejs.detail': '项目自带的 vitest 测试套件真实运行；可部署代码按运行时的 ECMAScript 版本解析，并在运行时的 Node.js 版本上运行',
  'verification.python.detail': '项目自带的 pytest 测试套件真实运行；可部署代码按运行时的 Python 语法解析，并在运行时的 Python 版本上运行',
  'verification.java.detail': '项目自带的 JUnit 5 测试套件用 Maven 真实运行（离线，使用 Debian 的 Maven 仓库；以 Surefire 2.22.3 代替固定的 2.22.2），所用 fc-java-core 1.4.1 为接口相同的替身；由 javac 17 以 --release 8 或 11 编译并打包为 target/function.jar；未在函数计算自身的 Java 运行时上运行',
  'verification.go.detail': '项目自带的 go test 测试套件在 go mod tidy 之后用 Go 1.19 真实运行（go.mod 的语言版本为 go 1.18），所用 fc-runtime-go-sdk v0.3.1 为 API 兼容的替身；go vet 和 gofmt 均无问题；并运行 s.yaml 的构建步骤，为每个函数生成 linux/amd64 可执行文件；未验证真实 SDK 的下载及其在函数计算上的运行时循环',
  'verification.php.detail': '项目自带的 PHPUnit 测试套件在 Debian 的 PHP 8.2 和 PHPUnit 9.6 上真实运行，RingCentral\\Psr7\\Response 为基于 Debian 的 guzzlehttp/psr7 的替身；代码和测试按 PHP 7.2 的语法和库调用检查（PHP-Parser 语法树和词法单元），但未在 PHP 7.2 或 PHPUnit 8.5 上运行，也未运行 composer install',
  'verification.dotnet.detail': '使用 Mono 的 C# 编译器以 C# 7.2（低于 .NET Core 3.1 的 C# 8）编译，所用 Aliyun.Serverless.Core、Aliyun.Serverless.Core.Http 和 ASP.NET Core 请求类型为 API 兼容的替身，Newtonsoft.Json 为 Debian 的 6 版；项目自带的 xunit 测试在 Mono 下用替身 xunit 和运行器运行；未用 .NET Core 3.1 SDK 构建（此处不运行 `dotnet publish` 和 `dotnet test`）',
  'verification.custom.detail': '项目自带的 vitest 或 pytest 测试套件真实运行，启动服务器并发送真实的 HTTP 请求（Web函数），或将示例事件 POST 到 /invoke（事件函数）；bootstrap 用 bash -n 检查',
  'verification.custom-container.detail': '与自定义运行时相同的服务器测试真实运行；检查 Dockerfile（FROM 在最前、CMD 的文件在构建上下文中、端口），并在构建上下文中带其 ENV 运行 CMD，确认其提供 HTTP 服务并在收到 SIGTERM 时停止；不构建也不运行镜像',

  // 推荐理由引用的规则
  'rule.http-trigger-only.fc2': 'HTTP函数只接受 HTTP触发器（每个版本或别名一个），并直接获得请求和响应对象。',
  'rule.http-trigger-only.fc3': 'Web函数接受 HTTP触发器（每个版本或别名一个），在自己的 HTTP 服务器上原样获得每个请求。',
  'rule.event-triggers.fc2': '事件函数接受除 HTTP 以外的所有触发器：定时、OSS、日志服务SLS、CDN、Tablestore、轻量消息队列（原 MNS）、EventBridge，以及 API/SDK 调用。',
  'rule.event-triggers.fc3': '事件函数接受所有触发器：HTTP（作为 HTTP 事件）、定时、OSS、日志服务SLS、CDN、Tablestore、轻量消息队列（原 MNS）、EventBridge，以及 API/SDK 调用。',
  'rule.fc2-http-exclusive': '在函数计算 FC 2.0 中，带 HTTP触发器的函数不能有其他触发器，因此 HTTP 和其他触发器需要两个函数。',
  'rule.fc3-http-event': '在函数计算 FC 3.0 中，HTTP触发器以 HTTP 事件（方法、路径、请求头、查询参数、请求体）调用事件处理函数，并把它返回的响应对象（状态码、响应头、响应体）发回，因此一个事件函数可以同时接受 HTTP 和其他触发器。',
  'rule.web-function-alternative': '也可以改用 Web函数：在自定义运行时上运行你自己的 HTTP 服务器（原生、Express、Koa 或 Flask），原样获得每个请求，使用所用框架的请求和响应对象。',
  'rule.event-function-alternative': '也可以改由内置运行时上的事件函数接受 HTTP触发器：它以 HTTP 事件获得每个请求，以对象返回响应，不需要 Web 框架。',
  'rule.web-function': '在函数计算 FC 3.0 中，HTTP函数就是 Web函数：在自定义运行时上运行项目自己的 HTTP 服务器，原样获得每个请求。',
  'rule.web-function-use-case': '函数计算 FC 3.0 的文档建议 Web 应用和基于 Express、Flask 等框架的应用（包括迁移的应用）使用 Web函数，事件驱动的工作使用事件函数。',
  'rule.custom-runtime-passthrough': '自定义运行时原样获得 HTTP 请求，事件则以 POST /invoke 到达，函数计算 FC 3.0 与 FC 2.0 均是如此，因此 HTTP触发器使用单独的 Web函数，其他触发器使用事件函数。',
  'rule.api-always-available': '每个事件函数都可以通过 API/SDK 调用，因此不需要单独的“none”触发器。',
  'rule.no-signal': '未指定触发器或使用场景：通过 API/SDK 调用的函数是事件函数。',
  'rule.use-case': '每个使用场景都指向通常为其服务的触发器；未指定触发器时，由使用场景决定触发器。',
  'rule.type-override': '函数类型已明确指定。',

  // 推荐结果中规则之外的语句
  'recommend.reason': '{detail}{rule}',
  'recommend.listSeparator': '、',
  'recommend.makes.api': 'API/SDK 调用对应{function}。',
  'recommend.makes.one': '{trigger} 触发器对应{function}。',
  'recommend.makes.many': '{triggers} 和 {last} 触发器对应{function}。',
  'recommend.function.event': '一个事件函数',
  'recommend.function.http': '一个 HTTP函数',
  'recommend.function.web': '一个 Web函数',
  'recommend.useCase': '{useCase}：{why}，因此选择 {trigger} 触发器。',
  'recommend.useCases': '{useCases}：',
  'recommend.typeFlag': '--type {type}：',
  'recommend.useCaseMissingTrigger': '使用场景 {useCase} 通常需要 {trigger} 触发器，而本项目没有（{triggers}）。',
  'recommend.typeConflict': '--type {type} 与 --trigger {triggers} 冲突：{rule}请使用 --type auto 获取推荐的函数，或更改触发器。{choices}',

  // ---- section: writing, checks and next steps ----
  'write.placeholder': '占位',

  // ---- end of sections ----
};
