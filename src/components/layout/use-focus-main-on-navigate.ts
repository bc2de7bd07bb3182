import { useRouter } from '@tanstack/react-router'
import { useEffect } from 'react'

/**
 * After moving to another page, puts focus on the main content, so a screen reader starts
 * reading the new page and a keyboard user does not tab through the navigation again.
 * Changes of search params only (paging, filters) keep focus where it is.
 */
export function useFocusMainOnNavigate(mainId: string) {
  const router = useRouter()
  useEffect(
    () =>
      router.subscribe('onRendered', ({ fromLocation, pathChanged }) => {
        if (!fromLocation || !pathChanged) return
        document.getElementById(mainId)?.focus({ preventScroll: true })
      }),
    [router, mainId],
  )
}
