/** The one list this project takes from `stopword` (which ships no types). */
declare module 'stopword' {
  export const eng: readonly string[];
}
