// The simulated tenant in a process of its own, so a measurement of the core's memory does not include it.
import { createDemoGraph, listenOnLoopback } from '../../electron/demo';

const server = await listenOnLoopback(createDemoGraph().handle);
console.log(server.url);
process.on('disconnect', () => void server.close().then(() => process.exit(0)));
