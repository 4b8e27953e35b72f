// text-readability 1.1.1 ships plain JS without types; only the calls our content tests use are declared.
declare module 'text-readability' {
  interface Readability {
    fleschKincaidGrade(text: string): number;
    lexiconCount(text: string, removePunctuation?: boolean): number;
    sentenceCount(text: string): number;
  }
  const readability: Readability;
  export default readability;
}
