import { useMutation, useQueryClient } from '@tanstack/react-query'
import { inboxQueries, markRead, type MarkReadInput } from '../../api/inbox'

/** Marks notifications read; the inbox and its unread count refresh after. */
export function useMarkRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: MarkReadInput) => markRead(input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: inboxQueries.all() }),
  })
}
