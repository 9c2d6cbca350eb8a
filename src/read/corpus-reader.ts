/**
 * Reads a corpus's files in order, in batches of FILES_PER_BATCH files. On the main thread, for a
 * big corpus, a read-ahead worker reads batches too, while the main thread decodes and parses:
 * opening, reading and closing thousands of files is a fifth of a read+align, and a second core
 * can do it meanwhile. Either thread claims a batch before reading it (a shared array of claims),
 * so neither waits on the other: until the worker has started (~40 ms), the main thread reads
 * every batch itself, and when it reaches a batch the worker claimed, it takes the worker's bytes,
 * transferred, not copied.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { decodeSlot, readFilesInto, type Slot, type SourceFile } from './read-files.js';

export const FILES_PER_BATCH = 64;
/** Fewer files than this are read on the main thread alone: a worker would not pay its start. */
const READ_AHEAD_MIN_FILES = 1000;
/** How many batches the worker may read ahead of the main thread (memory for about 14 MB). */
export const READ_AHEAD_BATCHES = 64;

/** Shared Int32Array layout: one claim per batch, then the counters below. */
export const UNCLAIMED = 0;
export const BY_MAIN = 1;
export const BY_WORKER = 2;
/** Index (after the claims) of: batches the main thread has taken; batches posted; a worker failure. */
export const TAKEN = 0;
export const POSTED = 1;
export const FAILED = 2;

export interface WorkerBatch {
  batch: number;
  slots: Slot[];
  bytes: ArrayBuffer;
}

export interface ReadAheadJob {
  paths: string[];
  control: SharedArrayBuffer;
  port: MessagePort;
}

const WORKER = new URL('./corpus-read-worker.js', import.meta.url);
// Where the compiled worker is missing (tests run from the TypeScript sources), or off the main
// thread (the site build reads in a worker of its own), the main thread reads alone.
const canReadAhead = (files: number): boolean =>
  isMainThread && files >= READ_AHEAD_MIN_FILES && existsSync(fileURLToPath(WORKER));

export class CorpusReader {
  private buffer: Buffer = Buffer.allocUnsafe(1 << 20);
  private current: { batch: number; files: SourceFile[] } = { batch: -1, files: [] };
  private readonly ahead: ReadAhead | null;
  /** Batches the read-ahead worker read (for the benchmark's figures). */
  batchesFromWorker = 0;

  constructor(private readonly paths: readonly { full: string; file: string }[]) {
    this.ahead = canReadAhead(paths.length) ? new ReadAhead(paths.map((p) => p.full)) : null;
  }

  /** The file `index` (read in order: a batch is dropped once the next one is asked for). */
  read(index: number): SourceFile {
    const batch = Math.floor(index / FILES_PER_BATCH);
    if (this.current.batch !== batch) this.current = { batch, files: this.readBatch(batch) };
    return this.current.files[index - batch * FILES_PER_BATCH];
  }

  /** Stops the worker, if any (call when done, also after an error). */
  close(): void {
    this.ahead?.close();
  }

  private readBatch(batch: number): SourceFile[] {
    const first = batch * FILES_PER_BATCH;
    const paths = this.paths.slice(first, first + FILES_PER_BATCH);
    const fromWorker = this.ahead?.take(batch);
    if (fromWorker) this.batchesFromWorker++;
    const { bytes, slots } = fromWorker ?? this.readHere(paths.map((p) => p.full));
    this.ahead?.taken(batch);
    return slots.map((slot, k) => decodeSlot(bytes, slot, paths[k].file));
  }

  private readHere(fullPaths: string[]): { bytes: Uint8Array; slots: Slot[] } {
    const read = readFilesInto(fullPaths, this.buffer);
    // A buffer grown for a huge file is not kept for the rest of the corpus.
    this.buffer = read.buffer.length > 8 << 20 ? Buffer.allocUnsafe(1 << 20) : read.buffer;
    return { bytes: read.buffer, slots: read.slots };
  }
}

/** The main thread's side of the read-ahead worker. */
class ReadAhead {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly shared: Int32Array;
  private readonly counters: number;
  private readonly arrived = new Map<number, WorkerBatch>();

  constructor(paths: string[]) {
    this.counters = Math.ceil(paths.length / FILES_PER_BATCH);
    const control = new SharedArrayBuffer((this.counters + 3) * 4);
    this.shared = new Int32Array(control);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const job: ReadAheadJob = { paths, control, port: port2 };
    this.worker = new Worker(WORKER, { workerData: job, transferList: [port2] });
    // Not a reason to keep the process alive, nor to crash it: a failed worker's batches are read here.
    this.worker.unref();
    this.worker.on('error', () => {});
  }

  /** The batch's bytes if the worker claimed it (waiting for them), or null: read it here. */
  take(batch: number): { bytes: Uint8Array; slots: Slot[] } | null {
    if (Atomics.compareExchange(this.shared, batch, UNCLAIMED, BY_MAIN) === UNCLAIMED) return null;
    for (;;) {
      const posted = Atomics.load(this.shared, this.counters + POSTED);
      for (let got = receiveMessageOnPort(this.port); got; got = receiveMessageOnPort(this.port)) {
        const message = got.message as WorkerBatch;
        this.arrived.set(message.batch, message);
      }
      const mine = this.arrived.get(batch);
      if (mine) {
        this.arrived.delete(batch);
        return { bytes: new Uint8Array(mine.bytes), slots: mine.slots };
      }
      if (Atomics.load(this.shared, this.counters + FAILED)) return null;
      // Woken by the worker's next post; the time-out only guards against a worker that died
      // without saying so (its batch is then read here).
      if (Atomics.wait(this.shared, this.counters + POSTED, posted, 10_000) === 'timed-out') return null;
    }
  }

  /** Lets the worker read further ahead. */
  taken(batch: number): void {
    Atomics.store(this.shared, this.counters + TAKEN, batch + 1);
    Atomics.notify(this.shared, this.counters + TAKEN);
  }

  close(): void {
    // Every batch claimed: a worker still reading ahead stops at its next claim.
    for (let k = 0; k < this.counters; k++) Atomics.compareExchange(this.shared, k, UNCLAIMED, BY_MAIN);
    Atomics.store(this.shared, this.counters + TAKEN, this.counters);
    Atomics.notify(this.shared, this.counters + TAKEN);
    this.port.close();
    void this.worker.terminate();
  }
}
