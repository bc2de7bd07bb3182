/**
 * The body's box, the editor's and its loading stand-in's alike: a toolbar (or the loading
 * note) above a writing area that fills the rest, about ten lines when empty. One height
 * for both, so nothing below moves when the editor arrives, on a phone too, where the
 * toolbar wraps and the writing area gives way rather than the box growing.
 */
export const BODY_MIN_HEIGHT = '16rem'
