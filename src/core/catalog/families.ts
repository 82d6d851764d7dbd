import { argvFamily } from './argv';
import { blockFamily } from './block';
import { dnsFamily } from './dns';
import { ethernetFamily } from './ethernet';
import type { Family } from './family';
import { gitFamily } from './git';
import { happyEyeballsFamily } from './happy_eyeballs';
import { httpFamily } from './http';
import { infoFamily } from './info';
import { ipFamily } from './ip';
import { jobFamily } from './job';
import { kvFamily } from './kv';
import { mimicFamily } from './mimic';
import { networkFamily } from './network';
import { randomFamily } from './random';
import { reporterFamily } from './reporter';
import { stackFamily } from './stack';
import { syslogFamily } from './syslog';
import { tcpFamily } from './tcp';
import { timeFamily } from './time';
import { udpFamily } from './udp';

/** The built-in device families, in palette order. Pass another array to `buildCatalog` to extend. */
export const defaultFamilies: readonly Family[] = [
  jobFamily,
  timeFamily,
  reporterFamily,
  randomFamily,
  blockFamily,
  kvFamily,
  networkFamily,
  ethernetFamily,
  ipFamily,
  udpFamily,
  tcpFamily,
  stackFamily,
  dnsFamily,
  happyEyeballsFamily,
  mimicFamily,
  httpFamily,
  gitFamily,
  syslogFamily,
  argvFamily,
  infoFamily,
];

