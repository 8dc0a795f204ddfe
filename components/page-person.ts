import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Whose page the results were found on: the popup provides the tab's, the content script sets its own. */
export const PagePersonContext = createContext<string | undefined>(undefined);

let pagePerson: string | undefined;

/** The content script's page (its overlay has no provider around each card). */
export function setPagePerson(name: string | undefined): void {
  pagePerson = name;
}

export function usePagePerson(): string | undefined {
  return useContext(PagePersonContext) ?? pagePerson;
}
