import { describe, expect, it } from 'vitest'
import { createJsonLogger } from './logger'

function capture(level?: 'debug' | 'info' | 'warn' | 'error') {
  const lines: string[] = []
  const logger = createJsonLogger({
    level,
    write: (line) => lines.push(line),
    now: () => new Date('2026-11-30T10:00:00Z'),
  })
  return { logger, lines }
}

describe('createJsonLogger', () => {
  it('writes one JSON object per line: time, level, msg, then the fields', () => {
    const { logger, lines } = capture()
    logger.info('listening', { url: 'http://127.0.0.1:8080' })
    expect(lines).toEqual([
      '{"time":"2026-11-30T10:00:00.000Z","level":"info","msg":"listening","url":"http://127.0.0.1:8080"}',
    ])
  })

  it('writes nothing below its level', () => {
    const { logger, lines } = capture('warn')
    logger.debug('a')
    logger.info('b')
    logger.warn('c')
    logger.error('d')
    expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(['c', 'd'])
  })

  it('writes an error as its name, message and stack', () => {
    const { logger, lines } = capture()
    logger.error('failed', { error: new TypeError('bad') })
    expect(JSON.parse(lines[0]!)).toMatchObject({
      error: { name: 'TypeError', message: 'bad', stack: expect.stringContaining('TypeError: bad') },
    })
  })

  it('lets no field overwrite time, level or msg', () => {
    const { logger, lines } = capture()
    logger.info('real', { level: 'error', msg: 'forged', time: 'never' })
    expect(JSON.parse(lines[0]!)).toEqual({ time: '2026-11-30T10:00:00.000Z', level: 'info', msg: 'real' })
  })

  it('keeps the line when a field cannot be written as JSON', () => {
    const { logger, lines } = capture()
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    logger.warn('odd', { cycle, big: 1n })
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'warn', msg: 'odd', logError: expect.any(String) })
  })

  it('escapes newlines, so one entry is one line', () => {
    const { logger, lines } = capture()
    logger.info('x', { path: '/a\n{"level":"error"}' })
    expect(lines).toHaveLength(1)
    expect(lines[0]).not.toContain('\n')
  })
})
