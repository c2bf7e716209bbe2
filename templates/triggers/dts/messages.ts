import type { TriggerMessages } from '../../../generators/core/catalog/triggers/types.js';

/** What the dts trigger says, in each language the tool speaks. */
export const messages = {
  en: {
    label: 'DTS change data (database rows)',
    inList: 'DTS',
    summary: 'row changes of a database, from a Data Transmission Service subscription, pushed in batches',
    settings: {
      dtsTask: { message: 'DTS subscription task id' },
      dtsBroker: { message: 'DTS subscription address (host:port)' },
      dtsTopic: { message: 'DTS subscription topic' },
      dtsSid: { message: 'DTS consumer group id' },
      dtsUser: { message: 'DTS consumer group account' },
      dtsPasswordEnv: { message: "Environment variable holding the consumer group's password at deploy time (never written into s.yaml)" },
      dtsCheckpoint: { message: 'First change to read, in Unix seconds (within the subscription\'s range)' },
    },
    notOnGeneration: "Serverless Devs 3.x's fc3 component stops the deploy of a DTS trigger: its service-linked-role step knows no DTS source.",
  },
  'zh-CN': {
    label: '数据传输服务 DTS 数据变更（数据库行）',
    inList: 'DTS',
    summary: '来自数据传输服务 DTS 订阅的数据库行变更，批量推送',
    settings: {
      dtsTask: { message: 'DTS 订阅任务 ID' },
      dtsBroker: { message: 'DTS 订阅地址（主机:端口）' },
      dtsTopic: { message: 'DTS 订阅主题（Topic）' },
      dtsSid: { message: 'DTS 消费组 ID' },
      dtsUser: { message: 'DTS 消费组账号' },
      dtsPasswordEnv: { message: '部署时保存消费组密码的环境变量（密码不会写入 s.yaml）' },
      dtsCheckpoint: { message: '开始读取的变更位点，Unix 时间（秒），须在订阅的数据范围内' },
    },
    notOnGeneration: 'Serverless Devs 3.x 的 fc3 组件会中止 DTS 触发器的部署：它的服务关联角色步骤不支持 DTS 事件源。',
  },
} as const satisfies TriggerMessages;
