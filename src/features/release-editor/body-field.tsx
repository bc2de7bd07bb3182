import { Input, Textarea } from '@mantine/core'
import { lazy, Suspense } from 'react'
import { type Control, Controller } from 'react-hook-form'
import type { ReleaseFormValues } from './form-values'
import { bodyAsText } from './form-values'

// Tiptap and its toolbar come in their own chunk, fetched when a form first shows a body.
const BodyEditor = lazy(() => import('./body-editor'))

export const bodyLabelId = 'release-body-label'
export const bodyInputId = 'release-body'

/** The Body field: a visible label naming the lazily loaded rich-text editor, and its error. */
export function BodyField({ control }: { control: Control<ReleaseFormValues> }) {
  return (
    <Controller
      control={control}
      name="body"
      render={({ field, fieldState }) => (
        <Input.Wrapper
          label="Body"
          labelElement="div"
          error={fieldState.error?.message}
          labelProps={{ id: bodyLabelId }}
        >
          <Suspense
            fallback={
              <Textarea
                readOnly
                rows={8}
                aria-labelledby={bodyLabelId}
                description="Loading the editor…"
                value={bodyAsText(field.value)}
              />
            }
          >
            <BodyEditor
              id={bodyInputId}
              labelId={bodyLabelId}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              invalid={!!fieldState.error}
            />
          </Suspense>
        </Input.Wrapper>
      )}
    />
  )
}
