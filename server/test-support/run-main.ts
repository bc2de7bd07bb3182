/**
 * `server/main.ts` as `npm start` runs it (tsx, in the project's folder), as a child process
 * with only the environment given (and PATH, HOME): its JSON log lines as they come, its
 * standard error, and its exit. For the tests of the entry itself (configuration, start,
 * shutdown, workers); a test that needs a running server uses start-server.ts.
 */
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'

const root = resolve(import.meta.dirname, '..', '..')
const tsx = join(root, 'node_modules', '.bin', 'tsx')

export type LogLine = Record<string, unknown>

export function runMain(env: Record<string, string>) {
  const child = spawn(tsx, ['server/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: LogLine[] = []
  const waiters: Array<() => void> = []
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(JSON.parse(line) as LogLine)
    for (const wake of waiters.splice(0)) wake()
  })
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  void exited.then(() => {
    for (const wake of waiters.splice(0)) wake()
  })

  /** Waits until the log holds what `holds` looks for (the process's own word, not a clock); rejects if it exits first. */
  const until = async (holds: (logged: LogLine[]) => boolean): Promise<void> => {
    while (!holds(lines)) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`exited before that: ${stderr}`)
      await new Promise<void>((wake) => waiters.push(wake))
    }
  }
  /** The address of the first 'listening' line. */
  const listening = until((logged) => logged.some((line) => line.msg === 'listening')).then(
    () => lines.find((line) => line.msg === 'listening')!.url as string,
  )
  // Observed here too: a run that is meant to fail never waits for it.
  listening.catch(() => {})
  return { child, lines, until, listening, exited, stderr: () => stderr }
}
