import { z } from 'zod'
import { inboxQuerySchema } from '../../api/contract'

export const inboxSearchSchema = z.object({ page: inboxQuerySchema.shape.page.catch(1) })

export const inboxPageSize = 25
