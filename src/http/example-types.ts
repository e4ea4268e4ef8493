import type { Actor } from '../domain/actors/queries.js';
import type { Issue } from '../domain/issues/queries.js';
import type { IssuePositions } from '../domain/positions/queries.js';
import type { Proposal } from '../domain/proposals/queries.js';
import type { Demand, Meeting, Party, Response } from '../domain/relations.js';
import type { SearchHit } from '../domain/search/queries.js';
import type { Source, SourceSummary } from '../domain/sources/queries.js';
import type { TimelineEvent } from '../domain/timeline/queries.js';
/** What the OpenAPI document shows as examples: one record of each kind and a page of each list. */
export type Examples = {
  actor: Actor;
  party: Party;
  issue: Issue;
  proposal: Proposal;
  demand: Demand;
  response: Response;
  meeting: Meeting;
  sourceSummary: SourceSummary;
  source: Source;
  issuePositions: IssuePositions;
  timelineEvent: TimelineEvent;
  searchHit: SearchHit;
  lists: {
    actors: Actor[];
    parties: Party[];
    issues: Issue[];
    proposals: Proposal[];
    demands: Demand[];
    responses: Response[];
    meetings: Meeting[];
    sources: SourceSummary[];
  };
};
