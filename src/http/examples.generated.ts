// Generated from seed/ by `npm run openapi`; do not edit.
import type { Examples } from './example-types.js';

export const generatedExamples = {
  "actor": {
    "id": "benjamin-netanyahu",
    "partyId": "israel",
    "kind": "person",
    "name": "Benjamin Netanyahu",
    "role": "Prime Minister",
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "Prime Minister Benjamin Netanyahu",
        "start": 119,
        "end": 152
      }
    ],
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z"
  },
  "party": {
    "id": "united-states",
    "name": "United States",
    "kind": "state",
    "description": null,
    "actors": [
      {
        "id": "us-president",
        "partyId": "united-states",
        "kind": "person",
        "name": null,
        "role": "President of the United States",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "a meeting with the US president",
            "start": 673,
            "end": 704
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ],
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "a meeting with the US president",
        "start": 673,
        "end": 704
      }
    ],
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z"
  },
  "issue": {
    "id": "humanitarian-aid-channels",
    "title": "Humanitarian aid channels",
    "description": "Through which channels humanitarian aid is distributed in Gaza, and whether the Gaza Humanitarian Foundation takes part.",
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "humanitarian aid distribution return to pre-existing channels",
        "start": 1264,
        "end": 1325
      }
    ],
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z"
  },
  "proposal": {
    "id": "truce-framework",
    "title": "Truce framework",
    "summary": "The framework for a possible ceasefire deal between Israel and Hamas, built around a proposed 60-day pause in fighting.",
    "proposedByPartyId": null,
    "pauseDurationDays": 60,
    "status": "under-negotiation",
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "ongoing negotiations for a possible ceasefire deal with Hamas",
        "start": 56,
        "end": 117
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "the latest developments in the truce framework",
        "start": 216,
        "end": 262
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "the proposed 60-day pause in fighting",
        "start": 1047,
        "end": 1084
      }
    ],
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z"
  },
  "demand": {
    "id": "aid-through-pre-existing-channels",
    "partyId": "hamas",
    "proposalId": "truce-framework",
    "issueId": "humanitarian-aid-channels",
    "title": "Aid through pre-existing channels",
    "summary": "Return humanitarian aid distribution to pre-existing channels, removing the Gaza Humanitarian Foundation from the process.",
    "rationale": "Aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
    "status": "rejected",
    "raisedOn": null,
    "raisedOnPrecision": "unknown",
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "Secondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels.",
        "start": 1230,
        "end": 1326
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "This would remove the recently established Gaza Humanitarian Foundation from the process",
        "start": 1327,
        "end": 1415
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
        "start": 1499,
        "end": 1632
      }
    ],
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z"
  },
  "response": {
    "id": "israel-rejects-hamas-amendments",
    "partyId": "israel",
    "actorId": "netanyahus-office",
    "proposalId": "truce-framework",
    "stance": "reject",
    "wording": "unacceptable",
    "summary": "After the high-level security meeting, Netanyahu’s office issued a statement rejecting the amendments Hamas proposed to the deal as unacceptable.",
    "reasons": [
      "Immediate discussions on permanently ending the war would undermine Israel’s security objectives.",
      "Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
      "Any temporary pause must be structured to preserve Israel’s strategic leverage and not compromise its military goals."
    ],
    "issuedOn": null,
    "issuedOnPrecision": "unknown",
    "answers": [
      {
        "demandId": "immediate-talks-on-ending-the-war",
        "scope": "unspecified"
      },
      {
        "demandId": "aid-through-pre-existing-channels",
        "scope": "unspecified"
      },
      {
        "demandId": "limits-on-israeli-forces-in-gaza",
        "scope": "unspecified"
      }
    ],
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
        "start": 264,
        "end": 417
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "Israeli officials have firmly opposed these proposed changes.",
        "start": 2030,
        "end": 2091
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "They argue that immediate discussions on permanently ending the war would undermine their security objectives and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
        "start": 2092,
        "end": 2295
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.",
        "start": 2296,
        "end": 2461
      }
    ],
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z"
  },
  "meeting": {
    "id": "washington-meeting",
    "title": "Netanyahu’s meeting with the US president in Washington",
    "kind": "bilateral-meeting",
    "status": "planned",
    "location": "Washington, DC",
    "startsOn": null,
    "startsOnPrecision": "unknown",
    "purpose": "A meeting with the US president; the report reads it, with the Doha talks, as Israel engaging key international partners.",
    "participants": [
      {
        "partyId": "israel",
        "actorId": "benjamin-netanyahu"
      },
      {
        "partyId": "united-states",
        "actorId": "us-president"
      }
    ],
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "coinciding with Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
        "start": 608,
        "end": 704
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.",
        "start": 706,
        "end": 837
      }
    ],
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z"
  },
  "sourceSummary": {
    "id": "ceasefire-talks-report",
    "title": null,
    "publisher": null,
    "url": null,
    "publishedOn": null,
    "publishedOnPrecision": "unknown",
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z"
  },
  "source": {
    "id": "ceasefire-talks-report",
    "title": null,
    "publisher": null,
    "url": null,
    "publishedOn": null,
    "publishedOnPrecision": "unknown",
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z",
    "text": "Israel has concluded a high-level security meeting amid ongoing negotiations for a possible ceasefire deal with Hamas. Prime Minister Benjamin Netanyahu met with top security officials and cabinet members to discuss the latest developments in the truce framework. Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.\nDespite the rejection, Israel has indicated it will continue to pursue momentum in the ceasefire negotiations. The Israeli delegation is scheduled to travel to Doha for further discussions, coinciding with Netanyahu’s planned visit to Washington, DC, for a meeting with the US president. Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.\nMeanwhile, Hamas has expressed general approval of the framework for the deal but is pushing for three significant amendments. First, the group wants immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude. Hamas views this as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.\nSecondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels. This would remove the recently established Gaza Humanitarian Foundation from the process, which Hamas likely sees as politically compromised or insufficiently independent. The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.\nFinally, Hamas has raised objections regarding the presence and movement of Israeli forces within Gaza as part of the deal. The group is reportedly seeking specific restrictions or guarantees concerning Israeli military deployment in the territory during the truce period. They consider this a vital security matter, especially in protecting civilians and ensuring the integrity of any agreement.\nIsraeli officials have firmly opposed these proposed changes. They argue that immediate discussions on permanently ending the war would undermine their security objectives and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal. The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.\nNevertheless, both sides appear to be navigating the delicate balance between firm political positions and the broader objective of reducing hostilities. The upcoming diplomatic efforts in Doha and Washington may be pivotal in determining whether the ceasefire plan can be salvaged or whether the current impasse will escalate into further conflict.\nAs the situation continues to evolve, pressure is mounting from international stakeholders who are urging both parties to show flexibility. The humanitarian toll in Gaza, combined with growing domestic unrest in Israel and calls for the release of captives, has added urgency to the negotiations. Whether a breakthrough is possible in the coming days remains uncertain, but the groundwork for continued dialogue is still in motion."
  },
  "issuePositions": {
    "issueId": "humanitarian-aid-channels",
    "title": "Humanitarian aid channels",
    "positions": [
      {
        "partyId": "hamas",
        "stance": "demands",
        "basis": [
          {
            "type": "demand",
            "id": "aid-through-pre-existing-channels",
            "href": "/v1/demands/aid-through-pre-existing-channels",
            "stance": "demands",
            "date": null,
            "datePrecision": "unknown",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Secondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels.",
                "start": 1230,
                "end": 1326
              },
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "This would remove the recently established Gaza Humanitarian Foundation from the process",
                "start": 1327,
                "end": 1415
              },
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
                "start": 1499,
                "end": 1632
              }
            ]
          }
        ],
        "basisCount": 1,
        "recordCount": 1
      },
      {
        "partyId": "israel",
        "stance": "rejects",
        "basis": [
          {
            "type": "response",
            "id": "israel-rejects-hamas-amendments",
            "href": "/v1/responses/israel-rejects-hamas-amendments",
            "stance": "rejects",
            "date": null,
            "datePrecision": "unknown",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
                "start": 264,
                "end": 417
              },
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Israeli officials have firmly opposed these proposed changes.",
                "start": 2030,
                "end": 2091
              },
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "They argue that immediate discussions on permanently ending the war would undermine their security objectives and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
                "start": 2092,
                "end": 2295
              },
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.",
                "start": 2296,
                "end": 2461
              }
            ]
          }
        ],
        "basisCount": 1,
        "recordCount": 1
      }
    ]
  },
  "timelineEvent": {
    "type": "meeting",
    "id": "washington-meeting",
    "href": "/v1/meetings/washington-meeting",
    "title": "Netanyahu’s meeting with the US president in Washington",
    "date": null,
    "datePrecision": "unknown",
    "partyIds": [
      "israel",
      "united-states"
    ],
    "issueIds": [],
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "coinciding with Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
        "start": 608,
        "end": 704
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.",
        "start": 706,
        "end": 837
      }
    ]
  },
  "searchHit": {
    "type": "demand",
    "id": "aid-through-pre-existing-channels",
    "href": "/v1/demands/aid-through-pre-existing-channels",
    "title": "Aid through pre-existing channels",
    "score": 2.55,
    "matches": [
      {
        "field": "title",
        "snippet": "<mark>Aid</mark> through pre-existing channels"
      },
      {
        "field": "quote",
        "snippet": "Secondly, Hamas is demanding that humanitarian <mark>aid</mark> distribution return to pre-existing channels."
      }
    ]
  },
  "lists": {
    "actors": [
      {
        "id": "benjamin-netanyahu",
        "partyId": "israel",
        "kind": "person",
        "name": "Benjamin Netanyahu",
        "role": "Prime Minister",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Prime Minister Benjamin Netanyahu",
            "start": 119,
            "end": 152
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "netanyahus-office",
        "partyId": "israel",
        "kind": "office",
        "name": "Netanyahu’s office",
        "role": "Office of the Prime Minister",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Netanyahu’s office issued a statement",
            "start": 287,
            "end": 324
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "israeli-security-officials",
        "partyId": "israel",
        "kind": "group",
        "name": "Top security officials",
        "role": null,
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "met with top security officials and cabinet members",
            "start": 153,
            "end": 204
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "israeli-cabinet-members",
        "partyId": "israel",
        "kind": "group",
        "name": "Cabinet members",
        "role": null,
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "met with top security officials and cabinet members",
            "start": 153,
            "end": 204
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "israeli-delegation",
        "partyId": "israel",
        "kind": "delegation",
        "name": "Israeli delegation",
        "role": null,
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "The Israeli delegation is scheduled to travel to Doha for further discussions",
            "start": 529,
            "end": 606
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ],
    "parties": [
      {
        "id": "israel",
        "name": "Israel",
        "kind": "state",
        "description": null,
        "actors": [
          {
            "id": "benjamin-netanyahu",
            "partyId": "israel",
            "kind": "person",
            "name": "Benjamin Netanyahu",
            "role": "Prime Minister",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Prime Minister Benjamin Netanyahu",
                "start": 119,
                "end": 152
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          },
          {
            "id": "netanyahus-office",
            "partyId": "israel",
            "kind": "office",
            "name": "Netanyahu’s office",
            "role": "Office of the Prime Minister",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Netanyahu’s office issued a statement",
                "start": 287,
                "end": 324
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          },
          {
            "id": "israeli-security-officials",
            "partyId": "israel",
            "kind": "group",
            "name": "Top security officials",
            "role": null,
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "met with top security officials and cabinet members",
                "start": 153,
                "end": 204
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          },
          {
            "id": "israeli-cabinet-members",
            "partyId": "israel",
            "kind": "group",
            "name": "Cabinet members",
            "role": null,
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "met with top security officials and cabinet members",
                "start": 153,
                "end": 204
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          },
          {
            "id": "israeli-delegation",
            "partyId": "israel",
            "kind": "delegation",
            "name": "Israeli delegation",
            "role": null,
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "The Israeli delegation is scheduled to travel to Doha for further discussions",
                "start": 529,
                "end": 606
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          }
        ],
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Israel has concluded a high-level security meeting amid ongoing negotiations for a possible ceasefire deal with Hamas.",
            "start": 0,
            "end": 118
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "hamas",
        "name": "Hamas",
        "kind": "armed-group",
        "description": null,
        "actors": [],
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Hamas has expressed general approval of the framework for the deal but is pushing for three significant amendments.",
            "start": 849,
            "end": 964
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "united-states",
        "name": "United States",
        "kind": "state",
        "description": null,
        "actors": [
          {
            "id": "us-president",
            "partyId": "united-states",
            "kind": "person",
            "name": null,
            "role": "President of the United States",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "a meeting with the US president",
                "start": 673,
                "end": 704
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          }
        ],
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "a meeting with the US president",
            "start": 673,
            "end": 704
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "gaza-humanitarian-foundation",
        "name": "Gaza Humanitarian Foundation",
        "kind": "organisation",
        "description": "A recently established body in the distribution of humanitarian aid in Gaza, which Hamas wants removed from the process.",
        "actors": [],
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "This would remove the recently established Gaza Humanitarian Foundation from the process",
            "start": 1327,
            "end": 1415
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ],
    "issues": [
      {
        "id": "ending-the-war",
        "title": "Ending the war",
        "description": "Whether talks on ending the war begin immediately or only after the proposed 60-day pause in fighting concludes.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude",
            "start": 988,
            "end": 1096
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "humanitarian-aid-channels",
        "title": "Humanitarian aid channels",
        "description": "Through which channels humanitarian aid is distributed in Gaza, and whether the Gaza Humanitarian Foundation takes part.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "humanitarian aid distribution return to pre-existing channels",
            "start": 1264,
            "end": 1325
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "israeli-forces-in-gaza",
        "title": "Israeli forces in Gaza",
        "description": "The presence and movement of Israeli forces within Gaza during the truce.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "the presence and movement of Israeli forces within Gaza",
            "start": 1680,
            "end": 1735
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ],
    "proposals": [
      {
        "id": "truce-framework",
        "title": "Truce framework",
        "summary": "The framework for a possible ceasefire deal between Israel and Hamas, built around a proposed 60-day pause in fighting.",
        "proposedByPartyId": null,
        "pauseDurationDays": 60,
        "status": "under-negotiation",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "ongoing negotiations for a possible ceasefire deal with Hamas",
            "start": 56,
            "end": 117
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "the latest developments in the truce framework",
            "start": 216,
            "end": 262
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "the proposed 60-day pause in fighting",
            "start": 1047,
            "end": 1084
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ],
    "demands": [
      {
        "id": "immediate-talks-on-ending-the-war",
        "partyId": "hamas",
        "proposalId": "truce-framework",
        "issueId": "ending-the-war",
        "title": "Immediate talks on ending the war",
        "summary": "Begin talks on ending the war immediately, rather than waiting for the proposed 60-day pause in fighting to conclude.",
        "rationale": "Hamas views this as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.",
        "status": "rejected",
        "raisedOn": null,
        "raisedOnPrecision": "unknown",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "First, the group wants immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude.",
            "start": 965,
            "end": 1097
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Hamas views this as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.",
            "start": 1098,
            "end": 1229
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "aid-through-pre-existing-channels",
        "partyId": "hamas",
        "proposalId": "truce-framework",
        "issueId": "humanitarian-aid-channels",
        "title": "Aid through pre-existing channels",
        "summary": "Return humanitarian aid distribution to pre-existing channels, removing the Gaza Humanitarian Foundation from the process.",
        "rationale": "Aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
        "status": "rejected",
        "raisedOn": null,
        "raisedOnPrecision": "unknown",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Secondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels.",
            "start": 1230,
            "end": 1326
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "This would remove the recently established Gaza Humanitarian Foundation from the process",
            "start": 1327,
            "end": 1415
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
            "start": 1499,
            "end": 1632
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "limits-on-israeli-forces-in-gaza",
        "partyId": "hamas",
        "proposalId": "truce-framework",
        "issueId": "israeli-forces-in-gaza",
        "title": "Limits on Israeli forces in Gaza",
        "summary": "Specific restrictions or guarantees concerning Israeli military deployment in Gaza during the truce period.",
        "rationale": "A vital security matter, especially in protecting civilians and ensuring the integrity of any agreement.",
        "status": "rejected",
        "raisedOn": null,
        "raisedOnPrecision": "unknown",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Finally, Hamas has raised objections regarding the presence and movement of Israeli forces within Gaza as part of the deal.",
            "start": 1633,
            "end": 1756
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "The group is reportedly seeking specific restrictions or guarantees concerning Israeli military deployment in the territory during the truce period.",
            "start": 1757,
            "end": 1905
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "They consider this a vital security matter, especially in protecting civilians and ensuring the integrity of any agreement.",
            "start": 1906,
            "end": 2029
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ],
    "responses": [
      {
        "id": "israel-rejects-hamas-amendments",
        "partyId": "israel",
        "actorId": "netanyahus-office",
        "proposalId": "truce-framework",
        "stance": "reject",
        "wording": "unacceptable",
        "summary": "After the high-level security meeting, Netanyahu’s office issued a statement rejecting the amendments Hamas proposed to the deal as unacceptable.",
        "reasons": [
          "Immediate discussions on permanently ending the war would undermine Israel’s security objectives.",
          "Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
          "Any temporary pause must be structured to preserve Israel’s strategic leverage and not compromise its military goals."
        ],
        "issuedOn": null,
        "issuedOnPrecision": "unknown",
        "answers": [
          {
            "demandId": "immediate-talks-on-ending-the-war",
            "scope": "unspecified"
          },
          {
            "demandId": "aid-through-pre-existing-channels",
            "scope": "unspecified"
          },
          {
            "demandId": "limits-on-israeli-forces-in-gaza",
            "scope": "unspecified"
          }
        ],
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
            "start": 264,
            "end": 417
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Israeli officials have firmly opposed these proposed changes.",
            "start": 2030,
            "end": 2091
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "They argue that immediate discussions on permanently ending the war would undermine their security objectives and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
            "start": 2092,
            "end": 2295
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.",
            "start": 2296,
            "end": 2461
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ],
    "meetings": [
      {
        "id": "israeli-security-meeting",
        "title": "High-level security meeting",
        "kind": "security-meeting",
        "status": "held",
        "location": null,
        "startsOn": null,
        "startsOnPrecision": "unknown",
        "purpose": "To discuss the latest developments in the truce framework.",
        "participants": [
          {
            "partyId": "israel",
            "actorId": "benjamin-netanyahu"
          },
          {
            "partyId": "israel",
            "actorId": "israeli-security-officials"
          },
          {
            "partyId": "israel",
            "actorId": "israeli-cabinet-members"
          }
        ],
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Israel has concluded a high-level security meeting",
            "start": 0,
            "end": 50
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Prime Minister Benjamin Netanyahu met with top security officials and cabinet members to discuss the latest developments in the truce framework.",
            "start": 119,
            "end": 263
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "doha-talks",
        "title": "Talks in Doha",
        "kind": "negotiation-round",
        "status": "scheduled",
        "location": "Doha",
        "startsOn": null,
        "startsOnPrecision": "unknown",
        "purpose": "Further discussions in the ceasefire negotiations.",
        "participants": [
          {
            "partyId": "israel",
            "actorId": "israeli-delegation"
          }
        ],
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "The Israeli delegation is scheduled to travel to Doha for further discussions",
            "start": 529,
            "end": 606
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "washington-meeting",
        "title": "Netanyahu’s meeting with the US president in Washington",
        "kind": "bilateral-meeting",
        "status": "planned",
        "location": "Washington, DC",
        "startsOn": null,
        "startsOnPrecision": "unknown",
        "purpose": "A meeting with the US president; the report reads it, with the Doha talks, as Israel engaging key international partners.",
        "participants": [
          {
            "partyId": "israel",
            "actorId": "benjamin-netanyahu"
          },
          {
            "partyId": "united-states",
            "actorId": "us-president"
          }
        ],
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "coinciding with Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
            "start": 608,
            "end": 704
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.",
            "start": 706,
            "end": 837
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ],
    "sources": [
      {
        "id": "ceasefire-talks-report",
        "title": null,
        "publisher": null,
        "url": null,
        "publishedOn": null,
        "publishedOnPrecision": "unknown",
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ]
  }
} satisfies Examples;
