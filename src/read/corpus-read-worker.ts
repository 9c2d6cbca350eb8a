/**
 * The read-ahead worker (see corpus-reader.ts): claims the batches the main thread has not, in
 * order, reads each into one buffer and posts it, transferred; at most READ_AHEAD_BATCHES ahead
 * of the batch the main thread is on.
 */
import { workerData } from 'node:worker_threads';
import {
  BY_WORKER, FAILED, FILES_PER_BATCH, POSTED, READ_AHEAD_BATCHES, TAKEN, UNCLAIMED,
  type ReadAheadJob, type WorkerBatch,
} from './corpus-reader.js';
import { readFilesInto } from './read-files.js';

const { paths, control, port } = workerData as ReadAheadJob;
const batches = Math.ceil(paths.length / FILES_PER_BATCH);
const shared = new Int32Array(control);
let buffer: Buffer = Buffer.allocUnsafe(1 << 20);

function readAhead(): void {
  for (let batch = 0; batch < batches; batch++) {
    for (;;) {
      const taken = Atomics.load(shared, batches + TAKEN);
      if (batch - taken < READ_AHEAD_BATCHES) break;
      Atomics.wait(shared, batches + TAKEN, taken);
    }
    if (Atomics.compareExchange(shared, batch, UNCLAIMED, BY_WORKER) !== UNCLAIMED) continue;
    const first = batch * FILES_PER_BATCH;
    const read = readFilesInto(paths.slice(first, first + FILES_PER_BATCH), buffer);
    buffer = read.buffer.length > 8 << 20 ? Buffer.allocUnsafe(1 << 20) : read.buffer;
    // A copy of the bytes in use, to transfer: the buffer itself is read into again.
    const bytes = new Uint8Array(read.buffer.subarray(0, read.used)).buffer;
    const message: WorkerBatch = { batch, slots: read.slots, bytes };
    port.postMessage(message, [bytes]);
    Atomics.add(shared, batches + POSTED, 1);
    Atomics.notify(shared, batches + POSTED);
  }
}

try {
  readAhead();
} catch {
  // The main thread reads what this worker claimed but did not post.
  Atomics.store(shared, batches + FAILED, 1);
  Atomics.notify(shared, batches + POSTED);
}
port.close();
