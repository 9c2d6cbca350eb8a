/** Worker thread of `tolk build`: reads and aligns the content folder, runs the QA checks, posts the report. */
import { parentPort, workerData } from 'node:worker_threads';
import { readAndAlign } from '../pipeline.js';
import { produceQa, type QaJob } from './site-qa.js';

const job = workerData as QaJob;
parentPort!.postMessage(produceQa(readAndAlign(job.content), job));
