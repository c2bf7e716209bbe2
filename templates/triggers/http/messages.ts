import type { TriggerMessages } from '../../../generators/core/catalog/triggers/types.js';

/** What the http trigger says, in each language the tool speaks. */
export const messages = {
  en: {
    label: 'HTTP(S) requests',
    inList: 'HTTP (as an HTTP event)',
    summary: 'HTTP(S) requests to the function URL or a custom domain; one per version or alias',
    settings: {
      httpMethods: { message: 'HTTP methods the trigger accepts' },
      httpAuth: {
        message: 'HTTP authentication',
        choices: {
          anonymous: 'Anonymous: anyone with the URL can call it',
          function: "Signature: each request is signed with an AccessKey (FC's signature authentication)",
        },
      },
    },
  },
  'zh-CN': {
    label: 'HTTP(S) 请求',
    inList: 'HTTP（作为 HTTP 事件）',
    summary: '发往函数 URL 或自定义域名的 HTTP(S) 请求；每个版本或别名只能有一个 HTTP触发器',
    settings: {
      httpMethods: { message: '触发器接受的 HTTP 方法' },
      httpAuth: {
        message: 'HTTP 认证方式',
        choices: {
          anonymous: '匿名：任何拿到 URL 的人都可以调用',
          function: '签名认证：每个请求都须用 AccessKey 签名（函数计算的签名认证）',
        },
      },
    },
  },
} as const satisfies TriggerMessages;
