import { Alert } from '@mantine/core'
import { IconWifiOff } from '@tabler/icons-react'
import { type Mutation, onlineManager, type Query, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { isNoAnswer } from '../../api/api-error'
import classes from './connection-status.module.css'

const subscribeOnline = (onChange: () => void) => onlineManager.subscribe(onChange)
const isOnline = () => onlineManager.isOnline()

type CacheAction = { type: string; error?: unknown }
/** What each cache event says about the connection: lost (no answer), back (an answer), or nothing. */
const heard = (event: { type: string; action?: CacheAction }): 'lost' | 'back' | null => {
  if (event.type !== 'updated' || !event.action) return null
  const { type, error } = event.action
  if ((type === 'error' || type === 'failed') && isNoAnswer(error)) return 'lost'
  if (type === 'success') return 'back'
  return null
}

/**
 * Whether the connection is lost: the browser says it is offline ('offline' event, through
 * TanStack Query's onlineManager, which also resumes and refetches on 'online'), or the last
 * request got no answer at all (status 0) and none has been answered since.
 */
export function useConnectionLost(): boolean {
  const queryClient = useQueryClient()
  const online = useSyncExternalStore(subscribeOnline, isOnline, () => true)
  // A page opened while offline: the browser knows before any event fires.
  const [unreachable, setUnreachable] = useState(() => typeof navigator !== 'undefined' && navigator.onLine === false)
  useEffect(() => {
    const listen = (event: { type: string; action?: CacheAction }) => {
      const news = heard(event)
      if (news) setUnreachable(news === 'lost')
    }
    const stopQueries = queryClient
      .getQueryCache()
      .subscribe((event) => listen(event as { type: string; action?: CacheAction; query: Query }))
    const stopMutations = queryClient
      .getMutationCache()
      .subscribe((event) => listen(event as { type: string; action?: CacheAction; mutation?: Mutation }))
    const onOnline = () => setUnreachable(false)
    window.addEventListener('online', onOnline)
    return () => {
      stopQueries()
      stopMutations()
      window.removeEventListener('online', onOnline)
    }
  }, [queryClient])
  return !online || unreachable
}

// The body's text colour on the page's background: orange text would not meet WCAG AA contrast.
const textColor = { title: { color: 'var(--mantine-color-text)' }, message: { color: 'var(--mantine-color-text)' } }

/**
 * A banner while the connection is lost, in a polite live region (announced, never taking
 * focus): what is typed stays on the page, and saving needs the connection back. It goes
 * when the browser is online again or a request is answered.
 */
export function ConnectionStatus() {
  const lost = useConnectionLost()
  return (
    <output className={classes.region} aria-live="polite" aria-atomic="true">
      {lost ? (
        <Alert
          role="none"
          color="orange"
          variant="light"
          icon={<IconWifiOff aria-hidden />}
          title="No connection"
          mb="sm"
          styles={textColor}
          bg="var(--mantine-color-body)"
          bd="1px solid var(--mantine-color-orange-filled)"
        >
          You are offline or the server cannot be reached. What you have typed stays here; save or retry once the
          connection is back. This notice goes away by itself.
        </Alert>
      ) : null}
    </output>
  )
}
