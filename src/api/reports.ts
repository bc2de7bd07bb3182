import { queryOptions } from '@tanstack/react-query'
import {
  perFieldOfWorkSchema,
  perFieldOperationSchema,
  publishedPerMonthSchema,
  reportMonthsQuerySchema,
  type ReportMonthsQuery,
  reviewTurnaroundSchema,
  translationTurnaroundSchema,
} from './contract'
import { request } from './http'

/** Figures change slowly; a minute's staleness spares a refetch on every visit. */
const staleTime = 60_000

/** The reports. Every key lives under `all()`, so a workflow write may refresh them all at once. */
export const reportQueries = {
  all: () => ['reports'] as const,
  publishedPerMonth: (params: ReportMonthsQuery = {}) => {
    const canonical = reportMonthsQuerySchema.parse(params)
    return queryOptions({
      queryKey: [...reportQueries.all(), 'published-per-month', canonical] as const,
      queryFn: ({ signal }) =>
        request('/reports/published-per-month', { query: canonical, schema: publishedPerMonthSchema, signal }),
      staleTime,
    })
  },
  perFieldOperation: () =>
    queryOptions({
      queryKey: [...reportQueries.all(), 'per-field-operation'] as const,
      queryFn: ({ signal }) => request('/reports/per-field-operation', { schema: perFieldOperationSchema, signal }),
      staleTime,
    }),
  perFieldOfWork: () =>
    queryOptions({
      queryKey: [...reportQueries.all(), 'per-field-of-work'] as const,
      queryFn: ({ signal }) => request('/reports/per-field-of-work', { schema: perFieldOfWorkSchema, signal }),
      staleTime,
    }),
  reviewTurnaround: (params: ReportMonthsQuery = {}) => {
    const canonical = reportMonthsQuerySchema.parse(params)
    return queryOptions({
      queryKey: [...reportQueries.all(), 'review-turnaround', canonical] as const,
      queryFn: ({ signal }) =>
        request('/reports/review-turnaround', { query: canonical, schema: reviewTurnaroundSchema, signal }),
      staleTime,
    })
  },
  translationTurnaround: (params: ReportMonthsQuery = {}) => {
    const canonical = reportMonthsQuerySchema.parse(params)
    return queryOptions({
      queryKey: [...reportQueries.all(), 'translation-turnaround', canonical] as const,
      queryFn: ({ signal }) =>
        request('/reports/translation-turnaround', { query: canonical, schema: translationTurnaroundSchema, signal }),
      staleTime,
    })
  },
}
