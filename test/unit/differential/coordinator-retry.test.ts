import { describe, expect, it } from 'vitest';
import {
  MAX_COORDINATOR_RETRIES,
  hasRetriableCoordinatorError,
  shouldRetryOnBothSides,
} from '../../differential/coordinator-retry.js';

const listTransactions = (errorCode: number): unknown => ({
  errorCode,
  unknownStateFilters: [],
  transactionStates: [],
});

describe('retrying a transient coordinator state on both sides', () => {
  it('finds COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE and NOT_COORDINATOR at the top or in an entry', () => {
    expect(hasRetriableCoordinatorError(listTransactions(14))).toBe(true);
    expect(hasRetriableCoordinatorError({ groups: [{ groupId: 'g1', errorCode: 15 }] })).toBe(true);
    expect(hasRetriableCoordinatorError({ coordinators: [{ key: 'g1', errorCode: 16 }] })).toBe(true);
    expect(hasRetriableCoordinatorError(listTransactions(0))).toBe(false);
    expect(hasRetriableCoordinatorError({ groups: [{ groupId: 'g1', errorCode: 30 }] })).toBe(false);
    expect(hasRetriableCoordinatorError('closed')).toBe(false);
  });

  it('retries a differing pair when either side answered a retriable coordinator error', () => {
    expect(shouldRetryOnBothSides(listTransactions(0), listTransactions(14), true, 0)).toBe(true);
    expect(shouldRetryOnBothSides(listTransactions(14), listTransactions(0), true, 0)).toBe(true);
  });

  it('does not retry equal answers, policy differences without coordinator errors, or past the bound', () => {
    expect(shouldRetryOnBothSides(listTransactions(14), listTransactions(14), false, 0)).toBe(false);
    expect(shouldRetryOnBothSides(listTransactions(29), listTransactions(0), true, 0)).toBe(false);
    expect(
      shouldRetryOnBothSides(listTransactions(0), listTransactions(14), true, MAX_COORDINATOR_RETRIES),
    ).toBe(false);
    expect(
      shouldRetryOnBothSides(listTransactions(0), listTransactions(14), true, MAX_COORDINATOR_RETRIES - 1),
    ).toBe(true);
  });
});
