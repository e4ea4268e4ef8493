/** Records tests write through the API, quoting the seeded article. */
export const seededSource = 'ceasefire-talks-report';
export const reporter = { kind: 'reporter' };

/** A statement the seed does not hold, with its quote from the seeded article. */
export const newStatement = {
  sourceId: seededSource,
  id: 'civilians-face-dire-conditions',
  kind: 'context',
  title: 'Civilians in Gaza face dire conditions',
  summary: 'The report says civilians in Gaza continue to face dire conditions.',
  evidence: [
    {
      quote: 'civilians in Gaza continue to face dire conditions',
      attributedTo: reporter,
      reporting: 'reporter-analysis',
    },
  ],
};
