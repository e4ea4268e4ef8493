/**
 * Failures the domain expects and a caller can act on. Each has a stable `code` and a `kind`; the
 * HTTP layer maps kinds to statuses, so nothing here knows about HTTP.
 */
export type DomainErrorKind = 'not-found' | 'invalid-request' | 'conflict' | 'unprocessable' | 'precondition-failed';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(resource: string, id: string) {
    super('not-found', 'not_found', `No ${resource} has the id '${id}'.`);
  }
}

/** A request the domain cannot run as asked: a bad cursor, an empty search. */
export class InvalidRequestError extends DomainError {
  constructor(code: string, message: string) {
    super('invalid-request', code, message);
  }
}
