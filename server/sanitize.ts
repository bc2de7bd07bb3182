/**
 * Release bodies are sanitized where they are stored (decision 0003): in the browser by the
 * page's own DOMPurify, here by one over a jsdom window, with the contract's same rules.
 */
import createDOMPurify from 'dompurify'
import { JSDOM } from 'jsdom'
import { richTextSanitizer } from '../src/api/contract/sanitize-rich-text'

export const sanitizeOnServer = richTextSanitizer(createDOMPurify(new JSDOM('').window))
