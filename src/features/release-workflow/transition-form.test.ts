import { describe, expect, it } from 'vitest'
import { emptyTransitionForm, toTransitionInput, transitionResolver } from './transition-form'

const now = new Date('2026-11-27T12:00:00Z')
const resolve = (action: Parameters<typeof transitionResolver>[0], values: Partial<typeof emptyTransitionForm>) =>
  transitionResolver(action, () => ({ version: 3, now }))({ ...emptyTransitionForm, ...values }, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  })

describe('transition form', () => {
  it('sends the version, a trimmed comment, and a publication time in UTC only when scheduling an approval', () => {
    expect(toTransitionInput('submit', 3, { ...emptyTransitionForm, comment: '  ' })).toEqual({
      action: 'submit',
      version: 3,
    })
    expect(toTransitionInput('approve', 3, { comment: ' ok ', when: 'now', publishAt: '2026-11-28 14:00:00' })).toEqual(
      { action: 'approve', version: 3, comment: 'ok' },
    )
    expect(
      toTransitionInput('approve', 3, { comment: '', when: 'schedule', publishAt: '2026-11-28 14:00:00' }),
    ).toMatchObject({ publishAt: new Date(2026, 10, 28, 14).toISOString() })
  })

  it('asks for the comment the contract requires', async () => {
    expect((await resolve('request-changes', {})).errors).toMatchObject({
      comment: { message: 'Say what needs to change' },
    })
    expect((await resolve('withdraw', { comment: '   ' })).errors).toMatchObject({
      comment: { message: 'Give a reason for withdrawing' },
    })
    expect((await resolve('reopen', {})).errors).toEqual({})
    // Returning a scheduled release to draft: its reason is optional, and what is sent is the contract's body.
    expect(await resolve('unschedule', {})).toEqual({ values: { action: 'unschedule', version: 3 }, errors: {} })
    expect((await resolve('unschedule', { comment: ' Figures changed. ' })).values).toEqual({
      action: 'unschedule',
      version: 3,
      comment: 'Figures changed.',
    })
  })

  it('asks for a publication time ahead when scheduling', async () => {
    expect((await resolve('approve', { when: 'schedule', publishAt: null })).errors).toMatchObject({
      publishAt: { message: 'Choose a publication time' },
    })
    expect((await resolve('approve', { when: 'schedule', publishAt: '2026-11-01 09:00:00' })).errors).toMatchObject({
      publishAt: { message: 'Choose a time in the future, or publish now' },
    })
    expect((await resolve('approve', { when: 'schedule', publishAt: '2026-12-01 09:00:00' })).values).toMatchObject({
      action: 'approve',
      version: 3,
    })
  })
})
