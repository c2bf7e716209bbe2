import { defineNodeSuite } from '../support/node-suite.js';

defineNodeSuite('javascript');
