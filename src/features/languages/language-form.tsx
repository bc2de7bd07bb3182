import { useQueryClient } from '@tanstack/react-query'
import { useForm, useWatch } from 'react-hook-form'
import {
  type Language,
  type LanguageInput,
  languageInputSchema,
  languageScriptLabels,
  languageScripts,
} from '../../api/contract'
import { createLanguage, languageQueries, updateLanguage } from '../../api/languages'
import { refreshAfterReferenceWrite } from '../../api/reference-writes'
import { CheckboxField } from '../../components/form/checkbox-field'
import { contractResolver } from '../../components/form/contract-resolver'
import { FormModal } from '../../components/form/form-modal'
import { SelectField } from '../../components/form/select-field'
import { TextField } from '../../components/form/text-field'
import { showSavedNotice } from '../../components/form/saved-notice'
import { useSaveProblem } from '../../components/form/use-save-problem'
import { useVersionedSave } from '../../lib/versioned-save'

type Values = { code: string; name: string; nativeName: string; script: string; official: boolean }

const toValues = (language: Language | null): Values => ({
  code: language?.code ?? '',
  name: language?.name ?? '',
  nativeName: language?.nativeName ?? '',
  script: language?.script ?? '',
  official: language?.official ?? false,
})

/** What a `lang` attribute may take while the code is typed: nothing until it looks like a tag. */
const langOf = (code: string) => (/^[A-Za-z]{2,3}(-[A-Za-z]{4})?$/.test(code.trim()) ? code.trim() : undefined)

export const scriptLabel = (script: Language['script']) => `${languageScriptLabels[script]} (${script})`

type Props = { language: Language | null; opened: boolean; onClose: () => void }

/**
 * Add a language, or edit one's names, script and standing. Its code is shown but not editable
 * once created: releases name a language by it (the server refuses another, 422).
 */
export function LanguageForm({ language, opened, onClose }: Props) {
  const queryClient = useQueryClient()
  const form = useForm<Values, unknown, LanguageInput>({
    defaultValues: toValues(language),
    resolver: contractResolver(languageInputSchema, (values: Values) => values),
    mode: 'onTouched',
  })
  const saver = useVersionedSave({
    form,
    record: language,
    create: createLanguage,
    update: (record, input, version) => updateLanguage(record.id, { ...input, version }),
    latest: (record) => queryClient.fetchQuery({ ...languageQueries.detail(record.id), staleTime: 0 }),
    asInput: ({ code, name, nativeName, script, official }) => ({ code, name, nativeName, script, official }),
    onSaved: (saved, { created }) => {
      refreshAfterReferenceWrite(queryClient, languageQueries, { before: language, after: saved })
      showSavedNotice(`${created ? 'Added' : 'Saved'} ${saved.name}`)
      onClose()
    },
  })
  const { problem, reload } = useSaveProblem(
    saver,
    (latest) =>
      `${latest.name} (${latest.code}), “${latest.nativeName}”, ${scriptLabel(latest.script)}${latest.official ? ', official' : ''}`,
  )
  const { control } = form
  const code = useWatch({ control, name: 'code' })

  return (
    <FormModal
      opened={opened}
      title={language ? `Edit ${language.name}` : 'New language'}
      submitLabel={language ? 'Save' : 'Add'}
      onClose={onClose}
      onSubmit={() => void form.handleSubmit(saver.save)()}
      isPending={saver.isPending}
      problem={problem}
      onReload={() => void reload()}
    >
      {language ? (
        <TextField
          control={control}
          name="code"
          label="Code"
          readOnly
          variant="filled"
          description="A language’s code cannot change: releases name the language by it. For another code, add a new language."
        />
      ) : (
        <TextField
          control={control}
          name="code"
          label="Code"
          description="A BCP 47 tag: two or three letters, then optionally a script, e.g. ru, cnr, sr-Latn"
          required
          data-autofocus
          autoComplete="off"
          spellCheck={false}
        />
      )}
      <TextField
        control={control}
        name="name"
        label="Name in English"
        required
        {...(language ? { 'data-autofocus': true } : {})}
      />
      <TextField
        control={control}
        name="nativeName"
        label="Native name"
        description="Its name in itself, as its speakers write it, e.g. Русский"
        required
        lang={langOf(code)}
      />
      <SelectField
        control={control}
        name="script"
        label="Script"
        required
        placeholderOption="Select…"
        options={languageScripts.map((script) => ({ value: script, label: scriptLabel(script) }))}
      />
      <CheckboxField
        control={control}
        name="official"
        label="One of the OSCE’s six official languages"
        description="An official language cannot be deleted."
      />
    </FormModal>
  )
}
