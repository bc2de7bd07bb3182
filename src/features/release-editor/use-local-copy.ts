import { useEffect, useRef, useState } from 'react'
import { clearLocalCopy, newCopyKey, releaseCopyKey } from '../../lib/local-copy-keys'
import type { LocalCopy } from './local-copy-schema'
import { newCopiesOf, readLocalCopy, writeLocalCopy } from './local-copy-store'
import { claimTab, currentTabId, liveTabIds } from './tab-id'
import { editorTiming } from './timing'

/** Where this form keeps its copy: per person and release, or per person and tab for a new release. */
export const localCopyKey = (userId: string, releaseId: string | null) =>
  releaseId === null ? newCopyKey(userId, currentTabId()) : releaseCopyKey(userId, releaseId)

/**
 * Keeps the unsaved text: a moment after each change, and at once when the form goes away,
 * the page is hidden or closed (pagehide), so that the last words before a close are kept.
 * `keep` decides whether there is anything to keep and writes it synchronously.
 */
export function useKeepLocalCopy({ snapshot, keep }: { snapshot: string; keep: () => void }) {
  const latest = useRef(keep)
  useEffect(() => {
    latest.current = keep
  })

  useEffect(() => {
    // `snapshot` is read so that each change restarts the wait.
    if (!snapshot) return
    const timer = setTimeout(() => latest.current(), editorTiming.localDraftMs)
    return () => clearTimeout(timer)
  }, [snapshot])

  useEffect(() => {
    const now = () => latest.current()
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') now()
    }
    window.addEventListener('pagehide', now)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', now)
      document.removeEventListener('visibilitychange', onVisibility)
      now()
    }
  }, [])
}

/** A copy offered back: this form's own, or a new release's left by a tab that is closed now. */
export type Offer = { key: string; copy: LocalCopy; fromAnotherTab: boolean }

type Found = { offers: Offer[]; unreadable: boolean }

function ownCopy(key: string): Found {
  const { copy, unreadable } = readLocalCopy(key)
  return { offers: copy ? [{ key, copy, fromAnotherTab: false }] : [], unreadable }
}

/** This tab's copy first, then those of the person's closed tabs, newest first. */
async function newReleaseCopies(userId: string): Promise<Found> {
  const tabId = await claimTab()
  const own = ownCopy(newCopyKey(userId, tabId))
  const live = await liveTabIds()
  const others = newCopiesOf(userId)
  const orphans = others.copies
    .filter((found) => found.tabId !== tabId && !live?.has(found.tabId))
    .map(({ key, copy }) => ({ key, copy, fromAnotherTab: true }))
  return { offers: [...own.offers, ...orphans], unreadable: own.unreadable || others.unreadable }
}

/**
 * The copies found when the form opened, for the person to restore or discard, one at a time.
 * A malformed copy is removed on reading: `unreadable` says so. Read in an effect (reading
 * removes bad copies), and what a run finds is never dropped: under StrictMode the second run
 * finds the bad copies gone, and the first run's note must stay.
 */
export function useLocalCopyOffer(userId: string, releaseId: string | null) {
  const [found, setFound] = useState<Found>({ offers: [], unreadable: false })
  useEffect(() => {
    // Nothing found (the usual case) changes nothing: the form is not drawn again for it.
    const show = (copies: Found) =>
      setFound((was) =>
        copies.offers.length === 0 && was.offers.length === 0 && !copies.unreadable
          ? was
          : { offers: copies.offers, unreadable: was.unreadable || copies.unreadable },
      )
    if (releaseId === null) void newReleaseCopies(userId).then(show)
    else show(ownCopy(releaseCopyKey(userId, releaseId)))
  }, [userId, releaseId])

  const offer = found.offers[0] ?? null
  return {
    offer,
    unreadable: found.unreadable,
    dismissUnreadable: () => setFound((was) => ({ ...was, unreadable: false })),
    /** The form takes the copy: one from a closed tab becomes this tab's, so no other tab is offered it. */
    take: (taken: Offer) => {
      if (taken.fromAnotherTab) {
        writeLocalCopy(localCopyKey(userId, releaseId), taken.copy)
        clearLocalCopy(taken.key)
      }
      setFound((was) => ({ ...was, offers: [] }))
    },
    discard: (discarded: Offer) => {
      clearLocalCopy(discarded.key)
      setFound((was) => ({ ...was, offers: was.offers.filter((one) => one.key !== discarded.key) }))
    },
  }
}
