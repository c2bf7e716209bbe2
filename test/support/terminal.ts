import { execa, type ResultPromise } from 'execa';
import { BIN, ENGLISH } from './cli.js';

/** A run of the bin on a pseudo-terminal (util-linux `script`), driven by keystrokes like a person. */
export class TerminalSession {
  #output = '';
  readonly #process: ResultPromise;

  /** `columns`: the terminal's width (script's own terminal has none, which prompts take as 80). */
  constructor(args: readonly string[], cwd: string, env: Record<string, string> = {}, columns?: number) {
    const node = ['node', BIN, ...args].map((arg) => `'${arg.replaceAll("'", `'\\''`)}'`).join(' ');
    const command = columns === undefined ? node : `stty cols ${columns} rows 50; exec ${node}`;
    this.#process = execa('script', ['-qfec', command, '/dev/null'], { cwd, reject: false, stdin: 'pipe', env: { NO_COLOR: '1', COLUMNS: '200', ...ENGLISH, ...env } });
    this.#process.stdout?.on('data', (chunk: Buffer) => {
      this.#output += chunk.toString('utf8');
    });
  }

  /** Waits until the screen shows `text`, wherever the terminal's width broke its lines. */
  async waitFor(text: string, timeoutMs = 15_000): Promise<void> {
    const started = Date.now();
    const unwrapped = (screen: string) => screen.replace(/\s*\r?\n\s*/g, ' ');
    while (!this.#output.includes(text) && !unwrapped(this.#output).includes(unwrapped(text))) {
      if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${JSON.stringify(text)}; screen so far:\n${this.#output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Answers questions in order: waits for each prompt's text, then types its keys. */
  async answer(steps: readonly (readonly [prompt: string, keys: string])[]): Promise<void> {
    for (const [prompt, keys] of steps) {
      await this.waitFor(prompt);
      this.type(keys);
    }
  }

  /** Types keys (`\r` is Enter, ` ` toggles a checkbox, `\x03` is Ctrl-C). */
  type(keys: string): void {
    this.#process.stdin?.write(keys);
  }

  /** Waits for the process to end; returns its exit code and everything it showed. */
  async end(): Promise<{ exitCode: number | undefined; output: string }> {
    const result = await this.#process;
    return { exitCode: result.exitCode, output: this.#output };
  }
}
