// Generated from seed/ by `npm run openapi`; do not edit.
import type { Examples } from './example-types.js';

export const generatedExamples = {
  "actor": {
    "id": "benjamin-netanyahu",
    "href": "/v1/actors/benjamin-netanyahu",
    "partyId": "israel",
    "kind": "person",
    "name": "Benjamin Netanyahu",
    "role": "Prime Minister",
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "Prime Minister Benjamin Netanyahu",
        "start": 119,
        "end": 152,
        "attributedTo": {
          "kind": "reporter",
          "id": null,
          "label": null
        },
        "reporting": "reporter-analysis",
        "hedges": []
      }
    ],
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z"
  },
  "party": {
    "id": "united-states",
    "href": "/v1/parties/united-states",
    "name": "United States",
    "kind": "state",
    "roles": [
      "host"
    ],
    "description": null,
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "a meeting with the US president",
        "start": 673,
        "end": 704,
        "attributedTo": {
          "kind": "reporter",
          "id": null,
          "label": null
        },
        "reporting": "reporter-analysis",
        "hedges": []
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
        "start": 624,
        "end": 704,
        "attributedTo": {
          "kind": "reporter",
          "id": null,
          "label": null
        },
        "reporting": "reporter-analysis",
        "hedges": []
      }
    ],
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z",
    "actors": [
      {
        "id": "us-president",
        "href": "/v1/actors/us-president",
        "partyId": "united-states",
        "kind": "person",
        "name": null,
        "role": "President of the United States",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "a meeting with the US president",
            "start": 673,
            "end": 704,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ]
  },
  "issue": {
    "id": "humanitarian-aid-channels",
    "href": "/v1/issues/humanitarian-aid-channels",
    "title": "Humanitarian aid channels",
    "description": "Through which channels humanitarian aid is distributed in Gaza, and whether the Gaza Humanitarian Foundation takes part.",
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "humanitarian aid distribution return to pre-existing channels",
        "start": 1264,
        "end": 1325,
        "attributedTo": {
          "kind": "party",
          "id": "hamas",
          "label": "Hamas"
        },
        "reporting": "paraphrase",
        "hedges": []
      }
    ],
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z"
  },
  "proposal": {
    "id": "truce-framework",
    "href": "/v1/proposals/truce-framework",
    "title": "Truce framework",
    "summary": "The framework for a possible ceasefire deal between Israel and Hamas, built around a proposed 60-day pause in fighting.",
    "proposedByPartyId": null,
    "pauseDurationDays": 60,
    "status": "under-negotiation",
    "contested": false,
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "ongoing negotiations for a possible ceasefire deal with Hamas",
        "start": 56,
        "end": 117,
        "attributedTo": {
          "kind": "reporter",
          "id": null,
          "label": null
        },
        "reporting": "reporter-analysis",
        "hedges": []
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "the latest developments in the truce framework",
        "start": 216,
        "end": 262,
        "attributedTo": {
          "kind": "reporter",
          "id": null,
          "label": null
        },
        "reporting": "reporter-analysis",
        "hedges": []
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "the proposed 60-day pause in fighting",
        "start": 1047,
        "end": 1084,
        "attributedTo": {
          "kind": "party",
          "id": "hamas",
          "label": "the group"
        },
        "reporting": "paraphrase",
        "hedges": []
      }
    ],
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z"
  },
  "demand": {
    "id": "aid-through-pre-existing-channels",
    "href": "/v1/demands/aid-through-pre-existing-channels",
    "partyId": "hamas",
    "proposalId": "truce-framework",
    "issueId": "humanitarian-aid-channels",
    "title": "Aid through pre-existing channels",
    "summary": "Return humanitarian aid distribution to pre-existing channels; the report adds that this would remove the recently established Gaza Humanitarian Foundation from the process.",
    "status": "pressed",
    "contested": false,
    "raisedOn": null,
    "raisedOnPrecision": "unknown",
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "Secondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels.",
        "start": 1230,
        "end": 1326,
        "attributedTo": {
          "kind": "party",
          "id": "hamas",
          "label": "Hamas"
        },
        "reporting": "paraphrase",
        "hedges": []
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "This would remove the recently established Gaza Humanitarian Foundation from the process",
        "start": 1327,
        "end": 1415,
        "attributedTo": {
          "kind": "reporter",
          "id": null,
          "label": null
        },
        "reporting": "reporter-analysis",
        "hedges": []
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "but is pushing for three significant amendments",
        "start": 916,
        "end": 963,
        "attributedTo": {
          "kind": "party",
          "id": "hamas",
          "label": "Hamas"
        },
        "reporting": "paraphrase",
        "hedges": []
      }
    ],
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z",
    "reasons": [
      {
        "id": "hamas-aid-must-be-neutral-and-efficient",
        "href": "/v1/reasons/hamas-aid-must-be-neutral-and-efficient",
        "forType": "demand",
        "forId": "aid-through-pre-existing-channels",
        "answersDemandId": null,
        "summary": "Hamas argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
            "start": 1499,
            "end": 1632,
            "attributedTo": {
              "kind": "party",
              "id": "hamas",
              "label": "The group"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "ghf-likely-seen-as-compromised",
        "href": "/v1/reasons/ghf-likely-seen-as-compromised",
        "forType": "demand",
        "forId": "aid-through-pre-existing-channels",
        "answersDemandId": null,
        "summary": "The reporter’s speculation, not a statement by Hamas: Hamas likely sees the Gaza Humanitarian Foundation as politically compromised or insufficiently independent.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "which Hamas likely sees as politically compromised or insufficiently independent.",
            "start": 1417,
            "end": 1498,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-speculation",
            "hedges": [
              "likely"
            ]
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ]
  },
  "response": {
    "id": "israel-rejects-hamas-amendments",
    "href": "/v1/responses/israel-rejects-hamas-amendments",
    "partyId": "israel",
    "actorId": "netanyahus-office",
    "proposalId": "truce-framework",
    "stance": "rejects",
    "contested": false,
    "wording": "unacceptable",
    "summary": "Following the high-level security meeting, Netanyahu’s office issued a statement rejecting the proposed amendments to the deal submitted by Hamas, labelling them as unacceptable; the report adds that Israeli officials have firmly opposed these proposed changes.",
    "issuedOn": null,
    "issuedOnPrecision": "unknown",
    "answers": [
      {
        "demandId": "immediate-talks-on-ending-the-war",
        "stance": "rejects",
        "scope": "unspecified",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
            "start": 264,
            "end": 417,
            "attributedTo": {
              "kind": "actor",
              "id": "netanyahus-office",
              "label": "Netanyahu’s office"
            },
            "reporting": "paraphrase",
            "hedges": []
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Israeli officials have firmly opposed these proposed changes.",
            "start": 2030,
            "end": 2091,
            "attributedTo": {
              "kind": "unnamed",
              "id": "israel",
              "label": "Israeli officials"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ]
      },
      {
        "demandId": "aid-through-pre-existing-channels",
        "stance": "rejects",
        "scope": "unspecified",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
            "start": 264,
            "end": 417,
            "attributedTo": {
              "kind": "actor",
              "id": "netanyahus-office",
              "label": "Netanyahu’s office"
            },
            "reporting": "paraphrase",
            "hedges": []
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Israeli officials have firmly opposed these proposed changes.",
            "start": 2030,
            "end": 2091,
            "attributedTo": {
              "kind": "unnamed",
              "id": "israel",
              "label": "Israeli officials"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ]
      },
      {
        "demandId": "limits-on-israeli-forces-in-gaza",
        "stance": "rejects",
        "scope": "unspecified",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
            "start": 264,
            "end": 417,
            "attributedTo": {
              "kind": "actor",
              "id": "netanyahus-office",
              "label": "Netanyahu’s office"
            },
            "reporting": "paraphrase",
            "hedges": []
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Israeli officials have firmly opposed these proposed changes.",
            "start": 2030,
            "end": 2091,
            "attributedTo": {
              "kind": "unnamed",
              "id": "israel",
              "label": "Israeli officials"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ]
      }
    ],
    "conditions": [],
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
        "start": 264,
        "end": 417,
        "attributedTo": {
          "kind": "actor",
          "id": "netanyahus-office",
          "label": "Netanyahu’s office"
        },
        "reporting": "paraphrase",
        "hedges": []
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "Israeli officials have firmly opposed these proposed changes.",
        "start": 2030,
        "end": 2091,
        "attributedTo": {
          "kind": "unnamed",
          "id": "israel",
          "label": "Israeli officials"
        },
        "reporting": "paraphrase",
        "hedges": []
      }
    ],
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z",
    "reasons": [
      {
        "id": "immediate-talks-would-undermine-israeli-security",
        "href": "/v1/reasons/immediate-talks-would-undermine-israeli-security",
        "forType": "response",
        "forId": "israel-rejects-hamas-amendments",
        "answersDemandId": "immediate-talks-on-ending-the-war",
        "summary": "Israeli officials argue that immediate discussions on permanently ending the war would undermine their security objectives.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "They argue that immediate discussions on permanently ending the war would undermine their security objectives",
            "start": 2092,
            "end": 2201,
            "attributedTo": {
              "kind": "unnamed",
              "id": "israel",
              "label": "Israeli officials"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "hamas-demands-could-create-loopholes",
        "href": "/v1/reasons/hamas-demands-could-create-loopholes",
        "forType": "response",
        "forId": "israel-rejects-hamas-amendments",
        "answersDemandId": null,
        "summary": "Israeli officials argue that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
            "start": 2202,
            "end": 2295,
            "attributedTo": {
              "kind": "unnamed",
              "id": "israel",
              "label": "Israeli officials"
            },
            "reporting": "paraphrase",
            "hedges": [
              "could"
            ]
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "pause-must-preserve-israeli-leverage",
        "href": "/v1/reasons/pause-must-preserve-israeli-leverage",
        "forType": "response",
        "forId": "israel-rejects-hamas-amendments",
        "answersDemandId": null,
        "summary": "The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.",
            "start": 2296,
            "end": 2461,
            "attributedTo": {
              "kind": "party",
              "id": "israel",
              "label": "The Israeli government"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ]
  },
  "meeting": {
    "id": "washington-meeting",
    "href": "/v1/meetings/washington-meeting",
    "title": "Netanyahu’s meeting with the US president in Washington",
    "kind": "bilateral-meeting",
    "status": "planned",
    "contested": false,
    "location": "Washington, DC",
    "startsOn": null,
    "startsOnPrecision": "unknown",
    "purpose": "A meeting with the US president; the reporter suggests that it and the Doha trip show Israel looking to engage key international partners.",
    "hostPartyId": "united-states",
    "participants": [
      {
        "partyId": "israel",
        "actorId": "benjamin-netanyahu",
        "role": "participant",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
            "start": 624,
            "end": 704,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          }
        ]
      },
      {
        "partyId": "united-states",
        "actorId": "us-president",
        "role": "host",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
            "start": 624,
            "end": 704,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          }
        ]
      }
    ],
    "agenda": [
      {
        "type": "proposal",
        "id": "truce-framework",
        "href": "/v1/proposals/truce-framework",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "The upcoming diplomatic efforts in Doha and Washington may be pivotal in determining whether the ceasefire plan can be salvaged",
            "start": 2616,
            "end": 2743,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": [
              "may"
            ]
          }
        ]
      }
    ],
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "coinciding with Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
        "start": 608,
        "end": 704,
        "attributedTo": {
          "kind": "reporter",
          "id": null,
          "label": null
        },
        "reporting": "reporter-analysis",
        "hedges": []
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.",
        "start": 706,
        "end": 837,
        "attributedTo": {
          "kind": "reporter",
          "id": null,
          "label": null
        },
        "reporting": "reporter-analysis",
        "hedges": [
          "suggest"
        ]
      }
    ],
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z"
  },
  "reason": {
    "id": "immediate-talks-would-undermine-israeli-security",
    "href": "/v1/reasons/immediate-talks-would-undermine-israeli-security",
    "forType": "response",
    "forId": "israel-rejects-hamas-amendments",
    "answersDemandId": "immediate-talks-on-ending-the-war",
    "summary": "Israeli officials argue that immediate discussions on permanently ending the war would undermine their security objectives.",
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "They argue that immediate discussions on permanently ending the war would undermine their security objectives",
        "start": 2092,
        "end": 2201,
        "attributedTo": {
          "kind": "unnamed",
          "id": "israel",
          "label": "Israeli officials"
        },
        "reporting": "paraphrase",
        "hedges": []
      }
    ],
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z"
  },
  "statement": {
    "id": "international-stakeholders-urge-flexibility",
    "href": "/v1/statements/international-stakeholders-urge-flexibility",
    "kind": "appeal",
    "partyId": null,
    "aboutPartyIds": [
      "israel",
      "hamas"
    ],
    "issueId": null,
    "title": "International stakeholders urge both parties to show flexibility",
    "summary": "Unnamed international stakeholders are urging both parties to show flexibility.",
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "international stakeholders who are urging both parties to show flexibility",
        "start": 2876,
        "end": 2950,
        "attributedTo": {
          "kind": "unnamed",
          "id": null,
          "label": "international stakeholders"
        },
        "reporting": "paraphrase",
        "hedges": []
      }
    ],
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z"
  },
  "history": {
    "type": "meeting",
    "id": "doha-talks",
    "field": "status",
    "value": "scheduled",
    "contested": false,
    "reports": [
      {
        "source": {
          "id": "ceasefire-talks-report",
          "title": null,
          "publisher": null,
          "kind": "news-report",
          "publishedOn": null,
          "publishedOnPrecision": "unknown"
        },
        "value": "scheduled",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "The Israeli delegation is scheduled to travel to Doha for further discussions",
            "start": 529,
            "end": 606,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "The upcoming diplomatic efforts in Doha",
            "start": 2616,
            "end": 2655,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          }
        ]
      }
    ]
  },
  "sourceSummary": {
    "id": "ceasefire-talks-report",
    "href": "/v1/sources/ceasefire-talks-report",
    "title": null,
    "publisher": null,
    "url": null,
    "publishedOn": null,
    "publishedOnPrecision": "unknown",
    "kind": "news-report",
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z"
  },
  "source": {
    "id": "ceasefire-talks-report",
    "href": "/v1/sources/ceasefire-talks-report",
    "title": null,
    "publisher": null,
    "url": null,
    "publishedOn": null,
    "publishedOnPrecision": "unknown",
    "kind": "news-report",
    "createdAt": "2026-11-25T12:00:00.000Z",
    "updatedAt": "2026-11-25T12:00:00.000Z",
    "text": "Israel has concluded a high-level security meeting amid ongoing negotiations for a possible ceasefire deal with Hamas. Prime Minister Benjamin Netanyahu met with top security officials and cabinet members to discuss the latest developments in the truce framework. Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.\nDespite the rejection, Israel has indicated it will continue to pursue momentum in the ceasefire negotiations. The Israeli delegation is scheduled to travel to Doha for further discussions, coinciding with Netanyahu’s planned visit to Washington, DC, for a meeting with the US president. Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.\nMeanwhile, Hamas has expressed general approval of the framework for the deal but is pushing for three significant amendments. First, the group wants immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude. Hamas views this as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.\nSecondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels. This would remove the recently established Gaza Humanitarian Foundation from the process, which Hamas likely sees as politically compromised or insufficiently independent. The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.\nFinally, Hamas has raised objections regarding the presence and movement of Israeli forces within Gaza as part of the deal. The group is reportedly seeking specific restrictions or guarantees concerning Israeli military deployment in the territory during the truce period. They consider this a vital security matter, especially in protecting civilians and ensuring the integrity of any agreement.\nIsraeli officials have firmly opposed these proposed changes. They argue that immediate discussions on permanently ending the war would undermine their security objectives and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal. The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.\nNevertheless, both sides appear to be navigating the delicate balance between firm political positions and the broader objective of reducing hostilities. The upcoming diplomatic efforts in Doha and Washington may be pivotal in determining whether the ceasefire plan can be salvaged or whether the current impasse will escalate into further conflict.\nAs the situation continues to evolve, pressure is mounting from international stakeholders who are urging both parties to show flexibility. The humanitarian toll in Gaza, combined with growing domestic unrest in Israel and calls for the release of captives, has added urgency to the negotiations. Whether a breakthrough is possible in the coming days remains uncertain, but the groundwork for continued dialogue is still in motion."
  },
  "topicPositions": {
    "topic": {
      "type": "issue",
      "id": "ending-the-war",
      "href": "/v1/issues/ending-the-war",
      "title": "Ending the war"
    },
    "positions": [
      {
        "partyId": "hamas",
        "stance": "demands",
        "towards": [
          {
            "type": "demand",
            "id": "immediate-talks-on-ending-the-war",
            "href": "/v1/demands/immediate-talks-on-ending-the-war",
            "title": "Immediate talks on ending the war",
            "partyId": "hamas"
          }
        ],
        "basis": [
          {
            "type": "demand",
            "id": "immediate-talks-on-ending-the-war",
            "href": "/v1/demands/immediate-talks-on-ending-the-war",
            "stance": "demands",
            "date": null,
            "datePrecision": "unknown"
          }
        ],
        "basisCount": 1,
        "recordCount": 1
      },
      {
        "partyId": "israel",
        "stance": "rejects",
        "towards": [
          {
            "type": "demand",
            "id": "immediate-talks-on-ending-the-war",
            "href": "/v1/demands/immediate-talks-on-ending-the-war",
            "title": "Immediate talks on ending the war",
            "partyId": "hamas"
          }
        ],
        "basis": [
          {
            "type": "response",
            "id": "israel-rejects-hamas-amendments",
            "href": "/v1/responses/israel-rejects-hamas-amendments",
            "stance": "rejects",
            "date": null,
            "datePrecision": "unknown"
          }
        ],
        "basisCount": 1,
        "recordCount": 1
      }
    ],
    "quotes": {
      "/v1/demands/immediate-talks-on-ending-the-war": [
        {
          "sourceId": "ceasefire-talks-report",
          "quote": "First, the group wants immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude.",
          "start": 965,
          "end": 1097,
          "attributedTo": {
            "kind": "party",
            "id": "hamas",
            "label": "the group"
          },
          "reporting": "paraphrase",
          "hedges": []
        },
        {
          "sourceId": "ceasefire-talks-report",
          "quote": "but is pushing for three significant amendments",
          "start": 916,
          "end": 963,
          "attributedTo": {
            "kind": "party",
            "id": "hamas",
            "label": "Hamas"
          },
          "reporting": "paraphrase",
          "hedges": []
        }
      ],
      "/v1/responses/israel-rejects-hamas-amendments": [
        {
          "sourceId": "ceasefire-talks-report",
          "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
          "start": 264,
          "end": 417,
          "attributedTo": {
            "kind": "actor",
            "id": "netanyahus-office",
            "label": "Netanyahu’s office"
          },
          "reporting": "paraphrase",
          "hedges": []
        },
        {
          "sourceId": "ceasefire-talks-report",
          "quote": "Israeli officials have firmly opposed these proposed changes.",
          "start": 2030,
          "end": 2091,
          "attributedTo": {
            "kind": "unnamed",
            "id": "israel",
            "label": "Israeli officials"
          },
          "reporting": "paraphrase",
          "hedges": []
        }
      ]
    }
  },
  "timelineEvent": {
    "type": "response",
    "id": "israel-rejects-hamas-amendments",
    "href": "/v1/responses/israel-rejects-hamas-amendments",
    "title": "Following the high-level security meeting, Netanyahu’s office issued a statement rejecting the proposed amendments to the deal submitted by Hamas, labelling them as unacceptable; the report adds that Israeli officials have firmly opposed these proposed changes.",
    "date": null,
    "datePrecision": "unknown",
    "partyIds": [
      "israel"
    ],
    "issueIds": [
      "humanitarian-aid-channels",
      "ending-the-war",
      "israeli-forces-in-gaza"
    ],
    "placedBy": "sequence",
    "follows": [
      {
        "type": "meeting",
        "id": "israeli-security-meeting",
        "href": "/v1/meetings/israeli-security-meeting"
      },
      {
        "type": "demand",
        "id": "immediate-talks-on-ending-the-war",
        "href": "/v1/demands/immediate-talks-on-ending-the-war"
      },
      {
        "type": "demand",
        "id": "aid-through-pre-existing-channels",
        "href": "/v1/demands/aid-through-pre-existing-channels"
      },
      {
        "type": "demand",
        "id": "limits-on-israeli-forces-in-gaza",
        "href": "/v1/demands/limits-on-israeli-forces-in-gaza"
      }
    ],
    "evidence": [
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
        "start": 264,
        "end": 417,
        "attributedTo": {
          "kind": "actor",
          "id": "netanyahus-office",
          "label": "Netanyahu’s office"
        },
        "reporting": "paraphrase",
        "hedges": []
      },
      {
        "sourceId": "ceasefire-talks-report",
        "quote": "Israeli officials have firmly opposed these proposed changes.",
        "start": 2030,
        "end": 2091,
        "attributedTo": {
          "kind": "unnamed",
          "id": "israel",
          "label": "Israeli officials"
        },
        "reporting": "paraphrase",
        "hedges": []
      }
    ]
  },
  "searchHit": {
    "type": "statement",
    "id": "calls-for-release-of-captives",
    "href": "/v1/statements/calls-for-release-of-captives",
    "title": "Calls for the release of captives",
    "score": 7,
    "matches": [
      {
        "field": "title",
        "snippet": "Calls for the release of <mark>captives</mark>"
      },
      {
        "field": "summary",
        "snippet": "Calls for the release of <mark>captives</mark> are one of the factors the report says has added…"
      },
      {
        "field": "quote",
        "snippet": "calls for the release of <mark>captives</mark>"
      }
    ]
  },
  "lists": {
    "actors": [
      {
        "id": "benjamin-netanyahu",
        "href": "/v1/actors/benjamin-netanyahu",
        "partyId": "israel",
        "kind": "person",
        "name": "Benjamin Netanyahu",
        "role": "Prime Minister",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Prime Minister Benjamin Netanyahu",
            "start": 119,
            "end": 152,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "netanyahus-office",
        "href": "/v1/actors/netanyahus-office",
        "partyId": "israel",
        "kind": "office",
        "name": "Netanyahu’s office",
        "role": "Office of the Prime Minister",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Netanyahu’s office issued a statement",
            "start": 287,
            "end": 324,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "israeli-security-officials",
        "href": "/v1/actors/israeli-security-officials",
        "partyId": "israel",
        "kind": "group",
        "name": "Top security officials",
        "role": null,
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "met with top security officials and cabinet members",
            "start": 153,
            "end": 204,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ],
    "parties": [
      {
        "id": "israel",
        "href": "/v1/parties/israel",
        "name": "Israel",
        "kind": "state",
        "roles": [
          "negotiating-party"
        ],
        "description": null,
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Israel has concluded a high-level security meeting amid ongoing negotiations for a possible ceasefire deal with Hamas.",
            "start": 0,
            "end": 118,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z",
        "actors": [
          {
            "id": "benjamin-netanyahu",
            "href": "/v1/actors/benjamin-netanyahu",
            "partyId": "israel",
            "kind": "person",
            "name": "Benjamin Netanyahu",
            "role": "Prime Minister",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Prime Minister Benjamin Netanyahu",
                "start": 119,
                "end": 152,
                "attributedTo": {
                  "kind": "reporter",
                  "id": null,
                  "label": null
                },
                "reporting": "reporter-analysis",
                "hedges": []
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          },
          {
            "id": "netanyahus-office",
            "href": "/v1/actors/netanyahus-office",
            "partyId": "israel",
            "kind": "office",
            "name": "Netanyahu’s office",
            "role": "Office of the Prime Minister",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Netanyahu’s office issued a statement",
                "start": 287,
                "end": 324,
                "attributedTo": {
                  "kind": "reporter",
                  "id": null,
                  "label": null
                },
                "reporting": "reporter-analysis",
                "hedges": []
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          },
          {
            "id": "israeli-security-officials",
            "href": "/v1/actors/israeli-security-officials",
            "partyId": "israel",
            "kind": "group",
            "name": "Top security officials",
            "role": null,
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "met with top security officials and cabinet members",
                "start": 153,
                "end": 204,
                "attributedTo": {
                  "kind": "reporter",
                  "id": null,
                  "label": null
                },
                "reporting": "reporter-analysis",
                "hedges": []
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          },
          {
            "id": "israeli-cabinet-members",
            "href": "/v1/actors/israeli-cabinet-members",
            "partyId": "israel",
            "kind": "group",
            "name": "Cabinet members",
            "role": null,
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "met with top security officials and cabinet members",
                "start": 153,
                "end": 204,
                "attributedTo": {
                  "kind": "reporter",
                  "id": null,
                  "label": null
                },
                "reporting": "reporter-analysis",
                "hedges": []
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          },
          {
            "id": "israeli-delegation",
            "href": "/v1/actors/israeli-delegation",
            "partyId": "israel",
            "kind": "delegation",
            "name": "Israeli delegation",
            "role": null,
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "The Israeli delegation is scheduled to travel to Doha for further discussions",
                "start": 529,
                "end": 606,
                "attributedTo": {
                  "kind": "reporter",
                  "id": null,
                  "label": null
                },
                "reporting": "reporter-analysis",
                "hedges": []
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          }
        ]
      },
      {
        "id": "hamas",
        "href": "/v1/parties/hamas",
        "name": "Hamas",
        "kind": "armed-group",
        "roles": [
          "negotiating-party"
        ],
        "description": null,
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Hamas has expressed general approval of the framework for the deal but is pushing for three significant amendments.",
            "start": 849,
            "end": 964,
            "attributedTo": {
              "kind": "party",
              "id": "hamas",
              "label": "Hamas"
            },
            "reporting": "paraphrase",
            "hedges": []
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "ongoing negotiations for a possible ceasefire deal with Hamas",
            "start": 56,
            "end": 117,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z",
        "actors": []
      },
      {
        "id": "united-states",
        "href": "/v1/parties/united-states",
        "name": "United States",
        "kind": "state",
        "roles": [
          "host"
        ],
        "description": null,
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "a meeting with the US president",
            "start": 673,
            "end": 704,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
            "start": 624,
            "end": 704,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z",
        "actors": [
          {
            "id": "us-president",
            "href": "/v1/actors/us-president",
            "partyId": "united-states",
            "kind": "person",
            "name": null,
            "role": "President of the United States",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "a meeting with the US president",
                "start": 673,
                "end": 704,
                "attributedTo": {
                  "kind": "reporter",
                  "id": null,
                  "label": null
                },
                "reporting": "reporter-analysis",
                "hedges": []
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          }
        ]
      }
    ],
    "issues": [
      {
        "id": "ending-the-war",
        "href": "/v1/issues/ending-the-war",
        "title": "Ending the war",
        "description": "Whether talks on ending the war begin immediately or only after the proposed 60-day pause in fighting concludes.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude",
            "start": 988,
            "end": 1096,
            "attributedTo": {
              "kind": "party",
              "id": "hamas",
              "label": "the group"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "humanitarian-aid-channels",
        "href": "/v1/issues/humanitarian-aid-channels",
        "title": "Humanitarian aid channels",
        "description": "Through which channels humanitarian aid is distributed in Gaza, and whether the Gaza Humanitarian Foundation takes part.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "humanitarian aid distribution return to pre-existing channels",
            "start": 1264,
            "end": 1325,
            "attributedTo": {
              "kind": "party",
              "id": "hamas",
              "label": "Hamas"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "israeli-forces-in-gaza",
        "href": "/v1/issues/israeli-forces-in-gaza",
        "title": "Israeli forces in Gaza",
        "description": "The presence and movement of Israeli forces within Gaza during the truce.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "the presence and movement of Israeli forces within Gaza",
            "start": 1680,
            "end": 1735,
            "attributedTo": {
              "kind": "party",
              "id": "hamas",
              "label": "Hamas"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ],
    "proposals": [
      {
        "id": "truce-framework",
        "href": "/v1/proposals/truce-framework",
        "title": "Truce framework",
        "summary": "The framework for a possible ceasefire deal between Israel and Hamas, built around a proposed 60-day pause in fighting.",
        "proposedByPartyId": null,
        "pauseDurationDays": 60,
        "status": "under-negotiation",
        "contested": false,
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "ongoing negotiations for a possible ceasefire deal with Hamas",
            "start": 56,
            "end": 117,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "the latest developments in the truce framework",
            "start": 216,
            "end": 262,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "the proposed 60-day pause in fighting",
            "start": 1047,
            "end": 1084,
            "attributedTo": {
              "kind": "party",
              "id": "hamas",
              "label": "the group"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ],
    "demands": [
      {
        "id": "immediate-talks-on-ending-the-war",
        "href": "/v1/demands/immediate-talks-on-ending-the-war",
        "partyId": "hamas",
        "proposalId": "truce-framework",
        "issueId": "ending-the-war",
        "title": "Immediate talks on ending the war",
        "summary": "Begin talks on ending the war immediately, rather than waiting for the proposed 60-day pause in fighting to conclude.",
        "status": "pressed",
        "contested": false,
        "raisedOn": null,
        "raisedOnPrecision": "unknown",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "First, the group wants immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude.",
            "start": 965,
            "end": 1097,
            "attributedTo": {
              "kind": "party",
              "id": "hamas",
              "label": "the group"
            },
            "reporting": "paraphrase",
            "hedges": []
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "but is pushing for three significant amendments",
            "start": 916,
            "end": 963,
            "attributedTo": {
              "kind": "party",
              "id": "hamas",
              "label": "Hamas"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z",
        "reasons": [
          {
            "id": "hamas-immediate-talks-for-long-term-peace",
            "href": "/v1/reasons/hamas-immediate-talks-for-long-term-peace",
            "forType": "demand",
            "forId": "immediate-talks-on-ending-the-war",
            "answersDemandId": null,
            "summary": "Hamas views immediate talks as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Hamas views this as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.",
                "start": 1098,
                "end": 1229,
                "attributedTo": {
                  "kind": "party",
                  "id": "hamas",
                  "label": "Hamas"
                },
                "reporting": "paraphrase",
                "hedges": []
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          }
        ]
      },
      {
        "id": "aid-through-pre-existing-channels",
        "href": "/v1/demands/aid-through-pre-existing-channels",
        "partyId": "hamas",
        "proposalId": "truce-framework",
        "issueId": "humanitarian-aid-channels",
        "title": "Aid through pre-existing channels",
        "summary": "Return humanitarian aid distribution to pre-existing channels; the report adds that this would remove the recently established Gaza Humanitarian Foundation from the process.",
        "status": "pressed",
        "contested": false,
        "raisedOn": null,
        "raisedOnPrecision": "unknown",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Secondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels.",
            "start": 1230,
            "end": 1326,
            "attributedTo": {
              "kind": "party",
              "id": "hamas",
              "label": "Hamas"
            },
            "reporting": "paraphrase",
            "hedges": []
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "This would remove the recently established Gaza Humanitarian Foundation from the process",
            "start": 1327,
            "end": 1415,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "but is pushing for three significant amendments",
            "start": 916,
            "end": 963,
            "attributedTo": {
              "kind": "party",
              "id": "hamas",
              "label": "Hamas"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z",
        "reasons": [
          {
            "id": "hamas-aid-must-be-neutral-and-efficient",
            "href": "/v1/reasons/hamas-aid-must-be-neutral-and-efficient",
            "forType": "demand",
            "forId": "aid-through-pre-existing-channels",
            "answersDemandId": null,
            "summary": "Hamas argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
                "start": 1499,
                "end": 1632,
                "attributedTo": {
                  "kind": "party",
                  "id": "hamas",
                  "label": "The group"
                },
                "reporting": "paraphrase",
                "hedges": []
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          },
          {
            "id": "ghf-likely-seen-as-compromised",
            "href": "/v1/reasons/ghf-likely-seen-as-compromised",
            "forType": "demand",
            "forId": "aid-through-pre-existing-channels",
            "answersDemandId": null,
            "summary": "The reporter’s speculation, not a statement by Hamas: Hamas likely sees the Gaza Humanitarian Foundation as politically compromised or insufficiently independent.",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "which Hamas likely sees as politically compromised or insufficiently independent.",
                "start": 1417,
                "end": 1498,
                "attributedTo": {
                  "kind": "reporter",
                  "id": null,
                  "label": null
                },
                "reporting": "reporter-speculation",
                "hedges": [
                  "likely"
                ]
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          }
        ]
      },
      {
        "id": "limits-on-israeli-forces-in-gaza",
        "href": "/v1/demands/limits-on-israeli-forces-in-gaza",
        "partyId": "hamas",
        "proposalId": "truce-framework",
        "issueId": "israeli-forces-in-gaza",
        "title": "Limits on Israeli forces in Gaza",
        "summary": "Hamas has raised objections regarding the presence and movement of Israeli forces within Gaza as part of the deal, and is reportedly seeking specific restrictions or guarantees concerning Israeli military deployment in the territory during the truce period.",
        "status": "pressed",
        "contested": false,
        "raisedOn": null,
        "raisedOnPrecision": "unknown",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Finally, Hamas has raised objections regarding the presence and movement of Israeli forces within Gaza as part of the deal.",
            "start": 1633,
            "end": 1756,
            "attributedTo": {
              "kind": "party",
              "id": "hamas",
              "label": "Hamas"
            },
            "reporting": "paraphrase",
            "hedges": []
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "The group is reportedly seeking specific restrictions or guarantees concerning Israeli military deployment in the territory during the truce period.",
            "start": 1757,
            "end": 1905,
            "attributedTo": {
              "kind": "party",
              "id": "hamas",
              "label": "The group"
            },
            "reporting": "reported",
            "hedges": [
              "reportedly"
            ]
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "but is pushing for three significant amendments",
            "start": 916,
            "end": 963,
            "attributedTo": {
              "kind": "party",
              "id": "hamas",
              "label": "Hamas"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z",
        "reasons": [
          {
            "id": "hamas-forces-a-vital-security-matter",
            "href": "/v1/reasons/hamas-forces-a-vital-security-matter",
            "forType": "demand",
            "forId": "limits-on-israeli-forces-in-gaza",
            "answersDemandId": null,
            "summary": "Hamas considers the matter of Israeli forces in Gaza a vital security matter, especially in protecting civilians and ensuring the integrity of any agreement.",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "They consider this a vital security matter, especially in protecting civilians and ensuring the integrity of any agreement.",
                "start": 1906,
                "end": 2029,
                "attributedTo": {
                  "kind": "party",
                  "id": "hamas",
                  "label": "The group"
                },
                "reporting": "paraphrase",
                "hedges": []
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          }
        ]
      }
    ],
    "responses": [
      {
        "id": "israel-rejects-hamas-amendments",
        "href": "/v1/responses/israel-rejects-hamas-amendments",
        "partyId": "israel",
        "actorId": "netanyahus-office",
        "proposalId": "truce-framework",
        "stance": "rejects",
        "contested": false,
        "wording": "unacceptable",
        "summary": "Following the high-level security meeting, Netanyahu’s office issued a statement rejecting the proposed amendments to the deal submitted by Hamas, labelling them as unacceptable; the report adds that Israeli officials have firmly opposed these proposed changes.",
        "issuedOn": null,
        "issuedOnPrecision": "unknown",
        "answers": [
          {
            "demandId": "immediate-talks-on-ending-the-war",
            "stance": "rejects",
            "scope": "unspecified",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
                "start": 264,
                "end": 417,
                "attributedTo": {
                  "kind": "actor",
                  "id": "netanyahus-office",
                  "label": "Netanyahu’s office"
                },
                "reporting": "paraphrase",
                "hedges": []
              },
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Israeli officials have firmly opposed these proposed changes.",
                "start": 2030,
                "end": 2091,
                "attributedTo": {
                  "kind": "unnamed",
                  "id": "israel",
                  "label": "Israeli officials"
                },
                "reporting": "paraphrase",
                "hedges": []
              }
            ]
          },
          {
            "demandId": "aid-through-pre-existing-channels",
            "stance": "rejects",
            "scope": "unspecified",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
                "start": 264,
                "end": 417,
                "attributedTo": {
                  "kind": "actor",
                  "id": "netanyahus-office",
                  "label": "Netanyahu’s office"
                },
                "reporting": "paraphrase",
                "hedges": []
              },
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Israeli officials have firmly opposed these proposed changes.",
                "start": 2030,
                "end": 2091,
                "attributedTo": {
                  "kind": "unnamed",
                  "id": "israel",
                  "label": "Israeli officials"
                },
                "reporting": "paraphrase",
                "hedges": []
              }
            ]
          },
          {
            "demandId": "limits-on-israeli-forces-in-gaza",
            "stance": "rejects",
            "scope": "unspecified",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
                "start": 264,
                "end": 417,
                "attributedTo": {
                  "kind": "actor",
                  "id": "netanyahus-office",
                  "label": "Netanyahu’s office"
                },
                "reporting": "paraphrase",
                "hedges": []
              },
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Israeli officials have firmly opposed these proposed changes.",
                "start": 2030,
                "end": 2091,
                "attributedTo": {
                  "kind": "unnamed",
                  "id": "israel",
                  "label": "Israeli officials"
                },
                "reporting": "paraphrase",
                "hedges": []
              }
            ]
          }
        ],
        "conditions": [],
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
            "start": 264,
            "end": 417,
            "attributedTo": {
              "kind": "actor",
              "id": "netanyahus-office",
              "label": "Netanyahu’s office"
            },
            "reporting": "paraphrase",
            "hedges": []
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Israeli officials have firmly opposed these proposed changes.",
            "start": 2030,
            "end": 2091,
            "attributedTo": {
              "kind": "unnamed",
              "id": "israel",
              "label": "Israeli officials"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z",
        "reasons": [
          {
            "id": "immediate-talks-would-undermine-israeli-security",
            "href": "/v1/reasons/immediate-talks-would-undermine-israeli-security",
            "forType": "response",
            "forId": "israel-rejects-hamas-amendments",
            "answersDemandId": "immediate-talks-on-ending-the-war",
            "summary": "Israeli officials argue that immediate discussions on permanently ending the war would undermine their security objectives.",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "They argue that immediate discussions on permanently ending the war would undermine their security objectives",
                "start": 2092,
                "end": 2201,
                "attributedTo": {
                  "kind": "unnamed",
                  "id": "israel",
                  "label": "Israeli officials"
                },
                "reporting": "paraphrase",
                "hedges": []
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          },
          {
            "id": "hamas-demands-could-create-loopholes",
            "href": "/v1/reasons/hamas-demands-could-create-loopholes",
            "forType": "response",
            "forId": "israel-rejects-hamas-amendments",
            "answersDemandId": null,
            "summary": "Israeli officials argue that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
                "start": 2202,
                "end": 2295,
                "attributedTo": {
                  "kind": "unnamed",
                  "id": "israel",
                  "label": "Israeli officials"
                },
                "reporting": "paraphrase",
                "hedges": [
                  "could"
                ]
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          },
          {
            "id": "pause-must-preserve-israeli-leverage",
            "href": "/v1/reasons/pause-must-preserve-israeli-leverage",
            "forType": "response",
            "forId": "israel-rejects-hamas-amendments",
            "answersDemandId": null,
            "summary": "The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.",
                "start": 2296,
                "end": 2461,
                "attributedTo": {
                  "kind": "party",
                  "id": "israel",
                  "label": "The Israeli government"
                },
                "reporting": "paraphrase",
                "hedges": []
              }
            ],
            "createdAt": "2026-11-25T12:00:00.000Z",
            "updatedAt": "2026-11-25T12:00:00.000Z"
          }
        ]
      },
      {
        "id": "hamas-approves-framework-with-amendments",
        "href": "/v1/responses/hamas-approves-framework-with-amendments",
        "partyId": "hamas",
        "actorId": null,
        "proposalId": "truce-framework",
        "stance": "accepts-with-conditions",
        "contested": false,
        "wording": null,
        "summary": "Hamas has expressed general approval of the framework for the deal but is pushing for three significant amendments, recorded as its conditions.",
        "issuedOn": null,
        "issuedOnPrecision": "unknown",
        "answers": [],
        "conditions": [
          "immediate-talks-on-ending-the-war",
          "aid-through-pre-existing-channels",
          "limits-on-israeli-forces-in-gaza"
        ],
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Meanwhile, Hamas has expressed general approval of the framework for the deal but is pushing for three significant amendments.",
            "start": 838,
            "end": 964,
            "attributedTo": {
              "kind": "party",
              "id": "hamas",
              "label": "Hamas"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z",
        "reasons": []
      }
    ],
    "meetings": [
      {
        "id": "israeli-security-meeting",
        "href": "/v1/meetings/israeli-security-meeting",
        "title": "High-level security meeting",
        "kind": "security-meeting",
        "status": "held",
        "contested": false,
        "location": null,
        "startsOn": null,
        "startsOnPrecision": "unknown",
        "purpose": "To discuss the latest developments in the truce framework.",
        "hostPartyId": null,
        "participants": [
          {
            "partyId": "israel",
            "actorId": "benjamin-netanyahu",
            "role": "participant",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Prime Minister Benjamin Netanyahu met with top security officials and cabinet members to discuss the latest developments in the truce framework.",
                "start": 119,
                "end": 263,
                "attributedTo": {
                  "kind": "reporter",
                  "id": null,
                  "label": null
                },
                "reporting": "reporter-analysis",
                "hedges": []
              }
            ]
          },
          {
            "partyId": "israel",
            "actorId": "israeli-security-officials",
            "role": "participant",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "met with top security officials and cabinet members",
                "start": 153,
                "end": 204,
                "attributedTo": {
                  "kind": "reporter",
                  "id": null,
                  "label": null
                },
                "reporting": "reporter-analysis",
                "hedges": []
              }
            ]
          },
          {
            "partyId": "israel",
            "actorId": "israeli-cabinet-members",
            "role": "participant",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "met with top security officials and cabinet members",
                "start": 153,
                "end": 204,
                "attributedTo": {
                  "kind": "reporter",
                  "id": null,
                  "label": null
                },
                "reporting": "reporter-analysis",
                "hedges": []
              }
            ]
          }
        ],
        "agenda": [
          {
            "type": "proposal",
            "id": "truce-framework",
            "href": "/v1/proposals/truce-framework",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "to discuss the latest developments in the truce framework",
                "start": 205,
                "end": 262,
                "attributedTo": {
                  "kind": "reporter",
                  "id": null,
                  "label": null
                },
                "reporting": "reporter-analysis",
                "hedges": []
              }
            ]
          }
        ],
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Israel has concluded a high-level security meeting",
            "start": 0,
            "end": 50,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Prime Minister Benjamin Netanyahu met with top security officials and cabinet members to discuss the latest developments in the truce framework.",
            "start": 119,
            "end": 263,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "doha-talks",
        "href": "/v1/meetings/doha-talks",
        "title": "Talks in Doha",
        "kind": "negotiation-round",
        "status": "scheduled",
        "contested": false,
        "location": "Doha",
        "startsOn": null,
        "startsOnPrecision": "unknown",
        "purpose": "Further discussions in the ceasefire negotiations.",
        "hostPartyId": null,
        "participants": [
          {
            "partyId": "israel",
            "actorId": "israeli-delegation",
            "role": "participant",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "The Israeli delegation is scheduled to travel to Doha for further discussions",
                "start": 529,
                "end": 606,
                "attributedTo": {
                  "kind": "reporter",
                  "id": null,
                  "label": null
                },
                "reporting": "reporter-analysis",
                "hedges": []
              }
            ]
          }
        ],
        "agenda": [
          {
            "type": "proposal",
            "id": "truce-framework",
            "href": "/v1/proposals/truce-framework",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "The upcoming diplomatic efforts in Doha and Washington may be pivotal in determining whether the ceasefire plan can be salvaged",
                "start": 2616,
                "end": 2743,
                "attributedTo": {
                  "kind": "reporter",
                  "id": null,
                  "label": null
                },
                "reporting": "reporter-analysis",
                "hedges": [
                  "may"
                ]
              }
            ]
          }
        ],
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "The Israeli delegation is scheduled to travel to Doha for further discussions",
            "start": 529,
            "end": 606,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "The upcoming diplomatic efforts in Doha",
            "start": 2616,
            "end": 2655,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "washington-meeting",
        "href": "/v1/meetings/washington-meeting",
        "title": "Netanyahu’s meeting with the US president in Washington",
        "kind": "bilateral-meeting",
        "status": "planned",
        "contested": false,
        "location": "Washington, DC",
        "startsOn": null,
        "startsOnPrecision": "unknown",
        "purpose": "A meeting with the US president; the reporter suggests that it and the Doha trip show Israel looking to engage key international partners.",
        "hostPartyId": "united-states",
        "participants": [
          {
            "partyId": "israel",
            "actorId": "benjamin-netanyahu",
            "role": "participant",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
                "start": 624,
                "end": 704,
                "attributedTo": {
                  "kind": "reporter",
                  "id": null,
                  "label": null
                },
                "reporting": "reporter-analysis",
                "hedges": []
              }
            ]
          },
          {
            "partyId": "united-states",
            "actorId": "us-president",
            "role": "host",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
                "start": 624,
                "end": 704,
                "attributedTo": {
                  "kind": "reporter",
                  "id": null,
                  "label": null
                },
                "reporting": "reporter-analysis",
                "hedges": []
              }
            ]
          }
        ],
        "agenda": [
          {
            "type": "proposal",
            "id": "truce-framework",
            "href": "/v1/proposals/truce-framework",
            "evidence": [
              {
                "sourceId": "ceasefire-talks-report",
                "quote": "The upcoming diplomatic efforts in Doha and Washington may be pivotal in determining whether the ceasefire plan can be salvaged",
                "start": 2616,
                "end": 2743,
                "attributedTo": {
                  "kind": "reporter",
                  "id": null,
                  "label": null
                },
                "reporting": "reporter-analysis",
                "hedges": [
                  "may"
                ]
              }
            ]
          }
        ],
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "coinciding with Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
            "start": 608,
            "end": 704,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": []
          },
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.",
            "start": 706,
            "end": 837,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": [
              "suggest"
            ]
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ],
    "sources": [
      {
        "id": "ceasefire-talks-report",
        "href": "/v1/sources/ceasefire-talks-report",
        "title": null,
        "publisher": null,
        "url": null,
        "publishedOn": null,
        "publishedOnPrecision": "unknown",
        "kind": "news-report",
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ],
    "reasons": [
      {
        "id": "hamas-immediate-talks-for-long-term-peace",
        "href": "/v1/reasons/hamas-immediate-talks-for-long-term-peace",
        "forType": "demand",
        "forId": "immediate-talks-on-ending-the-war",
        "answersDemandId": null,
        "summary": "Hamas views immediate talks as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Hamas views this as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.",
            "start": 1098,
            "end": 1229,
            "attributedTo": {
              "kind": "party",
              "id": "hamas",
              "label": "Hamas"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "hamas-aid-must-be-neutral-and-efficient",
        "href": "/v1/reasons/hamas-aid-must-be-neutral-and-efficient",
        "forType": "demand",
        "forId": "aid-through-pre-existing-channels",
        "answersDemandId": null,
        "summary": "Hamas argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
            "start": 1499,
            "end": 1632,
            "attributedTo": {
              "kind": "party",
              "id": "hamas",
              "label": "The group"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "ghf-likely-seen-as-compromised",
        "href": "/v1/reasons/ghf-likely-seen-as-compromised",
        "forType": "demand",
        "forId": "aid-through-pre-existing-channels",
        "answersDemandId": null,
        "summary": "The reporter’s speculation, not a statement by Hamas: Hamas likely sees the Gaza Humanitarian Foundation as politically compromised or insufficiently independent.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "which Hamas likely sees as politically compromised or insufficiently independent.",
            "start": 1417,
            "end": 1498,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-speculation",
            "hedges": [
              "likely"
            ]
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ],
    "statements": [
      {
        "id": "israel-to-pursue-momentum-in-talks",
        "href": "/v1/statements/israel-to-pursue-momentum-in-talks",
        "kind": "intention",
        "partyId": "israel",
        "aboutPartyIds": [
          "israel"
        ],
        "issueId": null,
        "title": "Israel will continue to pursue momentum in the negotiations",
        "summary": "Despite the rejection, Israel has indicated it will continue to pursue momentum in the ceasefire negotiations.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Despite the rejection, Israel has indicated it will continue to pursue momentum in the ceasefire negotiations.",
            "start": 418,
            "end": 528,
            "attributedTo": {
              "kind": "party",
              "id": "israel",
              "label": "Israel"
            },
            "reporting": "paraphrase",
            "hedges": []
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "israel-looking-to-engage-international-partners",
        "href": "/v1/statements/israel-looking-to-engage-international-partners",
        "kind": "intention",
        "partyId": "israel",
        "aboutPartyIds": [
          "israel"
        ],
        "issueId": null,
        "title": "Israel looking to engage key international partners (reporter’s inference)",
        "summary": "The reporter suggests that the Doha trip and the Washington visit show Israel looking to engage key international partners; an inference from the two moves, not a statement by Israel.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.",
            "start": 706,
            "end": 837,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": [
              "suggest"
            ]
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      },
      {
        "id": "israel-firm-stance-on-core-demands",
        "href": "/v1/statements/israel-firm-stance-on-core-demands",
        "kind": "firm-stance",
        "partyId": "israel",
        "aboutPartyIds": [
          "israel"
        ],
        "issueId": null,
        "title": "Israel maintaining a firm stance on its core demands (reporter’s inference)",
        "summary": "The reporter suggests that Israel is maintaining a firm stance on its core demands while engaging international partners; the core demands are not listed.",
        "evidence": [
          {
            "sourceId": "ceasefire-talks-report",
            "quote": "Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.",
            "start": 706,
            "end": 837,
            "attributedTo": {
              "kind": "reporter",
              "id": null,
              "label": null
            },
            "reporting": "reporter-analysis",
            "hedges": [
              "suggest"
            ]
          }
        ],
        "createdAt": "2026-11-25T12:00:00.000Z",
        "updatedAt": "2026-11-25T12:00:00.000Z"
      }
    ]
  }
} satisfies Examples;
