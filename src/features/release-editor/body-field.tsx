import { Box, Input, Text } from '@mantine/core'
import { Suspense } from 'react'
import { type Control, Controller } from 'react-hook-form'
import type { ReleaseFormValues } from './form-values'
import { bodyAsText } from './form-values'
import classes from './body-field.module.css'
import { BODY_MIN_HEIGHT } from './body-size'
import { lazyFetchedWhenIdle } from './second-pass'

// Tiptap and its toolbar come in their own chunk, fetched when the page is idle after the editor's
// route code loads (while the release page is read, before Edit is clicked).
const BodyEditor = lazyFetchedWhenIdle(() => import('./body-editor'))

export const bodyLabelId = 'release-body-label'
export const bodyInputId = 'release-body'
const loadingNoteId = 'release-body-loading'

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
              <Box className={`${classes.frame} ${classes.standInFrame}`} mih={BODY_MIN_HEIGHT}>
                <Text id={loadingNoteId} className={classes.note} size="sm" c="dimmed">
                  Loading the editor…
                </Text>
                <textarea
                  readOnly
                  className={classes.standIn}
                  aria-labelledby={bodyLabelId}
                  aria-describedby={loadingNoteId}
                  value={bodyAsText(field.value)}
                />
              </Box>
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
