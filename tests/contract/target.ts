/** Where the cases send their requests: the server at API_BASE_URL, else the in-process mock (setup.ts). */
export const inProcessBaseUrl = 'http://mock.contract.test/api'
export const baseUrl = (process.env.API_BASE_URL ?? inProcessBaseUrl).replace(/\/+$/, '')
