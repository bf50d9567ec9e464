// Expected failures that pages, actions and route handlers turn into 401, 403 and 404.

export class UnauthenticatedError extends Error {
  readonly status = 401;
  constructor() {
    super("Sign in to continue.");
  }
}

export class ForbiddenError extends Error {
  readonly status = 403;
  constructor(message = "You do not have access to this.") {
    super(message);
  }
}

export class NotFoundError extends Error {
  readonly status = 404;
  constructor(what = "This page") {
    super(`${what} was not found.`);
  }
}
