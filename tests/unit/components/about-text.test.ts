import { describe, expect, it } from 'vitest';
import { achievementTypeText, activityDuration, creditsText } from '../../../components/about-text';

describe('about-text', () => {
  it.each([
    ['Certificate', 'Certificate'],
    ['MicroCredential', 'Micro-credential'],
    ['AssociateDegree', 'Associate degree'],
    ['LearningProgram', 'Learning program'],
    ['ext:BootCamp', 'Boot camp'],
  ])('achievementType %s reads as %s', (type, words) => expect(achievementTypeText(type)).toBe(words));

  it.each([
    ['2025-01-06', '2025-06-20', { count: 5, unit: 'months' }],
    ['2025-01-06', '2025-01-07', { count: 1, unit: 'days' }],
    ['2025-01-06', '2025-01-06', { count: 1, unit: 'days' }],
    ['2025-01-01', '2025-02-05', { count: 5, unit: 'weeks' }],
    ['2021-09-01', '2025-06-30', { count: 3, unit: 'years' }],
  ])('%s to %s is over %o', (activityStart, activityEnd, span) => expect(activityDuration({ activityStart, activityEnd })).toEqual(span));

  it('no span when a date is missing or the end comes first', () => {
    expect(activityDuration({ activityStart: '2025-01-06' })).toBeUndefined();
    expect(activityDuration({ activityStart: '2025-06-01', activityEnd: '2025-01-01' })).toBeUndefined();
  });

  it('credits with and without a unit', () => {
    expect(creditsText(30, 'ECTS')).toBe('30 ECTS');
    expect(creditsText(2.5, undefined)).toBe('2.5');
  });
});
