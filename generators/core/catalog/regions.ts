import type { FcVersion } from './generations.js';

/**
 * The regions each generation's Serverless Devs component deploys to. FC 2.0: the `region` enum of
 * devsapp/fc's publish.yaml; FC 3.0: the Region enum of devsapp/fc3 (src/interface/region.ts).
 * Their names are messages (`region.<id>`), in the console's own words.
 */
export const REGION_IDS: Readonly<Record<FcVersion, readonly string[]>> = {
  '2': [
    'cn-hangzhou', 'cn-shanghai', 'cn-qingdao', 'cn-beijing', 'cn-zhangjiakou', 'cn-huhehaote', 'cn-shenzhen', 'cn-chengdu', 'cn-hongkong',
    'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-5', 'ap-northeast-1', 'ap-south-1', 'eu-central-1', 'eu-west-1', 'us-west-1', 'us-east-1',
  ],
  '3': [
    'cn-hangzhou', 'cn-shanghai', 'cn-qingdao', 'cn-beijing', 'cn-zhangjiakou', 'cn-huhehaote', 'cn-wulanchabu', 'cn-shenzhen', 'cn-heyuan-acdr-1', 'cn-chengdu', 'cn-hongkong',
    'cn-shanghai-finance-1', 'cn-shanghai-cloudspe',
    'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-5', 'ap-southeast-7', 'ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'eu-central-1', 'eu-west-1', 'us-west-1', 'us-east-1', 'me-central-1',
  ],
};

/** Every region either generation knows, in FC 3.0's order. */
export const ALL_REGION_IDS: readonly string[] = [...new Set([...REGION_IDS['3'], ...REGION_IDS['2']])];

/** The region when none is given: FC's first, and the console's default. */
export const DEFAULT_REGION = 'cn-hangzhou';
