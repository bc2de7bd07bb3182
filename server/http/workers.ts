/**
 * Several processes on one port (`WORKERS`, node:cluster): a Node process answers on one core,
 * so one per core is how one machine serves with all of them; beyond one machine, more of the
 * same behind a load balancer (docs/architecture.md). Nothing lives in a process's memory
 * (sessions, idempotency keys and the scheduler's work are in the database), so the workers need
 * no word with each other. This is the primary's part: it serves nothing itself.
 *
 * - It forks `count` workers, each of which runs the server as one process would (server/main.ts).
 * - A worker that dies unasked (a crash, the OOM killer) is replaced, at most once a second, so
 *   a worker that cannot start does not spin.
 * - On SIGTERM or SIGINT it asks every worker to stop gracefully (each finishes its requests and
 *   closes its database: server/http/lifecycle.ts) and exits once they all have, 0 when each
 *   did, else 1.
 */
import cluster, { type Worker } from 'node:cluster'
import type { Logger } from './logger'

export function runWorkers({ count, logger }: { count: number; logger: Logger }): void {
  let stopping = false
  let failed = false
  let lastReplacement = 0
  const fork = () => {
    const worker = cluster.fork()
    worker.once('exit', (code, signal) => onExit(worker, code, signal))
  }
  const onExit = (worker: Worker, code: number | null, signal: string | null) => {
    if (stopping) {
      if (code !== 0) failed = true
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0)
      return
    }
    logger.error('a worker stopped unasked; starting another', { pid: worker.process.pid, code, signal })
    const wait = Math.max(0, lastReplacement + 1_000 - Date.now())
    lastReplacement = Date.now() + wait
    setTimeout(fork, wait)
  }
  for (let index = 0; index < count; index++) fork()
  logger.info('serving with workers', { workers: count, pid: process.pid })

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    logger.info('stopping the workers', { signal })
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined)
    if (workers.length === 0) process.exit(0)
    for (const worker of workers) worker.process.kill('SIGTERM')
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}
