/**
 * A minimal client for Firefox's Marionette protocol (TCP, no driver binary).
 *
 *   const m = await Marionette.connect(port, { timeoutMs: 20_000 });
 *   await m.send('WebDriver:NewSession', { capabilities: {} });
 *   await m.send('Marionette:SetContext', { value: 'chrome' });
 *   const title = await m.send('WebDriver:ExecuteScript', { script: 'return document.title', args: [] });
 *   m.close();
 *
 * Wire format: each packet is `<byte length>:<JSON>`. The server opens with a greeting object
 * ({applicationType, marionetteProtocol}); a command is `[0, id, name, params]` and its answer
 * `[1, id, error | null, result]`. `send` resolves with `result.value` when the result is wrapped that
 * way (WebDriver commands) and with `result` otherwise; a protocol error rejects with its message.
 * Every command has a deadline, so a hung browser fails the test with the command's name instead of
 * stalling the run.
 */
import { connect as tcpConnect, type Socket } from 'node:net';

interface Pending {
  name: string;
  resolve(value: unknown): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

export interface SendOptions {
  /** Deadline for the answer. Default 30 s. */
  timeoutMs?: number;
}

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private greeting: ((packet: unknown) => void) | null = null;
  private closedError: Error | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (err) => this.fail(new Error(`Marionette socket: ${err.message}`)));
    socket.on('close', () => this.fail(new Error('Marionette connection closed (did Firefox exit?)')));
  }

  /** Connects to 127.0.0.1:port and waits for the greeting. One try: the caller retries while Firefox starts. */
  static async connect(port: number, { timeoutMs = 5_000 }: SendOptions = {}): Promise<Marionette> {
    const socket = tcpConnect({ host: '127.0.0.1', port });
    const client = new Marionette(socket);
    try {
      await withDeadline(
        new Promise<void>((resolve, reject) => {
          client.greeting = (packet) => {
            const protocol = (packet as { marionetteProtocol?: number }).marionetteProtocol;
            if (protocol === 3) resolve();
            else reject(new Error(`unexpected Marionette greeting ${JSON.stringify(packet)}`));
          };
          socket.once('error', reject);
        }),
        timeoutMs,
        `Marionette greeting on port ${port}`,
      );
    } catch (err) {
      socket.destroy();
      throw err;
    }
    return client;
  }

  send(name: string, params: object = {}, { timeoutMs = 30_000 }: SendOptions = {}): Promise<unknown> {
    if (this.closedError) return Promise.reject(this.closedError);
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`Marionette ${name}: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { name, resolve, reject, timer });
      this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    });
  }

  close(): void {
    this.fail(new Error('Marionette connection closed by the client'));
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a); // ':'
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (!Number.isInteger(length)) return this.fail(new Error('Marionette: malformed packet length'));
      if (this.buffer.length < colon + 1 + length) return;
      const packet: unknown = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.dispatch(packet);
    }
  }

  private dispatch(packet: unknown): void {
    if (!Array.isArray(packet)) {
      this.greeting?.(packet);
      this.greeting = null;
      return;
    }
    const [type, id, error, result] = packet as [number, number, { error: string; message: string } | null, unknown];
    const waiting = this.pending.get(id);
    if (type !== 1 || !waiting) return;
    this.pending.delete(id);
    clearTimeout(waiting.timer);
    if (error) {
      waiting.reject(new Error(`Marionette ${waiting.name}: ${error.error}: ${error.message}`));
      return;
    }
    const wrapped = result !== null && typeof result === 'object' && 'value' in result;
    waiting.resolve(wrapped ? (result as { value: unknown }).value : result);
  }

  private fail(err: Error): void {
    if (this.closedError) return;
    this.closedError = err;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
  }
}

/** Rejects with "<what>: no answer within N ms" if `promise` takes longer than `ms`. */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
