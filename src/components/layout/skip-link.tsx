import classes from './skip-link.module.css'

export const mainContentId = 'main-content'

/** Lets a keyboard user jump over the header and navigation (WCAG 2.4.1). */
export function SkipLink() {
  return (
    <a className={classes.skipLink} href={`#${mainContentId}`}>
      Skip to main content
    </a>
  )
}
