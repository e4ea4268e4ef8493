import type { SeedDataset } from '../src/seed/dataset.js';

/**
 * The first dataset: a news report on the Israel–Hamas ceasefire talks (`ceasefire-talks-article.txt`).
 * Every record cites the article verbatim; offsets are JavaScript string indices into that file
 * (it uses curly apostrophes). What the article does not state is null, never guessed.
 */
export const ceasefireTalks: SeedDataset = {
  source: {
    id: 'ceasefire-talks-report',
    // The copy we hold carries no headline, byline, publisher, URL or date.
    title: null,
    publisher: null,
    url: null,
    publishedOn: null,
    publishedOnPrecision: 'unknown',
    textFile: 'ceasefire-talks-article.txt',
  },

  parties: [
    {
      id: 'israel',
      name: 'Israel',
      kind: 'state',
      description: null,
      evidence: [
        {
          quote:
            'Israel has concluded a high-level security meeting amid ongoing negotiations for a possible ceasefire deal with Hamas.',
          start: 0,
          end: 118,
        },
      ],
    },
    {
      id: 'hamas',
      name: 'Hamas',
      kind: 'armed-group',
      description: null,
      evidence: [
        {
          quote:
            'Hamas has expressed general approval of the framework for the deal but is pushing for three significant amendments.',
          start: 849,
          end: 964,
        },
      ],
    },
    {
      id: 'united-states',
      name: 'United States',
      kind: 'state',
      description: null,
      evidence: [{ quote: 'a meeting with the US president', start: 673, end: 704 }],
    },
    {
      id: 'gaza-humanitarian-foundation',
      name: 'Gaza Humanitarian Foundation',
      kind: 'organisation',
      description:
        'A recently established body in the distribution of humanitarian aid in Gaza, which Hamas wants removed from the process.',
      evidence: [
        {
          quote: 'This would remove the recently established Gaza Humanitarian Foundation from the process',
          start: 1327,
          end: 1415,
        },
      ],
    },
  ],

  actors: [
    {
      id: 'benjamin-netanyahu',
      partyId: 'israel',
      kind: 'person',
      name: 'Benjamin Netanyahu',
      role: 'Prime Minister',
      evidence: [{ quote: 'Prime Minister Benjamin Netanyahu', start: 119, end: 152 }],
    },
    {
      id: 'netanyahus-office',
      partyId: 'israel',
      kind: 'office',
      name: 'Netanyahu’s office',
      role: 'Office of the Prime Minister',
      evidence: [{ quote: 'Netanyahu’s office issued a statement', start: 287, end: 324 }],
    },
    {
      id: 'israeli-security-officials',
      partyId: 'israel',
      kind: 'group',
      name: 'Top security officials',
      role: null,
      evidence: [{ quote: 'met with top security officials and cabinet members', start: 153, end: 204 }],
    },
    {
      id: 'israeli-cabinet-members',
      partyId: 'israel',
      kind: 'group',
      name: 'Cabinet members',
      role: null,
      evidence: [{ quote: 'met with top security officials and cabinet members', start: 153, end: 204 }],
    },
    {
      id: 'israeli-delegation',
      partyId: 'israel',
      kind: 'delegation',
      name: 'Israeli delegation',
      role: null,
      evidence: [
        {
          quote: 'The Israeli delegation is scheduled to travel to Doha for further discussions',
          start: 529,
          end: 606,
        },
      ],
    },
    {
      id: 'us-president',
      partyId: 'united-states',
      kind: 'person',
      // The article does not name the president.
      name: null,
      role: 'President of the United States',
      evidence: [{ quote: 'a meeting with the US president', start: 673, end: 704 }],
    },
  ],

  issues: [
    {
      id: 'ending-the-war',
      title: 'Ending the war',
      description:
        'Whether talks on ending the war begin immediately or only after the proposed 60-day pause in fighting concludes.',
      evidence: [
        {
          quote:
            'immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude',
          start: 988,
          end: 1096,
        },
      ],
    },
    {
      id: 'humanitarian-aid-channels',
      title: 'Humanitarian aid channels',
      description:
        'Through which channels humanitarian aid is distributed in Gaza, and whether the Gaza Humanitarian Foundation takes part.',
      evidence: [{ quote: 'humanitarian aid distribution return to pre-existing channels', start: 1264, end: 1325 }],
    },
    {
      id: 'israeli-forces-in-gaza',
      title: 'Israeli forces in Gaza',
      description: 'The presence and movement of Israeli forces within Gaza during the truce.',
      evidence: [{ quote: 'the presence and movement of Israeli forces within Gaza', start: 1680, end: 1735 }],
    },
  ],

  proposals: [
    {
      id: 'truce-framework',
      title: 'Truce framework',
      summary:
        'The framework for a possible ceasefire deal between Israel and Hamas, built around a proposed 60-day pause in fighting.',
      // The article does not say who drafted or tabled the framework.
      proposedByPartyId: null,
      pauseDurationDays: 60,
      status: 'under-negotiation',
      evidence: [
        { quote: 'ongoing negotiations for a possible ceasefire deal with Hamas', start: 56, end: 117 },
        { quote: 'the latest developments in the truce framework', start: 216, end: 262 },
        { quote: 'the proposed 60-day pause in fighting', start: 1047, end: 1084 },
      ],
    },
  ],

  demands: [
    {
      id: 'immediate-talks-on-ending-the-war',
      partyId: 'hamas',
      proposalId: 'truce-framework',
      issueId: 'ending-the-war',
      title: 'Immediate talks on ending the war',
      summary:
        'Begin talks on ending the war immediately, rather than waiting for the proposed 60-day pause in fighting to conclude.',
      rationale:
        'Hamas views this as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.',
      status: 'rejected',
      raisedOn: null,
      raisedOnPrecision: 'unknown',
      evidence: [
        {
          quote:
            'First, the group wants immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude.',
          start: 965,
          end: 1097,
        },
        {
          quote:
            'Hamas views this as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.',
          start: 1098,
          end: 1229,
        },
      ],
    },
    {
      id: 'aid-through-pre-existing-channels',
      partyId: 'hamas',
      proposalId: 'truce-framework',
      issueId: 'humanitarian-aid-channels',
      title: 'Aid through pre-existing channels',
      summary:
        'Return humanitarian aid distribution to pre-existing channels, removing the Gaza Humanitarian Foundation from the process.',
      // Only what Hamas argues; the article's own guess at Hamas's view of the Foundation is left out.
      rationale:
        'Aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.',
      status: 'rejected',
      raisedOn: null,
      raisedOnPrecision: 'unknown',
      evidence: [
        {
          quote: 'Secondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels.',
          start: 1230,
          end: 1326,
        },
        {
          quote: 'This would remove the recently established Gaza Humanitarian Foundation from the process',
          start: 1327,
          end: 1415,
        },
        {
          quote:
            'The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.',
          start: 1499,
          end: 1632,
        },
      ],
    },
    {
      id: 'limits-on-israeli-forces-in-gaza',
      partyId: 'hamas',
      proposalId: 'truce-framework',
      issueId: 'israeli-forces-in-gaza',
      title: 'Limits on Israeli forces in Gaza',
      summary:
        'Specific restrictions or guarantees concerning Israeli military deployment in Gaza during the truce period.',
      rationale:
        'A vital security matter, especially in protecting civilians and ensuring the integrity of any agreement.',
      status: 'rejected',
      raisedOn: null,
      raisedOnPrecision: 'unknown',
      evidence: [
        {
          quote:
            'Finally, Hamas has raised objections regarding the presence and movement of Israeli forces within Gaza as part of the deal.',
          start: 1633,
          end: 1756,
        },
        {
          quote:
            'The group is reportedly seeking specific restrictions or guarantees concerning Israeli military deployment in the territory during the truce period.',
          start: 1757,
          end: 1905,
        },
        {
          quote:
            'They consider this a vital security matter, especially in protecting civilians and ensuring the integrity of any agreement.',
          start: 1906,
          end: 2029,
        },
      ],
    },
  ],

  responses: [
    {
      id: 'israel-rejects-hamas-amendments',
      partyId: 'israel',
      actorId: 'netanyahus-office',
      proposalId: 'truce-framework',
      stance: 'reject',
      wording: 'unacceptable',
      summary:
        'After the high-level security meeting, Netanyahu’s office issued a statement rejecting the amendments Hamas proposed to the deal as unacceptable.',
      reasons: [
        'Immediate discussions on permanently ending the war would undermine Israel’s security objectives.',
        'Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.',
        'Any temporary pause must be structured to preserve Israel’s strategic leverage and not compromise its military goals.',
      ],
      issuedOn: null,
      issuedOnPrecision: 'unknown',
      // The statement rejects the amendments together, without singling one out.
      answers: [
        { demandId: 'immediate-talks-on-ending-the-war', scope: 'unspecified' },
        { demandId: 'aid-through-pre-existing-channels', scope: 'unspecified' },
        { demandId: 'limits-on-israeli-forces-in-gaza', scope: 'unspecified' },
      ],
      evidence: [
        {
          quote:
            'Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.',
          start: 264,
          end: 417,
        },
        { quote: 'Israeli officials have firmly opposed these proposed changes.', start: 2030, end: 2091 },
        {
          quote:
            'They argue that immediate discussions on permanently ending the war would undermine their security objectives and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.',
          start: 2092,
          end: 2295,
        },
        {
          quote:
            'The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.',
          start: 2296,
          end: 2461,
        },
      ],
    },
    {
      id: 'hamas-approves-framework-with-amendments',
      partyId: 'hamas',
      actorId: null,
      proposalId: 'truce-framework',
      stance: 'conditional-accept',
      wording: null,
      summary:
        'Hamas expressed general approval of the framework for the deal while pushing for three significant amendments.',
      reasons: [],
      issuedOn: null,
      issuedOnPrecision: 'unknown',
      answers: [],
      evidence: [
        {
          quote:
            'Hamas has expressed general approval of the framework for the deal but is pushing for three significant amendments.',
          start: 849,
          end: 964,
        },
      ],
    },
  ],

  meetings: [
    {
      id: 'israeli-security-meeting',
      title: 'High-level security meeting',
      kind: 'security-meeting',
      status: 'held',
      location: null,
      startsOn: null,
      startsOnPrecision: 'unknown',
      purpose: 'To discuss the latest developments in the truce framework.',
      participants: [
        { partyId: 'israel', actorId: 'benjamin-netanyahu' },
        { partyId: 'israel', actorId: 'israeli-security-officials' },
        { partyId: 'israel', actorId: 'israeli-cabinet-members' },
      ],
      evidence: [
        { quote: 'Israel has concluded a high-level security meeting', start: 0, end: 50 },
        {
          quote:
            'Prime Minister Benjamin Netanyahu met with top security officials and cabinet members to discuss the latest developments in the truce framework.',
          start: 119,
          end: 263,
        },
      ],
    },
    {
      id: 'doha-talks',
      title: 'Talks in Doha',
      kind: 'negotiation-round',
      status: 'scheduled',
      location: 'Doha',
      startsOn: null,
      startsOnPrecision: 'unknown',
      purpose: 'Further discussions in the ceasefire negotiations.',
      // Only the Israeli delegation is named; the article does not say who else attends.
      participants: [{ partyId: 'israel', actorId: 'israeli-delegation' }],
      evidence: [
        {
          quote: 'The Israeli delegation is scheduled to travel to Doha for further discussions',
          start: 529,
          end: 606,
        },
      ],
    },
    {
      id: 'washington-meeting',
      title: 'Netanyahu’s meeting with the US president in Washington',
      kind: 'bilateral-meeting',
      status: 'planned',
      location: 'Washington, DC',
      startsOn: null,
      startsOnPrecision: 'unknown',
      purpose:
        'A meeting with the US president; the report reads it, with the Doha talks, as Israel engaging key international partners.',
      participants: [
        { partyId: 'israel', actorId: 'benjamin-netanyahu' },
        { partyId: 'united-states', actorId: 'us-president' },
      ],
      evidence: [
        {
          quote: 'coinciding with Netanyahu’s planned visit to Washington, DC, for a meeting with the US president',
          start: 608,
          end: 704,
        },
        {
          quote:
            'Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.',
          start: 706,
          end: 837,
        },
      ],
    },
  ],
};
