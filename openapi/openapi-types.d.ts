// Generated from openapi/openapi.json by `npm run openapi`; do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the service’s health */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List parties
         * @description Every party with the actors who act for it.
         *
         *     Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listParties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a party */
        get: operations["getParty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List actors
         * @description People and bodies acting for the parties, optionally filtered by party and kind.
         *
         *     Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listActors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an actor */
        get: operations["getActor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List issues
         * @description Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listIssues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/issues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an issue */
        get: operations["getIssue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List proposals
         * @description Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a proposal */
        get: operations["getProposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List demands
         * @description Demands in the order the sources report them, optionally filtered by party, issue, proposal, status and date.
         *
         *     Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listDemands"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/demands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a demand */
        get: operations["getDemand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parties/{id}/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a party’s demands
         * @description Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listPartyDemands"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/issues/{id}/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the demands on an issue
         * @description Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listIssueDemands"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals/{id}/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the demands to amend a proposal
         * @description Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listProposalDemands"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List responses
         * @description Responses in the order the sources report them, optionally filtered by party, actor, answered demand, proposal, stance and date.
         *
         *     Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listResponses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/responses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a response */
        get: operations["getResponse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parties/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a party’s responses
         * @description Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listPartyResponses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/demands/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the responses to a demand
         * @description Every response that answers this demand, whether it singles the demand out or not.
         *
         *     Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listDemandResponses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List meetings
         * @description Meetings held, scheduled or planned, optionally filtered by status, kind, location, participant and date.
         *
         *     Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a meeting */
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parties/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the meetings a party takes part in
         * @description Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listPartyMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources
         * @description Sources without their text; get one by id for the full text.
         *
         *     Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a source with its full text */
        get: operations["getSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every party’s current stance on every issue
         * @description Derived from demands and responses, never stored: a party that made a demand on an issue `demands` it (or `withdrew`); a party that answered demands on the issue takes its response’s stance. When a party has several such records, the latest decides: dated records are later than undated ones and ordered by date; undated ones are ordered as their sources report them. Each position lists the records and quotes behind it.
         *
         *     Paged by issue; `stance` filters the positions within each issue.
         *
         *     Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listPositions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/issues/{id}/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every party’s current stance on one issue
         * @description Derived from demands and responses, never stored: a party that made a demand on an issue `demands` it (or `withdrew`); a party that answered demands on the issue takes its response’s stance. When a party has several such records, the latest decides: dated records are later than undated ones and ordered by date; undated ones are ordered as their sources report them. Each position lists the records and quotes behind it.
         */
        get: operations["getIssuePositions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parties/{id}/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A party’s current stance on each issue
         * @description Derived from demands and responses, never stored: a party that made a demand on an issue `demands` it (or `withdrew`); a party that answered demands on the issue takes its response’s stance. When a party has several such records, the latest decides: dated records are later than undated ones and ordered by date; undated ones are ordered as their sources report them. Each position lists the records and quotes behind it.
         *
         *     Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listPartyPositions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meetings, demands and responses in order
         * @description Events whose date the sources do not give come first, in the order the sources report them; dated events follow, by date. Each event links to its record.
         *
         *     Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search records and quotes
         * @description Full-text search (SQLite FTS5, BM25 ranking) over titles, names, summaries, rationales, reasons, purposes and evidence quotes. Each hit is a record, with excerpts of its matching fields.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description One problem with one input field. */
        FieldError: {
            /**
             * @description Which part of the request the problem is in.
             * @enum {string}
             */
            in: "query" | "path" | "body" | "header";
            /** @description Dotted path to the offending field; empty for the part as a whole. */
            field: string;
            message: string;
        };
        /**
         * @description An RFC 9457 problem details object, served as `application/problem+json`.
         * @example {
         *       "type": "urn:negotiation-positions:problem:not_found",
         *       "title": "Not Found",
         *       "status": 404,
         *       "detail": "No demand has the id 'no-such-demand'.",
         *       "code": "not_found",
         *       "instance": "/v1/demands/no-such-demand"
         *     }
         */
        Problem: {
            /** @description A URI reference identifying the problem type; stable per `code`. */
            type: string;
            /** @description Short, human-readable summary of the problem type. */
            title: string;
            status: number;
            /** @description Human-readable explanation specific to this occurrence. */
            detail: string;
            /** @description Stable, machine-readable error code, e.g. `not_found` or `validation_failed`. */
            code: string;
            /** @description The request path this problem occurred on. */
            instance?: string;
            /** @description Per-field problems, present when `code` is `validation_failed`. */
            errors?: components["schemas"]["FieldError"][];
        };
        /**
         * @description A verbatim quote from a source that backs a record.
         * @example {
         *       "sourceId": "ceasefire-talks-report",
         *       "quote": "labeling them as unacceptable",
         *       "start": 387,
         *       "end": 416
         *     }
         */
        Evidence: {
            /** @description The source the quote is taken from. */
            sourceId: string;
            /** @description Verbatim text of the source. */
            quote: string;
            /** @description Offset of the quote’s first character in the source text (UTF-16 code units). */
            start: number;
            /** @description Offset just past the quote’s last character: `text.slice(start, end) === quote`. */
            end: number;
        };
        /**
         * @description How precisely the date is known; `unknown` when the source gives none.
         * @enum {string}
         */
        DatePrecision: "day" | "month" | "year" | "unknown";
        /**
         * @description A person or body acting for a party.
         * @example {
         *       "id": "benjamin-netanyahu",
         *       "partyId": "israel",
         *       "kind": "person",
         *       "name": "Benjamin Netanyahu",
         *       "role": "Prime Minister",
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Prime Minister Benjamin Netanyahu",
         *           "start": 119,
         *           "end": 152
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        Actor: {
            id: string;
            /** @description The party this actor acts for. */
            partyId: string;
            /** @enum {string} */
            kind: "person" | "office" | "delegation" | "group";
            /** @description The actor’s name; null when the source does not give one. */
            name: string | null;
            /** @description The actor’s role or office, e.g. "Prime Minister". */
            role: string | null;
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
        };
        /**
         * @description A page of Actor records.
         * @example {
         *       "items": [
         *         {
         *           "id": "benjamin-netanyahu",
         *           "partyId": "israel",
         *           "kind": "person",
         *           "name": "Benjamin Netanyahu",
         *           "role": "Prime Minister",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Prime Minister Benjamin Netanyahu",
         *               "start": 119,
         *               "end": 152
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "netanyahus-office",
         *           "partyId": "israel",
         *           "kind": "office",
         *           "name": "Netanyahu’s office",
         *           "role": "Office of the Prime Minister",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Netanyahu’s office issued a statement",
         *               "start": 287,
         *               "end": 324
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "israeli-security-officials",
         *           "partyId": "israel",
         *           "kind": "group",
         *           "name": "Top security officials",
         *           "role": null,
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "met with top security officials and cabinet members",
         *               "start": 153,
         *               "end": 204
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "israeli-cabinet-members",
         *           "partyId": "israel",
         *           "kind": "group",
         *           "name": "Cabinet members",
         *           "role": null,
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "met with top security officials and cabinet members",
         *               "start": 153,
         *               "end": 204
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "israeli-delegation",
         *           "partyId": "israel",
         *           "kind": "delegation",
         *           "name": "Israeli delegation",
         *           "role": null,
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "The Israeli delegation is scheduled to travel to Doha for further discussions",
         *               "start": 529,
         *               "end": 606
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        ActorPage: {
            items: components["schemas"]["Actor"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Records matching the filters, across all pages; present with `count=true`. */
            total?: number;
        };
        /**
         * @description Where the demand stands: open until answered, then accepted, rejected, …
         * @enum {string}
         */
        DemandStatus: "open" | "accepted" | "partially-accepted" | "rejected" | "withdrawn";
        /**
         * @description A demand without embedded related records.
         * @example {
         *       "id": "aid-through-pre-existing-channels",
         *       "partyId": "hamas",
         *       "proposalId": "truce-framework",
         *       "issueId": "humanitarian-aid-channels",
         *       "title": "Aid through pre-existing channels",
         *       "summary": "Return humanitarian aid distribution to pre-existing channels, removing the Gaza Humanitarian Foundation from the process.",
         *       "rationale": "Aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
         *       "status": "rejected",
         *       "raisedOn": null,
         *       "raisedOnPrecision": "unknown",
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Secondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels.",
         *           "start": 1230,
         *           "end": 1326
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "This would remove the recently established Gaza Humanitarian Foundation from the process",
         *           "start": 1327,
         *           "end": 1415
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
         *           "start": 1499,
         *           "end": 1632
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        DemandRecord: {
            id: string;
            /** @description The party making the demand. */
            partyId: string;
            /** @description The proposal the demand would amend, if any. */
            proposalId: string | null;
            /** @description The issue the demand is about. */
            issueId: string;
            title: string;
            /** @description What the party asks for. */
            summary: string;
            /** @description The party’s stated reason, as the source reports it; null when none is given. */
            rationale: string | null;
            status: components["schemas"]["DemandStatus"];
            /** @description When the demand was raised; null when the source does not say. */
            raisedOn: string | null;
            raisedOnPrecision: components["schemas"]["DatePrecision"];
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
        };
        /**
         * @description A topic at stake in the negotiation.
         * @example {
         *       "id": "humanitarian-aid-channels",
         *       "title": "Humanitarian aid channels",
         *       "description": "Through which channels humanitarian aid is distributed in Gaza, and whether the Gaza Humanitarian Foundation takes part.",
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "humanitarian aid distribution return to pre-existing channels",
         *           "start": 1264,
         *           "end": 1325
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        Issue: {
            id: string;
            title: string;
            description: string;
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
        };
        /**
         * @description A page of Issue records.
         * @example {
         *       "items": [
         *         {
         *           "id": "ending-the-war",
         *           "title": "Ending the war",
         *           "description": "Whether talks on ending the war begin immediately or only after the proposed 60-day pause in fighting concludes.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude",
         *               "start": 988,
         *               "end": 1096
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "humanitarian-aid-channels",
         *           "title": "Humanitarian aid channels",
         *           "description": "Through which channels humanitarian aid is distributed in Gaza, and whether the Gaza Humanitarian Foundation takes part.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "humanitarian aid distribution return to pre-existing channels",
         *               "start": 1264,
         *               "end": 1325
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "israeli-forces-in-gaza",
         *           "title": "Israeli forces in Gaza",
         *           "description": "The presence and movement of Israeli forces within Gaza during the truce.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "the presence and movement of Israeli forces within Gaza",
         *               "start": 1680,
         *               "end": 1735
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        IssuePage: {
            items: components["schemas"]["Issue"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Records matching the filters, across all pages; present with `count=true`. */
            total?: number;
        };
        /** @description A party, and when known the actor, taking part in a meeting. */
        Participant: {
            partyId: string;
            /** @description Who attends for the party, when the source says. */
            actorId: string | null;
        };
        /**
         * @description A framework or draft on the table, which demands may seek to amend.
         * @example {
         *       "id": "truce-framework",
         *       "title": "Truce framework",
         *       "summary": "The framework for a possible ceasefire deal between Israel and Hamas, built around a proposed 60-day pause in fighting.",
         *       "proposedByPartyId": null,
         *       "pauseDurationDays": 60,
         *       "status": "under-negotiation",
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "ongoing negotiations for a possible ceasefire deal with Hamas",
         *           "start": 56,
         *           "end": 117
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "the latest developments in the truce framework",
         *           "start": 216,
         *           "end": 262
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "the proposed 60-day pause in fighting",
         *           "start": 1047,
         *           "end": 1084
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        Proposal: {
            id: string;
            title: string;
            summary: string;
            /** @description Who tabled the proposal; null when the source does not say. */
            proposedByPartyId: string | null;
            /** @description Length of the pause in fighting the proposal provides for, in days. */
            pauseDurationDays: number | null;
            /** @enum {string} */
            status: "draft" | "under-negotiation" | "agreed" | "collapsed";
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
        };
        /**
         * @description A page of Proposal records.
         * @example {
         *       "items": [
         *         {
         *           "id": "truce-framework",
         *           "title": "Truce framework",
         *           "summary": "The framework for a possible ceasefire deal between Israel and Hamas, built around a proposed 60-day pause in fighting.",
         *           "proposedByPartyId": null,
         *           "pauseDurationDays": 60,
         *           "status": "under-negotiation",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "ongoing negotiations for a possible ceasefire deal with Hamas",
         *               "start": 56,
         *               "end": 117
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "the latest developments in the truce framework",
         *               "start": 216,
         *               "end": 262
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "the proposed 60-day pause in fighting",
         *               "start": 1047,
         *               "end": 1084
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        ProposalPage: {
            items: components["schemas"]["Proposal"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Records matching the filters, across all pages; present with `count=true`. */
            total?: number;
        };
        /**
         * @description The position a response takes on what it answers.
         * @enum {string}
         */
        Stance: "accept" | "conditional-accept" | "reject" | "counter" | "under-consideration";
        /** @description A demand a response answers, and how directly. */
        Answer: {
            demandId: string;
            /**
             * @description `specific`: the response singles this demand out; `whole`: it answers the demands as a package; `unspecified`: it answers them without saying which.
             * @enum {string}
             */
            scope: "whole" | "specific" | "unspecified";
        };
        /**
         * @description A response without embedded related records.
         * @example {
         *       "id": "israel-rejects-hamas-amendments",
         *       "partyId": "israel",
         *       "actorId": "netanyahus-office",
         *       "proposalId": "truce-framework",
         *       "stance": "reject",
         *       "wording": "unacceptable",
         *       "summary": "After the high-level security meeting, Netanyahu’s office issued a statement rejecting the amendments Hamas proposed to the deal as unacceptable.",
         *       "reasons": [
         *         "Immediate discussions on permanently ending the war would undermine Israel’s security objectives.",
         *         "Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
         *         "Any temporary pause must be structured to preserve Israel’s strategic leverage and not compromise its military goals."
         *       ],
         *       "issuedOn": null,
         *       "issuedOnPrecision": "unknown",
         *       "answers": [
         *         {
         *           "demandId": "immediate-talks-on-ending-the-war",
         *           "scope": "unspecified"
         *         },
         *         {
         *           "demandId": "aid-through-pre-existing-channels",
         *           "scope": "unspecified"
         *         },
         *         {
         *           "demandId": "limits-on-israeli-forces-in-gaza",
         *           "scope": "unspecified"
         *         }
         *       ],
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *           "start": 264,
         *           "end": 417
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Israeli officials have firmly opposed these proposed changes.",
         *           "start": 2030,
         *           "end": 2091
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "They argue that immediate discussions on permanently ending the war would undermine their security objectives and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
         *           "start": 2092,
         *           "end": 2295
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.",
         *           "start": 2296,
         *           "end": 2461
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        ResponseRecord: {
            id: string;
            /** @description The responding party. */
            partyId: string;
            /** @description Who responded for the party, when the source says. */
            actorId: string | null;
            /** @description The proposal the response concerns, if any. */
            proposalId: string | null;
            stance: components["schemas"]["Stance"];
            /** @description The responder’s own characterisation, verbatim (e.g. "unacceptable"); null when none is quoted. */
            wording: string | null;
            summary: string;
            /** @description The responder’s stated reasons, as the source reports them. */
            reasons: string[];
            /** @description When the response was issued; null when the source does not say. */
            issuedOn: string | null;
            issuedOnPrecision: components["schemas"]["DatePrecision"];
            /** @description The demands this response answers. */
            answers: components["schemas"]["Answer"][];
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
        };
        /**
         * @description A negotiating party or another named actor in the negotiation.
         * @example {
         *       "id": "united-states",
         *       "name": "United States",
         *       "kind": "state",
         *       "description": null,
         *       "actors": [
         *         {
         *           "id": "us-president",
         *           "partyId": "united-states",
         *           "kind": "person",
         *           "name": null,
         *           "role": "President of the United States",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "a meeting with the US president",
         *               "start": 673,
         *               "end": 704
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         }
         *       ],
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "a meeting with the US president",
         *           "start": 673,
         *           "end": 704
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        Party: {
            id: string;
            name: string;
            /**
             * @description What sort of actor the party is.
             * @enum {string}
             */
            kind: "state" | "armed-group" | "organisation" | "intergovernmental-body" | "other";
            description: string | null;
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
            /** @description The people and bodies acting for this party. */
            actors: components["schemas"]["Actor"][];
        };
        /**
         * @description A page of Party records.
         * @example {
         *       "items": [
         *         {
         *           "id": "israel",
         *           "name": "Israel",
         *           "kind": "state",
         *           "description": null,
         *           "actors": [
         *             {
         *               "id": "benjamin-netanyahu",
         *               "partyId": "israel",
         *               "kind": "person",
         *               "name": "Benjamin Netanyahu",
         *               "role": "Prime Minister",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Prime Minister Benjamin Netanyahu",
         *                   "start": 119,
         *                   "end": 152
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             },
         *             {
         *               "id": "netanyahus-office",
         *               "partyId": "israel",
         *               "kind": "office",
         *               "name": "Netanyahu’s office",
         *               "role": "Office of the Prime Minister",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Netanyahu’s office issued a statement",
         *                   "start": 287,
         *                   "end": 324
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             },
         *             {
         *               "id": "israeli-security-officials",
         *               "partyId": "israel",
         *               "kind": "group",
         *               "name": "Top security officials",
         *               "role": null,
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "met with top security officials and cabinet members",
         *                   "start": 153,
         *                   "end": 204
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             },
         *             {
         *               "id": "israeli-cabinet-members",
         *               "partyId": "israel",
         *               "kind": "group",
         *               "name": "Cabinet members",
         *               "role": null,
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "met with top security officials and cabinet members",
         *                   "start": 153,
         *                   "end": 204
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             },
         *             {
         *               "id": "israeli-delegation",
         *               "partyId": "israel",
         *               "kind": "delegation",
         *               "name": "Israeli delegation",
         *               "role": null,
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "The Israeli delegation is scheduled to travel to Doha for further discussions",
         *                   "start": 529,
         *                   "end": 606
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             }
         *           ],
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Israel has concluded a high-level security meeting amid ongoing negotiations for a possible ceasefire deal with Hamas.",
         *               "start": 0,
         *               "end": 118
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "hamas",
         *           "name": "Hamas",
         *           "kind": "armed-group",
         *           "description": null,
         *           "actors": [],
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Hamas has expressed general approval of the framework for the deal but is pushing for three significant amendments.",
         *               "start": 849,
         *               "end": 964
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "united-states",
         *           "name": "United States",
         *           "kind": "state",
         *           "description": null,
         *           "actors": [
         *             {
         *               "id": "us-president",
         *               "partyId": "united-states",
         *               "kind": "person",
         *               "name": null,
         *               "role": "President of the United States",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "a meeting with the US president",
         *                   "start": 673,
         *                   "end": 704
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             }
         *           ],
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "a meeting with the US president",
         *               "start": 673,
         *               "end": 704
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "gaza-humanitarian-foundation",
         *           "name": "Gaza Humanitarian Foundation",
         *           "kind": "organisation",
         *           "description": "A recently established body in the distribution of humanitarian aid in Gaza, which Hamas wants removed from the process.",
         *           "actors": [],
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "This would remove the recently established Gaza Humanitarian Foundation from the process",
         *               "start": 1327,
         *               "end": 1415
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        PartyPage: {
            items: components["schemas"]["Party"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Records matching the filters, across all pages; present with `count=true`. */
            total?: number;
        };
        /**
         * @description Something a party asks for, usually as an amendment to a proposal.
         * @example {
         *       "id": "aid-through-pre-existing-channels",
         *       "partyId": "hamas",
         *       "proposalId": "truce-framework",
         *       "issueId": "humanitarian-aid-channels",
         *       "title": "Aid through pre-existing channels",
         *       "summary": "Return humanitarian aid distribution to pre-existing channels, removing the Gaza Humanitarian Foundation from the process.",
         *       "rationale": "Aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
         *       "status": "rejected",
         *       "raisedOn": null,
         *       "raisedOnPrecision": "unknown",
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Secondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels.",
         *           "start": 1230,
         *           "end": 1326
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "This would remove the recently established Gaza Humanitarian Foundation from the process",
         *           "start": 1327,
         *           "end": 1415
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
         *           "start": 1499,
         *           "end": 1632
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        Demand: {
            id: string;
            /** @description The party making the demand. */
            partyId: string;
            /** @description The proposal the demand would amend, if any. */
            proposalId: string | null;
            /** @description The issue the demand is about. */
            issueId: string;
            title: string;
            /** @description What the party asks for. */
            summary: string;
            /** @description The party’s stated reason, as the source reports it; null when none is given. */
            rationale: string | null;
            status: components["schemas"]["DemandStatus"];
            /** @description When the demand was raised; null when the source does not say. */
            raisedOn: string | null;
            raisedOnPrecision: components["schemas"]["DatePrecision"];
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
            /** @description The demanding party; with `include=party`. */
            party?: components["schemas"]["Party"];
            /** @description The issue; with `include=issue`. */
            issue?: components["schemas"]["Issue"];
            /** @description The proposal amended; with `include=proposal`. */
            proposal?: components["schemas"]["Proposal"] | null;
            /** @description The responses answering the demand; with `include=responses`. */
            responses?: components["schemas"]["ResponseRecord"][];
        };
        /**
         * @description A page of Demand records.
         * @example {
         *       "items": [
         *         {
         *           "id": "immediate-talks-on-ending-the-war",
         *           "partyId": "hamas",
         *           "proposalId": "truce-framework",
         *           "issueId": "ending-the-war",
         *           "title": "Immediate talks on ending the war",
         *           "summary": "Begin talks on ending the war immediately, rather than waiting for the proposed 60-day pause in fighting to conclude.",
         *           "rationale": "Hamas views this as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.",
         *           "status": "rejected",
         *           "raisedOn": null,
         *           "raisedOnPrecision": "unknown",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "First, the group wants immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude.",
         *               "start": 965,
         *               "end": 1097
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Hamas views this as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.",
         *               "start": 1098,
         *               "end": 1229
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "aid-through-pre-existing-channels",
         *           "partyId": "hamas",
         *           "proposalId": "truce-framework",
         *           "issueId": "humanitarian-aid-channels",
         *           "title": "Aid through pre-existing channels",
         *           "summary": "Return humanitarian aid distribution to pre-existing channels, removing the Gaza Humanitarian Foundation from the process.",
         *           "rationale": "Aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
         *           "status": "rejected",
         *           "raisedOn": null,
         *           "raisedOnPrecision": "unknown",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Secondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels.",
         *               "start": 1230,
         *               "end": 1326
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "This would remove the recently established Gaza Humanitarian Foundation from the process",
         *               "start": 1327,
         *               "end": 1415
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
         *               "start": 1499,
         *               "end": 1632
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "limits-on-israeli-forces-in-gaza",
         *           "partyId": "hamas",
         *           "proposalId": "truce-framework",
         *           "issueId": "israeli-forces-in-gaza",
         *           "title": "Limits on Israeli forces in Gaza",
         *           "summary": "Specific restrictions or guarantees concerning Israeli military deployment in Gaza during the truce period.",
         *           "rationale": "A vital security matter, especially in protecting civilians and ensuring the integrity of any agreement.",
         *           "status": "rejected",
         *           "raisedOn": null,
         *           "raisedOnPrecision": "unknown",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Finally, Hamas has raised objections regarding the presence and movement of Israeli forces within Gaza as part of the deal.",
         *               "start": 1633,
         *               "end": 1756
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "The group is reportedly seeking specific restrictions or guarantees concerning Israeli military deployment in the territory during the truce period.",
         *               "start": 1757,
         *               "end": 1905
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "They consider this a vital security matter, especially in protecting civilians and ensuring the integrity of any agreement.",
         *               "start": 1906,
         *               "end": 2029
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        DemandPage: {
            items: components["schemas"]["Demand"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Records matching the filters, across all pages; present with `count=true`. */
            total?: number;
        };
        /**
         * @description A party’s answer to a proposal or to demands.
         * @example {
         *       "id": "israel-rejects-hamas-amendments",
         *       "partyId": "israel",
         *       "actorId": "netanyahus-office",
         *       "proposalId": "truce-framework",
         *       "stance": "reject",
         *       "wording": "unacceptable",
         *       "summary": "After the high-level security meeting, Netanyahu’s office issued a statement rejecting the amendments Hamas proposed to the deal as unacceptable.",
         *       "reasons": [
         *         "Immediate discussions on permanently ending the war would undermine Israel’s security objectives.",
         *         "Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
         *         "Any temporary pause must be structured to preserve Israel’s strategic leverage and not compromise its military goals."
         *       ],
         *       "issuedOn": null,
         *       "issuedOnPrecision": "unknown",
         *       "answers": [
         *         {
         *           "demandId": "immediate-talks-on-ending-the-war",
         *           "scope": "unspecified"
         *         },
         *         {
         *           "demandId": "aid-through-pre-existing-channels",
         *           "scope": "unspecified"
         *         },
         *         {
         *           "demandId": "limits-on-israeli-forces-in-gaza",
         *           "scope": "unspecified"
         *         }
         *       ],
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *           "start": 264,
         *           "end": 417
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Israeli officials have firmly opposed these proposed changes.",
         *           "start": 2030,
         *           "end": 2091
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "They argue that immediate discussions on permanently ending the war would undermine their security objectives and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
         *           "start": 2092,
         *           "end": 2295
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.",
         *           "start": 2296,
         *           "end": 2461
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        Response: {
            id: string;
            /** @description The responding party. */
            partyId: string;
            /** @description Who responded for the party, when the source says. */
            actorId: string | null;
            /** @description The proposal the response concerns, if any. */
            proposalId: string | null;
            stance: components["schemas"]["Stance"];
            /** @description The responder’s own characterisation, verbatim (e.g. "unacceptable"); null when none is quoted. */
            wording: string | null;
            summary: string;
            /** @description The responder’s stated reasons, as the source reports them. */
            reasons: string[];
            /** @description When the response was issued; null when the source does not say. */
            issuedOn: string | null;
            issuedOnPrecision: components["schemas"]["DatePrecision"];
            /** @description The demands this response answers. */
            answers: components["schemas"]["Answer"][];
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
            /** @description The responding party; with `include=party`. */
            party?: components["schemas"]["Party"];
            /** @description Who responded for the party; with `include=actor`. */
            actor?: components["schemas"]["Actor"] | null;
            /** @description The proposal concerned; with `include=proposal`. */
            proposal?: components["schemas"]["Proposal"] | null;
            /** @description The demands answered; with `include=demands`. */
            demands?: components["schemas"]["DemandRecord"][];
        };
        /**
         * @description A page of Response records.
         * @example {
         *       "items": [
         *         {
         *           "id": "israel-rejects-hamas-amendments",
         *           "partyId": "israel",
         *           "actorId": "netanyahus-office",
         *           "proposalId": "truce-framework",
         *           "stance": "reject",
         *           "wording": "unacceptable",
         *           "summary": "After the high-level security meeting, Netanyahu’s office issued a statement rejecting the amendments Hamas proposed to the deal as unacceptable.",
         *           "reasons": [
         *             "Immediate discussions on permanently ending the war would undermine Israel’s security objectives.",
         *             "Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
         *             "Any temporary pause must be structured to preserve Israel’s strategic leverage and not compromise its military goals."
         *           ],
         *           "issuedOn": null,
         *           "issuedOnPrecision": "unknown",
         *           "answers": [
         *             {
         *               "demandId": "immediate-talks-on-ending-the-war",
         *               "scope": "unspecified"
         *             },
         *             {
         *               "demandId": "aid-through-pre-existing-channels",
         *               "scope": "unspecified"
         *             },
         *             {
         *               "demandId": "limits-on-israeli-forces-in-gaza",
         *               "scope": "unspecified"
         *             }
         *           ],
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *               "start": 264,
         *               "end": 417
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Israeli officials have firmly opposed these proposed changes.",
         *               "start": 2030,
         *               "end": 2091
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "They argue that immediate discussions on permanently ending the war would undermine their security objectives and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
         *               "start": 2092,
         *               "end": 2295
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.",
         *               "start": 2296,
         *               "end": 2461
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        ResponsePage: {
            items: components["schemas"]["Response"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Records matching the filters, across all pages; present with `count=true`. */
            total?: number;
        };
        /**
         * @description A meeting where the negotiation is discussed.
         * @example {
         *       "id": "washington-meeting",
         *       "title": "Netanyahu’s meeting with the US president in Washington",
         *       "kind": "bilateral-meeting",
         *       "status": "planned",
         *       "location": "Washington, DC",
         *       "startsOn": null,
         *       "startsOnPrecision": "unknown",
         *       "purpose": "A meeting with the US president; the report reads it, with the Doha talks, as Israel engaging key international partners.",
         *       "participants": [
         *         {
         *           "partyId": "israel",
         *           "actorId": "benjamin-netanyahu"
         *         },
         *         {
         *           "partyId": "united-states",
         *           "actorId": "us-president"
         *         }
         *       ],
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "coinciding with Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
         *           "start": 608,
         *           "end": 704
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.",
         *           "start": 706,
         *           "end": 837
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        Meeting: {
            id: string;
            title: string;
            /** @enum {string} */
            kind: "security-meeting" | "negotiation-round" | "bilateral-meeting" | "other";
            /**
             * @description `held` has happened; `scheduled` has a set occasion; `planned` is intended.
             * @enum {string}
             */
            status: "planned" | "scheduled" | "held" | "postponed" | "cancelled";
            /** @description Where the meeting takes place; null when the source does not say. */
            location: string | null;
            /** @description When the meeting takes place; null when the source does not say. */
            startsOn: string | null;
            startsOnPrecision: components["schemas"]["DatePrecision"];
            purpose: string | null;
            participants: components["schemas"]["Participant"][];
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
            /** @description The participating parties; with `include=parties`. */
            parties?: components["schemas"]["Party"][];
            /** @description The participating actors; with `include=actors`. */
            actors?: components["schemas"]["Actor"][];
        };
        /**
         * @description A page of Meeting records.
         * @example {
         *       "items": [
         *         {
         *           "id": "israeli-security-meeting",
         *           "title": "High-level security meeting",
         *           "kind": "security-meeting",
         *           "status": "held",
         *           "location": null,
         *           "startsOn": null,
         *           "startsOnPrecision": "unknown",
         *           "purpose": "To discuss the latest developments in the truce framework.",
         *           "participants": [
         *             {
         *               "partyId": "israel",
         *               "actorId": "benjamin-netanyahu"
         *             },
         *             {
         *               "partyId": "israel",
         *               "actorId": "israeli-security-officials"
         *             },
         *             {
         *               "partyId": "israel",
         *               "actorId": "israeli-cabinet-members"
         *             }
         *           ],
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Israel has concluded a high-level security meeting",
         *               "start": 0,
         *               "end": 50
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Prime Minister Benjamin Netanyahu met with top security officials and cabinet members to discuss the latest developments in the truce framework.",
         *               "start": 119,
         *               "end": 263
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "doha-talks",
         *           "title": "Talks in Doha",
         *           "kind": "negotiation-round",
         *           "status": "scheduled",
         *           "location": "Doha",
         *           "startsOn": null,
         *           "startsOnPrecision": "unknown",
         *           "purpose": "Further discussions in the ceasefire negotiations.",
         *           "participants": [
         *             {
         *               "partyId": "israel",
         *               "actorId": "israeli-delegation"
         *             }
         *           ],
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "The Israeli delegation is scheduled to travel to Doha for further discussions",
         *               "start": 529,
         *               "end": 606
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "washington-meeting",
         *           "title": "Netanyahu’s meeting with the US president in Washington",
         *           "kind": "bilateral-meeting",
         *           "status": "planned",
         *           "location": "Washington, DC",
         *           "startsOn": null,
         *           "startsOnPrecision": "unknown",
         *           "purpose": "A meeting with the US president; the report reads it, with the Doha talks, as Israel engaging key international partners.",
         *           "participants": [
         *             {
         *               "partyId": "israel",
         *               "actorId": "benjamin-netanyahu"
         *             },
         *             {
         *               "partyId": "united-states",
         *               "actorId": "us-president"
         *             }
         *           ],
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "coinciding with Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
         *               "start": 608,
         *               "end": 704
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.",
         *               "start": 706,
         *               "end": 837
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        MeetingPage: {
            items: components["schemas"]["Meeting"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Records matching the filters, across all pages; present with `count=true`. */
            total?: number;
        };
        /**
         * @description The service is up and its database answers.
         * @example {
         *       "status": "ok",
         *       "database": "ok"
         *     }
         */
        Health: {
            /** @constant */
            status: "ok";
            /** @constant */
            database: "ok";
        };
        /**
         * @description A party’s stance on an issue, derived from its records: `demands` (it made a demand still standing), `withdrew` (it withdrew its demand), or its latest response to demands on the issue: `accepts`, `accepts-with-conditions`, `rejects`, `counters`, `considering`.
         * @enum {string}
         */
        PositionStance: "demands" | "withdrew" | "accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering";
        /** @description A record a position is derived from, with its quotes. */
        PositionBasis: {
            /** @enum {string} */
            type: "demand" | "response";
            id: string;
            /** @description Where the record is served. */
            href: string;
            stance: components["schemas"]["PositionStance"];
            date: string | null;
            datePrecision: components["schemas"]["DatePrecision"];
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
        };
        /** @description Where one party currently stands on one issue. */
        Position: {
            partyId: string;
            stance: components["schemas"]["PositionStance"];
            /** @description The records behind the current stance, the decisive (latest) one first; at most 10, see `basisCount`. */
            basis: components["schemas"]["PositionBasis"][];
            /** @description How many records support the current stance. */
            basisCount: number;
            /** @description How many of the party’s demands and responses concern the issue, whatever their stance. */
            recordCount: number;
        };
        /**
         * @description Every party’s current stance on one issue.
         * @example {
         *       "issueId": "humanitarian-aid-channels",
         *       "title": "Humanitarian aid channels",
         *       "positions": [
         *         {
         *           "partyId": "hamas",
         *           "stance": "demands",
         *           "basis": [
         *             {
         *               "type": "demand",
         *               "id": "aid-through-pre-existing-channels",
         *               "href": "/v1/demands/aid-through-pre-existing-channels",
         *               "stance": "demands",
         *               "date": null,
         *               "datePrecision": "unknown",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Secondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels.",
         *                   "start": 1230,
         *                   "end": 1326
         *                 },
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "This would remove the recently established Gaza Humanitarian Foundation from the process",
         *                   "start": 1327,
         *                   "end": 1415
         *                 },
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
         *                   "start": 1499,
         *                   "end": 1632
         *                 }
         *               ]
         *             }
         *           ],
         *           "basisCount": 1,
         *           "recordCount": 1
         *         },
         *         {
         *           "partyId": "israel",
         *           "stance": "rejects",
         *           "basis": [
         *             {
         *               "type": "response",
         *               "id": "israel-rejects-hamas-amendments",
         *               "href": "/v1/responses/israel-rejects-hamas-amendments",
         *               "stance": "rejects",
         *               "date": null,
         *               "datePrecision": "unknown",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *                   "start": 264,
         *                   "end": 417
         *                 },
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Israeli officials have firmly opposed these proposed changes.",
         *                   "start": 2030,
         *                   "end": 2091
         *                 },
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "They argue that immediate discussions on permanently ending the war would undermine their security objectives and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
         *                   "start": 2092,
         *                   "end": 2295
         *                 },
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.",
         *                   "start": 2296,
         *                   "end": 2461
         *                 }
         *               ]
         *             }
         *           ],
         *           "basisCount": 1,
         *           "recordCount": 1
         *         }
         *       ]
         *     }
         */
        IssuePositions: {
            issueId: string;
            title: string;
            /** @description One entry per party with a demand or a response on the issue. */
            positions: components["schemas"]["Position"][];
        };
        /**
         * @description A page of IssuePositions records.
         * @example {
         *       "items": [
         *         {
         *           "issueId": "humanitarian-aid-channels",
         *           "title": "Humanitarian aid channels",
         *           "positions": [
         *             {
         *               "partyId": "hamas",
         *               "stance": "demands",
         *               "basis": [
         *                 {
         *                   "type": "demand",
         *                   "id": "aid-through-pre-existing-channels",
         *                   "href": "/v1/demands/aid-through-pre-existing-channels",
         *                   "stance": "demands",
         *                   "date": null,
         *                   "datePrecision": "unknown",
         *                   "evidence": [
         *                     {
         *                       "sourceId": "ceasefire-talks-report",
         *                       "quote": "Secondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels.",
         *                       "start": 1230,
         *                       "end": 1326
         *                     },
         *                     {
         *                       "sourceId": "ceasefire-talks-report",
         *                       "quote": "This would remove the recently established Gaza Humanitarian Foundation from the process",
         *                       "start": 1327,
         *                       "end": 1415
         *                     },
         *                     {
         *                       "sourceId": "ceasefire-talks-report",
         *                       "quote": "The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
         *                       "start": 1499,
         *                       "end": 1632
         *                     }
         *                   ]
         *                 }
         *               ],
         *               "basisCount": 1,
         *               "recordCount": 1
         *             },
         *             {
         *               "partyId": "israel",
         *               "stance": "rejects",
         *               "basis": [
         *                 {
         *                   "type": "response",
         *                   "id": "israel-rejects-hamas-amendments",
         *                   "href": "/v1/responses/israel-rejects-hamas-amendments",
         *                   "stance": "rejects",
         *                   "date": null,
         *                   "datePrecision": "unknown",
         *                   "evidence": [
         *                     {
         *                       "sourceId": "ceasefire-talks-report",
         *                       "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *                       "start": 264,
         *                       "end": 417
         *                     },
         *                     {
         *                       "sourceId": "ceasefire-talks-report",
         *                       "quote": "Israeli officials have firmly opposed these proposed changes.",
         *                       "start": 2030,
         *                       "end": 2091
         *                     },
         *                     {
         *                       "sourceId": "ceasefire-talks-report",
         *                       "quote": "They argue that immediate discussions on permanently ending the war would undermine their security objectives and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
         *                       "start": 2092,
         *                       "end": 2295
         *                     },
         *                     {
         *                       "sourceId": "ceasefire-talks-report",
         *                       "quote": "The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.",
         *                       "start": 2296,
         *                       "end": 2461
         *                     }
         *                   ]
         *                 }
         *               ],
         *               "basisCount": 1,
         *               "recordCount": 1
         *             }
         *           ]
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        IssuePositionsPage: {
            items: components["schemas"]["IssuePositions"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Records matching the filters, across all pages; present with `count=true`. */
            total?: number;
        };
        /**
         * @description A record matching a search, with highlighted excerpts.
         * @example {
         *       "type": "demand",
         *       "id": "aid-through-pre-existing-channels",
         *       "href": "/v1/demands/aid-through-pre-existing-channels",
         *       "title": "Aid through pre-existing channels",
         *       "score": 2.55,
         *       "matches": [
         *         {
         *           "field": "title",
         *           "snippet": "<mark>Aid</mark> through pre-existing channels"
         *         },
         *         {
         *           "field": "quote",
         *           "snippet": "Secondly, Hamas is demanding that humanitarian <mark>aid</mark> distribution return to pre-existing channels."
         *         }
         *       ]
         *     }
         */
        SearchHit: {
            /**
             * @description The kind of record the hit belongs to.
             * @enum {string}
             */
            type: "party" | "actor" | "issue" | "proposal" | "demand" | "response" | "meeting";
            id: string;
            /** @description Where the record is served. */
            href: string;
            /** @description The record’s title, name or summary. */
            title: string;
            /** @description Relevance: higher is better (negated BM25). */
            score: number;
            /** @description The record’s matching fields, best first. */
            matches: {
                /** @description The field that matched: `title`, `summary`, `rationale`, …, or `quote` for an evidence quote. */
                field: string;
                /** @description An excerpt with the matching terms wrapped in `<mark>`…`</mark>`; the rest is plain text, not HTML. */
                snippet: string;
            }[];
        };
        /**
         * @description Records matching a search, most relevant first.
         * @example {
         *       "items": [
         *         {
         *           "type": "demand",
         *           "id": "aid-through-pre-existing-channels",
         *           "href": "/v1/demands/aid-through-pre-existing-channels",
         *           "title": "Aid through pre-existing channels",
         *           "score": 2.55,
         *           "matches": [
         *             {
         *               "field": "title",
         *               "snippet": "<mark>Aid</mark> through pre-existing channels"
         *             },
         *             {
         *               "field": "quote",
         *               "snippet": "Secondly, Hamas is demanding that humanitarian <mark>aid</mark> distribution return to pre-existing channels."
         *             }
         *           ]
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        SearchResults: {
            items: components["schemas"]["SearchHit"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A source without its text; fetch the source by id for the full text.
         * @example {
         *       "id": "ceasefire-talks-report",
         *       "title": null,
         *       "publisher": null,
         *       "url": null,
         *       "publishedOn": null,
         *       "publishedOnPrecision": "unknown",
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        SourceSummary: {
            id: string;
            /** @description The headline; null when the copy held has none. */
            title: string | null;
            publisher: string | null;
            url: string | null;
            /** @description Publication date; null when unknown. */
            publishedOn: string | null;
            publishedOnPrecision: components["schemas"]["DatePrecision"];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
        };
        /**
         * @description A document every fact is quoted from, with its full text.
         * @example {
         *       "id": "ceasefire-talks-report",
         *       "title": null,
         *       "publisher": null,
         *       "url": null,
         *       "publishedOn": null,
         *       "publishedOnPrecision": "unknown",
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z",
         *       "text": "Israel has concluded a high-level security meeting amid ongoing negotiations for a possible ceasefire deal with Hamas. Prime Minister Benjamin Netanyahu met with top security officials and cabinet members to discuss the latest developments in the truce framework. Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.\nDespite the rejection, Israel has indicated it will continue to pursue momentum in the ceasefire negotiations. The Israeli delegation is scheduled to travel to Doha for further discussions, coinciding with Netanyahu’s planned visit to Washington, DC, for a meeting with the US president. Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.\nMeanwhile, Hamas has expressed general approval of the framework for the deal but is pushing for three significant amendments. First, the group wants immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude. Hamas views this as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.\nSecondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels. This would remove the recently established Gaza Humanitarian Foundation from the process, which Hamas likely sees as politically compromised or insufficiently independent. The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.\nFinally, Hamas has raised objections regarding the presence and movement of Israeli forces within Gaza as part of the deal. The group is reportedly seeking specific restrictions or guarantees concerning Israeli military deployment in the territory during the truce period. They consider this a vital security matter, especially in protecting civilians and ensuring the integrity of any agreement.\nIsraeli officials have firmly opposed these proposed changes. They argue that immediate discussions on permanently ending the war would undermine their security objectives and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal. The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.\nNevertheless, both sides appear to be navigating the delicate balance between firm political positions and the broader objective of reducing hostilities. The upcoming diplomatic efforts in Doha and Washington may be pivotal in determining whether the ceasefire plan can be salvaged or whether the current impasse will escalate into further conflict.\nAs the situation continues to evolve, pressure is mounting from international stakeholders who are urging both parties to show flexibility. The humanitarian toll in Gaza, combined with growing domestic unrest in Israel and calls for the release of captives, has added urgency to the negotiations. Whether a breakthrough is possible in the coming days remains uncertain, but the groundwork for continued dialogue is still in motion."
         *     }
         */
        Source: {
            id: string;
            /** @description The headline; null when the copy held has none. */
            title: string | null;
            publisher: string | null;
            url: string | null;
            /** @description Publication date; null when unknown. */
            publishedOn: string | null;
            publishedOnPrecision: components["schemas"]["DatePrecision"];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
            /** @description The full text every evidence quote is taken from; offsets count UTF-16 code units. */
            text: string;
        };
        /**
         * @description A page of Source records.
         * @example {
         *       "items": [
         *         {
         *           "id": "ceasefire-talks-report",
         *           "title": null,
         *           "publisher": null,
         *           "url": null,
         *           "publishedOn": null,
         *           "publishedOnPrecision": "unknown",
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        SourcePage: {
            items: components["schemas"]["SourceSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Records matching the filters, across all pages; present with `count=true`. */
            total?: number;
        };
        /**
         * @description One meeting, demand or response on the timeline.
         * @example {
         *       "type": "meeting",
         *       "id": "washington-meeting",
         *       "href": "/v1/meetings/washington-meeting",
         *       "title": "Netanyahu’s meeting with the US president in Washington",
         *       "date": null,
         *       "datePrecision": "unknown",
         *       "partyIds": [
         *         "israel",
         *         "united-states"
         *       ],
         *       "issueIds": [],
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "coinciding with Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
         *           "start": 608,
         *           "end": 704
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.",
         *           "start": 706,
         *           "end": 837
         *         }
         *       ]
         *     }
         */
        TimelineEvent: {
            /**
             * @description A meeting, a demand raised, or a response issued.
             * @enum {string}
             */
            type: "meeting" | "demand" | "response";
            /** @description The id of the record the event is. */
            id: string;
            /** @description Where the record is served. */
            href: string;
            title: string;
            /** @description When it happened or is to happen; null when the sources do not say. */
            date: string | null;
            datePrecision: components["schemas"]["DatePrecision"];
            /** @description The parties involved: the demanding or responding party, or the participants. */
            partyIds: string[];
            /** @description The issues concerned: a demand’s issue, or the issues of the demands a response answers. */
            issueIds: string[];
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
        };
        /**
         * @description A page of Timeline records.
         * @example {
         *       "items": [
         *         {
         *           "type": "meeting",
         *           "id": "washington-meeting",
         *           "href": "/v1/meetings/washington-meeting",
         *           "title": "Netanyahu’s meeting with the US president in Washington",
         *           "date": null,
         *           "datePrecision": "unknown",
         *           "partyIds": [
         *             "israel",
         *             "united-states"
         *           ],
         *           "issueIds": [],
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "coinciding with Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
         *               "start": 608,
         *               "end": 704
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.",
         *               "start": 706,
         *               "end": 837
         *             }
         *           ]
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        TimelinePage: {
            items: components["schemas"]["TimelineEvent"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Records matching the filters, across all pages; present with `count=true`. */
            total?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service and its database are up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer right now, e.g. its database is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listParties: {
        parameters: {
            query?: {
                /** @description Only parties of this kind. */
                kind?: "state" | "armed-group" | "organisation" | "intergovernmental-body" | "other";
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: comma-separated fields among `name`, `kind`, `createdAt`, `updatedAt`; prefix `-` for descending (e.g. `-updatedAt,name`). Default: the order in which the sources report the records. */
                sort?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example hamas
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The party with its actors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Party"];
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActors: {
        parameters: {
            query?: {
                /** @description Only actors acting for this party id. Example: `hamas`. */
                party?: string;
                /** @description Only actors of this kind. */
                kind?: "person" | "office" | "delegation" | "group";
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: comma-separated fields among `name`, `kind`, `createdAt`, `updatedAt`; prefix `-` for descending (e.g. `-updatedAt,name`). Default: the order in which the sources report the records. */
                sort?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example benjamin-netanyahu
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The actor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIssues: {
        parameters: {
            query?: {
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: comma-separated fields among `title`, `createdAt`, `updatedAt`; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuePage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example humanitarian-aid-channels
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The issue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Issue"];
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProposals: {
        parameters: {
            query?: {
                /** @description Only proposals with this status. */
                status?: "draft" | "under-negotiation" | "agreed" | "collapsed";
                /** @description Only proposals tabled by this party id. Example: `israel`. */
                party?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: comma-separated fields among `title`, `status`, `createdAt`, `updatedAt`; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example truce-framework
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDemands: {
        parameters: {
            query?: {
                /** @description Only demands made by this party id. Example: `hamas`. */
                party?: string;
                /** @description Only demands on this issue id. Example: `humanitarian-aid-channels`. */
                issue?: string;
                /** @description Only demands amending this proposal id. Example: `truce-framework`. */
                proposal?: string;
                /** @description Only demands with this status. */
                status?: "open" | "accepted" | "partially-accepted" | "rejected" | "withdrawn";
                /** @description Only demands raised on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                raisedFrom?: string;
                /** @description Only demands raised on or before this date. */
                raisedTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description Related records to embed in each item, comma-separated: `party`, `issue`, `proposal`, `responses`. Evidence is always included. */
                include?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: comma-separated fields among `title`, `status`, `raisedOn`, `createdAt`, `updatedAt`; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDemand: {
        parameters: {
            query?: {
                /** @description Related records to embed in each item, comma-separated: `party`, `issue`, `proposal`, `responses`. Evidence is always included. */
                include?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example aid-through-pre-existing-channels
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The demand. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartyDemands: {
        parameters: {
            query?: {
                /** @description Only demands on this issue id. Example: `humanitarian-aid-channels`. */
                issue?: string;
                /** @description Only demands amending this proposal id. Example: `truce-framework`. */
                proposal?: string;
                /** @description Only demands with this status. */
                status?: "open" | "accepted" | "partially-accepted" | "rejected" | "withdrawn";
                /** @description Only demands raised on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                raisedFrom?: string;
                /** @description Only demands raised on or before this date. */
                raisedTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description Related records to embed in each item, comma-separated: `party`, `issue`, `proposal`, `responses`. Evidence is always included. */
                include?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: comma-separated fields among `title`, `status`, `raisedOn`, `createdAt`, `updatedAt`; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example hamas
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIssueDemands: {
        parameters: {
            query?: {
                /** @description Only demands made by this party id. Example: `hamas`. */
                party?: string;
                /** @description Only demands amending this proposal id. Example: `truce-framework`. */
                proposal?: string;
                /** @description Only demands with this status. */
                status?: "open" | "accepted" | "partially-accepted" | "rejected" | "withdrawn";
                /** @description Only demands raised on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                raisedFrom?: string;
                /** @description Only demands raised on or before this date. */
                raisedTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description Related records to embed in each item, comma-separated: `party`, `issue`, `proposal`, `responses`. Evidence is always included. */
                include?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: comma-separated fields among `title`, `status`, `raisedOn`, `createdAt`, `updatedAt`; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example humanitarian-aid-channels
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProposalDemands: {
        parameters: {
            query?: {
                /** @description Only demands made by this party id. Example: `hamas`. */
                party?: string;
                /** @description Only demands on this issue id. Example: `humanitarian-aid-channels`. */
                issue?: string;
                /** @description Only demands with this status. */
                status?: "open" | "accepted" | "partially-accepted" | "rejected" | "withdrawn";
                /** @description Only demands raised on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                raisedFrom?: string;
                /** @description Only demands raised on or before this date. */
                raisedTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description Related records to embed in each item, comma-separated: `party`, `issue`, `proposal`, `responses`. Evidence is always included. */
                include?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: comma-separated fields among `title`, `status`, `raisedOn`, `createdAt`, `updatedAt`; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example truce-framework
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listResponses: {
        parameters: {
            query?: {
                /** @description Only responses issued by this party id. Example: `hamas`. */
                party?: string;
                /** @description Only responses answering this demand id. Example: `aid-through-pre-existing-channels`. */
                demand?: string;
                /** @description Only responses concerning this proposal id. Example: `truce-framework`. */
                proposal?: string;
                /** @description Only responses issued by this actor id. Example: `netanyahus-office`. */
                actor?: string;
                /** @description Only responses answering demands on this issue id. Example: `ending-the-war`. */
                issue?: string;
                /** @description Only responses taking this stance. */
                stance?: "accept" | "conditional-accept" | "reject" | "counter" | "under-consideration";
                /** @description Only responses issued on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                issuedFrom?: string;
                /** @description Only responses issued on or before this date. */
                issuedTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description Related records to embed in each item, comma-separated: `party`, `actor`, `proposal`, `demands`. Evidence is always included. */
                include?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: comma-separated fields among `stance`, `issuedOn`, `createdAt`, `updatedAt`; prefix `-` for descending (e.g. `-updatedAt,stance`). Default: the order in which the sources report the records. */
                sort?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsePage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getResponse: {
        parameters: {
            query?: {
                /** @description Related records to embed in each item, comma-separated: `party`, `actor`, `proposal`, `demands`. Evidence is always included. */
                include?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example israel-rejects-hamas-amendments
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The response with the demands it answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response"];
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartyResponses: {
        parameters: {
            query?: {
                /** @description Only responses answering this demand id. Example: `aid-through-pre-existing-channels`. */
                demand?: string;
                /** @description Only responses concerning this proposal id. Example: `truce-framework`. */
                proposal?: string;
                /** @description Only responses issued by this actor id. Example: `netanyahus-office`. */
                actor?: string;
                /** @description Only responses answering demands on this issue id. Example: `ending-the-war`. */
                issue?: string;
                /** @description Only responses taking this stance. */
                stance?: "accept" | "conditional-accept" | "reject" | "counter" | "under-consideration";
                /** @description Only responses issued on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                issuedFrom?: string;
                /** @description Only responses issued on or before this date. */
                issuedTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description Related records to embed in each item, comma-separated: `party`, `actor`, `proposal`, `demands`. Evidence is always included. */
                include?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: comma-separated fields among `stance`, `issuedOn`, `createdAt`, `updatedAt`; prefix `-` for descending (e.g. `-updatedAt,stance`). Default: the order in which the sources report the records. */
                sort?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example hamas
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsePage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDemandResponses: {
        parameters: {
            query?: {
                /** @description Only responses issued by this party id. Example: `hamas`. */
                party?: string;
                /** @description Only responses concerning this proposal id. Example: `truce-framework`. */
                proposal?: string;
                /** @description Only responses issued by this actor id. Example: `netanyahus-office`. */
                actor?: string;
                /** @description Only responses answering demands on this issue id. Example: `ending-the-war`. */
                issue?: string;
                /** @description Only responses taking this stance. */
                stance?: "accept" | "conditional-accept" | "reject" | "counter" | "under-consideration";
                /** @description Only responses issued on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                issuedFrom?: string;
                /** @description Only responses issued on or before this date. */
                issuedTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description Related records to embed in each item, comma-separated: `party`, `actor`, `proposal`, `demands`. Evidence is always included. */
                include?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: comma-separated fields among `stance`, `issuedOn`, `createdAt`, `updatedAt`; prefix `-` for descending (e.g. `-updatedAt,stance`). Default: the order in which the sources report the records. */
                sort?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example aid-through-pre-existing-channels
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsePage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeetings: {
        parameters: {
            query?: {
                /** @description Only meetings with this status. */
                status?: "planned" | "scheduled" | "held" | "postponed" | "cancelled";
                /** @description Only meetings this party id takes part in. Example: `hamas`. */
                party?: string;
                /** @description Only meetings of this kind. */
                kind?: "security-meeting" | "negotiation-round" | "bilateral-meeting" | "other";
                /** @description Only meetings at this location (case-insensitive), e.g. `Doha`. */
                location?: string;
                /** @description Only meetings this actor id takes part in. Example: `benjamin-netanyahu`. */
                actor?: string;
                /** @description Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                startsFrom?: string;
                /** @description Only meetings on or before this date. */
                startsTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description Related records to embed in each item, comma-separated: `parties`, `actors`. Evidence is always included. */
                include?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: comma-separated fields among `title`, `status`, `startsOn`, `location`, `createdAt`, `updatedAt`; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeeting: {
        parameters: {
            query?: {
                /** @description Related records to embed in each item, comma-separated: `parties`, `actors`. Evidence is always included. */
                include?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example washington-meeting
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting with its participants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartyMeetings: {
        parameters: {
            query?: {
                /** @description Only meetings with this status. */
                status?: "planned" | "scheduled" | "held" | "postponed" | "cancelled";
                /** @description Only meetings of this kind. */
                kind?: "security-meeting" | "negotiation-round" | "bilateral-meeting" | "other";
                /** @description Only meetings at this location (case-insensitive), e.g. `Doha`. */
                location?: string;
                /** @description Only meetings this actor id takes part in. Example: `benjamin-netanyahu`. */
                actor?: string;
                /** @description Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                startsFrom?: string;
                /** @description Only meetings on or before this date. */
                startsTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description Related records to embed in each item, comma-separated: `parties`, `actors`. Evidence is always included. */
                include?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: comma-separated fields among `title`, `status`, `startsOn`, `location`, `createdAt`, `updatedAt`; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example hamas
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description Only sources from this publisher (case-insensitive). */
                publisher?: string;
                /** @description Only sources published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                publishedFrom?: string;
                /** @description Only sources published on or before this date. */
                publishedTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: comma-separated fields among `title`, `publisher`, `publishedOn`, `createdAt`, `updatedAt`; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcePage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example ceasefire-talks-report
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source with its full text. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPositions: {
        parameters: {
            query?: {
                /** @description Only positions of this party id. Example: `israel`. */
                party?: string;
                /** @description Only this issue id. Example: `humanitarian-aid-channels`. */
                issue?: string;
                /** @description Only positions with this stance. */
                stance?: "demands" | "withdrew" | "accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering";
                /** @description Page size, 1 to 50; default 5. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: comma-separated fields among `title`; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuePositionsPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIssuePositions: {
        parameters: {
            query?: {
                /** @description Only positions of this party id. Example: `israel`. */
                party?: string;
                /** @description Only positions with this stance. */
                stance?: "demands" | "withdrew" | "accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering";
            };
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example humanitarian-aid-channels
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The positions on the issue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuePositions"];
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartyPositions: {
        parameters: {
            query?: {
                /** @description Only this issue id. Example: `humanitarian-aid-channels`. */
                issue?: string;
                /** @description Only positions with this stance. */
                stance?: "demands" | "withdrew" | "accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering";
                /** @description Page size, 1 to 50; default 5. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: comma-separated fields among `title`; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example israel
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuePositionsPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTimeline: {
        parameters: {
            query?: {
                /** @description Only events involving this party id. Example: `israel`. */
                party?: string;
                /** @description Only demands and responses concerning this issue id (meetings carry no issue). Example: `ending-the-war`. */
                issue?: string;
                /** @description Only these event types, comma-separated, e.g. `meeting,response`. */
                type?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: "true" | "false";
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching records, or every matching record as CSV or NDJSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types the client accepts (`Accept`) can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /** @description Words to find, e.g. `humanitarian aid`. Every word must match (stems count: `amendments` finds `amendment`; the last word also matches as a prefix). Punctuation and search operators are ignored. */
                q: string;
                /** @description Only hits on these record types, comma-separated: party, actor, issue, proposal, demand, response, meeting. */
                type?: string;
                /** @description Hits per page, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching records, most relevant first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"];
                };
            };
            /** @description The request is invalid: a parameter or the body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; details are logged, never returned. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
