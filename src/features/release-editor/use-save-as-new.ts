import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Release } from '../../api/contract'
import { createRelease, releaseQueries } from '../../api/releases'
import { useIdempotencyKey } from '../../lib/idempotency-key'
import type { ReleaseFormOutput } from './form-values'

/**
 * "Save as a new draft": the typed text becomes a release of its own when the one it was
 * written for moved on or is gone. Its own Idempotency-Key, so a retry never makes two.
 */
export function useSaveAsNew(onCreated: (release: Release) => void) {
  const queryClient = useQueryClient()
  const key = useIdempotencyKey()
  return useMutation({
    mutationFn: (input: ReleaseFormOutput) => createRelease(input, { idempotencyKey: key.get() }),
    onSuccess: (created) => {
      key.renew()
      queryClient.setQueryData(releaseQueries.detail(created.id).queryKey, created)
      void queryClient.invalidateQueries({ queryKey: releaseQueries.lists() })
      onCreated(created)
    },
    onError: (error) => key.settle(error),
  })
}
