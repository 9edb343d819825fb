/** Text compared as people read it: accents, case, apostrophes, dashes and spacing aside. */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9@.()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
