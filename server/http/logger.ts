/**
 * Structured logs: one JSON object per line (time, level, msg, then fields), which a log
 * collector parses without a pattern. Injectable so that tests read what was logged;
 * the default writes to stdout. Lines below the configured level are not written.
 */
import type { LogLevel } from '../config'

export type LogFields = Record<string, unknown>

export interface Logger {
  debug(msg: string, fields?: LogFields): void
  info(msg: string, fields?: LogFields): void
  warn(msg: string, fields?: LogFields): void
  error(msg: string, fields?: LogFields): void
}

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 }

export type JsonLoggerOptions = {
  /** The least severe level written; default info. */
  level?: LogLevel
  /** Where a line goes (without its newline); default stdout. */
  write?: (line: string) => void
  now?: () => Date
}

/** An error as plain fields (JSON.stringify writes `{}` for an Error). */
function plain(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack }
  return value
}

export function createJsonLogger({
  level = 'info',
  write = (line) => process.stdout.write(`${line}\n`),
  now = () => new Date(),
}: JsonLoggerOptions = {}): Logger {
  const log = (lineLevel: LogLevel, msg: string, fields: LogFields = {}) => {
    if (rank[lineLevel] < rank[level]) return
    const entry: LogFields = { time: now().toISOString(), level: lineLevel, msg }
    for (const [key, value] of Object.entries(fields)) if (!(key in entry)) entry[key] = plain(value)
    let line: string
    try {
      line = JSON.stringify(entry)
    } catch {
      // A field that JSON cannot write (a cycle, a BigInt) must not lose the line.
      line = JSON.stringify({
        time: entry.time,
        level: lineLevel,
        msg,
        logError: 'fields could not be written as JSON',
      })
    }
    write(line)
  }
  return {
    debug: (msg, fields) => log('debug', msg, fields),
    info: (msg, fields) => log('info', msg, fields),
    warn: (msg, fields) => log('warn', msg, fields),
    error: (msg, fields) => log('error', msg, fields),
  }
}
