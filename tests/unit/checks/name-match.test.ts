import { describe, expect, it } from 'vitest';
import { compareNames, nameTokens } from '../../../lib/checks/name-match';

describe('compareNames: the same person', () => {
  it.each([
    ['Ada Lovelace', 'Ada Lovelace'],
    ['ada lovelace', 'ADA LOVELACE'],
    ['Lovelace, Ada', 'Ada Lovelace'],
    ['Ada King Lovelace', 'Ada Lovelace'],
    ['Augusta Ada King', 'Ada King'],
    ['A. Lovelace', 'Ada Lovelace'],
    ['Ada B. Lovelace', 'Ada Lovelace'],
    ['A. B. Lovelace', 'Ada Byron Lovelace'],
    ['José Núñez', 'Jose Nunez'],
    ['Zoë Saldaña', 'Zoe Saldana'],
    ['François Côté', 'francois cote'],
    ['Jürgen Müller', 'Jurgen Muller'],
    ['Søren Kierkegaard', 'Soren Kierkegaard'],
    ['Łukasz Żółw', 'Lukasz Zolw'],
    ['Straße Anna', 'Anna Strasse'],
    ['Dr. Grace Hopper', 'Grace Hopper'],
    ['Grace Brewster Murray Hopper', 'Grace Hopper'],
    ['Grace Hopper, PhD', 'Grace B. Hopper'],
    ['Mary-Jane Watson', 'Mary Jane Watson'],
    ['Jane Smith-Jones', 'Jane Smith'],
    ["Seán O'Brien", 'Sean O Brien'],
    ['Nguyễn Văn An', 'Nguyen Van An'],
    ['Björk Guðmundsdóttir', 'Bjork Gudmundsdottir'],
    ['Ada', 'ada'],
  ])('%s ~ %s', (a, b) => {
    expect(compareNames(a, b)).toBe('match');
    expect(compareNames(b, a)).toBe('match');
  });
});

describe('compareNames: someone else', () => {
  it.each([
    ['Ada Lovelace', 'John Smith'],
    ['Ada Lovelace', 'Ada Smith'],
    ['Ada Lovelace', 'Grace Lovelace'],
    ['A. Lovelace', 'Bob Lovelace'],
    ['J. Smith', 'Ada Lovelace'],
    ['Jean Dupont', 'Jeanne Dupont'],
    ['Maria Garcia', 'Mario Garcia'],
    ['Ana Lopez', 'Ana Lopes'],
    ['A. B.', 'Ada Byron'],
    ['Ada Lovelace', 'Charles Babbage'],
    ['Grace Hopper', 'Hopper Lovelace'],
  ])('%s ≠ %s', (a, b) => {
    expect(compareNames(a, b)).toBe('mismatch');
    expect(compareNames(b, a)).toBe('mismatch');
  });
});

describe('compareNames: cannot tell', () => {
  it.each([
    ['', 'Ada Lovelace'],
    ['Ada', 'Ada Lovelace'],
    ['Dr.', 'Ada Lovelace'],
    ['Ада Лавлейс', 'Ada Lovelace'],
    ['李小龙', 'Bruce Lee'],
  ])('%s ? %s', (a, b) => expect(compareNames(a, b)).toBe('unknown'));

  it('the same name in another script matches itself', () => {
    expect(compareNames('Ада Лавлейс', 'ада лавлейс')).toBe('match');
  });
});

describe('nameTokens', () => {
  it('folds accents, case, punctuation and titles', () => {
    expect(nameTokens('Dr. José Núñez-Ruiz, PhD')).toEqual(['jose', 'nunez', 'ruiz']);
  });
});
