/**
 * Sentence templates for the generated releases. Each takes the pieces of one release
 * (a field operation, its host State, topics, the Chair-in-Office of the year) and
 * answers plausible text; the generator chooses among them with the seeded PRNG.
 */
export type TemplateContext = {
  operation: string
  place: string
  country: string
  otherCountry: string
  topic: string
  otherTopic: string
  chair: string
  count: number
}

export const titleTemplates: ReadonlyArray<(c: TemplateContext) => string> = [
  (c) => `OSCE ${c.operation} supports ${c.topic} training in ${c.country}`,
  (c) => `OSCE ${c.operation} and authorities of ${c.country} discuss co-operation on ${c.topic}`,
  (c) => `Regional conference on ${c.topic} opens in ${c.place}`,
  (c) => `OSCE Chair-in-Office ${c.chair} visits ${c.country}, highlights ${c.topic}`,
  (c) => `OSCE ${c.operation} launches new project on ${c.topic}`,
  (c) => `Experts from ${c.count} participating States meet in ${c.place} to strengthen ${c.topic}`,
  (c) => `Young leaders from ${c.country} and ${c.otherCountry} join OSCE workshop on ${c.topic}`,
  (c) => `OSCE ${c.operation} hands over equipment to support ${c.topic} in ${c.country}`,
]

export const openingTemplates: ReadonlyArray<(c: TemplateContext) => string> = [
  (c) =>
    `The OSCE ${c.operation} today concluded a three-day course on ${c.topic} for ${c.count * 3} officials from ${c.country}.`,
  (c) =>
    `Representatives of ${c.country} and ${c.otherCountry} met in ${c.place} today to review progress on ${c.topic}, at an event organized by the OSCE ${c.operation}.`,
  (c) =>
    `The OSCE ${c.operation} and the authorities of ${c.country} agreed today to deepen their co-operation on ${c.topic} and ${c.otherTopic}.`,
  (c) => `Some ${c.count * 5} participants gathered in ${c.place} this week for the annual OSCE meeting on ${c.topic}.`,
]

export const quoteTemplates: ReadonlyArray<(c: TemplateContext) => string> = [
  (c) =>
    `“Progress on ${c.topic} depends on trust between institutions and the people they serve,” said OSCE Chair-in-Office ${c.chair}.`,
  (c) =>
    `“Our partners in ${c.country} have shown what sustained co-operation on ${c.topic} can achieve,” said a representative of the OSCE ${c.operation}.`,
  (c) =>
    `“${capitalize(c.otherTopic)} and ${c.topic} go hand in hand,” the participants concluded in their joint recommendations.`,
]

export const closingTemplates: ReadonlyArray<(c: TemplateContext) => string> = [
  (c) =>
    `The event is part of the long-term support of the OSCE ${c.operation} to ${c.country} in ${c.otherTopic}, in line with OSCE commitments.`,
  (c) =>
    `The project is funded by extra-budgetary contributions from ${c.otherCountry} and runs until the end of the year.`,
  (c) => `Follow-up meetings on ${c.topic} are planned in ${c.place} in the coming months.`,
]

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "Border management" → "border management", but "Cyber/ICT Security" and "Roma and Sinti" keep their capitals. */
export function topicPhrase(name: string): string {
  if (/[A-Z]{2,}/.test(name) || name.startsWith('Roma')) return name
  return name.charAt(0).toLowerCase() + name.slice(1)
}
