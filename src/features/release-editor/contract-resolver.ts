import { type FieldError, type FieldErrors, type FieldValues, get, type Resolver, set } from 'react-hook-form'
import type { z } from 'zod'

/**
 * The form's values checked against a contract schema, as @hookform/resolvers' zodResolver does
 * for this form (no field arrays, first error per field, no native validation), without its code
 * in the editor's first load: the parsed values (the contract's defaults applied), or each field's
 * first issue, nested by its path, with the field's element for focus.
 */
export function contractResolver<Values extends FieldValues, Output>(
  schema: z.ZodType<Output>,
): Resolver<Values, unknown, Output> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values)
    if (result.success) return { values: result.data, errors: {} }
    const errors: FieldErrors<Values> = {}
    for (const issue of result.error.issues) {
      const path = issue.path.join('.')
      if (get(errors, path) !== undefined) continue
      const field = get(options.fields, path) as { ref?: FieldError['ref']; refs?: FieldError['ref'][] } | undefined
      set(errors, path, { type: issue.code, message: issue.message, ref: field?.refs?.[0] ?? field?.ref })
    }
    return { values: {}, errors }
  }
}
