import '@mantine/tiptap/styles.css'
import { RichTextEditor } from '@mantine/tiptap'
import { useEditor } from '@tiptap/react'
import { StarterKit } from '@tiptap/starter-kit'
import { useEffect, useRef } from 'react'
import classes from './body-field.module.css'
import { BODY_MIN_HEIGHT } from './body-size'

export type BodyEditorProps = {
  value: string
  onChange: (html: string) => void
  onBlur: () => void
  /** The id of the visible label that names the editable area. */
  labelId: string
  id: string
  invalid?: boolean
}

/** The editable area is a multi-line textbox named by the visible label. */
const attributes = (id: string, labelId: string, invalid = false): Record<string, string> => ({
  id,
  role: 'textbox',
  'aria-multiline': 'true',
  'aria-labelledby': labelId,
  ...(invalid ? { 'aria-invalid': 'true' } : {}),
})

/**
 * The rich-text body: only what the contract's sanitizer keeps (paragraphs, h2/h3,
 * quotes, lists, links, bold, italic). Loaded lazily: the list never pays for Tiptap.
 */
export default function BodyEditor({ value, onChange, onBlur, labelId, id, invalid }: BodyEditorProps) {
  // What the editor last reported, so a value coming back from the form is not set again.
  const emitted = useRef(value)
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        // No empty paragraph forced after a list or quote: it would be saved as <p></p>.
        trailingNode: false,
        // No `protocols`: http, https and mailto are linkify's own schemes. Naming them registered
        // them again in linkify's one shared scanner on every editor's start, and it warned three
        // times whenever it had already read text (every save of a new release, every remount).
        link: { openOnClick: false, autolink: true },
      }),
    ],
    content: value,
    editorProps: { attributes: attributes(id, labelId, invalid) },
    onUpdate: ({ editor: current }) => {
      const html = current.isEmpty ? '' : current.getHTML()
      emitted.current = html
      onChange(html)
    },
    onBlur: () => onBlur(),
  })

  useEffect(() => {
    if (!editor || value === emitted.current) return
    emitted.current = value
    editor.commands.setContent(value, { emitUpdate: false })
  }, [editor, value])

  useEffect(() => {
    editor?.setOptions({ editorProps: { attributes: attributes(id, labelId, invalid) } })
  }, [editor, id, labelId, invalid])

  return (
    <RichTextEditor
      editor={editor}
      mih={BODY_MIN_HEIGHT}
      classNames={{ root: classes.frame, content: classes.writing }}
    >
      <RichTextEditor.Toolbar>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Bold />
          <RichTextEditor.Italic />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.H2 />
          <RichTextEditor.H3 />
          <RichTextEditor.Blockquote />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.BulletList />
          <RichTextEditor.OrderedList />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Link />
          <RichTextEditor.Unlink />
        </RichTextEditor.ControlsGroup>
      </RichTextEditor.Toolbar>
      <RichTextEditor.Content />
    </RichTextEditor>
  )
}
