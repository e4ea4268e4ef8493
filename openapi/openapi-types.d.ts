// Generated from openapi/openapi.json by `npm run openapi`; do not edit.

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where to start
         * @description Links to the docs, the OpenAPI document and the README’s tour; an HTML page when `Accept` prefers `text/html` (a browser), JSON otherwise.
         */
        get: operations["getHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the service is alive (liveness)
         * @description Answers while the process serves requests and its database answers a read, whatever the load.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the service can take traffic (readiness)
         * @description Ready when the database file is present, every migration is applied, a read succeeds and the write lock can be taken within 100 ms; not ready (503) otherwise. While the server shuts down, every request (this one too) answers 503.
         */
        get: operations["getReadiness"];
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
        /**
         * Record a party from a source
         * @description Creates a party whose evidence quotes the source `sourceId` (already recorded: create it first, or send a whole dataset to `POST /v1/imports`). Each quote is found in the source text (`occurrence` picks one that appears more than once); a quote that is not there is a 422 naming it. Needs an editor key.
         */
        post: operations["createParty"];
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
        /**
         * Replace a party's descriptive fields
         * @description Replaces every descriptive field of an existing party (those a patch may change; one left out that has a default is reset to it). State and evidence stay as they are, as for PATCH; a new record is created with POST, from a source. Needs an editor key and `If-Match`.
         */
        put: operations["replaceParty"];
        post?: never;
        /**
         * Delete a party
         * @description Deletes the party with its quotes, its reasons and what sources said of its state; its history keeps a tombstone, and the change feed shows the deletion. A party other records depend on is a 409: delete or correct those first. Needs an editor key and `If-Match`.
         */
        delete: operations["deleteParty"];
        options?: never;
        head?: never;
        /**
         * Correct a party
         * @description A JSON merge patch (`application/merge-patch+json`) of the party's descriptive fields; `null` clears a nullable one. State (status, stance) changes only when a source says so (`POST /v1/imports` with `updates`), and evidence only comes from sources. Needs an editor key and `If-Match`.
         */
        patch: operations["updateParty"];
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
        /**
         * Record a actor from a source
         * @description Creates a actor whose evidence quotes the source `sourceId` (already recorded: create it first, or send a whole dataset to `POST /v1/imports`). Each quote is found in the source text (`occurrence` picks one that appears more than once); a quote that is not there is a 422 naming it. Needs an editor key.
         */
        post: operations["createActor"];
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
        /**
         * Replace a actor's descriptive fields
         * @description Replaces every descriptive field of an existing actor (those a patch may change; one left out that has a default is reset to it). State and evidence stay as they are, as for PATCH; a new record is created with POST, from a source. Needs an editor key and `If-Match`.
         */
        put: operations["replaceActor"];
        post?: never;
        /**
         * Delete a actor
         * @description Deletes the actor with its quotes, its reasons and what sources said of its state; its history keeps a tombstone, and the change feed shows the deletion. A actor other records depend on is a 409: delete or correct those first. Needs an editor key and `If-Match`.
         */
        delete: operations["deleteActor"];
        options?: never;
        head?: never;
        /**
         * Correct a actor
         * @description A JSON merge patch (`application/merge-patch+json`) of the actor's descriptive fields; `null` clears a nullable one. State (status, stance) changes only when a source says so (`POST /v1/imports` with `updates`), and evidence only comes from sources. Needs an editor key and `If-Match`.
         */
        patch: operations["updateActor"];
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
        /**
         * Record a issue from a source
         * @description Creates a issue whose evidence quotes the source `sourceId` (already recorded: create it first, or send a whole dataset to `POST /v1/imports`). Each quote is found in the source text (`occurrence` picks one that appears more than once); a quote that is not there is a 422 naming it. Needs an editor key.
         */
        post: operations["createIssue"];
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
        /**
         * Replace a issue's descriptive fields
         * @description Replaces every descriptive field of an existing issue (those a patch may change; one left out that has a default is reset to it). State and evidence stay as they are, as for PATCH; a new record is created with POST, from a source. Needs an editor key and `If-Match`.
         */
        put: operations["replaceIssue"];
        post?: never;
        /**
         * Delete a issue
         * @description Deletes the issue with its quotes, its reasons and what sources said of its state; its history keeps a tombstone, and the change feed shows the deletion. A issue other records depend on is a 409: delete or correct those first. Needs an editor key and `If-Match`.
         */
        delete: operations["deleteIssue"];
        options?: never;
        head?: never;
        /**
         * Correct a issue
         * @description A JSON merge patch (`application/merge-patch+json`) of the issue's descriptive fields; `null` clears a nullable one. State (status, stance) changes only when a source says so (`POST /v1/imports` with `updates`), and evidence only comes from sources. Needs an editor key and `If-Match`.
         */
        patch: operations["updateIssue"];
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
        /**
         * Record a proposal from a source
         * @description Creates a proposal whose evidence quotes the source `sourceId` (already recorded: create it first, or send a whole dataset to `POST /v1/imports`). Each quote is found in the source text (`occurrence` picks one that appears more than once); a quote that is not there is a 422 naming it. Needs an editor key.
         */
        post: operations["createProposal"];
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
        /**
         * Replace a proposal's descriptive fields
         * @description Replaces every descriptive field of an existing proposal (those a patch may change; one left out that has a default is reset to it). State and evidence stay as they are, as for PATCH; a new record is created with POST, from a source. Needs an editor key and `If-Match`.
         */
        put: operations["replaceProposal"];
        post?: never;
        /**
         * Delete a proposal
         * @description Deletes the proposal with its quotes, its reasons and what sources said of its state; its history keeps a tombstone, and the change feed shows the deletion. A proposal other records depend on is a 409: delete or correct those first. Needs an editor key and `If-Match`.
         */
        delete: operations["deleteProposal"];
        options?: never;
        head?: never;
        /**
         * Correct a proposal
         * @description A JSON merge patch (`application/merge-patch+json`) of the proposal's descriptive fields; `null` clears a nullable one. State (status, stance) changes only when a source says so (`POST /v1/imports` with `updates`), and evidence only comes from sources. Needs an editor key and `If-Match`.
         */
        patch: operations["updateProposal"];
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
        /**
         * Record a demand from a source
         * @description Creates a demand whose evidence quotes the source `sourceId` (already recorded: create it first, or send a whole dataset to `POST /v1/imports`). Each quote is found in the source text (`occurrence` picks one that appears more than once); a quote that is not there is a 422 naming it. Needs an editor key.
         */
        post: operations["createDemand"];
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
        /**
         * Replace a demand's descriptive fields
         * @description Replaces every descriptive field of an existing demand (those a patch may change; one left out that has a default is reset to it). State and evidence stay as they are, as for PATCH; a new record is created with POST, from a source. Needs an editor key and `If-Match`.
         */
        put: operations["replaceDemand"];
        post?: never;
        /**
         * Delete a demand
         * @description Deletes the demand with its quotes, its reasons and what sources said of its state; its history keeps a tombstone, and the change feed shows the deletion. A demand other records depend on is a 409: delete or correct those first. Needs an editor key and `If-Match`.
         */
        delete: operations["deleteDemand"];
        options?: never;
        head?: never;
        /**
         * Correct a demand
         * @description A JSON merge patch (`application/merge-patch+json`) of the demand's descriptive fields; `null` clears a nullable one. State (status, stance) changes only when a source says so (`POST /v1/imports` with `updates`), and evidence only comes from sources. Needs an editor key and `If-Match`.
         */
        patch: operations["updateDemand"];
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
        /**
         * Record a response from a source
         * @description Creates a response whose evidence quotes the source `sourceId` (already recorded: create it first, or send a whole dataset to `POST /v1/imports`). Each quote is found in the source text (`occurrence` picks one that appears more than once); a quote that is not there is a 422 naming it. Needs an editor key.
         */
        post: operations["createResponse"];
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
        /**
         * Replace a response's descriptive fields
         * @description Replaces every descriptive field of an existing response (those a patch may change; one left out that has a default is reset to it). State and evidence stay as they are, as for PATCH; a new record is created with POST, from a source. Needs an editor key and `If-Match`.
         */
        put: operations["replaceResponse"];
        post?: never;
        /**
         * Delete a response
         * @description Deletes the response with its quotes, its reasons and what sources said of its state; its history keeps a tombstone, and the change feed shows the deletion. A response other records depend on is a 409: delete or correct those first. Needs an editor key and `If-Match`.
         */
        delete: operations["deleteResponse"];
        options?: never;
        head?: never;
        /**
         * Correct a response
         * @description A JSON merge patch (`application/merge-patch+json`) of the response's descriptive fields; `null` clears a nullable one. State (status, stance) changes only when a source says so (`POST /v1/imports` with `updates`), and evidence only comes from sources. Needs an editor key and `If-Match`.
         */
        patch: operations["updateResponse"];
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
    "/v1/reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reasons
         * @description The reasons parties give for their demands and responses, each with its speaker and quotes.
         *
         *     Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listReasons"];
        put?: never;
        /**
         * Record a reason from a source
         * @description Creates a reason whose evidence quotes the source `sourceId` (already recorded: create it first, or send a whole dataset to `POST /v1/imports`). Each quote is found in the source text (`occurrence` picks one that appears more than once); a quote that is not there is a 422 naming it. Needs an editor key.
         */
        post: operations["createReason"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reasons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a reason */
        get: operations["getReason"];
        /**
         * Replace a reason's descriptive fields
         * @description Replaces every descriptive field of an existing reason (those a patch may change; one left out that has a default is reset to it). State and evidence stay as they are, as for PATCH; a new record is created with POST, from a source. Needs an editor key and `If-Match`.
         */
        put: operations["replaceReason"];
        post?: never;
        /**
         * Delete a reason
         * @description Deletes the reason with its quotes, its reasons and what sources said of its state; its history keeps a tombstone, and the change feed shows the deletion. A reason other records depend on is a 409: delete or correct those first. Needs an editor key and `If-Match`.
         */
        delete: operations["deleteReason"];
        options?: never;
        head?: never;
        /**
         * Correct a reason
         * @description A JSON merge patch (`application/merge-patch+json`) of the reason's descriptive fields; `null` clears a nullable one. State (status, stance) changes only when a source says so (`POST /v1/imports` with `updates`), and evidence only comes from sources. Needs an editor key and `If-Match`.
         */
        patch: operations["updateReason"];
        trace?: never;
    };
    "/v1/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List statements
         * @description Intentions, firm stances, appeals, context and the reporter’s assessments, each with its speaker and how it is reported.
         *
         *     Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listStatements"];
        put?: never;
        /**
         * Record a statement from a source
         * @description Creates a statement whose evidence quotes the source `sourceId` (already recorded: create it first, or send a whole dataset to `POST /v1/imports`). Each quote is found in the source text (`occurrence` picks one that appears more than once); a quote that is not there is a 422 naming it. Needs an editor key.
         */
        post: operations["createStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a statement */
        get: operations["getStatement"];
        /**
         * Replace a statement's descriptive fields
         * @description Replaces every descriptive field of an existing statement (those a patch may change; one left out that has a default is reset to it). State and evidence stay as they are, as for PATCH; a new record is created with POST, from a source. Needs an editor key and `If-Match`.
         */
        put: operations["replaceStatement"];
        post?: never;
        /**
         * Delete a statement
         * @description Deletes the statement with its quotes, its reasons and what sources said of its state; its history keeps a tombstone, and the change feed shows the deletion. A statement other records depend on is a 409: delete or correct those first. Needs an editor key and `If-Match`.
         */
        delete: operations["deleteStatement"];
        options?: never;
        head?: never;
        /**
         * Correct a statement
         * @description A JSON merge patch (`application/merge-patch+json`) of the statement's descriptive fields; `null` clears a nullable one. State (status, stance) changes only when a source says so (`POST /v1/imports` with `updates`), and evidence only comes from sources. Needs an editor key and `If-Match`.
         */
        patch: operations["updateStatement"];
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
        /**
         * Record a meeting from a source
         * @description Creates a meeting whose evidence quotes the source `sourceId` (already recorded: create it first, or send a whole dataset to `POST /v1/imports`). Each quote is found in the source text (`occurrence` picks one that appears more than once); a quote that is not there is a 422 naming it. Needs an editor key.
         */
        post: operations["createMeeting"];
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
        /**
         * Replace a meeting's descriptive fields
         * @description Replaces every descriptive field of an existing meeting (those a patch may change; one left out that has a default is reset to it). State and evidence stay as they are, as for PATCH; a new record is created with POST, from a source. Needs an editor key and `If-Match`.
         */
        put: operations["replaceMeeting"];
        post?: never;
        /**
         * Delete a meeting
         * @description Deletes the meeting with its quotes, its reasons and what sources said of its state; its history keeps a tombstone, and the change feed shows the deletion. A meeting other records depend on is a 409: delete or correct those first. Needs an editor key and `If-Match`.
         */
        delete: operations["deleteMeeting"];
        options?: never;
        head?: never;
        /**
         * Correct a meeting
         * @description A JSON merge patch (`application/merge-patch+json`) of the meeting's descriptive fields; `null` clears a nullable one. State (status, stance) changes only when a source says so (`POST /v1/imports` with `updates`), and evidence only comes from sources. Needs an editor key and `If-Match`.
         */
        patch: operations["updateMeeting"];
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
    "/v1/issues/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the meetings discussing an issue
         * @description Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listIssueMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the meetings discussing a proposal
         * @description Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
         */
        get: operations["listProposalMeetings"];
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
        /**
         * Record a source
         * @description Records a source with its full text, for records to quote. Needs an editor key.
         */
        post: operations["createSource"];
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
        /**
         * Replace a source's descriptive fields
         * @description Replaces every descriptive field of an existing source (those a patch may change; one left out that has a default is reset to it). State and evidence stay as they are, as for PATCH; a new record is created with POST, from a source. Needs an editor key and `If-Match`.
         */
        put: operations["replaceSource"];
        post?: never;
        /**
         * Delete a source
         * @description Deletes the source with its quotes, its reasons and what sources said of its state; its history keeps a tombstone, and the change feed shows the deletion. A source other records depend on is a 409: delete or correct those first. Needs an editor key and `If-Match`.
         */
        delete: operations["deleteSource"];
        options?: never;
        head?: never;
        /**
         * Correct a source
         * @description A JSON merge patch (`application/merge-patch+json`) of the source's descriptive fields; `null` clears a nullable one. State (status, stance) changes only when a source says so (`POST /v1/imports` with `updates`), and evidence only comes from sources. Needs an editor key and `If-Match`.
         */
        patch: operations["updateSource"];
        trace?: never;
    };
    "/v1/demands/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What each source said of a demand
         * @description Every source that cites the record, in source order (by publication date; undated sources first), with the state it gives and its quotes. The record’s current state is the latest source’s; sources of the same date that disagree make it contested.
         */
        get: operations["getDemandHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What each source said of a proposal
         * @description Every source that cites the record, in source order (by publication date; undated sources first), with the state it gives and its quotes. The record’s current state is the latest source’s; sources of the same date that disagree make it contested.
         */
        get: operations["getProposalHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What each source said of a meeting
         * @description Every source that cites the record, in source order (by publication date; undated sources first), with the state it gives and its quotes. The record’s current state is the latest source’s; sources of the same date that disagree make it contested.
         */
        get: operations["getMeetingHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/responses/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What each source said of a response
         * @description Every source that cites the record, in source order (by publication date; undated sources first), with the state it gives and its quotes. The record’s current state is the latest source’s; sources of the same date that disagree make it contested.
         */
        get: operations["getResponseHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change the database recorded to a source
         * @description Oldest first, deletions included (a tombstone: `after` is null). With `recordedAt`, only the revisions recorded by then: the last one’s `after` is the record as the database held it at that time.
         */
        get: operations["listSourceRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parties/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change the database recorded to a party
         * @description Oldest first, deletions included (a tombstone: `after` is null). With `recordedAt`, only the revisions recorded by then: the last one’s `after` is the record as the database held it at that time.
         */
        get: operations["listPartyRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change the database recorded to a actor
         * @description Oldest first, deletions included (a tombstone: `after` is null). With `recordedAt`, only the revisions recorded by then: the last one’s `after` is the record as the database held it at that time.
         */
        get: operations["listActorRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/issues/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change the database recorded to a issue
         * @description Oldest first, deletions included (a tombstone: `after` is null). With `recordedAt`, only the revisions recorded by then: the last one’s `after` is the record as the database held it at that time.
         */
        get: operations["listIssueRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change the database recorded to a proposal
         * @description Oldest first, deletions included (a tombstone: `after` is null). With `recordedAt`, only the revisions recorded by then: the last one’s `after` is the record as the database held it at that time.
         */
        get: operations["listProposalRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/demands/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change the database recorded to a demand
         * @description Oldest first, deletions included (a tombstone: `after` is null). With `recordedAt`, only the revisions recorded by then: the last one’s `after` is the record as the database held it at that time.
         */
        get: operations["listDemandRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/responses/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change the database recorded to a response
         * @description Oldest first, deletions included (a tombstone: `after` is null). With `recordedAt`, only the revisions recorded by then: the last one’s `after` is the record as the database held it at that time.
         */
        get: operations["listResponseRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reasons/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change the database recorded to a reason
         * @description Oldest first, deletions included (a tombstone: `after` is null). With `recordedAt`, only the revisions recorded by then: the last one’s `after` is the record as the database held it at that time.
         */
        get: operations["listReasonRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change the database recorded to a statement
         * @description Oldest first, deletions included (a tombstone: `after` is null). With `recordedAt`, only the revisions recorded by then: the last one’s `after` is the record as the database held it at that time.
         */
        get: operations["listStatementRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change the database recorded to a meeting
         * @description Oldest first, deletions included (a tombstone: `after` is null). With `recordedAt`, only the revisions recorded by then: the last one’s `after` is the record as the database held it at that time.
         */
        get: operations["listMeetingRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a source with its records
         * @description Checks every quote against the source text, every reference and every value first; a dataset with any problem is refused whole (422, each problem in `errors`), and one that is fine is written in one transaction. Importing the same dataset again changes nothing. Needs an editor key.
         */
        post: operations["importDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes in commit order
         * @description Every create, update and delete, oldest first, from every process writing the database. Follow `nextCursor` to keep up; `GET /v1/changes/stream` pushes the same as Server-Sent Events.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow changes as Server-Sent Events
         * @description One `change` event per change, its `id` the change id: a consumer that reconnects with `Last-Event-ID` (or `after`) gets everything it missed, in order, once. Comments every 15 s keep idle connections open; the server reads ahead only as fast as the consumer takes events.
         */
        get: operations["streamChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys */
        get: operations["listKeys"];
        put?: never;
        /**
         * Create an API key
         * @description The answer holds the key: it is shown this once and stored only as a hash.
         */
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: operations["revokeKey"];
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
         * Every party’s current stance on every issue and proposal
         * @description Derived from demands and responses: on an issue, a party that made a demand `demands` it (or `withdrew`), and a party that answered demands on the issue takes its answer’s stance towards them; on a proposal, a party takes the stance of its response to the proposal itself (Hamas `accepts-with-conditions` the truce framework). When a party has several such records, the latest decides: dated records by date; undated ones in the order the text gives (“following the meeting”), else as their sources report them. Each position says what it is `towards` and lists the records and quotes behind it.
         *
         *     Paged by topic, issues first; `stance` filters the positions within each topic.
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
         * @description Derived from demands and responses: on an issue, a party that made a demand `demands` it (or `withdrew`), and a party that answered demands on the issue takes its answer’s stance towards them; on a proposal, a party takes the stance of its response to the proposal itself (Hamas `accepts-with-conditions` the truce framework). When a party has several such records, the latest decides: dated records by date; undated ones in the order the text gives (“following the meeting”), else as their sources report them. Each position says what it is `towards` and lists the records and quotes behind it.
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
    "/v1/proposals/{id}/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every party’s current stance on one proposal
         * @description Derived from demands and responses: on an issue, a party that made a demand `demands` it (or `withdrew`), and a party that answered demands on the issue takes its answer’s stance towards them; on a proposal, a party takes the stance of its response to the proposal itself (Hamas `accepts-with-conditions` the truce framework). When a party has several such records, the latest decides: dated records by date; undated ones in the order the text gives (“following the meeting”), else as their sources report them. Each position says what it is `towards` and lists the records and quotes behind it.
         */
        get: operations["getProposalPositions"];
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
         * A party’s current stance on each issue and proposal
         * @description Derived from demands and responses: on an issue, a party that made a demand `demands` it (or `withdrew`), and a party that answered demands on the issue takes its answer’s stance towards them; on a proposal, a party takes the stance of its response to the proposal itself (Hamas `accepts-with-conditions` the truce framework). When a party has several such records, the latest decides: dated records by date; undated ones in the order the text gives (“following the meeting”), else as their sources report them. Each position says what it is `towards` and lists the records and quotes behind it.
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
         * @description Full-text search (SQLite FTS5) over titles, names, summaries, reasons, statements, purposes, evidence quotes and the full text of every source (a `source` hit gives the offsets of its first match, cited or not). Each hit is a record, with excerpts of its matching fields, in the order of its best-matching field: first where every word matches whole, then where the last word only begins a longer word; among each, a title or name, then other descriptive fields, then evidence quotes, then a source’s full text; then shorter fields first, then the most recently indexed (see `score`). Pages, and exports, reach the best 1000 hits; refine `q` for others.
         *
         *     Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export every match.
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
        /** @description One source and what it says: new records, and `updates` and `participants` for records already recorded. The same format as `npm run import` and the seed (`openapi/dataset.schema.json`). */
        DatasetInput: {
            /** @default [] */
            parties?: {
                id: string;
                name: string;
                /** @enum {string} */
                kind: "state" | "armed-group" | "organisation" | "intergovernmental-body" | "other";
                /** @default [] */
                roles?: ("negotiating-party" | "mediator" | "host" | "guarantor" | "subject")[];
                /** @default null */
                description?: string | null;
                evidence: {
                    /** @description The words of the source, verbatim. */
                    quote: string;
                    /** @description Offset of the quote in the source text; found by the server when omitted. */
                    start?: number;
                    end?: number;
                    /** @description Which occurrence, when the quote appears more than once (1 = first). */
                    occurrence?: number;
                    attributedTo: {
                        /** @enum {string} */
                        kind: "actor" | "party" | "unnamed" | "reporter";
                        /**
                         * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                         * @default null
                         */
                        id?: string | null;
                        /**
                         * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                         * @default null
                         */
                        label?: string | null;
                    };
                    /** @enum {string} */
                    reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                    /**
                     * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                     * @default []
                     */
                    hedges?: string[];
                }[];
            }[];
            /** @default [] */
            actors?: {
                id: string;
                partyId: string;
                /** @enum {string} */
                kind: "person" | "office" | "delegation" | "group";
                /** @default null */
                name?: string | null;
                /** @default null */
                role?: string | null;
                evidence: {
                    /** @description The words of the source, verbatim. */
                    quote: string;
                    /** @description Offset of the quote in the source text; found by the server when omitted. */
                    start?: number;
                    end?: number;
                    /** @description Which occurrence, when the quote appears more than once (1 = first). */
                    occurrence?: number;
                    attributedTo: {
                        /** @enum {string} */
                        kind: "actor" | "party" | "unnamed" | "reporter";
                        /**
                         * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                         * @default null
                         */
                        id?: string | null;
                        /**
                         * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                         * @default null
                         */
                        label?: string | null;
                    };
                    /** @enum {string} */
                    reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                    /**
                     * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                     * @default []
                     */
                    hedges?: string[];
                }[];
            }[];
            /** @default [] */
            issues?: {
                id: string;
                title: string;
                description: string;
                evidence: {
                    /** @description The words of the source, verbatim. */
                    quote: string;
                    /** @description Offset of the quote in the source text; found by the server when omitted. */
                    start?: number;
                    end?: number;
                    /** @description Which occurrence, when the quote appears more than once (1 = first). */
                    occurrence?: number;
                    attributedTo: {
                        /** @enum {string} */
                        kind: "actor" | "party" | "unnamed" | "reporter";
                        /**
                         * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                         * @default null
                         */
                        id?: string | null;
                        /**
                         * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                         * @default null
                         */
                        label?: string | null;
                    };
                    /** @enum {string} */
                    reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                    /**
                     * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                     * @default []
                     */
                    hedges?: string[];
                }[];
            }[];
            /** @default [] */
            proposals?: {
                id: string;
                title: string;
                summary: string;
                /** @default null */
                proposedByPartyId?: string | null;
                /** @default null */
                pauseDurationDays?: number | null;
                /** @enum {string} */
                status: "draft" | "under-negotiation" | "agreed" | "collapsed";
                evidence: {
                    /** @description The words of the source, verbatim. */
                    quote: string;
                    /** @description Offset of the quote in the source text; found by the server when omitted. */
                    start?: number;
                    end?: number;
                    /** @description Which occurrence, when the quote appears more than once (1 = first). */
                    occurrence?: number;
                    attributedTo: {
                        /** @enum {string} */
                        kind: "actor" | "party" | "unnamed" | "reporter";
                        /**
                         * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                         * @default null
                         */
                        id?: string | null;
                        /**
                         * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                         * @default null
                         */
                        label?: string | null;
                    };
                    /** @enum {string} */
                    reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                    /**
                     * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                     * @default []
                     */
                    hedges?: string[];
                }[];
            }[];
            /** @default [] */
            demands?: {
                id: string;
                partyId: string;
                /** @default null */
                proposalId?: string | null;
                issueId: string;
                title: string;
                summary: string;
                /** @enum {string} */
                status: "pressed" | "accepted" | "partially-accepted" | "withdrawn" | "dropped" | "superseded";
                /** @default null */
                raisedOn?: string | null;
                /** @enum {string} */
                raisedOnPrecision: "day" | "month" | "year" | "unknown";
                evidence: {
                    /** @description The words of the source, verbatim. */
                    quote: string;
                    /** @description Offset of the quote in the source text; found by the server when omitted. */
                    start?: number;
                    end?: number;
                    /** @description Which occurrence, when the quote appears more than once (1 = first). */
                    occurrence?: number;
                    attributedTo: {
                        /** @enum {string} */
                        kind: "actor" | "party" | "unnamed" | "reporter";
                        /**
                         * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                         * @default null
                         */
                        id?: string | null;
                        /**
                         * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                         * @default null
                         */
                        label?: string | null;
                    };
                    /** @enum {string} */
                    reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                    /**
                     * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                     * @default []
                     */
                    hedges?: string[];
                }[];
            }[];
            /** @default [] */
            responses?: {
                id: string;
                partyId: string;
                /** @default null */
                actorId?: string | null;
                /** @default null */
                proposalId?: string | null;
                /** @enum {string} */
                stance: "accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering";
                /** @default null */
                wording?: string | null;
                summary: string;
                /** @default null */
                issuedOn?: string | null;
                /** @enum {string} */
                issuedOnPrecision: "day" | "month" | "year" | "unknown";
                /**
                 * @description Demands the response makes its stance depend on.
                 * @default []
                 */
                conditions?: string[];
                /** @default [] */
                answers?: {
                    demandId: string;
                    /** @enum {string} */
                    stance: "accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering";
                    /** @enum {string} */
                    scope: "whole" | "specific" | "unspecified";
                    /** @default [] */
                    evidence?: {
                        /** @description The words of the source, verbatim. */
                        quote: string;
                        /** @description Offset of the quote in the source text; found by the server when omitted. */
                        start?: number;
                        end?: number;
                        /** @description Which occurrence, when the quote appears more than once (1 = first). */
                        occurrence?: number;
                        attributedTo: {
                            /** @enum {string} */
                            kind: "actor" | "party" | "unnamed" | "reporter";
                            /**
                             * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                             * @default null
                             */
                            id?: string | null;
                            /**
                             * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                             * @default null
                             */
                            label?: string | null;
                        };
                        /** @enum {string} */
                        reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                        /**
                         * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                         * @default []
                         */
                        hedges?: string[];
                    }[];
                }[];
                evidence: {
                    /** @description The words of the source, verbatim. */
                    quote: string;
                    /** @description Offset of the quote in the source text; found by the server when omitted. */
                    start?: number;
                    end?: number;
                    /** @description Which occurrence, when the quote appears more than once (1 = first). */
                    occurrence?: number;
                    attributedTo: {
                        /** @enum {string} */
                        kind: "actor" | "party" | "unnamed" | "reporter";
                        /**
                         * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                         * @default null
                         */
                        id?: string | null;
                        /**
                         * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                         * @default null
                         */
                        label?: string | null;
                    };
                    /** @enum {string} */
                    reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                    /**
                     * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                     * @default []
                     */
                    hedges?: string[];
                }[];
            }[];
            /** @default [] */
            reasons?: {
                id: string;
                /** @enum {string} */
                forType: "demand" | "response";
                forId: string;
                /** @default null */
                answersDemandId?: string | null;
                summary: string;
                evidence: {
                    /** @description The words of the source, verbatim. */
                    quote: string;
                    /** @description Offset of the quote in the source text; found by the server when omitted. */
                    start?: number;
                    end?: number;
                    /** @description Which occurrence, when the quote appears more than once (1 = first). */
                    occurrence?: number;
                    attributedTo: {
                        /** @enum {string} */
                        kind: "actor" | "party" | "unnamed" | "reporter";
                        /**
                         * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                         * @default null
                         */
                        id?: string | null;
                        /**
                         * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                         * @default null
                         */
                        label?: string | null;
                    };
                    /** @enum {string} */
                    reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                    /**
                     * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                     * @default []
                     */
                    hedges?: string[];
                }[];
            }[];
            /** @default [] */
            statements?: {
                id: string;
                /** @enum {string} */
                kind: "intention" | "firm-stance" | "appeal" | "context" | "assessment";
                /** @default null */
                partyId?: string | null;
                /** @default [] */
                aboutPartyIds?: string[];
                /** @default null */
                issueId?: string | null;
                title: string;
                summary: string;
                evidence: {
                    /** @description The words of the source, verbatim. */
                    quote: string;
                    /** @description Offset of the quote in the source text; found by the server when omitted. */
                    start?: number;
                    end?: number;
                    /** @description Which occurrence, when the quote appears more than once (1 = first). */
                    occurrence?: number;
                    attributedTo: {
                        /** @enum {string} */
                        kind: "actor" | "party" | "unnamed" | "reporter";
                        /**
                         * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                         * @default null
                         */
                        id?: string | null;
                        /**
                         * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                         * @default null
                         */
                        label?: string | null;
                    };
                    /** @enum {string} */
                    reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                    /**
                     * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                     * @default []
                     */
                    hedges?: string[];
                }[];
            }[];
            /** @default [] */
            meetings?: {
                id: string;
                title: string;
                /** @enum {string} */
                kind: "security-meeting" | "negotiation-round" | "bilateral-meeting" | "other";
                /** @enum {string} */
                status: "planned" | "scheduled" | "held" | "postponed" | "cancelled";
                /** @default null */
                location?: string | null;
                /** @default null */
                startsOn?: string | null;
                /** @enum {string} */
                startsOnPrecision: "day" | "month" | "year" | "unknown";
                /** @default null */
                purpose?: string | null;
                /** @default null */
                hostPartyId?: string | null;
                /** @default [] */
                participants?: {
                    partyId: string;
                    /** @default null */
                    actorId?: string | null;
                    /** @default null */
                    role?: ("host" | "participant") | null;
                    evidence: {
                        /** @description The words of the source, verbatim. */
                        quote: string;
                        /** @description Offset of the quote in the source text; found by the server when omitted. */
                        start?: number;
                        end?: number;
                        /** @description Which occurrence, when the quote appears more than once (1 = first). */
                        occurrence?: number;
                        attributedTo: {
                            /** @enum {string} */
                            kind: "actor" | "party" | "unnamed" | "reporter";
                            /**
                             * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                             * @default null
                             */
                            id?: string | null;
                            /**
                             * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                             * @default null
                             */
                            label?: string | null;
                        };
                        /** @enum {string} */
                        reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                        /**
                         * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                         * @default []
                         */
                        hedges?: string[];
                    }[];
                }[];
                /**
                 * @description The issues and proposals it discusses.
                 * @default []
                 */
                agenda?: {
                    /** @enum {string} */
                    type: "issue" | "proposal";
                    id: string;
                    evidence: {
                        /** @description The words of the source, verbatim. */
                        quote: string;
                        /** @description Offset of the quote in the source text; found by the server when omitted. */
                        start?: number;
                        end?: number;
                        /** @description Which occurrence, when the quote appears more than once (1 = first). */
                        occurrence?: number;
                        attributedTo: {
                            /** @enum {string} */
                            kind: "actor" | "party" | "unnamed" | "reporter";
                            /**
                             * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                             * @default null
                             */
                            id?: string | null;
                            /**
                             * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                             * @default null
                             */
                            label?: string | null;
                        };
                        /** @enum {string} */
                        reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                        /**
                         * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                         * @default []
                         */
                        hedges?: string[];
                    }[];
                }[];
                evidence: {
                    /** @description The words of the source, verbatim. */
                    quote: string;
                    /** @description Offset of the quote in the source text; found by the server when omitted. */
                    start?: number;
                    end?: number;
                    /** @description Which occurrence, when the quote appears more than once (1 = first). */
                    occurrence?: number;
                    attributedTo: {
                        /** @enum {string} */
                        kind: "actor" | "party" | "unnamed" | "reporter";
                        /**
                         * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                         * @default null
                         */
                        id?: string | null;
                        /**
                         * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                         * @default null
                         */
                        label?: string | null;
                    };
                    /** @enum {string} */
                    reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                    /**
                     * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                     * @default []
                     */
                    hedges?: string[];
                }[];
            }[];
            /** @default [] */
            participants?: {
                meetingId: string;
                partyId: string;
                /** @default null */
                actorId?: string | null;
                /** @default null */
                role?: ("host" | "participant") | null;
                evidence: {
                    /** @description The words of the source, verbatim. */
                    quote: string;
                    /** @description Offset of the quote in the source text; found by the server when omitted. */
                    start?: number;
                    end?: number;
                    /** @description Which occurrence, when the quote appears more than once (1 = first). */
                    occurrence?: number;
                    attributedTo: {
                        /** @enum {string} */
                        kind: "actor" | "party" | "unnamed" | "reporter";
                        /**
                         * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                         * @default null
                         */
                        id?: string | null;
                        /**
                         * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                         * @default null
                         */
                        label?: string | null;
                    };
                    /** @enum {string} */
                    reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                    /**
                     * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                     * @default []
                     */
                    hedges?: string[];
                }[];
            }[];
            /** @default [] */
            updates?: {
                /** @enum {string} */
                type: "demand" | "proposal" | "meeting" | "response";
                id: string;
                /** @enum {string} */
                field: "status" | "stance";
                value: string;
                evidence: {
                    /** @description The words of the source, verbatim. */
                    quote: string;
                    /** @description Offset of the quote in the source text; found by the server when omitted. */
                    start?: number;
                    end?: number;
                    /** @description Which occurrence, when the quote appears more than once (1 = first). */
                    occurrence?: number;
                    attributedTo: {
                        /** @enum {string} */
                        kind: "actor" | "party" | "unnamed" | "reporter";
                        /**
                         * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                         * @default null
                         */
                        id?: string | null;
                        /**
                         * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                         * @default null
                         */
                        label?: string | null;
                    };
                    /** @enum {string} */
                    reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                    /**
                     * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                     * @default []
                     */
                    hedges?: string[];
                }[];
            }[];
            /** @default [] */
            sequence?: {
                before: {
                    /** @enum {string} */
                    type: "source" | "party" | "actor" | "issue" | "proposal" | "demand" | "response" | "meeting" | "reason" | "statement";
                    id: string;
                };
                after: {
                    /** @enum {string} */
                    type: "source" | "party" | "actor" | "issue" | "proposal" | "demand" | "response" | "meeting" | "reason" | "statement";
                    id: string;
                };
                evidence: {
                    /** @description The words of the source, verbatim. */
                    quote: string;
                    /** @description Offset of the quote in the source text; found by the server when omitted. */
                    start?: number;
                    end?: number;
                    /** @description Which occurrence, when the quote appears more than once (1 = first). */
                    occurrence?: number;
                    attributedTo: {
                        /** @enum {string} */
                        kind: "actor" | "party" | "unnamed" | "reporter";
                        /**
                         * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                         * @default null
                         */
                        id?: string | null;
                        /**
                         * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                         * @default null
                         */
                        label?: string | null;
                    };
                    /** @enum {string} */
                    reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                    /**
                     * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                     * @default []
                     */
                    hedges?: string[];
                }[];
            }[];
            source: {
                id: string;
                /** @default null */
                kind?: ("news-report" | "official-statement" | "transcript" | "analysis" | "other") | null;
                /** @default null */
                title?: string | null;
                /** @default null */
                publisher?: string | null;
                /** @default null */
                url?: string | null;
                /** @default null */
                publishedOn?: string | null;
                /** @enum {string} */
                publishedOnPrecision: "day" | "month" | "year" | "unknown";
                /** @description The source’s full text. */
                text: string;
            };
        };
        NewPartyInput: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "state" | "armed-group" | "organisation" | "intergovernmental-body" | "other";
            /** @default [] */
            roles?: ("negotiating-party" | "mediator" | "host" | "guarantor" | "subject")[];
            /** @default null */
            description?: string | null;
            evidence: {
                /** @description The words of the source, verbatim. */
                quote: string;
                /** @description Offset of the quote in the source text; found by the server when omitted. */
                start?: number;
                end?: number;
                /** @description Which occurrence, when the quote appears more than once (1 = first). */
                occurrence?: number;
                attributedTo: {
                    /** @enum {string} */
                    kind: "actor" | "party" | "unnamed" | "reporter";
                    /**
                     * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                     * @default null
                     */
                    id?: string | null;
                    /**
                     * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                     * @default null
                     */
                    label?: string | null;
                };
                /** @enum {string} */
                reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                /**
                 * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                 * @default []
                 */
                hedges?: string[];
            }[];
            /** @description The source every quote of `evidence` is from. */
            sourceId: string;
        };
        PartyPatchInput: {
            name?: string;
            /** @enum {string} */
            kind?: "state" | "armed-group" | "organisation" | "intergovernmental-body" | "other";
            roles?: ("negotiating-party" | "mediator" | "host" | "guarantor" | "subject")[];
            description?: string | null;
        };
        PartyReplacementInput: {
            name: string;
            /** @enum {string} */
            kind: "state" | "armed-group" | "organisation" | "intergovernmental-body" | "other";
            /** @default [] */
            roles?: ("negotiating-party" | "mediator" | "host" | "guarantor" | "subject")[];
            /** @default null */
            description?: string | null;
        };
        NewActorInput: {
            id: string;
            partyId: string;
            /** @enum {string} */
            kind: "person" | "office" | "delegation" | "group";
            /** @default null */
            name?: string | null;
            /** @default null */
            role?: string | null;
            evidence: {
                /** @description The words of the source, verbatim. */
                quote: string;
                /** @description Offset of the quote in the source text; found by the server when omitted. */
                start?: number;
                end?: number;
                /** @description Which occurrence, when the quote appears more than once (1 = first). */
                occurrence?: number;
                attributedTo: {
                    /** @enum {string} */
                    kind: "actor" | "party" | "unnamed" | "reporter";
                    /**
                     * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                     * @default null
                     */
                    id?: string | null;
                    /**
                     * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                     * @default null
                     */
                    label?: string | null;
                };
                /** @enum {string} */
                reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                /**
                 * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                 * @default []
                 */
                hedges?: string[];
            }[];
            /** @description The source every quote of `evidence` is from. */
            sourceId: string;
        };
        ActorPatchInput: {
            partyId?: string;
            /** @enum {string} */
            kind?: "person" | "office" | "delegation" | "group";
            name?: string | null;
            role?: string | null;
        };
        ActorReplacementInput: {
            partyId: string;
            /** @enum {string} */
            kind: "person" | "office" | "delegation" | "group";
            /** @default null */
            name?: string | null;
            /** @default null */
            role?: string | null;
        };
        NewIssueInput: {
            id: string;
            title: string;
            description: string;
            evidence: {
                /** @description The words of the source, verbatim. */
                quote: string;
                /** @description Offset of the quote in the source text; found by the server when omitted. */
                start?: number;
                end?: number;
                /** @description Which occurrence, when the quote appears more than once (1 = first). */
                occurrence?: number;
                attributedTo: {
                    /** @enum {string} */
                    kind: "actor" | "party" | "unnamed" | "reporter";
                    /**
                     * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                     * @default null
                     */
                    id?: string | null;
                    /**
                     * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                     * @default null
                     */
                    label?: string | null;
                };
                /** @enum {string} */
                reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                /**
                 * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                 * @default []
                 */
                hedges?: string[];
            }[];
            /** @description The source every quote of `evidence` is from. */
            sourceId: string;
        };
        IssuePatchInput: {
            title?: string;
            description?: string;
        };
        IssueReplacementInput: {
            title: string;
            description: string;
        };
        NewProposalInput: {
            id: string;
            title: string;
            summary: string;
            /** @default null */
            proposedByPartyId?: string | null;
            /** @default null */
            pauseDurationDays?: number | null;
            /** @enum {string} */
            status: "draft" | "under-negotiation" | "agreed" | "collapsed";
            evidence: {
                /** @description The words of the source, verbatim. */
                quote: string;
                /** @description Offset of the quote in the source text; found by the server when omitted. */
                start?: number;
                end?: number;
                /** @description Which occurrence, when the quote appears more than once (1 = first). */
                occurrence?: number;
                attributedTo: {
                    /** @enum {string} */
                    kind: "actor" | "party" | "unnamed" | "reporter";
                    /**
                     * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                     * @default null
                     */
                    id?: string | null;
                    /**
                     * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                     * @default null
                     */
                    label?: string | null;
                };
                /** @enum {string} */
                reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                /**
                 * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                 * @default []
                 */
                hedges?: string[];
            }[];
            /** @description The source every quote of `evidence` is from. */
            sourceId: string;
        };
        ProposalPatchInput: {
            title?: string;
            summary?: string;
            proposedByPartyId?: string | null;
            pauseDurationDays?: number | null;
        };
        ProposalReplacementInput: {
            title: string;
            summary: string;
            /** @default null */
            proposedByPartyId?: string | null;
            /** @default null */
            pauseDurationDays?: number | null;
        };
        NewDemandInput: {
            id: string;
            partyId: string;
            /** @default null */
            proposalId?: string | null;
            issueId: string;
            title: string;
            summary: string;
            /** @enum {string} */
            status: "pressed" | "accepted" | "partially-accepted" | "withdrawn" | "dropped" | "superseded";
            /** @default null */
            raisedOn?: string | null;
            /** @enum {string} */
            raisedOnPrecision: "day" | "month" | "year" | "unknown";
            evidence: {
                /** @description The words of the source, verbatim. */
                quote: string;
                /** @description Offset of the quote in the source text; found by the server when omitted. */
                start?: number;
                end?: number;
                /** @description Which occurrence, when the quote appears more than once (1 = first). */
                occurrence?: number;
                attributedTo: {
                    /** @enum {string} */
                    kind: "actor" | "party" | "unnamed" | "reporter";
                    /**
                     * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                     * @default null
                     */
                    id?: string | null;
                    /**
                     * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                     * @default null
                     */
                    label?: string | null;
                };
                /** @enum {string} */
                reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                /**
                 * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                 * @default []
                 */
                hedges?: string[];
            }[];
            /** @description The source every quote of `evidence` is from. */
            sourceId: string;
        };
        DemandPatchInput: {
            partyId?: string;
            proposalId?: string | null;
            issueId?: string;
            title?: string;
            summary?: string;
            raisedOn?: string | null;
            /** @enum {string} */
            raisedOnPrecision?: "day" | "month" | "year" | "unknown";
        };
        DemandReplacementInput: {
            partyId: string;
            /** @default null */
            proposalId?: string | null;
            issueId: string;
            title: string;
            summary: string;
            /** @default null */
            raisedOn?: string | null;
            /** @enum {string} */
            raisedOnPrecision: "day" | "month" | "year" | "unknown";
        };
        NewResponseInput: {
            id: string;
            partyId: string;
            /** @default null */
            actorId?: string | null;
            /** @default null */
            proposalId?: string | null;
            /** @enum {string} */
            stance: "accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering";
            /** @default null */
            wording?: string | null;
            summary: string;
            /** @default null */
            issuedOn?: string | null;
            /** @enum {string} */
            issuedOnPrecision: "day" | "month" | "year" | "unknown";
            /**
             * @description Demands the response makes its stance depend on.
             * @default []
             */
            conditions?: string[];
            /** @default [] */
            answers?: {
                demandId: string;
                /** @enum {string} */
                stance: "accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering";
                /** @enum {string} */
                scope: "whole" | "specific" | "unspecified";
                /** @default [] */
                evidence?: {
                    /** @description The words of the source, verbatim. */
                    quote: string;
                    /** @description Offset of the quote in the source text; found by the server when omitted. */
                    start?: number;
                    end?: number;
                    /** @description Which occurrence, when the quote appears more than once (1 = first). */
                    occurrence?: number;
                    attributedTo: {
                        /** @enum {string} */
                        kind: "actor" | "party" | "unnamed" | "reporter";
                        /**
                         * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                         * @default null
                         */
                        id?: string | null;
                        /**
                         * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                         * @default null
                         */
                        label?: string | null;
                    };
                    /** @enum {string} */
                    reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                    /**
                     * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                     * @default []
                     */
                    hedges?: string[];
                }[];
            }[];
            evidence: {
                /** @description The words of the source, verbatim. */
                quote: string;
                /** @description Offset of the quote in the source text; found by the server when omitted. */
                start?: number;
                end?: number;
                /** @description Which occurrence, when the quote appears more than once (1 = first). */
                occurrence?: number;
                attributedTo: {
                    /** @enum {string} */
                    kind: "actor" | "party" | "unnamed" | "reporter";
                    /**
                     * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                     * @default null
                     */
                    id?: string | null;
                    /**
                     * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                     * @default null
                     */
                    label?: string | null;
                };
                /** @enum {string} */
                reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                /**
                 * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                 * @default []
                 */
                hedges?: string[];
            }[];
            /** @description The source every quote of `evidence` is from. */
            sourceId: string;
        };
        ResponsePatchInput: {
            partyId?: string;
            actorId?: string | null;
            proposalId?: string | null;
            wording?: string | null;
            summary?: string;
            issuedOn?: string | null;
            /** @enum {string} */
            issuedOnPrecision?: "day" | "month" | "year" | "unknown";
        };
        ResponseReplacementInput: {
            partyId: string;
            /** @default null */
            actorId?: string | null;
            /** @default null */
            proposalId?: string | null;
            /** @default null */
            wording?: string | null;
            summary: string;
            /** @default null */
            issuedOn?: string | null;
            /** @enum {string} */
            issuedOnPrecision: "day" | "month" | "year" | "unknown";
        };
        NewReasonInput: {
            id: string;
            /** @enum {string} */
            forType: "demand" | "response";
            forId: string;
            /** @default null */
            answersDemandId?: string | null;
            summary: string;
            evidence: {
                /** @description The words of the source, verbatim. */
                quote: string;
                /** @description Offset of the quote in the source text; found by the server when omitted. */
                start?: number;
                end?: number;
                /** @description Which occurrence, when the quote appears more than once (1 = first). */
                occurrence?: number;
                attributedTo: {
                    /** @enum {string} */
                    kind: "actor" | "party" | "unnamed" | "reporter";
                    /**
                     * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                     * @default null
                     */
                    id?: string | null;
                    /**
                     * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                     * @default null
                     */
                    label?: string | null;
                };
                /** @enum {string} */
                reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                /**
                 * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                 * @default []
                 */
                hedges?: string[];
            }[];
            /** @description The source every quote of `evidence` is from. */
            sourceId: string;
        };
        ReasonPatchInput: {
            answersDemandId?: string | null;
            summary?: string;
        };
        ReasonReplacementInput: {
            /** @default null */
            answersDemandId?: string | null;
            summary: string;
        };
        NewStatementInput: {
            id: string;
            /** @enum {string} */
            kind: "intention" | "firm-stance" | "appeal" | "context" | "assessment";
            /** @default null */
            partyId?: string | null;
            /** @default [] */
            aboutPartyIds?: string[];
            /** @default null */
            issueId?: string | null;
            title: string;
            summary: string;
            evidence: {
                /** @description The words of the source, verbatim. */
                quote: string;
                /** @description Offset of the quote in the source text; found by the server when omitted. */
                start?: number;
                end?: number;
                /** @description Which occurrence, when the quote appears more than once (1 = first). */
                occurrence?: number;
                attributedTo: {
                    /** @enum {string} */
                    kind: "actor" | "party" | "unnamed" | "reporter";
                    /**
                     * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                     * @default null
                     */
                    id?: string | null;
                    /**
                     * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                     * @default null
                     */
                    label?: string | null;
                };
                /** @enum {string} */
                reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                /**
                 * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                 * @default []
                 */
                hedges?: string[];
            }[];
            /** @description The source every quote of `evidence` is from. */
            sourceId: string;
        };
        StatementPatchInput: {
            /** @enum {string} */
            kind?: "intention" | "firm-stance" | "appeal" | "context" | "assessment";
            partyId?: string | null;
            issueId?: string | null;
            title?: string;
            summary?: string;
        };
        StatementReplacementInput: {
            /** @enum {string} */
            kind: "intention" | "firm-stance" | "appeal" | "context" | "assessment";
            /** @default null */
            partyId?: string | null;
            /** @default null */
            issueId?: string | null;
            title: string;
            summary: string;
        };
        NewMeetingInput: {
            id: string;
            title: string;
            /** @enum {string} */
            kind: "security-meeting" | "negotiation-round" | "bilateral-meeting" | "other";
            /** @enum {string} */
            status: "planned" | "scheduled" | "held" | "postponed" | "cancelled";
            /** @default null */
            location?: string | null;
            /** @default null */
            startsOn?: string | null;
            /** @enum {string} */
            startsOnPrecision: "day" | "month" | "year" | "unknown";
            /** @default null */
            purpose?: string | null;
            /** @default null */
            hostPartyId?: string | null;
            /** @default [] */
            participants?: {
                partyId: string;
                /** @default null */
                actorId?: string | null;
                /** @default null */
                role?: ("host" | "participant") | null;
                evidence: {
                    /** @description The words of the source, verbatim. */
                    quote: string;
                    /** @description Offset of the quote in the source text; found by the server when omitted. */
                    start?: number;
                    end?: number;
                    /** @description Which occurrence, when the quote appears more than once (1 = first). */
                    occurrence?: number;
                    attributedTo: {
                        /** @enum {string} */
                        kind: "actor" | "party" | "unnamed" | "reporter";
                        /**
                         * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                         * @default null
                         */
                        id?: string | null;
                        /**
                         * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                         * @default null
                         */
                        label?: string | null;
                    };
                    /** @enum {string} */
                    reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                    /**
                     * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                     * @default []
                     */
                    hedges?: string[];
                }[];
            }[];
            /**
             * @description The issues and proposals it discusses.
             * @default []
             */
            agenda?: {
                /** @enum {string} */
                type: "issue" | "proposal";
                id: string;
                evidence: {
                    /** @description The words of the source, verbatim. */
                    quote: string;
                    /** @description Offset of the quote in the source text; found by the server when omitted. */
                    start?: number;
                    end?: number;
                    /** @description Which occurrence, when the quote appears more than once (1 = first). */
                    occurrence?: number;
                    attributedTo: {
                        /** @enum {string} */
                        kind: "actor" | "party" | "unnamed" | "reporter";
                        /**
                         * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                         * @default null
                         */
                        id?: string | null;
                        /**
                         * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                         * @default null
                         */
                        label?: string | null;
                    };
                    /** @enum {string} */
                    reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                    /**
                     * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                     * @default []
                     */
                    hedges?: string[];
                }[];
            }[];
            evidence: {
                /** @description The words of the source, verbatim. */
                quote: string;
                /** @description Offset of the quote in the source text; found by the server when omitted. */
                start?: number;
                end?: number;
                /** @description Which occurrence, when the quote appears more than once (1 = first). */
                occurrence?: number;
                attributedTo: {
                    /** @enum {string} */
                    kind: "actor" | "party" | "unnamed" | "reporter";
                    /**
                     * @description The actor or party id; for an unnamed speaker, the party it speaks for when the text says.
                     * @default null
                     */
                    id?: string | null;
                    /**
                     * @description How the text names the speaker, e.g. "Israeli officials"; null for the reporter.
                     * @default null
                     */
                    label?: string | null;
                };
                /** @enum {string} */
                reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
                /**
                 * @description Hedging words in the quote, verbatim: "reportedly", "likely".
                 * @default []
                 */
                hedges?: string[];
            }[];
            /** @description The source every quote of `evidence` is from. */
            sourceId: string;
        };
        MeetingPatchInput: {
            title?: string;
            /** @enum {string} */
            kind?: "security-meeting" | "negotiation-round" | "bilateral-meeting" | "other";
            location?: string | null;
            startsOn?: string | null;
            /** @enum {string} */
            startsOnPrecision?: "day" | "month" | "year" | "unknown";
            purpose?: string | null;
            hostPartyId?: string | null;
        };
        MeetingReplacementInput: {
            title: string;
            /** @enum {string} */
            kind: "security-meeting" | "negotiation-round" | "bilateral-meeting" | "other";
            /** @default null */
            location?: string | null;
            /** @default null */
            startsOn?: string | null;
            /** @enum {string} */
            startsOnPrecision: "day" | "month" | "year" | "unknown";
            /** @default null */
            purpose?: string | null;
            /** @default null */
            hostPartyId?: string | null;
        };
        NewSourceInput: {
            id: string;
            /** @default null */
            kind?: ("news-report" | "official-statement" | "transcript" | "analysis" | "other") | null;
            /** @default null */
            title?: string | null;
            /** @default null */
            publisher?: string | null;
            /** @default null */
            url?: string | null;
            /** @default null */
            publishedOn?: string | null;
            /** @enum {string} */
            publishedOnPrecision: "day" | "month" | "year" | "unknown";
            /** @description The full text every quote will be found in. */
            text: string;
        };
        SourcePatchInput: {
            kind?: ("news-report" | "official-statement" | "transcript" | "analysis" | "other") | null;
            title?: string | null;
            publisher?: string | null;
            url?: string | null;
            publishedOn?: string | null;
            /** @enum {string} */
            publishedOnPrecision?: "day" | "month" | "year" | "unknown";
        };
        SourceReplacementInput: {
            /** @default null */
            kind?: ("news-report" | "official-statement" | "transcript" | "analysis" | "other") | null;
            /** @default null */
            title?: string | null;
            /** @default null */
            publisher?: string | null;
            /** @default null */
            url?: string | null;
            /** @default null */
            publishedOn?: string | null;
            /** @enum {string} */
            publishedOnPrecision: "day" | "month" | "year" | "unknown";
        };
        /** @description Who the source attributes a quote to. */
        Speaker: {
            /**
             * @description `actor` or `party`: someone in the data; `unnamed`: a group the text does not name further ("Israeli officials"); `reporter`: the report itself.
             * @enum {string}
             */
            kind: "actor" | "party" | "unnamed" | "reporter";
            /** @description The actor or party id; for an unnamed group, the party it speaks for when the text says; null for the reporter. */
            id: string | null;
            /** @description How the text names the speaker, verbatim; null for the reporter. */
            label: string | null;
        };
        /**
         * @description How the source reports it: the speaker’s own words (`direct-quote`), the reporter restating them (`paraphrase`), relayed second-hand (`reported`, e.g. "reportedly"), or the reporter’s own `reporter-analysis` or `reporter-speculation` (e.g. "likely sees").
         * @enum {string}
         */
        Reporting: "direct-quote" | "paraphrase" | "reported" | "reporter-analysis" | "reporter-speculation";
        /**
         * @description A verbatim quote from a source that backs a record, with who it is attributed to and how it is reported.
         * @example {
         *       "sourceId": "ceasefire-talks-report",
         *       "quote": "labeling them as unacceptable",
         *       "start": 387,
         *       "end": 416,
         *       "attributedTo": {
         *         "kind": "actor",
         *         "id": "netanyahus-office",
         *         "label": "Netanyahu’s office"
         *       },
         *       "reporting": "paraphrase",
         *       "hedges": []
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
            attributedTo: components["schemas"]["Speaker"];
            reporting: components["schemas"]["Reporting"];
            /** @description Hedging words in the quote, verbatim ("reportedly", "likely"): the claim is not stated as fact. */
            hedges: string[];
        };
        /**
         * @description How precisely the date is known; `unknown` when the source gives none.
         * @enum {string}
         */
        DatePrecision: "day" | "month" | "year" | "unknown";
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
         * @description A person or body acting for a party.
         * @example {
         *       "id": "benjamin-netanyahu",
         *       "href": "/v1/actors/benjamin-netanyahu",
         *       "partyId": "israel",
         *       "kind": "person",
         *       "name": "Benjamin Netanyahu",
         *       "role": "Prime Minister",
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Prime Minister Benjamin Netanyahu",
         *           "start": 119,
         *           "end": 152,
         *           "attributedTo": {
         *             "kind": "reporter",
         *             "id": null,
         *             "label": null
         *           },
         *           "reporting": "reporter-analysis",
         *           "hedges": []
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        Actor: {
            id: string;
            /** @description Where the API serves this record: `/v1/{collection}/{id}`. */
            href: string;
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
         *           "href": "/v1/actors/benjamin-netanyahu",
         *           "partyId": "israel",
         *           "kind": "person",
         *           "name": "Benjamin Netanyahu",
         *           "role": "Prime Minister",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Prime Minister Benjamin Netanyahu",
         *               "start": 119,
         *               "end": 152,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "netanyahus-office",
         *           "href": "/v1/actors/netanyahus-office",
         *           "partyId": "israel",
         *           "kind": "office",
         *           "name": "Netanyahu’s office",
         *           "role": "Office of the Prime Minister",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Netanyahu’s office issued a statement",
         *               "start": 287,
         *               "end": 324,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "israeli-security-officials",
         *           "href": "/v1/actors/israeli-security-officials",
         *           "partyId": "israel",
         *           "kind": "group",
         *           "name": "Top security officials",
         *           "role": null,
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "met with top security officials and cabinet members",
         *               "start": 153,
         *               "end": 204,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
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
        /** @description One committed change to one record. */
        Change: {
            /** @description The change’s place in commit order; pass it as `after` (or `Last-Event-ID`) to resume. */
            id: number;
            /** @enum {string} */
            type: "source" | "party" | "actor" | "issue" | "proposal" | "demand" | "response" | "meeting" | "reason" | "statement";
            recordId: string;
            /** @description Where the record is served (a deleted one answers 404; its revisions stay). */
            href: string;
            /** @enum {string} */
            action: "create" | "update" | "delete";
            /** @description The name of the key that made the change (or `import`/`migration` for scripts). */
            actor: string;
            /** @description When the database recorded it (ISO 8601, UTC). */
            recordedAt: string;
        };
        /** @description Changes in commit order. */
        ChangePage: {
            items: components["schemas"]["Change"][];
            /** @description Pass as `after` for the changes committed since; the same when there are none yet. */
            nextCursor: string;
        };
        /**
         * @description Where the demand stands for the party that raised it: `pressed` while it still pushes for it (whatever the other side answered: see the responses), then `accepted`, `partially-accepted`, `withdrawn`, `dropped` or `superseded`.
         * @enum {string}
         */
        DemandStatus: "pressed" | "accepted" | "partially-accepted" | "withdrawn" | "dropped" | "superseded";
        /**
         * @description A demand without embedded related records.
         * @example {
         *       "id": "aid-through-pre-existing-channels",
         *       "href": "/v1/demands/aid-through-pre-existing-channels",
         *       "partyId": "hamas",
         *       "proposalId": "truce-framework",
         *       "issueId": "humanitarian-aid-channels",
         *       "title": "Aid through pre-existing channels",
         *       "summary": "Return humanitarian aid distribution to pre-existing channels; the report adds that this would remove the recently established Gaza Humanitarian Foundation from the process.",
         *       "status": "pressed",
         *       "contested": false,
         *       "raisedOn": null,
         *       "raisedOnPrecision": "unknown",
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Secondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels.",
         *           "start": 1230,
         *           "end": 1326,
         *           "attributedTo": {
         *             "kind": "party",
         *             "id": "hamas",
         *             "label": "Hamas"
         *           },
         *           "reporting": "paraphrase",
         *           "hedges": []
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "This would remove the recently established Gaza Humanitarian Foundation from the process",
         *           "start": 1327,
         *           "end": 1415,
         *           "attributedTo": {
         *             "kind": "reporter",
         *             "id": null,
         *             "label": null
         *           },
         *           "reporting": "reporter-analysis",
         *           "hedges": []
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "but is pushing for three significant amendments",
         *           "start": 916,
         *           "end": 963,
         *           "attributedTo": {
         *             "kind": "party",
         *             "id": "hamas",
         *             "label": "Hamas"
         *           },
         *           "reporting": "paraphrase",
         *           "hedges": []
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        DemandRecord: {
            id: string;
            /** @description Where the API serves this record: `/v1/{collection}/{id}`. */
            href: string;
            /** @description The party making the demand. */
            partyId: string;
            /** @description The proposal the demand would amend, if any. */
            proposalId: string | null;
            /** @description The issue the demand is about. */
            issueId: string;
            title: string;
            /** @description What the party asks for. */
            summary: string;
            status: components["schemas"]["DemandStatus"];
            /** @description Whether sources of the same date disagree on this record’s state; `GET …/history` shows each. */
            contested: boolean;
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
         *       "href": "/v1/issues/humanitarian-aid-channels",
         *       "title": "Humanitarian aid channels",
         *       "description": "Through which channels humanitarian aid is distributed in Gaza, and whether the Gaza Humanitarian Foundation takes part.",
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "humanitarian aid distribution return to pre-existing channels",
         *           "start": 1264,
         *           "end": 1325,
         *           "attributedTo": {
         *             "kind": "party",
         *             "id": "hamas",
         *             "label": "Hamas"
         *           },
         *           "reporting": "paraphrase",
         *           "hedges": []
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        Issue: {
            id: string;
            /** @description Where the API serves this record: `/v1/{collection}/{id}`. */
            href: string;
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
         *           "href": "/v1/issues/ending-the-war",
         *           "title": "Ending the war",
         *           "description": "Whether talks on ending the war begin immediately or only after the proposed 60-day pause in fighting concludes.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude",
         *               "start": 988,
         *               "end": 1096,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "hamas",
         *                 "label": "the group"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "humanitarian-aid-channels",
         *           "href": "/v1/issues/humanitarian-aid-channels",
         *           "title": "Humanitarian aid channels",
         *           "description": "Through which channels humanitarian aid is distributed in Gaza, and whether the Gaza Humanitarian Foundation takes part.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "humanitarian aid distribution return to pre-existing channels",
         *               "start": 1264,
         *               "end": 1325,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "hamas",
         *                 "label": "Hamas"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "israeli-forces-in-gaza",
         *           "href": "/v1/issues/israeli-forces-in-gaza",
         *           "title": "Israeli forces in Gaza",
         *           "description": "The presence and movement of Israeli forces within Gaza during the truce.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "the presence and movement of Israeli forces within Gaza",
         *               "start": 1680,
         *               "end": 1735,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "hamas",
         *                 "label": "Hamas"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
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
        /** @description A party, and when known the actor, taking part in a meeting, with the quotes that say so. */
        Participant: {
            partyId: string;
            /** @description Who attends for the party, when the source says. */
            actorId: string | null;
            /** @description `host` or `participant`; null when the source does not say. */
            role: ("host" | "participant") | null;
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
        };
        /** @description An issue or proposal a meeting discusses, with the quotes that say so. */
        AgendaItem: {
            /**
             * @description An `issue` at stake, or a `proposal` on the table.
             * @enum {string}
             */
            type: "issue" | "proposal";
            id: string;
            /** @description Where the issue or proposal is served. */
            href: string;
            /** @description The quotes saying the meeting discusses it. */
            evidence: components["schemas"]["Evidence"][];
        };
        /**
         * @description A framework or draft on the table, which demands may seek to amend.
         * @example {
         *       "id": "truce-framework",
         *       "href": "/v1/proposals/truce-framework",
         *       "title": "Truce framework",
         *       "summary": "The framework for a possible ceasefire deal between Israel and Hamas, built around a proposed 60-day pause in fighting.",
         *       "proposedByPartyId": null,
         *       "pauseDurationDays": 60,
         *       "status": "under-negotiation",
         *       "contested": false,
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "ongoing negotiations for a possible ceasefire deal with Hamas",
         *           "start": 56,
         *           "end": 117,
         *           "attributedTo": {
         *             "kind": "reporter",
         *             "id": null,
         *             "label": null
         *           },
         *           "reporting": "reporter-analysis",
         *           "hedges": []
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "the latest developments in the truce framework",
         *           "start": 216,
         *           "end": 262,
         *           "attributedTo": {
         *             "kind": "reporter",
         *             "id": null,
         *             "label": null
         *           },
         *           "reporting": "reporter-analysis",
         *           "hedges": []
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "the proposed 60-day pause in fighting",
         *           "start": 1047,
         *           "end": 1084,
         *           "attributedTo": {
         *             "kind": "party",
         *             "id": "hamas",
         *             "label": "the group"
         *           },
         *           "reporting": "paraphrase",
         *           "hedges": []
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        Proposal: {
            id: string;
            /** @description Where the API serves this record: `/v1/{collection}/{id}`. */
            href: string;
            title: string;
            summary: string;
            /** @description Who tabled the proposal; null when the source does not say. */
            proposedByPartyId: string | null;
            /** @description Length of the pause in fighting the proposal provides for, in days. */
            pauseDurationDays: number | null;
            /**
             * @description Where the proposal stands, as the latest source says.
             * @enum {string}
             */
            status: "draft" | "under-negotiation" | "agreed" | "collapsed";
            /** @description Whether sources of the same date disagree on this record’s state; `GET …/history` shows each. */
            contested: boolean;
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
         *           "href": "/v1/proposals/truce-framework",
         *           "title": "Truce framework",
         *           "summary": "The framework for a possible ceasefire deal between Israel and Hamas, built around a proposed 60-day pause in fighting.",
         *           "proposedByPartyId": null,
         *           "pauseDurationDays": 60,
         *           "status": "under-negotiation",
         *           "contested": false,
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "ongoing negotiations for a possible ceasefire deal with Hamas",
         *               "start": 56,
         *               "end": 117,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "the latest developments in the truce framework",
         *               "start": 216,
         *               "end": 262,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "the proposed 60-day pause in fighting",
         *               "start": 1047,
         *               "end": 1084,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "hamas",
         *                 "label": "the group"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
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
         * @description A stated reason for a demand or a response, with who gave it and how it is reported.
         * @example {
         *       "id": "immediate-talks-would-undermine-israeli-security",
         *       "href": "/v1/reasons/immediate-talks-would-undermine-israeli-security",
         *       "forType": "response",
         *       "forId": "israel-rejects-hamas-amendments",
         *       "answersDemandId": "immediate-talks-on-ending-the-war",
         *       "summary": "Israeli officials argue that immediate discussions on permanently ending the war would undermine their security objectives.",
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "They argue that immediate discussions on permanently ending the war would undermine their security objectives",
         *           "start": 2092,
         *           "end": 2201,
         *           "attributedTo": {
         *             "kind": "unnamed",
         *             "id": "israel",
         *             "label": "Israeli officials"
         *           },
         *           "reporting": "paraphrase",
         *           "hedges": []
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        Reason: {
            id: string;
            /** @description Where the API serves this record: `/v1/{collection}/{id}`. */
            href: string;
            /**
             * @description What the reason is given for: a `demand` or a `response`.
             * @enum {string}
             */
            forType: "demand" | "response";
            /** @description The id of that demand or response. */
            forId: string;
            /** @description The demand this reason answers in particular; null when it answers all or is a demand’s own. */
            answersDemandId: string | null;
            summary: string;
            /** @description The quotes stating the reason, each with who the source attributes it to. */
            evidence: components["schemas"]["Evidence"][];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
        };
        /**
         * @description A page of Reason records.
         * @example {
         *       "items": [
         *         {
         *           "id": "hamas-immediate-talks-for-long-term-peace",
         *           "href": "/v1/reasons/hamas-immediate-talks-for-long-term-peace",
         *           "forType": "demand",
         *           "forId": "immediate-talks-on-ending-the-war",
         *           "answersDemandId": null,
         *           "summary": "Hamas views immediate talks as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Hamas views this as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.",
         *               "start": 1098,
         *               "end": 1229,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "hamas",
         *                 "label": "Hamas"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "hamas-aid-must-be-neutral-and-efficient",
         *           "href": "/v1/reasons/hamas-aid-must-be-neutral-and-efficient",
         *           "forType": "demand",
         *           "forId": "aid-through-pre-existing-channels",
         *           "answersDemandId": null,
         *           "summary": "Hamas argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
         *               "start": 1499,
         *               "end": 1632,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "hamas",
         *                 "label": "The group"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "ghf-likely-seen-as-compromised",
         *           "href": "/v1/reasons/ghf-likely-seen-as-compromised",
         *           "forType": "demand",
         *           "forId": "aid-through-pre-existing-channels",
         *           "answersDemandId": null,
         *           "summary": "The reporter’s speculation, not a statement by Hamas: Hamas likely sees the Gaza Humanitarian Foundation as politically compromised or insufficiently independent.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "which Hamas likely sees as politically compromised or insufficiently independent.",
         *               "start": 1417,
         *               "end": 1498,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-speculation",
         *               "hedges": [
         *                 "likely"
         *               ]
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        ReasonPage: {
            items: components["schemas"]["Reason"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Records matching the filters, across all pages; present with `count=true`. */
            total?: number;
        };
        /**
         * @description The stance a response takes on what it answers: `accepts`, `accepts-with-conditions`, `rejects`, `counters` or `considering`; the same words in every filter and in positions.
         * @enum {string}
         */
        Stance: "accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering";
        /** @description A demand a response answers: its stance on it, how directly, and the quotes. */
        Answer: {
            demandId: string;
            /** @description The response’s stance on this demand. */
            stance: components["schemas"]["Stance"];
            /**
             * @description `specific`: the response singles this demand out; `whole`: it answers the demands as a package; `unspecified`: it answers them without saying which.
             * @enum {string}
             */
            scope: "whole" | "specific" | "unspecified";
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
        };
        /**
         * @description A response without embedded related records.
         * @example {
         *       "id": "israel-rejects-hamas-amendments",
         *       "href": "/v1/responses/israel-rejects-hamas-amendments",
         *       "partyId": "israel",
         *       "actorId": "netanyahus-office",
         *       "proposalId": "truce-framework",
         *       "stance": "rejects",
         *       "contested": false,
         *       "wording": "unacceptable",
         *       "summary": "Following the high-level security meeting, Netanyahu’s office issued a statement rejecting the proposed amendments to the deal submitted by Hamas, labelling them as unacceptable; the report adds that Israeli officials have firmly opposed these proposed changes.",
         *       "issuedOn": null,
         *       "issuedOnPrecision": "unknown",
         *       "answers": [
         *         {
         *           "demandId": "immediate-talks-on-ending-the-war",
         *           "stance": "rejects",
         *           "scope": "unspecified",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *               "start": 264,
         *               "end": 417,
         *               "attributedTo": {
         *                 "kind": "actor",
         *                 "id": "netanyahus-office",
         *                 "label": "Netanyahu’s office"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Israeli officials have firmly opposed these proposed changes.",
         *               "start": 2030,
         *               "end": 2091,
         *               "attributedTo": {
         *                 "kind": "unnamed",
         *                 "id": "israel",
         *                 "label": "Israeli officials"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ]
         *         },
         *         {
         *           "demandId": "aid-through-pre-existing-channels",
         *           "stance": "rejects",
         *           "scope": "unspecified",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *               "start": 264,
         *               "end": 417,
         *               "attributedTo": {
         *                 "kind": "actor",
         *                 "id": "netanyahus-office",
         *                 "label": "Netanyahu’s office"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Israeli officials have firmly opposed these proposed changes.",
         *               "start": 2030,
         *               "end": 2091,
         *               "attributedTo": {
         *                 "kind": "unnamed",
         *                 "id": "israel",
         *                 "label": "Israeli officials"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ]
         *         },
         *         {
         *           "demandId": "limits-on-israeli-forces-in-gaza",
         *           "stance": "rejects",
         *           "scope": "unspecified",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *               "start": 264,
         *               "end": 417,
         *               "attributedTo": {
         *                 "kind": "actor",
         *                 "id": "netanyahus-office",
         *                 "label": "Netanyahu’s office"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Israeli officials have firmly opposed these proposed changes.",
         *               "start": 2030,
         *               "end": 2091,
         *               "attributedTo": {
         *                 "kind": "unnamed",
         *                 "id": "israel",
         *                 "label": "Israeli officials"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ]
         *         }
         *       ],
         *       "conditions": [],
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *           "start": 264,
         *           "end": 417,
         *           "attributedTo": {
         *             "kind": "actor",
         *             "id": "netanyahus-office",
         *             "label": "Netanyahu’s office"
         *           },
         *           "reporting": "paraphrase",
         *           "hedges": []
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Israeli officials have firmly opposed these proposed changes.",
         *           "start": 2030,
         *           "end": 2091,
         *           "attributedTo": {
         *             "kind": "unnamed",
         *             "id": "israel",
         *             "label": "Israeli officials"
         *           },
         *           "reporting": "paraphrase",
         *           "hedges": []
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        ResponseRecord: {
            id: string;
            /** @description Where the API serves this record: `/v1/{collection}/{id}`. */
            href: string;
            /** @description The responding party. */
            partyId: string;
            /** @description Who responded for the party, when the source says. */
            actorId: string | null;
            /** @description The proposal the response concerns, if any. */
            proposalId: string | null;
            stance: components["schemas"]["Stance"];
            /** @description Whether sources of the same date disagree on this record’s state; `GET …/history` shows each. */
            contested: boolean;
            /** @description The responder’s own characterisation, verbatim (e.g. "unacceptable"); null when none is quoted. */
            wording: string | null;
            summary: string;
            /** @description When the response was issued; null when the source does not say. */
            issuedOn: string | null;
            issuedOnPrecision: components["schemas"]["DatePrecision"];
            /** @description The demands this response answers, each with its own stance. */
            answers: components["schemas"]["Answer"][];
            /** @description Demands the response makes its stance depend on: the conditions of a conditional acceptance. */
            conditions: string[];
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
         *       "href": "/v1/parties/united-states",
         *       "name": "United States",
         *       "kind": "state",
         *       "roles": [
         *         "host"
         *       ],
         *       "description": null,
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "a meeting with the US president",
         *           "start": 673,
         *           "end": 704,
         *           "attributedTo": {
         *             "kind": "reporter",
         *             "id": null,
         *             "label": null
         *           },
         *           "reporting": "reporter-analysis",
         *           "hedges": []
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
         *           "start": 624,
         *           "end": 704,
         *           "attributedTo": {
         *             "kind": "reporter",
         *             "id": null,
         *             "label": null
         *           },
         *           "reporting": "reporter-analysis",
         *           "hedges": []
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z",
         *       "actors": [
         *         {
         *           "id": "us-president",
         *           "href": "/v1/actors/us-president",
         *           "partyId": "united-states",
         *           "kind": "person",
         *           "name": null,
         *           "role": "President of the United States",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "a meeting with the US president",
         *               "start": 673,
         *               "end": 704,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        Party: {
            id: string;
            /** @description Where the API serves this record: `/v1/{collection}/{id}`. */
            href: string;
            name: string;
            /**
             * @description What sort of actor the party is.
             * @enum {string}
             */
            kind: "state" | "armed-group" | "organisation" | "intergovernmental-body" | "other";
            /** @description Its part in the talks: `negotiating-party`, `mediator`, `host`, `guarantor`, or `subject` (what a demand is about, like the Gaza Humanitarian Foundation). */
            roles: ("negotiating-party" | "mediator" | "host" | "guarantor" | "subject")[];
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
         *           "href": "/v1/parties/israel",
         *           "name": "Israel",
         *           "kind": "state",
         *           "roles": [
         *             "negotiating-party"
         *           ],
         *           "description": null,
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Israel has concluded a high-level security meeting amid ongoing negotiations for a possible ceasefire deal with Hamas.",
         *               "start": 0,
         *               "end": 118,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z",
         *           "actors": [
         *             {
         *               "id": "benjamin-netanyahu",
         *               "href": "/v1/actors/benjamin-netanyahu",
         *               "partyId": "israel",
         *               "kind": "person",
         *               "name": "Benjamin Netanyahu",
         *               "role": "Prime Minister",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Prime Minister Benjamin Netanyahu",
         *                   "start": 119,
         *                   "end": 152,
         *                   "attributedTo": {
         *                     "kind": "reporter",
         *                     "id": null,
         *                     "label": null
         *                   },
         *                   "reporting": "reporter-analysis",
         *                   "hedges": []
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             },
         *             {
         *               "id": "netanyahus-office",
         *               "href": "/v1/actors/netanyahus-office",
         *               "partyId": "israel",
         *               "kind": "office",
         *               "name": "Netanyahu’s office",
         *               "role": "Office of the Prime Minister",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Netanyahu’s office issued a statement",
         *                   "start": 287,
         *                   "end": 324,
         *                   "attributedTo": {
         *                     "kind": "reporter",
         *                     "id": null,
         *                     "label": null
         *                   },
         *                   "reporting": "reporter-analysis",
         *                   "hedges": []
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             },
         *             {
         *               "id": "israeli-security-officials",
         *               "href": "/v1/actors/israeli-security-officials",
         *               "partyId": "israel",
         *               "kind": "group",
         *               "name": "Top security officials",
         *               "role": null,
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "met with top security officials and cabinet members",
         *                   "start": 153,
         *                   "end": 204,
         *                   "attributedTo": {
         *                     "kind": "reporter",
         *                     "id": null,
         *                     "label": null
         *                   },
         *                   "reporting": "reporter-analysis",
         *                   "hedges": []
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             },
         *             {
         *               "id": "israeli-cabinet-members",
         *               "href": "/v1/actors/israeli-cabinet-members",
         *               "partyId": "israel",
         *               "kind": "group",
         *               "name": "Cabinet members",
         *               "role": null,
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "met with top security officials and cabinet members",
         *                   "start": 153,
         *                   "end": 204,
         *                   "attributedTo": {
         *                     "kind": "reporter",
         *                     "id": null,
         *                     "label": null
         *                   },
         *                   "reporting": "reporter-analysis",
         *                   "hedges": []
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             },
         *             {
         *               "id": "israeli-delegation",
         *               "href": "/v1/actors/israeli-delegation",
         *               "partyId": "israel",
         *               "kind": "delegation",
         *               "name": "Israeli delegation",
         *               "role": null,
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "The Israeli delegation is scheduled to travel to Doha for further discussions",
         *                   "start": 529,
         *                   "end": 606,
         *                   "attributedTo": {
         *                     "kind": "reporter",
         *                     "id": null,
         *                     "label": null
         *                   },
         *                   "reporting": "reporter-analysis",
         *                   "hedges": []
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             }
         *           ]
         *         },
         *         {
         *           "id": "hamas",
         *           "href": "/v1/parties/hamas",
         *           "name": "Hamas",
         *           "kind": "armed-group",
         *           "roles": [
         *             "negotiating-party"
         *           ],
         *           "description": null,
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Hamas has expressed general approval of the framework for the deal but is pushing for three significant amendments.",
         *               "start": 849,
         *               "end": 964,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "hamas",
         *                 "label": "Hamas"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "ongoing negotiations for a possible ceasefire deal with Hamas",
         *               "start": 56,
         *               "end": 117,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z",
         *           "actors": []
         *         },
         *         {
         *           "id": "united-states",
         *           "href": "/v1/parties/united-states",
         *           "name": "United States",
         *           "kind": "state",
         *           "roles": [
         *             "host"
         *           ],
         *           "description": null,
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "a meeting with the US president",
         *               "start": 673,
         *               "end": 704,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
         *               "start": 624,
         *               "end": 704,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z",
         *           "actors": [
         *             {
         *               "id": "us-president",
         *               "href": "/v1/actors/us-president",
         *               "partyId": "united-states",
         *               "kind": "person",
         *               "name": null,
         *               "role": "President of the United States",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "a meeting with the US president",
         *                   "start": 673,
         *                   "end": 704,
         *                   "attributedTo": {
         *                     "kind": "reporter",
         *                     "id": null,
         *                     "label": null
         *                   },
         *                   "reporting": "reporter-analysis",
         *                   "hedges": []
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             }
         *           ]
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
         *       "href": "/v1/demands/aid-through-pre-existing-channels",
         *       "partyId": "hamas",
         *       "proposalId": "truce-framework",
         *       "issueId": "humanitarian-aid-channels",
         *       "title": "Aid through pre-existing channels",
         *       "summary": "Return humanitarian aid distribution to pre-existing channels; the report adds that this would remove the recently established Gaza Humanitarian Foundation from the process.",
         *       "status": "pressed",
         *       "contested": false,
         *       "raisedOn": null,
         *       "raisedOnPrecision": "unknown",
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Secondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels.",
         *           "start": 1230,
         *           "end": 1326,
         *           "attributedTo": {
         *             "kind": "party",
         *             "id": "hamas",
         *             "label": "Hamas"
         *           },
         *           "reporting": "paraphrase",
         *           "hedges": []
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "This would remove the recently established Gaza Humanitarian Foundation from the process",
         *           "start": 1327,
         *           "end": 1415,
         *           "attributedTo": {
         *             "kind": "reporter",
         *             "id": null,
         *             "label": null
         *           },
         *           "reporting": "reporter-analysis",
         *           "hedges": []
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "but is pushing for three significant amendments",
         *           "start": 916,
         *           "end": 963,
         *           "attributedTo": {
         *             "kind": "party",
         *             "id": "hamas",
         *             "label": "Hamas"
         *           },
         *           "reporting": "paraphrase",
         *           "hedges": []
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z",
         *       "reasons": [
         *         {
         *           "id": "hamas-aid-must-be-neutral-and-efficient",
         *           "href": "/v1/reasons/hamas-aid-must-be-neutral-and-efficient",
         *           "forType": "demand",
         *           "forId": "aid-through-pre-existing-channels",
         *           "answersDemandId": null,
         *           "summary": "Hamas argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
         *               "start": 1499,
         *               "end": 1632,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "hamas",
         *                 "label": "The group"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "ghf-likely-seen-as-compromised",
         *           "href": "/v1/reasons/ghf-likely-seen-as-compromised",
         *           "forType": "demand",
         *           "forId": "aid-through-pre-existing-channels",
         *           "answersDemandId": null,
         *           "summary": "The reporter’s speculation, not a statement by Hamas: Hamas likely sees the Gaza Humanitarian Foundation as politically compromised or insufficiently independent.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "which Hamas likely sees as politically compromised or insufficiently independent.",
         *               "start": 1417,
         *               "end": 1498,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-speculation",
         *               "hedges": [
         *                 "likely"
         *               ]
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        Demand: {
            id: string;
            /** @description Where the API serves this record: `/v1/{collection}/{id}`. */
            href: string;
            /** @description The party making the demand. */
            partyId: string;
            /** @description The proposal the demand would amend, if any. */
            proposalId: string | null;
            /** @description The issue the demand is about. */
            issueId: string;
            title: string;
            /** @description What the party asks for. */
            summary: string;
            status: components["schemas"]["DemandStatus"];
            /** @description Whether sources of the same date disagree on this record’s state; `GET …/history` shows each. */
            contested: boolean;
            /** @description When the demand was raised; null when the source does not say. */
            raisedOn: string | null;
            raisedOnPrecision: components["schemas"]["DatePrecision"];
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
            /** @description The reasons the demanding party gives, each with its quotes. */
            reasons: components["schemas"]["Reason"][];
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
         *           "href": "/v1/demands/immediate-talks-on-ending-the-war",
         *           "partyId": "hamas",
         *           "proposalId": "truce-framework",
         *           "issueId": "ending-the-war",
         *           "title": "Immediate talks on ending the war",
         *           "summary": "Begin talks on ending the war immediately, rather than waiting for the proposed 60-day pause in fighting to conclude.",
         *           "status": "pressed",
         *           "contested": false,
         *           "raisedOn": null,
         *           "raisedOnPrecision": "unknown",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "First, the group wants immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude.",
         *               "start": 965,
         *               "end": 1097,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "hamas",
         *                 "label": "the group"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "but is pushing for three significant amendments",
         *               "start": 916,
         *               "end": 963,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "hamas",
         *                 "label": "Hamas"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z",
         *           "reasons": [
         *             {
         *               "id": "hamas-immediate-talks-for-long-term-peace",
         *               "href": "/v1/reasons/hamas-immediate-talks-for-long-term-peace",
         *               "forType": "demand",
         *               "forId": "immediate-talks-on-ending-the-war",
         *               "answersDemandId": null,
         *               "summary": "Hamas views immediate talks as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Hamas views this as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.",
         *                   "start": 1098,
         *                   "end": 1229,
         *                   "attributedTo": {
         *                     "kind": "party",
         *                     "id": "hamas",
         *                     "label": "Hamas"
         *                   },
         *                   "reporting": "paraphrase",
         *                   "hedges": []
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             }
         *           ]
         *         },
         *         {
         *           "id": "aid-through-pre-existing-channels",
         *           "href": "/v1/demands/aid-through-pre-existing-channels",
         *           "partyId": "hamas",
         *           "proposalId": "truce-framework",
         *           "issueId": "humanitarian-aid-channels",
         *           "title": "Aid through pre-existing channels",
         *           "summary": "Return humanitarian aid distribution to pre-existing channels; the report adds that this would remove the recently established Gaza Humanitarian Foundation from the process.",
         *           "status": "pressed",
         *           "contested": false,
         *           "raisedOn": null,
         *           "raisedOnPrecision": "unknown",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Secondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels.",
         *               "start": 1230,
         *               "end": 1326,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "hamas",
         *                 "label": "Hamas"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "This would remove the recently established Gaza Humanitarian Foundation from the process",
         *               "start": 1327,
         *               "end": 1415,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "but is pushing for three significant amendments",
         *               "start": 916,
         *               "end": 963,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "hamas",
         *                 "label": "Hamas"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z",
         *           "reasons": [
         *             {
         *               "id": "hamas-aid-must-be-neutral-and-efficient",
         *               "href": "/v1/reasons/hamas-aid-must-be-neutral-and-efficient",
         *               "forType": "demand",
         *               "forId": "aid-through-pre-existing-channels",
         *               "answersDemandId": null,
         *               "summary": "Hamas argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.",
         *                   "start": 1499,
         *                   "end": 1632,
         *                   "attributedTo": {
         *                     "kind": "party",
         *                     "id": "hamas",
         *                     "label": "The group"
         *                   },
         *                   "reporting": "paraphrase",
         *                   "hedges": []
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             },
         *             {
         *               "id": "ghf-likely-seen-as-compromised",
         *               "href": "/v1/reasons/ghf-likely-seen-as-compromised",
         *               "forType": "demand",
         *               "forId": "aid-through-pre-existing-channels",
         *               "answersDemandId": null,
         *               "summary": "The reporter’s speculation, not a statement by Hamas: Hamas likely sees the Gaza Humanitarian Foundation as politically compromised or insufficiently independent.",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "which Hamas likely sees as politically compromised or insufficiently independent.",
         *                   "start": 1417,
         *                   "end": 1498,
         *                   "attributedTo": {
         *                     "kind": "reporter",
         *                     "id": null,
         *                     "label": null
         *                   },
         *                   "reporting": "reporter-speculation",
         *                   "hedges": [
         *                     "likely"
         *                   ]
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             }
         *           ]
         *         },
         *         {
         *           "id": "limits-on-israeli-forces-in-gaza",
         *           "href": "/v1/demands/limits-on-israeli-forces-in-gaza",
         *           "partyId": "hamas",
         *           "proposalId": "truce-framework",
         *           "issueId": "israeli-forces-in-gaza",
         *           "title": "Limits on Israeli forces in Gaza",
         *           "summary": "Hamas has raised objections regarding the presence and movement of Israeli forces within Gaza as part of the deal, and is reportedly seeking specific restrictions or guarantees concerning Israeli military deployment in the territory during the truce period.",
         *           "status": "pressed",
         *           "contested": false,
         *           "raisedOn": null,
         *           "raisedOnPrecision": "unknown",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Finally, Hamas has raised objections regarding the presence and movement of Israeli forces within Gaza as part of the deal.",
         *               "start": 1633,
         *               "end": 1756,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "hamas",
         *                 "label": "Hamas"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "The group is reportedly seeking specific restrictions or guarantees concerning Israeli military deployment in the territory during the truce period.",
         *               "start": 1757,
         *               "end": 1905,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "hamas",
         *                 "label": "The group"
         *               },
         *               "reporting": "reported",
         *               "hedges": [
         *                 "reportedly"
         *               ]
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "but is pushing for three significant amendments",
         *               "start": 916,
         *               "end": 963,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "hamas",
         *                 "label": "Hamas"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z",
         *           "reasons": [
         *             {
         *               "id": "hamas-forces-a-vital-security-matter",
         *               "href": "/v1/reasons/hamas-forces-a-vital-security-matter",
         *               "forType": "demand",
         *               "forId": "limits-on-israeli-forces-in-gaza",
         *               "answersDemandId": null,
         *               "summary": "Hamas considers the matter of Israeli forces in Gaza a vital security matter, especially in protecting civilians and ensuring the integrity of any agreement.",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "They consider this a vital security matter, especially in protecting civilians and ensuring the integrity of any agreement.",
         *                   "start": 1906,
         *                   "end": 2029,
         *                   "attributedTo": {
         *                     "kind": "party",
         *                     "id": "hamas",
         *                     "label": "The group"
         *                   },
         *                   "reporting": "paraphrase",
         *                   "hedges": []
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             }
         *           ]
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
         *       "href": "/v1/responses/israel-rejects-hamas-amendments",
         *       "partyId": "israel",
         *       "actorId": "netanyahus-office",
         *       "proposalId": "truce-framework",
         *       "stance": "rejects",
         *       "contested": false,
         *       "wording": "unacceptable",
         *       "summary": "Following the high-level security meeting, Netanyahu’s office issued a statement rejecting the proposed amendments to the deal submitted by Hamas, labelling them as unacceptable; the report adds that Israeli officials have firmly opposed these proposed changes.",
         *       "issuedOn": null,
         *       "issuedOnPrecision": "unknown",
         *       "answers": [
         *         {
         *           "demandId": "immediate-talks-on-ending-the-war",
         *           "stance": "rejects",
         *           "scope": "unspecified",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *               "start": 264,
         *               "end": 417,
         *               "attributedTo": {
         *                 "kind": "actor",
         *                 "id": "netanyahus-office",
         *                 "label": "Netanyahu’s office"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Israeli officials have firmly opposed these proposed changes.",
         *               "start": 2030,
         *               "end": 2091,
         *               "attributedTo": {
         *                 "kind": "unnamed",
         *                 "id": "israel",
         *                 "label": "Israeli officials"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ]
         *         },
         *         {
         *           "demandId": "aid-through-pre-existing-channels",
         *           "stance": "rejects",
         *           "scope": "unspecified",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *               "start": 264,
         *               "end": 417,
         *               "attributedTo": {
         *                 "kind": "actor",
         *                 "id": "netanyahus-office",
         *                 "label": "Netanyahu’s office"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Israeli officials have firmly opposed these proposed changes.",
         *               "start": 2030,
         *               "end": 2091,
         *               "attributedTo": {
         *                 "kind": "unnamed",
         *                 "id": "israel",
         *                 "label": "Israeli officials"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ]
         *         },
         *         {
         *           "demandId": "limits-on-israeli-forces-in-gaza",
         *           "stance": "rejects",
         *           "scope": "unspecified",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *               "start": 264,
         *               "end": 417,
         *               "attributedTo": {
         *                 "kind": "actor",
         *                 "id": "netanyahus-office",
         *                 "label": "Netanyahu’s office"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Israeli officials have firmly opposed these proposed changes.",
         *               "start": 2030,
         *               "end": 2091,
         *               "attributedTo": {
         *                 "kind": "unnamed",
         *                 "id": "israel",
         *                 "label": "Israeli officials"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ]
         *         }
         *       ],
         *       "conditions": [],
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *           "start": 264,
         *           "end": 417,
         *           "attributedTo": {
         *             "kind": "actor",
         *             "id": "netanyahus-office",
         *             "label": "Netanyahu’s office"
         *           },
         *           "reporting": "paraphrase",
         *           "hedges": []
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Israeli officials have firmly opposed these proposed changes.",
         *           "start": 2030,
         *           "end": 2091,
         *           "attributedTo": {
         *             "kind": "unnamed",
         *             "id": "israel",
         *             "label": "Israeli officials"
         *           },
         *           "reporting": "paraphrase",
         *           "hedges": []
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z",
         *       "reasons": [
         *         {
         *           "id": "immediate-talks-would-undermine-israeli-security",
         *           "href": "/v1/reasons/immediate-talks-would-undermine-israeli-security",
         *           "forType": "response",
         *           "forId": "israel-rejects-hamas-amendments",
         *           "answersDemandId": "immediate-talks-on-ending-the-war",
         *           "summary": "Israeli officials argue that immediate discussions on permanently ending the war would undermine their security objectives.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "They argue that immediate discussions on permanently ending the war would undermine their security objectives",
         *               "start": 2092,
         *               "end": 2201,
         *               "attributedTo": {
         *                 "kind": "unnamed",
         *                 "id": "israel",
         *                 "label": "Israeli officials"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "hamas-demands-could-create-loopholes",
         *           "href": "/v1/reasons/hamas-demands-could-create-loopholes",
         *           "forType": "response",
         *           "forId": "israel-rejects-hamas-amendments",
         *           "answersDemandId": null,
         *           "summary": "Israeli officials argue that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
         *               "start": 2202,
         *               "end": 2295,
         *               "attributedTo": {
         *                 "kind": "unnamed",
         *                 "id": "israel",
         *                 "label": "Israeli officials"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": [
         *                 "could"
         *               ]
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "pause-must-preserve-israeli-leverage",
         *           "href": "/v1/reasons/pause-must-preserve-israeli-leverage",
         *           "forType": "response",
         *           "forId": "israel-rejects-hamas-amendments",
         *           "answersDemandId": null,
         *           "summary": "The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.",
         *               "start": 2296,
         *               "end": 2461,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "israel",
         *                 "label": "The Israeli government"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        Response: {
            id: string;
            /** @description Where the API serves this record: `/v1/{collection}/{id}`. */
            href: string;
            /** @description The responding party. */
            partyId: string;
            /** @description Who responded for the party, when the source says. */
            actorId: string | null;
            /** @description The proposal the response concerns, if any. */
            proposalId: string | null;
            stance: components["schemas"]["Stance"];
            /** @description Whether sources of the same date disagree on this record’s state; `GET …/history` shows each. */
            contested: boolean;
            /** @description The responder’s own characterisation, verbatim (e.g. "unacceptable"); null when none is quoted. */
            wording: string | null;
            summary: string;
            /** @description When the response was issued; null when the source does not say. */
            issuedOn: string | null;
            issuedOnPrecision: components["schemas"]["DatePrecision"];
            /** @description The demands this response answers, each with its own stance. */
            answers: components["schemas"]["Answer"][];
            /** @description Demands the response makes its stance depend on: the conditions of a conditional acceptance. */
            conditions: string[];
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
            /** @description The reasons given for the response: who gave each, and the demand it answers when it answers one. */
            reasons: components["schemas"]["Reason"][];
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
         *           "href": "/v1/responses/israel-rejects-hamas-amendments",
         *           "partyId": "israel",
         *           "actorId": "netanyahus-office",
         *           "proposalId": "truce-framework",
         *           "stance": "rejects",
         *           "contested": false,
         *           "wording": "unacceptable",
         *           "summary": "Following the high-level security meeting, Netanyahu’s office issued a statement rejecting the proposed amendments to the deal submitted by Hamas, labelling them as unacceptable; the report adds that Israeli officials have firmly opposed these proposed changes.",
         *           "issuedOn": null,
         *           "issuedOnPrecision": "unknown",
         *           "answers": [
         *             {
         *               "demandId": "immediate-talks-on-ending-the-war",
         *               "stance": "rejects",
         *               "scope": "unspecified",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *                   "start": 264,
         *                   "end": 417,
         *                   "attributedTo": {
         *                     "kind": "actor",
         *                     "id": "netanyahus-office",
         *                     "label": "Netanyahu’s office"
         *                   },
         *                   "reporting": "paraphrase",
         *                   "hedges": []
         *                 },
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Israeli officials have firmly opposed these proposed changes.",
         *                   "start": 2030,
         *                   "end": 2091,
         *                   "attributedTo": {
         *                     "kind": "unnamed",
         *                     "id": "israel",
         *                     "label": "Israeli officials"
         *                   },
         *                   "reporting": "paraphrase",
         *                   "hedges": []
         *                 }
         *               ]
         *             },
         *             {
         *               "demandId": "aid-through-pre-existing-channels",
         *               "stance": "rejects",
         *               "scope": "unspecified",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *                   "start": 264,
         *                   "end": 417,
         *                   "attributedTo": {
         *                     "kind": "actor",
         *                     "id": "netanyahus-office",
         *                     "label": "Netanyahu’s office"
         *                   },
         *                   "reporting": "paraphrase",
         *                   "hedges": []
         *                 },
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Israeli officials have firmly opposed these proposed changes.",
         *                   "start": 2030,
         *                   "end": 2091,
         *                   "attributedTo": {
         *                     "kind": "unnamed",
         *                     "id": "israel",
         *                     "label": "Israeli officials"
         *                   },
         *                   "reporting": "paraphrase",
         *                   "hedges": []
         *                 }
         *               ]
         *             },
         *             {
         *               "demandId": "limits-on-israeli-forces-in-gaza",
         *               "stance": "rejects",
         *               "scope": "unspecified",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *                   "start": 264,
         *                   "end": 417,
         *                   "attributedTo": {
         *                     "kind": "actor",
         *                     "id": "netanyahus-office",
         *                     "label": "Netanyahu’s office"
         *                   },
         *                   "reporting": "paraphrase",
         *                   "hedges": []
         *                 },
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Israeli officials have firmly opposed these proposed changes.",
         *                   "start": 2030,
         *                   "end": 2091,
         *                   "attributedTo": {
         *                     "kind": "unnamed",
         *                     "id": "israel",
         *                     "label": "Israeli officials"
         *                   },
         *                   "reporting": "paraphrase",
         *                   "hedges": []
         *                 }
         *               ]
         *             }
         *           ],
         *           "conditions": [],
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *               "start": 264,
         *               "end": 417,
         *               "attributedTo": {
         *                 "kind": "actor",
         *                 "id": "netanyahus-office",
         *                 "label": "Netanyahu’s office"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Israeli officials have firmly opposed these proposed changes.",
         *               "start": 2030,
         *               "end": 2091,
         *               "attributedTo": {
         *                 "kind": "unnamed",
         *                 "id": "israel",
         *                 "label": "Israeli officials"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z",
         *           "reasons": [
         *             {
         *               "id": "immediate-talks-would-undermine-israeli-security",
         *               "href": "/v1/reasons/immediate-talks-would-undermine-israeli-security",
         *               "forType": "response",
         *               "forId": "israel-rejects-hamas-amendments",
         *               "answersDemandId": "immediate-talks-on-ending-the-war",
         *               "summary": "Israeli officials argue that immediate discussions on permanently ending the war would undermine their security objectives.",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "They argue that immediate discussions on permanently ending the war would undermine their security objectives",
         *                   "start": 2092,
         *                   "end": 2201,
         *                   "attributedTo": {
         *                     "kind": "unnamed",
         *                     "id": "israel",
         *                     "label": "Israeli officials"
         *                   },
         *                   "reporting": "paraphrase",
         *                   "hedges": []
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             },
         *             {
         *               "id": "hamas-demands-could-create-loopholes",
         *               "href": "/v1/reasons/hamas-demands-could-create-loopholes",
         *               "forType": "response",
         *               "forId": "israel-rejects-hamas-amendments",
         *               "answersDemandId": null,
         *               "summary": "Israeli officials argue that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal.",
         *                   "start": 2202,
         *                   "end": 2295,
         *                   "attributedTo": {
         *                     "kind": "unnamed",
         *                     "id": "israel",
         *                     "label": "Israeli officials"
         *                   },
         *                   "reporting": "paraphrase",
         *                   "hedges": [
         *                     "could"
         *                   ]
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             },
         *             {
         *               "id": "pause-must-preserve-israeli-leverage",
         *               "href": "/v1/reasons/pause-must-preserve-israeli-leverage",
         *               "forType": "response",
         *               "forId": "israel-rejects-hamas-amendments",
         *               "answersDemandId": null,
         *               "summary": "The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.",
         *                   "start": 2296,
         *                   "end": 2461,
         *                   "attributedTo": {
         *                     "kind": "party",
         *                     "id": "israel",
         *                     "label": "The Israeli government"
         *                   },
         *                   "reporting": "paraphrase",
         *                   "hedges": []
         *                 }
         *               ],
         *               "createdAt": "2026-11-25T12:00:00.000Z",
         *               "updatedAt": "2026-11-25T12:00:00.000Z"
         *             }
         *           ]
         *         },
         *         {
         *           "id": "hamas-approves-framework-with-amendments",
         *           "href": "/v1/responses/hamas-approves-framework-with-amendments",
         *           "partyId": "hamas",
         *           "actorId": null,
         *           "proposalId": "truce-framework",
         *           "stance": "accepts-with-conditions",
         *           "contested": false,
         *           "wording": null,
         *           "summary": "Hamas has expressed general approval of the framework for the deal but is pushing for three significant amendments, recorded as its conditions.",
         *           "issuedOn": null,
         *           "issuedOnPrecision": "unknown",
         *           "answers": [],
         *           "conditions": [
         *             "immediate-talks-on-ending-the-war",
         *             "aid-through-pre-existing-channels",
         *             "limits-on-israeli-forces-in-gaza"
         *           ],
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Meanwhile, Hamas has expressed general approval of the framework for the deal but is pushing for three significant amendments.",
         *               "start": 838,
         *               "end": 964,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "hamas",
         *                 "label": "Hamas"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z",
         *           "reasons": []
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
        /** @description A participating party embedded in a meeting; its actors only when asked. */
        IncludedParty: {
            id: string;
            /** @description Where the API serves this record: `/v1/{collection}/{id}`. */
            href: string;
            name: string;
            /**
             * @description What sort of actor the party is.
             * @enum {string}
             */
            kind: "state" | "armed-group" | "organisation" | "intergovernmental-body" | "other";
            /** @description Its part in the talks: `negotiating-party`, `mediator`, `host`, `guarantor`, or `subject` (what a demand is about, like the Gaza Humanitarian Foundation). */
            roles: ("negotiating-party" | "mediator" | "host" | "guarantor" | "subject")[];
            description: string | null;
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
            /** @description Every actor of the party, with `include=parties.actors` (the participating ones: `include=actors`). */
            actors?: components["schemas"]["Actor"][];
        };
        /**
         * @description A meeting where the negotiation is discussed.
         * @example {
         *       "id": "washington-meeting",
         *       "href": "/v1/meetings/washington-meeting",
         *       "title": "Netanyahu’s meeting with the US president in Washington",
         *       "kind": "bilateral-meeting",
         *       "status": "planned",
         *       "contested": false,
         *       "location": "Washington, DC",
         *       "startsOn": null,
         *       "startsOnPrecision": "unknown",
         *       "purpose": "A meeting with the US president; the reporter suggests that it and the Doha trip show Israel looking to engage key international partners.",
         *       "hostPartyId": "united-states",
         *       "participants": [
         *         {
         *           "partyId": "israel",
         *           "actorId": "benjamin-netanyahu",
         *           "role": "participant",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
         *               "start": 624,
         *               "end": 704,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             }
         *           ]
         *         },
         *         {
         *           "partyId": "united-states",
         *           "actorId": "us-president",
         *           "role": "host",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
         *               "start": 624,
         *               "end": 704,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             }
         *           ]
         *         }
         *       ],
         *       "agenda": [
         *         {
         *           "type": "proposal",
         *           "id": "truce-framework",
         *           "href": "/v1/proposals/truce-framework",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "The upcoming diplomatic efforts in Doha and Washington may be pivotal in determining whether the ceasefire plan can be salvaged",
         *               "start": 2616,
         *               "end": 2743,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": [
         *                 "may"
         *               ]
         *             }
         *           ]
         *         }
         *       ],
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "coinciding with Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
         *           "start": 608,
         *           "end": 704,
         *           "attributedTo": {
         *             "kind": "reporter",
         *             "id": null,
         *             "label": null
         *           },
         *           "reporting": "reporter-analysis",
         *           "hedges": []
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.",
         *           "start": 706,
         *           "end": 837,
         *           "attributedTo": {
         *             "kind": "reporter",
         *             "id": null,
         *             "label": null
         *           },
         *           "reporting": "reporter-analysis",
         *           "hedges": [
         *             "suggest"
         *           ]
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        Meeting: {
            id: string;
            /** @description Where the API serves this record: `/v1/{collection}/{id}`. */
            href: string;
            title: string;
            /** @enum {string} */
            kind: "security-meeting" | "negotiation-round" | "bilateral-meeting" | "other";
            /**
             * @description `held` has happened; `scheduled` has a set occasion; `planned` is intended. As the latest source says.
             * @enum {string}
             */
            status: "planned" | "scheduled" | "held" | "postponed" | "cancelled";
            /** @description Whether sources of the same date disagree on this record’s state; `GET …/history` shows each. */
            contested: boolean;
            /** @description Where the meeting takes place; null when the source does not say. */
            location: string | null;
            /** @description When the meeting takes place; null when the source does not say. */
            startsOn: string | null;
            startsOnPrecision: components["schemas"]["DatePrecision"];
            purpose: string | null;
            /** @description The party hosting the meeting; null when the source does not say. */
            hostPartyId: string | null;
            participants: components["schemas"]["Participant"][];
            /** @description The issues and proposals the meeting discusses, as the sources say. */
            agenda: components["schemas"]["AgendaItem"][];
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
            /** @description The participating parties; with `include=parties` (or `include=parties.actors`). */
            parties?: components["schemas"]["IncludedParty"][];
            /** @description The participating actors; with `include=actors`. */
            actors?: components["schemas"]["Actor"][];
        };
        /**
         * @description A page of Meeting records.
         * @example {
         *       "items": [
         *         {
         *           "id": "israeli-security-meeting",
         *           "href": "/v1/meetings/israeli-security-meeting",
         *           "title": "High-level security meeting",
         *           "kind": "security-meeting",
         *           "status": "held",
         *           "contested": false,
         *           "location": null,
         *           "startsOn": null,
         *           "startsOnPrecision": "unknown",
         *           "purpose": "To discuss the latest developments in the truce framework.",
         *           "hostPartyId": null,
         *           "participants": [
         *             {
         *               "partyId": "israel",
         *               "actorId": "benjamin-netanyahu",
         *               "role": "participant",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Prime Minister Benjamin Netanyahu met with top security officials and cabinet members to discuss the latest developments in the truce framework.",
         *                   "start": 119,
         *                   "end": 263,
         *                   "attributedTo": {
         *                     "kind": "reporter",
         *                     "id": null,
         *                     "label": null
         *                   },
         *                   "reporting": "reporter-analysis",
         *                   "hedges": []
         *                 }
         *               ]
         *             },
         *             {
         *               "partyId": "israel",
         *               "actorId": "israeli-security-officials",
         *               "role": "participant",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "met with top security officials and cabinet members",
         *                   "start": 153,
         *                   "end": 204,
         *                   "attributedTo": {
         *                     "kind": "reporter",
         *                     "id": null,
         *                     "label": null
         *                   },
         *                   "reporting": "reporter-analysis",
         *                   "hedges": []
         *                 }
         *               ]
         *             },
         *             {
         *               "partyId": "israel",
         *               "actorId": "israeli-cabinet-members",
         *               "role": "participant",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "met with top security officials and cabinet members",
         *                   "start": 153,
         *                   "end": 204,
         *                   "attributedTo": {
         *                     "kind": "reporter",
         *                     "id": null,
         *                     "label": null
         *                   },
         *                   "reporting": "reporter-analysis",
         *                   "hedges": []
         *                 }
         *               ]
         *             }
         *           ],
         *           "agenda": [
         *             {
         *               "type": "proposal",
         *               "id": "truce-framework",
         *               "href": "/v1/proposals/truce-framework",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "to discuss the latest developments in the truce framework",
         *                   "start": 205,
         *                   "end": 262,
         *                   "attributedTo": {
         *                     "kind": "reporter",
         *                     "id": null,
         *                     "label": null
         *                   },
         *                   "reporting": "reporter-analysis",
         *                   "hedges": []
         *                 }
         *               ]
         *             }
         *           ],
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Israel has concluded a high-level security meeting",
         *               "start": 0,
         *               "end": 50,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Prime Minister Benjamin Netanyahu met with top security officials and cabinet members to discuss the latest developments in the truce framework.",
         *               "start": 119,
         *               "end": 263,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "doha-talks",
         *           "href": "/v1/meetings/doha-talks",
         *           "title": "Talks in Doha",
         *           "kind": "negotiation-round",
         *           "status": "scheduled",
         *           "contested": false,
         *           "location": "Doha",
         *           "startsOn": null,
         *           "startsOnPrecision": "unknown",
         *           "purpose": "Further discussions in the ceasefire negotiations.",
         *           "hostPartyId": null,
         *           "participants": [
         *             {
         *               "partyId": "israel",
         *               "actorId": "israeli-delegation",
         *               "role": "participant",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "The Israeli delegation is scheduled to travel to Doha for further discussions",
         *                   "start": 529,
         *                   "end": 606,
         *                   "attributedTo": {
         *                     "kind": "reporter",
         *                     "id": null,
         *                     "label": null
         *                   },
         *                   "reporting": "reporter-analysis",
         *                   "hedges": []
         *                 }
         *               ]
         *             }
         *           ],
         *           "agenda": [
         *             {
         *               "type": "proposal",
         *               "id": "truce-framework",
         *               "href": "/v1/proposals/truce-framework",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "The upcoming diplomatic efforts in Doha and Washington may be pivotal in determining whether the ceasefire plan can be salvaged",
         *                   "start": 2616,
         *                   "end": 2743,
         *                   "attributedTo": {
         *                     "kind": "reporter",
         *                     "id": null,
         *                     "label": null
         *                   },
         *                   "reporting": "reporter-analysis",
         *                   "hedges": [
         *                     "may"
         *                   ]
         *                 }
         *               ]
         *             }
         *           ],
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "The Israeli delegation is scheduled to travel to Doha for further discussions",
         *               "start": 529,
         *               "end": 606,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "The upcoming diplomatic efforts in Doha",
         *               "start": 2616,
         *               "end": 2655,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "washington-meeting",
         *           "href": "/v1/meetings/washington-meeting",
         *           "title": "Netanyahu’s meeting with the US president in Washington",
         *           "kind": "bilateral-meeting",
         *           "status": "planned",
         *           "contested": false,
         *           "location": "Washington, DC",
         *           "startsOn": null,
         *           "startsOnPrecision": "unknown",
         *           "purpose": "A meeting with the US president; the reporter suggests that it and the Doha trip show Israel looking to engage key international partners.",
         *           "hostPartyId": "united-states",
         *           "participants": [
         *             {
         *               "partyId": "israel",
         *               "actorId": "benjamin-netanyahu",
         *               "role": "participant",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
         *                   "start": 624,
         *                   "end": 704,
         *                   "attributedTo": {
         *                     "kind": "reporter",
         *                     "id": null,
         *                     "label": null
         *                   },
         *                   "reporting": "reporter-analysis",
         *                   "hedges": []
         *                 }
         *               ]
         *             },
         *             {
         *               "partyId": "united-states",
         *               "actorId": "us-president",
         *               "role": "host",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
         *                   "start": 624,
         *                   "end": 704,
         *                   "attributedTo": {
         *                     "kind": "reporter",
         *                     "id": null,
         *                     "label": null
         *                   },
         *                   "reporting": "reporter-analysis",
         *                   "hedges": []
         *                 }
         *               ]
         *             }
         *           ],
         *           "agenda": [
         *             {
         *               "type": "proposal",
         *               "id": "truce-framework",
         *               "href": "/v1/proposals/truce-framework",
         *               "evidence": [
         *                 {
         *                   "sourceId": "ceasefire-talks-report",
         *                   "quote": "The upcoming diplomatic efforts in Doha and Washington may be pivotal in determining whether the ceasefire plan can be salvaged",
         *                   "start": 2616,
         *                   "end": 2743,
         *                   "attributedTo": {
         *                     "kind": "reporter",
         *                     "id": null,
         *                     "label": null
         *                   },
         *                   "reporting": "reporter-analysis",
         *                   "hedges": [
         *                     "may"
         *                   ]
         *                 }
         *               ]
         *             }
         *           ],
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "coinciding with Netanyahu’s planned visit to Washington, DC, for a meeting with the US president",
         *               "start": 608,
         *               "end": 704,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.",
         *               "start": 706,
         *               "end": 837,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": [
         *                 "suggest"
         *               ]
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
         * @description The service can take traffic: its database is present, migrated, readable and writable.
         * @example {
         *       "status": "ready",
         *       "checks": {
         *         "file": "ok",
         *         "migrations": "ok",
         *         "read": "ok",
         *         "writeLock": "ok"
         *       }
         *     }
         */
        Readiness: {
            /** @constant */
            status: "ready";
            checks: {
                /**
                 * @description The database file is present.
                 * @constant
                 */
                file: "ok";
                /**
                 * @description Every migration is applied.
                 * @constant
                 */
                migrations: "ok";
                /**
                 * @description A read succeeds.
                 * @constant
                 */
                read: "ok";
                /**
                 * @description The write lock can be taken within a short bound.
                 * @constant
                 */
                writeLock: "ok";
            };
        };
        /** @description What one source says of a record. */
        SourceReport: {
            source: {
                id: string;
                title: string | null;
                publisher: string | null;
                kind: ("news-report" | "official-statement" | "transcript" | "analysis" | "other") | null;
                publishedOn: string | null;
                /** @enum {string} */
                publishedOnPrecision: "day" | "month" | "year" | "unknown";
            };
            /** @description The state this source gives the record; null when it gives none. */
            value: string | null;
            /** @description What this source says of the record. */
            evidence: components["schemas"]["Evidence"][];
        };
        /**
         * @description What each source said of a record over time; the current state follows the latest source and no earlier one is dropped.
         * @example {
         *       "type": "meeting",
         *       "id": "doha-talks",
         *       "field": "status",
         *       "value": "scheduled",
         *       "contested": false,
         *       "reports": [
         *         {
         *           "source": {
         *             "id": "ceasefire-talks-report",
         *             "title": null,
         *             "publisher": null,
         *             "kind": "news-report",
         *             "publishedOn": null,
         *             "publishedOnPrecision": "unknown"
         *           },
         *           "value": "scheduled",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "The Israeli delegation is scheduled to travel to Doha for further discussions",
         *               "start": 529,
         *               "end": 606,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "The upcoming diplomatic efforts in Doha",
         *               "start": 2616,
         *               "end": 2655,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": []
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        RecordHistory: {
            /** @enum {string} */
            type: "demand" | "proposal" | "meeting" | "response";
            id: string;
            /** @description The state the sources report: `status`, or `stance` for a response. */
            field: string;
            /** @description The state now: what the latest source gives. */
            value: string;
            /** @description Whether sources of the same date disagree on this record’s state; `GET …/history` shows each. */
            contested: boolean;
            /** @description Every source that cites the record, earliest first. */
            reports: components["schemas"]["SourceReport"][];
        };
        /** @description One change to a record, as the database recorded it. */
        Revision: {
            /** @description The revision; the change feed’s id for it. */
            id: number;
            /** @enum {string} */
            type: "source" | "party" | "actor" | "issue" | "proposal" | "demand" | "response" | "meeting" | "reason" | "statement";
            recordId: string;
            href: string;
            /** @enum {string} */
            action: "create" | "update" | "delete";
            /** @description The name of the key that made the change (or `import`/`migration`). */
            actor: string;
            /** @description When the database recorded it. */
            recordedAt: string;
            /** @description The stored record before; null when created. */
            before: {
                [key: string]: unknown;
            } | null;
            /** @description The stored record after; null when deleted. */
            after: {
                [key: string]: unknown;
            } | null;
        };
        /** @description Where to start with the API. */
        Home: {
            name: string;
            version: string;
            description: string;
            /** @description Where to start: the docs, the OpenAPI document, the health check. */
            links: {
                rel?: string;
                href: string;
                title: string;
            }[];
            /** @description The README’s one-minute tour, request by request. */
            tour: {
                rel?: string;
                href: string;
                title: string;
            }[];
            /** @description Where the README’s tour is, in the project. */
            readme: string;
        };
        /** @description What an import added. */
        ImportResult: {
            sourceId: string;
            /** @description How many rows of each kind the import added; none when imported before. */
            added: {
                [key: string]: number;
            };
        };
        /** @description An API key, without the key. */
        ApiKey: {
            id: number;
            name: string;
            /** @enum {string} */
            role: "reader" | "editor" | "admin";
            /** @description The key’s first characters, to tell keys apart; the key itself is never shown again. */
            prefix: string;
            createdAt: string;
            revokedAt: string | null;
        };
        /**
         * @description A party’s stance, in the one stance vocabulary: `demands` (its own demand, still pressed) or `withdrew`, or its latest answer: `accepts`, `accepts-with-conditions`, `rejects`, `counters`, `considering`. `towards` says what the stance is on.
         * @enum {string}
         */
        PositionStance: "demands" | "withdrew" | "accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering";
        /** @description What positions are on: an issue, or a proposal. */
        Topic: {
            /**
             * @description An `issue` at stake, or a `proposal` on the table.
             * @enum {string}
             */
            type: "issue" | "proposal";
            id: string;
            /** @description Where the issue or proposal is served. */
            href: string;
            title: string;
        };
        /** @description What a stance is towards: a demand (and whose) or a proposal. */
        PositionTarget: {
            /** @enum {string} */
            type: "demand" | "proposal";
            id: string;
            href: string;
            title: string;
            /** @description Whose demand it is (or who tabled the proposal, when known). */
            partyId: string | null;
        };
        /** @description A record a position is derived from; its quotes are in the answer’s `quotes`, under its `href`. */
        PositionBasis: {
            /** @enum {string} */
            type: "demand" | "response";
            id: string;
            /** @description Where the record is served. */
            href: string;
            stance: components["schemas"]["PositionStance"];
            date: string | null;
            datePrecision: components["schemas"]["DatePrecision"];
        };
        /** @description Where one party currently stands on one topic. */
        Position: {
            partyId: string;
            stance: components["schemas"]["PositionStance"];
            /** @description What the stance is towards: Israel `rejects` Hamas’s demand, not the end of the war. */
            towards: components["schemas"]["PositionTarget"][];
            /** @description The records behind the current stance, the decisive (latest) one first; at most 10, see `basisCount`. */
            basis: components["schemas"]["PositionBasis"][];
            /** @description How many records support the current stance. */
            basisCount: number;
            /** @description How many of the party’s demands and responses concern the topic, whatever their stance. */
            recordCount: number;
        };
        /** @description The quotes behind every basis record in the answer, once per record, keyed by the record’s `href`: a response that answers demands on several issues backs a position on each, and its quotes appear here once. */
        PositionQuotes: {
            [key: string]: components["schemas"]["Evidence"][];
        };
        /**
         * @description Every party’s current stance on one issue or proposal.
         * @example {
         *       "topic": {
         *         "type": "issue",
         *         "id": "ending-the-war",
         *         "href": "/v1/issues/ending-the-war",
         *         "title": "Ending the war"
         *       },
         *       "positions": [
         *         {
         *           "partyId": "hamas",
         *           "stance": "demands",
         *           "towards": [
         *             {
         *               "type": "demand",
         *               "id": "immediate-talks-on-ending-the-war",
         *               "href": "/v1/demands/immediate-talks-on-ending-the-war",
         *               "title": "Immediate talks on ending the war",
         *               "partyId": "hamas"
         *             }
         *           ],
         *           "basis": [
         *             {
         *               "type": "demand",
         *               "id": "immediate-talks-on-ending-the-war",
         *               "href": "/v1/demands/immediate-talks-on-ending-the-war",
         *               "stance": "demands",
         *               "date": null,
         *               "datePrecision": "unknown"
         *             }
         *           ],
         *           "basisCount": 1,
         *           "recordCount": 1
         *         },
         *         {
         *           "partyId": "israel",
         *           "stance": "rejects",
         *           "towards": [
         *             {
         *               "type": "demand",
         *               "id": "immediate-talks-on-ending-the-war",
         *               "href": "/v1/demands/immediate-talks-on-ending-the-war",
         *               "title": "Immediate talks on ending the war",
         *               "partyId": "hamas"
         *             }
         *           ],
         *           "basis": [
         *             {
         *               "type": "response",
         *               "id": "israel-rejects-hamas-amendments",
         *               "href": "/v1/responses/israel-rejects-hamas-amendments",
         *               "stance": "rejects",
         *               "date": null,
         *               "datePrecision": "unknown"
         *             }
         *           ],
         *           "basisCount": 1,
         *           "recordCount": 1
         *         }
         *       ]
         *     }
         */
        TopicPositions: {
            topic: components["schemas"]["Topic"];
            /** @description One entry per party with a demand or a response on the topic. */
            positions: components["schemas"]["Position"][];
        };
        /**
         * @description Every party’s current stance on one issue or proposal, with the quotes behind them.
         * @example {
         *       "topic": {
         *         "type": "issue",
         *         "id": "ending-the-war",
         *         "href": "/v1/issues/ending-the-war",
         *         "title": "Ending the war"
         *       },
         *       "positions": [
         *         {
         *           "partyId": "hamas",
         *           "stance": "demands",
         *           "towards": [
         *             {
         *               "type": "demand",
         *               "id": "immediate-talks-on-ending-the-war",
         *               "href": "/v1/demands/immediate-talks-on-ending-the-war",
         *               "title": "Immediate talks on ending the war",
         *               "partyId": "hamas"
         *             }
         *           ],
         *           "basis": [
         *             {
         *               "type": "demand",
         *               "id": "immediate-talks-on-ending-the-war",
         *               "href": "/v1/demands/immediate-talks-on-ending-the-war",
         *               "stance": "demands",
         *               "date": null,
         *               "datePrecision": "unknown"
         *             }
         *           ],
         *           "basisCount": 1,
         *           "recordCount": 1
         *         },
         *         {
         *           "partyId": "israel",
         *           "stance": "rejects",
         *           "towards": [
         *             {
         *               "type": "demand",
         *               "id": "immediate-talks-on-ending-the-war",
         *               "href": "/v1/demands/immediate-talks-on-ending-the-war",
         *               "title": "Immediate talks on ending the war",
         *               "partyId": "hamas"
         *             }
         *           ],
         *           "basis": [
         *             {
         *               "type": "response",
         *               "id": "israel-rejects-hamas-amendments",
         *               "href": "/v1/responses/israel-rejects-hamas-amendments",
         *               "stance": "rejects",
         *               "date": null,
         *               "datePrecision": "unknown"
         *             }
         *           ],
         *           "basisCount": 1,
         *           "recordCount": 1
         *         }
         *       ],
         *       "quotes": {
         *         "/v1/demands/immediate-talks-on-ending-the-war": [
         *           {
         *             "sourceId": "ceasefire-talks-report",
         *             "quote": "First, the group wants immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude.",
         *             "start": 965,
         *             "end": 1097,
         *             "attributedTo": {
         *               "kind": "party",
         *               "id": "hamas",
         *               "label": "the group"
         *             },
         *             "reporting": "paraphrase",
         *             "hedges": []
         *           },
         *           {
         *             "sourceId": "ceasefire-talks-report",
         *             "quote": "but is pushing for three significant amendments",
         *             "start": 916,
         *             "end": 963,
         *             "attributedTo": {
         *               "kind": "party",
         *               "id": "hamas",
         *               "label": "Hamas"
         *             },
         *             "reporting": "paraphrase",
         *             "hedges": []
         *           }
         *         ],
         *         "/v1/responses/israel-rejects-hamas-amendments": [
         *           {
         *             "sourceId": "ceasefire-talks-report",
         *             "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *             "start": 264,
         *             "end": 417,
         *             "attributedTo": {
         *               "kind": "actor",
         *               "id": "netanyahus-office",
         *               "label": "Netanyahu’s office"
         *             },
         *             "reporting": "paraphrase",
         *             "hedges": []
         *           },
         *           {
         *             "sourceId": "ceasefire-talks-report",
         *             "quote": "Israeli officials have firmly opposed these proposed changes.",
         *             "start": 2030,
         *             "end": 2091,
         *             "attributedTo": {
         *               "kind": "unnamed",
         *               "id": "israel",
         *               "label": "Israeli officials"
         *             },
         *             "reporting": "paraphrase",
         *             "hedges": []
         *           }
         *         ]
         *       }
         *     }
         */
        TopicPositionsWithQuotes: {
            topic: components["schemas"]["Topic"];
            /** @description One entry per party with a demand or a response on the topic. */
            positions: components["schemas"]["Position"][];
            quotes: components["schemas"]["PositionQuotes"];
        };
        /**
         * @description A page of TopicPositions records.
         * @example {
         *       "items": [
         *         {
         *           "topic": {
         *             "type": "issue",
         *             "id": "ending-the-war",
         *             "href": "/v1/issues/ending-the-war",
         *             "title": "Ending the war"
         *           },
         *           "positions": [
         *             {
         *               "partyId": "hamas",
         *               "stance": "demands",
         *               "towards": [
         *                 {
         *                   "type": "demand",
         *                   "id": "immediate-talks-on-ending-the-war",
         *                   "href": "/v1/demands/immediate-talks-on-ending-the-war",
         *                   "title": "Immediate talks on ending the war",
         *                   "partyId": "hamas"
         *                 }
         *               ],
         *               "basis": [
         *                 {
         *                   "type": "demand",
         *                   "id": "immediate-talks-on-ending-the-war",
         *                   "href": "/v1/demands/immediate-talks-on-ending-the-war",
         *                   "stance": "demands",
         *                   "date": null,
         *                   "datePrecision": "unknown"
         *                 }
         *               ],
         *               "basisCount": 1,
         *               "recordCount": 1
         *             },
         *             {
         *               "partyId": "israel",
         *               "stance": "rejects",
         *               "towards": [
         *                 {
         *                   "type": "demand",
         *                   "id": "immediate-talks-on-ending-the-war",
         *                   "href": "/v1/demands/immediate-talks-on-ending-the-war",
         *                   "title": "Immediate talks on ending the war",
         *                   "partyId": "hamas"
         *                 }
         *               ],
         *               "basis": [
         *                 {
         *                   "type": "response",
         *                   "id": "israel-rejects-hamas-amendments",
         *                   "href": "/v1/responses/israel-rejects-hamas-amendments",
         *                   "stance": "rejects",
         *                   "date": null,
         *                   "datePrecision": "unknown"
         *                 }
         *               ],
         *               "basisCount": 1,
         *               "recordCount": 1
         *             }
         *           ]
         *         }
         *       ],
         *       "nextCursor": null,
         *       "quotes": {
         *         "/v1/demands/immediate-talks-on-ending-the-war": [
         *           {
         *             "sourceId": "ceasefire-talks-report",
         *             "quote": "First, the group wants immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude.",
         *             "start": 965,
         *             "end": 1097,
         *             "attributedTo": {
         *               "kind": "party",
         *               "id": "hamas",
         *               "label": "the group"
         *             },
         *             "reporting": "paraphrase",
         *             "hedges": []
         *           },
         *           {
         *             "sourceId": "ceasefire-talks-report",
         *             "quote": "but is pushing for three significant amendments",
         *             "start": 916,
         *             "end": 963,
         *             "attributedTo": {
         *               "kind": "party",
         *               "id": "hamas",
         *               "label": "Hamas"
         *             },
         *             "reporting": "paraphrase",
         *             "hedges": []
         *           }
         *         ],
         *         "/v1/responses/israel-rejects-hamas-amendments": [
         *           {
         *             "sourceId": "ceasefire-talks-report",
         *             "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *             "start": 264,
         *             "end": 417,
         *             "attributedTo": {
         *               "kind": "actor",
         *               "id": "netanyahus-office",
         *               "label": "Netanyahu’s office"
         *             },
         *             "reporting": "paraphrase",
         *             "hedges": []
         *           },
         *           {
         *             "sourceId": "ceasefire-talks-report",
         *             "quote": "Israeli officials have firmly opposed these proposed changes.",
         *             "start": 2030,
         *             "end": 2091,
         *             "attributedTo": {
         *               "kind": "unnamed",
         *               "id": "israel",
         *               "label": "Israeli officials"
         *             },
         *             "reporting": "paraphrase",
         *             "hedges": []
         *           }
         *         ]
         *       }
         *     }
         */
        TopicPositionsPage: {
            items: components["schemas"]["TopicPositions"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Records matching the filters, across all pages; present with `count=true`. */
            total?: number;
            quotes: components["schemas"]["PositionQuotes"];
        };
        /**
         * @description A record matching a search, with highlighted excerpts.
         * @example {
         *       "type": "statement",
         *       "id": "calls-for-release-of-captives",
         *       "href": "/v1/statements/calls-for-release-of-captives",
         *       "title": "Calls for the release of captives",
         *       "score": 7,
         *       "matches": [
         *         {
         *           "field": "title",
         *           "snippet": "Calls for the release of <mark>captives</mark>"
         *         },
         *         {
         *           "field": "summary",
         *           "snippet": "Calls for the release of <mark>captives</mark> are one of the factors the report says has added…"
         *         },
         *         {
         *           "field": "quote",
         *           "snippet": "calls for the release of <mark>captives</mark>"
         *         }
         *       ]
         *     }
         */
        SearchHit: {
            /**
             * @description The kind of record the hit belongs to.
             * @enum {string}
             */
            type: "party" | "actor" | "issue" | "proposal" | "demand" | "response" | "meeting" | "reason" | "statement" | "source";
            id: string;
            /** @description Where the record is served. */
            href: string;
            /** @description The record’s title, name or summary. */
            title: string;
            /** @description Where the best field matched, higher first: 4 when every word matches whole (not only as the beginning of a longer word), plus 3 for a title or name, 2 another descriptive field, 1 an evidence quote, 0 a source’s full text. */
            score: number;
            /** @description The record’s matching fields the search read, best first. */
            matches: {
                /** @description The field that matched: `title`, `summary`, …, `quote` for an evidence quote, or `text` for a source’s full text. */
                field: string;
                /** @description In a source’s full text: where the first match starts. */
                start?: number;
                /** @description In a source’s full text: just past the first match. */
                end?: number;
                /** @description An excerpt with the matching terms wrapped in `<mark>`…`</mark>`; the rest is plain text, not HTML. */
                snippet: string;
            }[];
        };
        /**
         * @description Records matching a search, most relevant first.
         * @example {
         *       "items": [
         *         {
         *           "type": "statement",
         *           "id": "calls-for-release-of-captives",
         *           "href": "/v1/statements/calls-for-release-of-captives",
         *           "title": "Calls for the release of captives",
         *           "score": 7,
         *           "matches": [
         *             {
         *               "field": "title",
         *               "snippet": "Calls for the release of <mark>captives</mark>"
         *             },
         *             {
         *               "field": "summary",
         *               "snippet": "Calls for the release of <mark>captives</mark> are one of the factors the report says has added…"
         *             },
         *             {
         *               "field": "quote",
         *               "snippet": "calls for the release of <mark>captives</mark>"
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
         *       "href": "/v1/sources/ceasefire-talks-report",
         *       "title": null,
         *       "publisher": null,
         *       "url": null,
         *       "publishedOn": null,
         *       "publishedOnPrecision": "unknown",
         *       "kind": "news-report",
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        SourceSummary: {
            id: string;
            /** @description Where the API serves this record: `/v1/{collection}/{id}`. */
            href: string;
            /** @description The headline; null when the copy held has none. */
            title: string | null;
            publisher: string | null;
            url: string | null;
            /** @description Publication date; null when unknown. */
            publishedOn: string | null;
            publishedOnPrecision: components["schemas"]["DatePrecision"];
            /** @description `news-report`, `official-statement`, `transcript`, `analysis` or `other`; null when unknown. */
            kind: ("news-report" | "official-statement" | "transcript" | "analysis" | "other") | null;
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
        };
        /**
         * @description A document every fact is quoted from, with its full text.
         * @example {
         *       "id": "ceasefire-talks-report",
         *       "href": "/v1/sources/ceasefire-talks-report",
         *       "title": null,
         *       "publisher": null,
         *       "url": null,
         *       "publishedOn": null,
         *       "publishedOnPrecision": "unknown",
         *       "kind": "news-report",
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z",
         *       "text": "Israel has concluded a high-level security meeting amid ongoing negotiations for a possible ceasefire deal with Hamas. Prime Minister Benjamin Netanyahu met with top security officials and cabinet members to discuss the latest developments in the truce framework. Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.\nDespite the rejection, Israel has indicated it will continue to pursue momentum in the ceasefire negotiations. The Israeli delegation is scheduled to travel to Doha for further discussions, coinciding with Netanyahu’s planned visit to Washington, DC, for a meeting with the US president. Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.\nMeanwhile, Hamas has expressed general approval of the framework for the deal but is pushing for three significant amendments. First, the group wants immediate talks on ending the war, rather than waiting for the proposed 60-day pause in fighting to conclude. Hamas views this as crucial for establishing long-term peace and ensuring that a temporary ceasefire leads to a broader resolution.\nSecondly, Hamas is demanding that humanitarian aid distribution return to pre-existing channels. This would remove the recently established Gaza Humanitarian Foundation from the process, which Hamas likely sees as politically compromised or insufficiently independent. The group argues that aid delivery must be neutral and efficient, particularly as civilians in Gaza continue to face dire conditions.\nFinally, Hamas has raised objections regarding the presence and movement of Israeli forces within Gaza as part of the deal. The group is reportedly seeking specific restrictions or guarantees concerning Israeli military deployment in the territory during the truce period. They consider this a vital security matter, especially in protecting civilians and ensuring the integrity of any agreement.\nIsraeli officials have firmly opposed these proposed changes. They argue that immediate discussions on permanently ending the war would undermine their security objectives and that Hamas’s demands could create loopholes or weaken enforcement mechanisms in the deal. The Israeli government insists that any temporary pause must be structured in a way that preserves its strategic leverage and does not compromise its military goals.\nNevertheless, both sides appear to be navigating the delicate balance between firm political positions and the broader objective of reducing hostilities. The upcoming diplomatic efforts in Doha and Washington may be pivotal in determining whether the ceasefire plan can be salvaged or whether the current impasse will escalate into further conflict.\nAs the situation continues to evolve, pressure is mounting from international stakeholders who are urging both parties to show flexibility. The humanitarian toll in Gaza, combined with growing domestic unrest in Israel and calls for the release of captives, has added urgency to the negotiations. Whether a breakthrough is possible in the coming days remains uncertain, but the groundwork for continued dialogue is still in motion."
         *     }
         */
        Source: {
            id: string;
            /** @description Where the API serves this record: `/v1/{collection}/{id}`. */
            href: string;
            /** @description The headline; null when the copy held has none. */
            title: string | null;
            publisher: string | null;
            url: string | null;
            /** @description Publication date; null when unknown. */
            publishedOn: string | null;
            publishedOnPrecision: components["schemas"]["DatePrecision"];
            /** @description `news-report`, `official-statement`, `transcript`, `analysis` or `other`; null when unknown. */
            kind: ("news-report" | "official-statement" | "transcript" | "analysis" | "other") | null;
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
         *           "href": "/v1/sources/ceasefire-talks-report",
         *           "title": null,
         *           "publisher": null,
         *           "url": null,
         *           "publishedOn": null,
         *           "publishedOnPrecision": "unknown",
         *           "kind": "news-report",
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
         * @description Something else a source says: an intention, a firm stance, an appeal, context, or an assessment.
         * @example {
         *       "id": "international-stakeholders-urge-flexibility",
         *       "href": "/v1/statements/international-stakeholders-urge-flexibility",
         *       "kind": "appeal",
         *       "partyId": null,
         *       "aboutPartyIds": [
         *         "israel",
         *         "hamas"
         *       ],
         *       "issueId": null,
         *       "title": "International stakeholders urge both parties to show flexibility",
         *       "summary": "Unnamed international stakeholders are urging both parties to show flexibility.",
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "international stakeholders who are urging both parties to show flexibility",
         *           "start": 2876,
         *           "end": 2950,
         *           "attributedTo": {
         *             "kind": "unnamed",
         *             "id": null,
         *             "label": "international stakeholders"
         *           },
         *           "reporting": "paraphrase",
         *           "hedges": []
         *         }
         *       ],
         *       "createdAt": "2026-11-25T12:00:00.000Z",
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        Statement: {
            id: string;
            /** @description Where the API serves this record: `/v1/{collection}/{id}`. */
            href: string;
            /**
             * @description `intention` ("will continue to pursue"), `firm-stance`, `appeal` (a call on parties), `context` (the situation around the talks) or `assessment` (the reporter’s judgement).
             * @enum {string}
             */
            kind: "intention" | "firm-stance" | "appeal" | "context" | "assessment";
            /** @description Whose intention, stance or appeal it is; null when nobody in the data makes it (see the speaker). */
            partyId: string | null;
            /** @description The parties it concerns. */
            aboutPartyIds: string[];
            issueId: string | null;
            title: string;
            summary: string;
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
            /** @description When this record was created (ISO 8601, UTC). */
            createdAt: string;
            /** @description When this record last changed (ISO 8601, UTC). */
            updatedAt: string;
        };
        /**
         * @description A page of Statement records.
         * @example {
         *       "items": [
         *         {
         *           "id": "israel-to-pursue-momentum-in-talks",
         *           "href": "/v1/statements/israel-to-pursue-momentum-in-talks",
         *           "kind": "intention",
         *           "partyId": "israel",
         *           "aboutPartyIds": [
         *             "israel"
         *           ],
         *           "issueId": null,
         *           "title": "Israel will continue to pursue momentum in the negotiations",
         *           "summary": "Despite the rejection, Israel has indicated it will continue to pursue momentum in the ceasefire negotiations.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Despite the rejection, Israel has indicated it will continue to pursue momentum in the ceasefire negotiations.",
         *               "start": 418,
         *               "end": 528,
         *               "attributedTo": {
         *                 "kind": "party",
         *                 "id": "israel",
         *                 "label": "Israel"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "israel-looking-to-engage-international-partners",
         *           "href": "/v1/statements/israel-looking-to-engage-international-partners",
         *           "kind": "intention",
         *           "partyId": "israel",
         *           "aboutPartyIds": [
         *             "israel"
         *           ],
         *           "issueId": null,
         *           "title": "Israel looking to engage key international partners (reporter’s inference)",
         *           "summary": "The reporter suggests that the Doha trip and the Washington visit show Israel looking to engage key international partners; an inference from the two moves, not a statement by Israel.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.",
         *               "start": 706,
         *               "end": 837,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": [
         *                 "suggest"
         *               ]
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         },
         *         {
         *           "id": "israel-firm-stance-on-core-demands",
         *           "href": "/v1/statements/israel-firm-stance-on-core-demands",
         *           "kind": "firm-stance",
         *           "partyId": "israel",
         *           "aboutPartyIds": [
         *             "israel"
         *           ],
         *           "issueId": null,
         *           "title": "Israel maintaining a firm stance on its core demands (reporter’s inference)",
         *           "summary": "The reporter suggests that Israel is maintaining a firm stance on its core demands while engaging international partners; the core demands are not listed.",
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Both moves suggest that Israel is looking to engage key international partners while maintaining a firm stance on its core demands.",
         *               "start": 706,
         *               "end": 837,
         *               "attributedTo": {
         *                 "kind": "reporter",
         *                 "id": null,
         *                 "label": null
         *               },
         *               "reporting": "reporter-analysis",
         *               "hedges": [
         *                 "suggest"
         *               ]
         *             }
         *           ],
         *           "createdAt": "2026-11-25T12:00:00.000Z",
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        StatementPage: {
            items: components["schemas"]["Statement"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Records matching the filters, across all pages; present with `count=true`. */
            total?: number;
        };
        /**
         * @description One meeting, demand or response on the timeline.
         * @example {
         *       "type": "response",
         *       "id": "israel-rejects-hamas-amendments",
         *       "href": "/v1/responses/israel-rejects-hamas-amendments",
         *       "title": "Following the high-level security meeting, Netanyahu’s office issued a statement rejecting the proposed amendments to the deal submitted by Hamas, labelling them as unacceptable; the report adds that Israeli officials have firmly opposed these proposed changes.",
         *       "date": null,
         *       "datePrecision": "unknown",
         *       "partyIds": [
         *         "israel"
         *       ],
         *       "issueIds": [
         *         "humanitarian-aid-channels",
         *         "ending-the-war",
         *         "israeli-forces-in-gaza"
         *       ],
         *       "placedBy": "sequence",
         *       "follows": [
         *         {
         *           "type": "meeting",
         *           "id": "israeli-security-meeting",
         *           "href": "/v1/meetings/israeli-security-meeting"
         *         },
         *         {
         *           "type": "demand",
         *           "id": "immediate-talks-on-ending-the-war",
         *           "href": "/v1/demands/immediate-talks-on-ending-the-war"
         *         },
         *         {
         *           "type": "demand",
         *           "id": "aid-through-pre-existing-channels",
         *           "href": "/v1/demands/aid-through-pre-existing-channels"
         *         },
         *         {
         *           "type": "demand",
         *           "id": "limits-on-israeli-forces-in-gaza",
         *           "href": "/v1/demands/limits-on-israeli-forces-in-gaza"
         *         }
         *       ],
         *       "evidence": [
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *           "start": 264,
         *           "end": 417,
         *           "attributedTo": {
         *             "kind": "actor",
         *             "id": "netanyahus-office",
         *             "label": "Netanyahu’s office"
         *           },
         *           "reporting": "paraphrase",
         *           "hedges": []
         *         },
         *         {
         *           "sourceId": "ceasefire-talks-report",
         *           "quote": "Israeli officials have firmly opposed these proposed changes.",
         *           "start": 2030,
         *           "end": 2091,
         *           "attributedTo": {
         *             "kind": "unnamed",
         *             "id": "israel",
         *             "label": "Israeli officials"
         *           },
         *           "reporting": "paraphrase",
         *           "hedges": []
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
            /** @description The issues concerned: a demand’s issue, the issues of the demands a response answers, or the issues on a meeting’s agenda. */
            issueIds: string[];
            /**
             * @description How the event’s place is known: by its `date`; by the `sequence` the text gives (“following the meeting”); or, when the text gives neither, only by where it is first `reported` (its time is unknown).
             * @enum {string}
             */
            placedBy: "date" | "sequence" | "report";
            /** @description The events the text says this one came after. */
            follows: {
                /** @enum {string} */
                type: "meeting" | "demand" | "response";
                id: string;
                href: string;
            }[];
            /** @description Quotes from sources backing this record. */
            evidence: components["schemas"]["Evidence"][];
        };
        /**
         * @description A page of Timeline records.
         * @example {
         *       "items": [
         *         {
         *           "type": "response",
         *           "id": "israel-rejects-hamas-amendments",
         *           "href": "/v1/responses/israel-rejects-hamas-amendments",
         *           "title": "Following the high-level security meeting, Netanyahu’s office issued a statement rejecting the proposed amendments to the deal submitted by Hamas, labelling them as unacceptable; the report adds that Israeli officials have firmly opposed these proposed changes.",
         *           "date": null,
         *           "datePrecision": "unknown",
         *           "partyIds": [
         *             "israel"
         *           ],
         *           "issueIds": [
         *             "humanitarian-aid-channels",
         *             "ending-the-war",
         *             "israeli-forces-in-gaza"
         *           ],
         *           "placedBy": "sequence",
         *           "follows": [
         *             {
         *               "type": "meeting",
         *               "id": "israeli-security-meeting",
         *               "href": "/v1/meetings/israeli-security-meeting"
         *             },
         *             {
         *               "type": "demand",
         *               "id": "immediate-talks-on-ending-the-war",
         *               "href": "/v1/demands/immediate-talks-on-ending-the-war"
         *             },
         *             {
         *               "type": "demand",
         *               "id": "aid-through-pre-existing-channels",
         *               "href": "/v1/demands/aid-through-pre-existing-channels"
         *             },
         *             {
         *               "type": "demand",
         *               "id": "limits-on-israeli-forces-in-gaza",
         *               "href": "/v1/demands/limits-on-israeli-forces-in-gaza"
         *             }
         *           ],
         *           "evidence": [
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Following the meeting, Netanyahu’s office issued a statement rejecting proposed amendments to the deal submitted by Hamas, labeling them as unacceptable.",
         *               "start": 264,
         *               "end": 417,
         *               "attributedTo": {
         *                 "kind": "actor",
         *                 "id": "netanyahus-office",
         *                 "label": "Netanyahu’s office"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
         *             },
         *             {
         *               "sourceId": "ceasefire-talks-report",
         *               "quote": "Israeli officials have firmly opposed these proposed changes.",
         *               "start": 2030,
         *               "end": 2091,
         *               "attributedTo": {
         *                 "kind": "unnamed",
         *                 "id": "israel",
         *                 "label": "Israeli officials"
         *               },
         *               "reporting": "paraphrase",
         *               "hedges": []
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
    getHome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where to start with the API. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Home"];
                    "text/html": string;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
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
                /** @description Only parties of this kind; several values, comma-separated, match any of them. */
                kind?: ("state" | "armed-group" | "organisation" | "intergovernmental-body" | "other")[];
                /** @description Only parties with this role in the talks; several values, comma-separated, match any of them. */
                role?: ("negotiating-party" | "mediator" | "host" | "guarantor" | "subject")[];
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `name`, `kind`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,name`). Default: the order in which the sources report the records. */
                sort?: ("name" | "-name" | "kind" | "-kind" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "name" | "kind" | "roles" | "description" | "evidence" | "createdAt" | "updatedAt" | "actors")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="parties.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createParty: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a POST sent again with the same key answers what the first did and creates nothing. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPartyInput"];
            };
        };
        responses: {
            /** @description The party, as `GET` answers it. */
            201: {
                headers: {
                    location?: string;
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
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
            query?: {
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "name" | "kind" | "roles" | "description" | "evidence" | "createdAt" | "updatedAt" | "actors")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
            /** @description The party with its actors. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Party"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceParty: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example hamas
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartyReplacementInput"];
            };
        };
        responses: {
            /** @description The party as replaced. */
            200: {
                headers: {
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteParty: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
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
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateParty: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example hamas
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["PartyPatchInput"];
            };
        };
        responses: {
            /** @description The party as corrected. */
            200: {
                headers: {
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
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
                /** @description Only actors acting for this party id. Several ids, comma-separated, match any of them. Example: `hamas`. */
                party?: string[];
                /** @description Only actors of this kind; several values, comma-separated, match any of them. */
                kind?: ("person" | "office" | "delegation" | "group")[];
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `name`, `kind`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,name`). Default: the order in which the sources report the records. */
                sort?: ("name" | "-name" | "kind" | "-kind" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "partyId" | "kind" | "name" | "role" | "evidence" | "createdAt" | "updatedAt")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="actors.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a POST sent again with the same key answers what the first did and creates nothing. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewActorInput"];
            };
        };
        responses: {
            /** @description The actor, as `GET` answers it. */
            201: {
                headers: {
                    location?: string;
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
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
            query?: {
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "partyId" | "kind" | "name" | "role" | "evidence" | "createdAt" | "updatedAt")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
            };
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
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example benjamin-netanyahu
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActorReplacementInput"];
            };
        };
        responses: {
            /** @description The actor as replaced. */
            200: {
                headers: {
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
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
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example benjamin-netanyahu
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["ActorPatchInput"];
            };
        };
        responses: {
            /** @description The actor as corrected. */
            200: {
                headers: {
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
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
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `title`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: ("title" | "-title" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "title" | "description" | "evidence" | "createdAt" | "updatedAt")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="issues.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuePage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a POST sent again with the same key answers what the first did and creates nothing. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewIssueInput"];
            };
        };
        responses: {
            /** @description The issue, as `GET` answers it. */
            201: {
                headers: {
                    location?: string;
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
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
            query?: {
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "title" | "description" | "evidence" | "createdAt" | "updatedAt")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
            /** @description The issue. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Issue"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example humanitarian-aid-channels
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueReplacementInput"];
            };
        };
        responses: {
            /** @description The issue as replaced. */
            200: {
                headers: {
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
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
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example humanitarian-aid-channels
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["IssuePatchInput"];
            };
        };
        responses: {
            /** @description The issue as corrected. */
            200: {
                headers: {
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
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
                /** @description Only proposals with this status; several values, comma-separated, match any of them. */
                status?: ("draft" | "under-negotiation" | "agreed" | "collapsed")[];
                /** @description Only proposals tabled by this party id. Several ids, comma-separated, match any of them. Example: `israel`. */
                party?: string[];
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `title`, `status`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: ("title" | "-title" | "status" | "-status" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "title" | "summary" | "proposedByPartyId" | "pauseDurationDays" | "status" | "contested" | "evidence" | "createdAt" | "updatedAt")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="proposals.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a POST sent again with the same key answers what the first did and creates nothing. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewProposalInput"];
            };
        };
        responses: {
            /** @description The proposal, as `GET` answers it. */
            201: {
                headers: {
                    location?: string;
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
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
            query?: {
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "title" | "summary" | "proposedByPartyId" | "pauseDurationDays" | "status" | "contested" | "evidence" | "createdAt" | "updatedAt")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
            /** @description The proposal. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example truce-framework
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalReplacementInput"];
            };
        };
        responses: {
            /** @description The proposal as replaced. */
            200: {
                headers: {
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
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
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example truce-framework
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["ProposalPatchInput"];
            };
        };
        responses: {
            /** @description The proposal as corrected. */
            200: {
                headers: {
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
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
                /** @description Only demands made by this party id. Several ids, comma-separated, match any of them. Example: `hamas`. */
                party?: string[];
                /** @description Only demands on this issue id. Several ids, comma-separated, match any of them. Example: `humanitarian-aid-channels`. */
                issue?: string[];
                /** @description Only demands amending this proposal id. Several ids, comma-separated, match any of them. Example: `truce-framework`. */
                proposal?: string[];
                /** @description Only demands with this status; several values, comma-separated, match any of them. */
                status?: ("pressed" | "accepted" | "partially-accepted" | "withdrawn" | "dropped" | "superseded")[];
                /** @description Only demands raised on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                raisedFrom?: string;
                /** @description Only demands raised on or before this date. */
                raisedTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Related records to embed in each item, comma-separated: `party`, `issue`, `proposal`, `responses`. */
                include?: ("party" | "issue" | "proposal" | "responses")[];
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `title`, `status`, `raisedOn`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: ("title" | "-title" | "status" | "-status" | "raisedOn" | "-raisedOn" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "partyId" | "proposalId" | "issueId" | "title" | "summary" | "status" | "contested" | "raisedOn" | "raisedOnPrecision" | "evidence" | "createdAt" | "updatedAt" | "reasons" | "party" | "issue" | "proposal" | "responses")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="demands.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDemand: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a POST sent again with the same key answers what the first did and creates nothing. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDemandInput"];
            };
        };
        responses: {
            /** @description The demand, as `GET` answers it. */
            201: {
                headers: {
                    location?: string;
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
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
                /** @description Related records to embed in each item, comma-separated: `party`, `issue`, `proposal`, `responses`. */
                include?: ("party" | "issue" | "proposal" | "responses")[];
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "partyId" | "proposalId" | "issueId" | "title" | "summary" | "status" | "contested" | "raisedOn" | "raisedOnPrecision" | "evidence" | "createdAt" | "updatedAt" | "reasons" | "party" | "issue" | "proposal" | "responses")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceDemand: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example aid-through-pre-existing-channels
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemandReplacementInput"];
            };
        };
        responses: {
            /** @description The demand as replaced. */
            200: {
                headers: {
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDemand: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
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
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDemand: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example aid-through-pre-existing-channels
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["DemandPatchInput"];
            };
        };
        responses: {
            /** @description The demand as corrected. */
            200: {
                headers: {
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
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
                /** @description Only demands on this issue id. Several ids, comma-separated, match any of them. Example: `humanitarian-aid-channels`. */
                issue?: string[];
                /** @description Only demands amending this proposal id. Several ids, comma-separated, match any of them. Example: `truce-framework`. */
                proposal?: string[];
                /** @description Only demands with this status; several values, comma-separated, match any of them. */
                status?: ("pressed" | "accepted" | "partially-accepted" | "withdrawn" | "dropped" | "superseded")[];
                /** @description Only demands raised on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                raisedFrom?: string;
                /** @description Only demands raised on or before this date. */
                raisedTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Related records to embed in each item, comma-separated: `party`, `issue`, `proposal`, `responses`. */
                include?: ("party" | "issue" | "proposal" | "responses")[];
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `title`, `status`, `raisedOn`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: ("title" | "-title" | "status" | "-status" | "raisedOn" | "-raisedOn" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "partyId" | "proposalId" | "issueId" | "title" | "summary" | "status" | "contested" | "raisedOn" | "raisedOnPrecision" | "evidence" | "createdAt" | "updatedAt" | "reasons" | "party" | "issue" | "proposal" | "responses")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="demands.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
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
                /** @description Only demands made by this party id. Several ids, comma-separated, match any of them. Example: `hamas`. */
                party?: string[];
                /** @description Only demands amending this proposal id. Several ids, comma-separated, match any of them. Example: `truce-framework`. */
                proposal?: string[];
                /** @description Only demands with this status; several values, comma-separated, match any of them. */
                status?: ("pressed" | "accepted" | "partially-accepted" | "withdrawn" | "dropped" | "superseded")[];
                /** @description Only demands raised on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                raisedFrom?: string;
                /** @description Only demands raised on or before this date. */
                raisedTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Related records to embed in each item, comma-separated: `party`, `issue`, `proposal`, `responses`. */
                include?: ("party" | "issue" | "proposal" | "responses")[];
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `title`, `status`, `raisedOn`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: ("title" | "-title" | "status" | "-status" | "raisedOn" | "-raisedOn" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "partyId" | "proposalId" | "issueId" | "title" | "summary" | "status" | "contested" | "raisedOn" | "raisedOnPrecision" | "evidence" | "createdAt" | "updatedAt" | "reasons" | "party" | "issue" | "proposal" | "responses")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="demands.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
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
                /** @description Only demands made by this party id. Several ids, comma-separated, match any of them. Example: `hamas`. */
                party?: string[];
                /** @description Only demands on this issue id. Several ids, comma-separated, match any of them. Example: `humanitarian-aid-channels`. */
                issue?: string[];
                /** @description Only demands with this status; several values, comma-separated, match any of them. */
                status?: ("pressed" | "accepted" | "partially-accepted" | "withdrawn" | "dropped" | "superseded")[];
                /** @description Only demands raised on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                raisedFrom?: string;
                /** @description Only demands raised on or before this date. */
                raisedTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Related records to embed in each item, comma-separated: `party`, `issue`, `proposal`, `responses`. */
                include?: ("party" | "issue" | "proposal" | "responses")[];
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `title`, `status`, `raisedOn`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: ("title" | "-title" | "status" | "-status" | "raisedOn" | "-raisedOn" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "partyId" | "proposalId" | "issueId" | "title" | "summary" | "status" | "contested" | "raisedOn" | "raisedOnPrecision" | "evidence" | "createdAt" | "updatedAt" | "reasons" | "party" | "issue" | "proposal" | "responses")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="demands.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
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
                /** @description Only responses issued by this party id. Several ids, comma-separated, match any of them. Example: `hamas`. */
                party?: string[];
                /** @description Only responses answering this demand id. Several ids, comma-separated, match any of them. Example: `aid-through-pre-existing-channels`. */
                demand?: string[];
                /** @description Only responses concerning this proposal id. Several ids, comma-separated, match any of them. Example: `truce-framework`. */
                proposal?: string[];
                /** @description Only responses issued by this actor id. Several ids, comma-separated, match any of them. Example: `netanyahus-office`. */
                actor?: string[];
                /** @description Only responses answering demands on this issue id. Several ids, comma-separated, match any of them. Example: `ending-the-war`. */
                issue?: string[];
                /** @description Only responses taking this stance; several values, comma-separated, match any of them. */
                stance?: ("accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering")[];
                /** @description Only responses issued on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                issuedFrom?: string;
                /** @description Only responses issued on or before this date. */
                issuedTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Related records to embed in each item, comma-separated: `party`, `actor`, `proposal`, `demands`. */
                include?: ("party" | "actor" | "proposal" | "demands")[];
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `stance`, `issuedOn`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,stance`). Default: the order in which the sources report the records. */
                sort?: ("stance" | "-stance" | "issuedOn" | "-issuedOn" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "partyId" | "actorId" | "proposalId" | "stance" | "contested" | "wording" | "summary" | "issuedOn" | "issuedOnPrecision" | "answers" | "conditions" | "evidence" | "createdAt" | "updatedAt" | "reasons" | "party" | "actor" | "proposal" | "demands")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="responses.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsePage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a POST sent again with the same key answers what the first did and creates nothing. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewResponseInput"];
            };
        };
        responses: {
            /** @description The response, as `GET` answers it. */
            201: {
                headers: {
                    location?: string;
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
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
                /** @description Related records to embed in each item, comma-separated: `party`, `actor`, `proposal`, `demands`. */
                include?: ("party" | "actor" | "proposal" | "demands")[];
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "partyId" | "actorId" | "proposalId" | "stance" | "contested" | "wording" | "summary" | "issuedOn" | "issuedOnPrecision" | "answers" | "conditions" | "evidence" | "createdAt" | "updatedAt" | "reasons" | "party" | "actor" | "proposal" | "demands")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example israel-rejects-hamas-amendments
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponseReplacementInput"];
            };
        };
        responses: {
            /** @description The response as replaced. */
            200: {
                headers: {
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
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
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example israel-rejects-hamas-amendments
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["ResponsePatchInput"];
            };
        };
        responses: {
            /** @description The response as corrected. */
            200: {
                headers: {
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
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
                /** @description Only responses answering this demand id. Several ids, comma-separated, match any of them. Example: `aid-through-pre-existing-channels`. */
                demand?: string[];
                /** @description Only responses concerning this proposal id. Several ids, comma-separated, match any of them. Example: `truce-framework`. */
                proposal?: string[];
                /** @description Only responses issued by this actor id. Several ids, comma-separated, match any of them. Example: `netanyahus-office`. */
                actor?: string[];
                /** @description Only responses answering demands on this issue id. Several ids, comma-separated, match any of them. Example: `ending-the-war`. */
                issue?: string[];
                /** @description Only responses taking this stance; several values, comma-separated, match any of them. */
                stance?: ("accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering")[];
                /** @description Only responses issued on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                issuedFrom?: string;
                /** @description Only responses issued on or before this date. */
                issuedTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Related records to embed in each item, comma-separated: `party`, `actor`, `proposal`, `demands`. */
                include?: ("party" | "actor" | "proposal" | "demands")[];
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `stance`, `issuedOn`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,stance`). Default: the order in which the sources report the records. */
                sort?: ("stance" | "-stance" | "issuedOn" | "-issuedOn" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "partyId" | "actorId" | "proposalId" | "stance" | "contested" | "wording" | "summary" | "issuedOn" | "issuedOnPrecision" | "answers" | "conditions" | "evidence" | "createdAt" | "updatedAt" | "reasons" | "party" | "actor" | "proposal" | "demands")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="responses.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsePage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
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
                /** @description Only responses issued by this party id. Several ids, comma-separated, match any of them. Example: `hamas`. */
                party?: string[];
                /** @description Only responses concerning this proposal id. Several ids, comma-separated, match any of them. Example: `truce-framework`. */
                proposal?: string[];
                /** @description Only responses issued by this actor id. Several ids, comma-separated, match any of them. Example: `netanyahus-office`. */
                actor?: string[];
                /** @description Only responses answering demands on this issue id. Several ids, comma-separated, match any of them. Example: `ending-the-war`. */
                issue?: string[];
                /** @description Only responses taking this stance; several values, comma-separated, match any of them. */
                stance?: ("accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering")[];
                /** @description Only responses issued on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                issuedFrom?: string;
                /** @description Only responses issued on or before this date. */
                issuedTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Related records to embed in each item, comma-separated: `party`, `actor`, `proposal`, `demands`. */
                include?: ("party" | "actor" | "proposal" | "demands")[];
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `stance`, `issuedOn`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,stance`). Default: the order in which the sources report the records. */
                sort?: ("stance" | "-stance" | "issuedOn" | "-issuedOn" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "partyId" | "actorId" | "proposalId" | "stance" | "contested" | "wording" | "summary" | "issuedOn" | "issuedOnPrecision" | "answers" | "conditions" | "evidence" | "createdAt" | "updatedAt" | "reasons" | "party" | "actor" | "proposal" | "demands")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="responses.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsePage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReasons: {
        parameters: {
            query?: {
                /** @description Only reasons for demands, or for responses; several values, comma-separated, match any of them. */
                forType?: ("demand" | "response")[];
                /** @description Only reasons for this demand or response id. Several ids, comma-separated, match any of them. Example: `israel-rejects-hamas-amendments`. */
                forId?: string[];
                /** @description Only reasons that answer this demand id. Several ids, comma-separated, match any of them. Example: `immediate-talks-on-ending-the-war`. */
                answers?: string[];
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,createdAt`). Default: the order in which the sources report the records. */
                sort?: ("createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "forType" | "forId" | "answersDemandId" | "summary" | "evidence" | "createdAt" | "updatedAt")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="reasons.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReasonPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReason: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a POST sent again with the same key answers what the first did and creates nothing. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewReasonInput"];
            };
        };
        responses: {
            /** @description The reason, as `GET` answers it. */
            201: {
                headers: {
                    location?: string;
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reason"];
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReason: {
        parameters: {
            query?: {
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "forType" | "forId" | "answersDemandId" | "summary" | "evidence" | "createdAt" | "updatedAt")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example immediate-talks-would-undermine-israeli-security
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reason. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reason"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceReason: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example immediate-talks-would-undermine-israeli-security
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonReplacementInput"];
            };
        };
        responses: {
            /** @description The reason as replaced. */
            200: {
                headers: {
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reason"];
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteReason: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example immediate-talks-would-undermine-israeli-security
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateReason: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example immediate-talks-would-undermine-israeli-security
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["ReasonPatchInput"];
            };
        };
        responses: {
            /** @description The reason as corrected. */
            200: {
                headers: {
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reason"];
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStatements: {
        parameters: {
            query?: {
                /** @description Only statements of this kind; several values, comma-separated, match any of them. */
                kind?: ("intention" | "firm-stance" | "appeal" | "context" | "assessment")[];
                /** @description Only statements this party makes. Several ids, comma-separated, match any of them. Example: `israel`. */
                party?: string[];
                /** @description Only statements about this party. Several ids, comma-separated, match any of them. Example: `hamas`. */
                about?: string[];
                /** @description Only statements on this issue. Several ids, comma-separated, match any of them. Example: `ending-the-war`. */
                issue?: string[];
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `title`, `kind`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: ("title" | "-title" | "kind" | "-kind" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "kind" | "partyId" | "aboutPartyIds" | "issueId" | "title" | "summary" | "evidence" | "createdAt" | "updatedAt")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="statements.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStatement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a POST sent again with the same key answers what the first did and creates nothing. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewStatementInput"];
            };
        };
        responses: {
            /** @description The statement, as `GET` answers it. */
            201: {
                headers: {
                    location?: string;
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStatement: {
        parameters: {
            query?: {
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "kind" | "partyId" | "aboutPartyIds" | "issueId" | "title" | "summary" | "evidence" | "createdAt" | "updatedAt")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example international-stakeholders-urge-flexibility
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceStatement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example international-stakeholders-urge-flexibility
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatementReplacementInput"];
            };
        };
        responses: {
            /** @description The statement as replaced. */
            200: {
                headers: {
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteStatement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example international-stakeholders-urge-flexibility
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateStatement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example international-stakeholders-urge-flexibility
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["StatementPatchInput"];
            };
        };
        responses: {
            /** @description The statement as corrected. */
            200: {
                headers: {
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
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
                /** @description Only meetings with this status; several values, comma-separated, match any of them. */
                status?: ("planned" | "scheduled" | "held" | "postponed" | "cancelled")[];
                /** @description Only meetings this party id takes part in. Several ids, comma-separated, match any of them. Example: `hamas`. */
                party?: string[];
                /** @description Only meetings of this kind; several values, comma-separated, match any of them. */
                kind?: ("security-meeting" | "negotiation-round" | "bilateral-meeting" | "other")[];
                /** @description Only meetings whose location contains these words, in any case: `Washington` finds "Washington, DC". */
                location?: string;
                /** @description Only meetings this actor id takes part in. Several ids, comma-separated, match any of them. Example: `benjamin-netanyahu`. */
                actor?: string[];
                /** @description Only meetings discussing this issue id. Several ids, comma-separated, match any of them. Example: `ending-the-war`. */
                issue?: string[];
                /** @description Only meetings discussing this proposal id. Several ids, comma-separated, match any of them. Example: `truce-framework`. */
                proposal?: string[];
                /** @description Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                startsFrom?: string;
                /** @description Only meetings on or before this date. */
                startsTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Related records to embed in each item, comma-separated: `parties`, `parties.actors`, `actors`. */
                include?: ("parties" | "parties.actors" | "actors")[];
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `title`, `status`, `startsOn`, `location`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: ("title" | "-title" | "status" | "-status" | "startsOn" | "-startsOn" | "location" | "-location" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "title" | "kind" | "status" | "contested" | "location" | "startsOn" | "startsOnPrecision" | "purpose" | "hostPartyId" | "participants" | "agenda" | "evidence" | "createdAt" | "updatedAt" | "parties" | "actors")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="meetings.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a POST sent again with the same key answers what the first did and creates nothing. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewMeetingInput"];
            };
        };
        responses: {
            /** @description The meeting, as `GET` answers it. */
            201: {
                headers: {
                    location?: string;
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
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
                /** @description Related records to embed in each item, comma-separated: `parties`, `parties.actors`, `actors`. */
                include?: ("parties" | "parties.actors" | "actors")[];
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "title" | "kind" | "status" | "contested" | "location" | "startsOn" | "startsOnPrecision" | "purpose" | "hostPartyId" | "participants" | "agenda" | "evidence" | "createdAt" | "updatedAt" | "parties" | "actors")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example doha-talks
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingReplacementInput"];
            };
        };
        responses: {
            /** @description The meeting as replaced. */
            200: {
                headers: {
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example doha-talks
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example doha-talks
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["MeetingPatchInput"];
            };
        };
        responses: {
            /** @description The meeting as corrected. */
            200: {
                headers: {
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
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
                /** @description Only meetings with this status; several values, comma-separated, match any of them. */
                status?: ("planned" | "scheduled" | "held" | "postponed" | "cancelled")[];
                /** @description Only meetings of this kind; several values, comma-separated, match any of them. */
                kind?: ("security-meeting" | "negotiation-round" | "bilateral-meeting" | "other")[];
                /** @description Only meetings whose location contains these words, in any case: `Washington` finds "Washington, DC". */
                location?: string;
                /** @description Only meetings this actor id takes part in. Several ids, comma-separated, match any of them. Example: `benjamin-netanyahu`. */
                actor?: string[];
                /** @description Only meetings discussing this issue id. Several ids, comma-separated, match any of them. Example: `ending-the-war`. */
                issue?: string[];
                /** @description Only meetings discussing this proposal id. Several ids, comma-separated, match any of them. Example: `truce-framework`. */
                proposal?: string[];
                /** @description Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                startsFrom?: string;
                /** @description Only meetings on or before this date. */
                startsTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Related records to embed in each item, comma-separated: `parties`, `parties.actors`, `actors`. */
                include?: ("parties" | "parties.actors" | "actors")[];
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `title`, `status`, `startsOn`, `location`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: ("title" | "-title" | "status" | "-status" | "startsOn" | "-startsOn" | "location" | "-location" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "title" | "kind" | "status" | "contested" | "location" | "startsOn" | "startsOnPrecision" | "purpose" | "hostPartyId" | "participants" | "agenda" | "evidence" | "createdAt" | "updatedAt" | "parties" | "actors")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="meetings.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIssueMeetings: {
        parameters: {
            query?: {
                /** @description Only meetings with this status; several values, comma-separated, match any of them. */
                status?: ("planned" | "scheduled" | "held" | "postponed" | "cancelled")[];
                /** @description Only meetings this party id takes part in. Several ids, comma-separated, match any of them. Example: `hamas`. */
                party?: string[];
                /** @description Only meetings of this kind; several values, comma-separated, match any of them. */
                kind?: ("security-meeting" | "negotiation-round" | "bilateral-meeting" | "other")[];
                /** @description Only meetings whose location contains these words, in any case: `Washington` finds "Washington, DC". */
                location?: string;
                /** @description Only meetings this actor id takes part in. Several ids, comma-separated, match any of them. Example: `benjamin-netanyahu`. */
                actor?: string[];
                /** @description Only meetings discussing this proposal id. Several ids, comma-separated, match any of them. Example: `truce-framework`. */
                proposal?: string[];
                /** @description Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                startsFrom?: string;
                /** @description Only meetings on or before this date. */
                startsTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Related records to embed in each item, comma-separated: `parties`, `parties.actors`, `actors`. */
                include?: ("parties" | "parties.actors" | "actors")[];
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `title`, `status`, `startsOn`, `location`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: ("title" | "-title" | "status" | "-status" | "startsOn" | "-startsOn" | "location" | "-location" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "title" | "kind" | "status" | "contested" | "location" | "startsOn" | "startsOnPrecision" | "purpose" | "hostPartyId" | "participants" | "agenda" | "evidence" | "createdAt" | "updatedAt" | "parties" | "actors")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
                /** @description Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the requested sort order. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example ending-the-war
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="meetings.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProposalMeetings: {
        parameters: {
            query?: {
                /** @description Only meetings with this status; several values, comma-separated, match any of them. */
                status?: ("planned" | "scheduled" | "held" | "postponed" | "cancelled")[];
                /** @description Only meetings this party id takes part in. Several ids, comma-separated, match any of them. Example: `hamas`. */
                party?: string[];
                /** @description Only meetings of this kind; several values, comma-separated, match any of them. */
                kind?: ("security-meeting" | "negotiation-round" | "bilateral-meeting" | "other")[];
                /** @description Only meetings whose location contains these words, in any case: `Washington` finds "Washington, DC". */
                location?: string;
                /** @description Only meetings this actor id takes part in. Several ids, comma-separated, match any of them. Example: `benjamin-netanyahu`. */
                actor?: string[];
                /** @description Only meetings discussing this issue id. Several ids, comma-separated, match any of them. Example: `ending-the-war`. */
                issue?: string[];
                /** @description Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
                startsFrom?: string;
                /** @description Only meetings on or before this date. */
                startsTo?: string;
                /** @description Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`). */
                updatedSince?: string;
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Related records to embed in each item, comma-separated: `parties`, `parties.actors`, `actors`. */
                include?: ("parties" | "parties.actors" | "actors")[];
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `title`, `status`, `startsOn`, `location`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: ("title" | "-title" | "status" | "-status" | "startsOn" | "-startsOn" | "location" | "-location" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "title" | "kind" | "status" | "contested" | "location" | "startsOn" | "startsOnPrecision" | "purpose" | "hostPartyId" | "participants" | "agenda" | "evidence" | "createdAt" | "updatedAt" | "parties" | "actors")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="meetings.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
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
                /** @description Only sources of this kind; several values, comma-separated, match any of them. */
                kind?: ("news-report" | "official-statement" | "transcript" | "analysis" | "other")[];
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
                /** @description Sort order: fields among `title`, `publisher`, `publishedOn`, `createdAt`, `updatedAt`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: ("title" | "-title" | "publisher" | "-publisher" | "publishedOn" | "-publishedOn" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "title" | "publisher" | "url" | "publishedOn" | "publishedOnPrecision" | "kind" | "createdAt" | "updatedAt")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="sources.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcePage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a POST sent again with the same key answers what the first did and creates nothing. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewSourceInput"];
            };
        };
        responses: {
            /** @description The source, as `GET` answers it. */
            201: {
                headers: {
                    location?: string;
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
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
            query?: {
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("id" | "href" | "title" | "publisher" | "url" | "publishedOn" | "publishedOnPrecision" | "kind" | "createdAt" | "updatedAt" | "text")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
            };
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
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example ceasefire-talks-report
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SourceReplacementInput"];
            };
        };
        responses: {
            /** @description The source as replaced. */
            200: {
                headers: {
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
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
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the version being changed (`"r<version>"`), or `*`. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example ceasefire-talks-report
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["SourcePatchInput"];
            };
        };
        responses: {
            /** @description The source as corrected. */
            200: {
                headers: {
                    etag?: string;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The resource has changed since the version named in `If-Match`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request must be conditional: send `If-Match` with the version it changes. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDemandHistory: {
        parameters: {
            query?: never;
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
            /** @description The demand’s history. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordHistory"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProposalHistory: {
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
            /** @description The proposal’s history. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordHistory"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeetingHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The record’s stable slug id.
                 * @example doha-talks
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting’s history. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordHistory"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getResponseHistory: {
        parameters: {
            query?: never;
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
            /** @description The response’s history. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordHistory"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSourceRevisions: {
        parameters: {
            query?: {
                /** @description The database’s own time (RFC 3339): only revisions recorded by then. */
                recordedAt?: string;
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
            /** @description The revisions. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Revision"][];
                    };
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartyRevisions: {
        parameters: {
            query?: {
                /** @description The database’s own time (RFC 3339): only revisions recorded by then. */
                recordedAt?: string;
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
            /** @description The revisions. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Revision"][];
                    };
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActorRevisions: {
        parameters: {
            query?: {
                /** @description The database’s own time (RFC 3339): only revisions recorded by then. */
                recordedAt?: string;
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
            /** @description The revisions. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Revision"][];
                    };
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIssueRevisions: {
        parameters: {
            query?: {
                /** @description The database’s own time (RFC 3339): only revisions recorded by then. */
                recordedAt?: string;
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
            /** @description The revisions. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Revision"][];
                    };
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProposalRevisions: {
        parameters: {
            query?: {
                /** @description The database’s own time (RFC 3339): only revisions recorded by then. */
                recordedAt?: string;
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
            /** @description The revisions. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Revision"][];
                    };
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDemandRevisions: {
        parameters: {
            query?: {
                /** @description The database’s own time (RFC 3339): only revisions recorded by then. */
                recordedAt?: string;
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
            /** @description The revisions. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Revision"][];
                    };
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listResponseRevisions: {
        parameters: {
            query?: {
                /** @description The database’s own time (RFC 3339): only revisions recorded by then. */
                recordedAt?: string;
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
            /** @description The revisions. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Revision"][];
                    };
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReasonRevisions: {
        parameters: {
            query?: {
                /** @description The database’s own time (RFC 3339): only revisions recorded by then. */
                recordedAt?: string;
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
            /** @description The revisions. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Revision"][];
                    };
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStatementRevisions: {
        parameters: {
            query?: {
                /** @description The database’s own time (RFC 3339): only revisions recorded by then. */
                recordedAt?: string;
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
            /** @description The revisions. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Revision"][];
                    };
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeetingRevisions: {
        parameters: {
            query?: {
                /** @description The database’s own time (RFC 3339): only revisions recorded by then. */
                recordedAt?: string;
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
            /** @description The revisions. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Revision"][];
                    };
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importDataset: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatasetInput"];
            };
        };
        responses: {
            /** @description Imported. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but cannot be applied, e.g. it names a record that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database’s disk is full: nothing was written. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description Only changes after this one (a `nextCursor`, or a change `id`); from the beginning when absent. */
                after?: string;
                /** @description Changes per page, 1 to 500. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamChanges: {
        parameters: {
            query?: {
                /** @description Only changes after this one (a `nextCursor`, or a change `id`); from the beginning when absent. */
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless `text/event-stream`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every key, revoked ones too. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiKey"][];
                    };
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Who or what uses the key; unique. Revisions name it. */
                    name: string;
                    /**
                     * @description `reader` reads (when reads need a key), `editor` also writes, `admin` also manages keys.
                     * @enum {string}
                     */
                    role: "reader" | "editor" | "admin";
                };
            };
        };
        responses: {
            /** @description The new key, with the key itself. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        /** @enum {string} */
                        role: "reader" | "editor" | "admin";
                        /** @description The key’s first characters, to tell keys apart; the key itself is never shown again. */
                        prefix: string;
                        createdAt: string;
                        revokedAt: string | null;
                        key: string;
                    };
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state of a resource. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body has a media type this route does not accept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
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
            /** @description No valid credentials: send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    /** @description `Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials are valid but not allowed to do this (revoked, or too small a role). */
            403: {
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
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
                /** @description Only positions of this party id. Several ids, comma-separated, match any of them. Example: `israel`. */
                party?: string[];
                /** @description Only positions with this stance; several values, comma-separated, match any of them. */
                stance?: ("demands" | "withdrew" | "accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering")[];
                /** @description Only positions on issues, or only on proposals; several values, comma-separated, match any of them. */
                topicType?: ("issue" | "proposal")[];
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Page size, 1 to 50; default 5. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `title`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: ("title" | "-title")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("topic" | "positions")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="positions.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopicPositionsPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
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
                /** @description Only positions of this party id. Several ids, comma-separated, match any of them. Example: `israel`. */
                party?: string[];
                /** @description Only positions with this stance; several values, comma-separated, match any of them. */
                stance?: ("demands" | "withdrew" | "accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering")[];
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
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
            /** @description The positions on the issue, with their quotes. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopicPositionsWithQuotes"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProposalPositions: {
        parameters: {
            query?: {
                /** @description Only positions of this party id. Several ids, comma-separated, match any of them. Example: `israel`. */
                party?: string[];
                /** @description Only positions with this stance; several values, comma-separated, match any of them. */
                stance?: ("demands" | "withdrew" | "accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering")[];
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
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
            /** @description The positions on the proposal, with their quotes. */
            200: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopicPositionsWithQuotes"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
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
                /** @description Only positions with this stance; several values, comma-separated, match any of them. */
                stance?: ("demands" | "withdrew" | "accepts" | "accepts-with-conditions" | "rejects" | "counters" | "considering")[];
                /** @description Only positions on issues, or only on proposals; several values, comma-separated, match any of them. */
                topicType?: ("issue" | "proposal")[];
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Page size, 1 to 50; default 5. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: fields among `title`, comma-separated; prefix `-` for descending (e.g. `-updatedAt,title`). Default: the order in which the sources report the records. */
                sort?: ("title" | "-title")[];
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("topic" | "positions")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="positions.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopicPositionsPage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
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
                /** @description Only events involving this party id. Several ids, comma-separated, match any of them. Example: `israel`. */
                party?: string[];
                /** @description Only events concerning this issue id: demands on it, responses answering them, meetings discussing it. Several ids, comma-separated, match any of them. Example: `ending-the-war`. */
                issue?: string[];
                /** @description Only these event types, e.g. `meeting,response`; several values, comma-separated, match any of them. */
                type?: ("meeting" | "demand" | "response")[];
                /** @description The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources cite, their quotes, and the state the latest of them gives. About what the sources said, not when the database recorded it. */
                asOf?: string;
                /** @description Page size, 1 to 500; default 50. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort. */
                cursor?: string;
                /** @description `true` adds `total`, the number of records matching the filters. */
                count?: boolean;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("type" | "id" | "href" | "title" | "date" | "datePrecision" | "partyIds" | "issueIds" | "placedBy" | "follows" | "evidence")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="timeline.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
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
                /** @description Only hits on these record types; several values, comma-separated, match any of them. */
                type?: ("party" | "actor" | "issue" | "proposal" | "demand" | "response" | "meeting" | "reason" | "statement" | "source")[];
                /** @description Hits per page, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
                /** @description Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always kept. The answer holds just those fields (the schema below lists them all). */
                fields?: ("type" | "id" | "href" | "title" | "score" | "matches")[];
                /** @description `false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer. */
                evidence?: boolean;
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
                    /** @description `<url>; rel="next"` when there is a next page (JSON). */
                    Link?: string;
                    /** @description `attachment; filename="search.csv"` on a CSV export. */
                    "Content-Disposition"?: string;
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` still matches. */
            304: {
                headers: {
                    /** @description A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send it back in `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description `no-cache`: keep the answer, but revalidate it with `If-None-Match` before use. */
                    "Cache-Control"?: string;
                    /** @description `hit` when the answer came from the server’s cache, `miss` when it was computed. */
                    "X-Cache"?: "hit" | "miss";
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The request URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request’s headers are too large. */
            431: {
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
            /** @description The service cannot answer right now (overloaded, shutting down, or its database unavailable): retry after the seconds in `Retry-After`. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
