import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import { type Comment, commentInputSchema, commentSchema, commentsSchema } from './contract'
import { request, type WriteOptions } from './http'
import { liveQuery } from './live-query'

/** The conversation about a release, oldest first. */
export const commentQueries = {
  all: () => ['comments'] as const,
  list: (releaseId: string) =>
    queryOptions({
      queryKey: [...commentQueries.all(), releaseId] as const,
      queryFn: ({ signal }) =>
        request(`/releases/${encodeURIComponent(releaseId)}/comments`, { schema: commentsSchema, signal }),
      ...liveQuery,
    }),
}

export type CommentInput = z.input<typeof commentInputSchema>

export const postComment = (releaseId: string, input: CommentInput, options: WriteOptions = {}): Promise<Comment> =>
  request(`/releases/${encodeURIComponent(releaseId)}/comments`, {
    method: 'POST',
    body: input,
    schema: commentSchema,
    ...options,
  })
