import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/api-error'
import { idempotencyKey, mayHaveBeenApplied } from './idempotency-key'

const answered = (status: number) => new ApiError({ status, title: 'x' })

describe('mayHaveBeenApplied', () => {
  it('is false only after a refusal (a 4xx answer)', () => {
    for (const status of [400, 403, 404, 409, 422, 429]) expect(mayHaveBeenApplied(answered(status))).toBe(false)
    for (const status of [0, 500, 502, 503]) expect(mayHaveBeenApplied(answered(status))).toBe(true)
    // A success whose answer could not be read, or something other than an answer: it may have been done.
    expect(mayHaveBeenApplied(answered(201))).toBe(true)
    expect(mayHaveBeenApplied(new TypeError('x'))).toBe(true)
  })
})

describe('idempotencyKey', () => {
  it('keeps one key for the intent, with what it was first sent with, until it is renewed', () => {
    const key = idempotencyKey<string>()
    expect(key.kept()).toBeNull()
    const first = key.get('first body')
    expect(key.get('second body')).toBe(first)
    expect(key.kept()).toEqual({ key: first, details: 'first body' })
    key.renew()
    expect(key.get('second body')).not.toBe(first)
  })

  it('keeps the key after a failure that may have been applied, drops it after a refusal', () => {
    const key = idempotencyKey()
    const first = key.get()
    key.settle(answered(0))
    key.settle(answered(503))
    expect(key.get()).toBe(first)
    key.settle(answered(422))
    expect(key.kept()).toBeNull()
    expect(key.get()).not.toBe(first)
  })

  it('takes over a key kept elsewhere', () => {
    const key = idempotencyKey<{ input: string }>()
    key.resume({ key: 'kept-in-a-local-copy', details: { input: 'body' } })
    expect(key.get({ input: 'other' })).toBe('kept-in-a-local-copy')
  })
})
