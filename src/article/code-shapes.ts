/**
 * Telling code from prose in lines that start at column 0 (indented lines are
 * preformatted anyway). Errs towards prose: a paragraph that reads as code
 * still shows every character, while prose in a <pre> stops wrapping.
 */
import { isRuleLine } from './line-shapes.ts';

const C_LIKE = /^(#\s*(include|define|if|ifdef|ifndef|endif|else|elif|pragma|undef|import)\b|(void|int|char|long|short|unsigned|signed|static|extern|struct|union|typedef|return|BOOL|HWND|HANDLE|LPSTR|LPCSTR|WORD|DWORD|LRESULT|VOID|FAR|PASCAL|WINAPI|CALLBACK)\b[^.]*$|[{}])/;
const COMMENT = /^(\/\/|\/\*|\*\/|\*!\*|;|'|REM\b|&&)/;
const BASIC_OR_XBASE = /^(DIM|PRINT|IF|ELSEIF|ELSE|END|ENDIF|DO|LOOP|WEND|WHILE|FOR|NEXT|GOSUB|GOTO|RETURN|SUB|FUNCTION|DECLARE|CALL|SET|USE|SELECT|LOCAL|PRIVATE|PUBLIC|PROCEDURE|ENDPROC|ENDDO|ENDFOR|ENDCASE|CASE|STORE|REPLACE|APPEND|SCAN|ENDSCAN|OPEN|CLOSE|CLS|DEF|CONST|OPTION|LET|INPUT|SCREEN|COLOR|LOCATE|DEFINT|REDIM|DATA|SHARED|STATIC|COMMON|PARAMETERS|LPARAMETERS|WAIT|CREATE|INSERT|GO|SKIP|BROWSE|MODIFY|CLEAR|RELEASE|DEFINE|ACTIVATE|Dim|Private Sub|Public Sub|End Sub|Private Function|Public Function|End Function|Option Explicit)(\s|$)/;
// Commands typed at a prompt: a command word and a path or drive.
const COMMAND = /^(copy|rename|ren|del|erase|cd|md|dir|set|path|attrib|sattrib|xcopy|net|echo|edit|format|sys|deltree|move|expand|setup|regedit|ping|[a-z]:)\b.*(\\|\b[a-z]:)/i;
const ASSEMBLER = /^(\.(MODEL|CODE|DATA|STACK|286|386|486)\b|\w+\s+(PROC|ENDP|SEGMENT|ENDS|MACRO|ENDM)\b)/i;
const INSTRUCTION = /^(mov|push|pop|call|int|jmp|ret|xor|add|sub|cmp|lea|inc|dec)\s+[\w[\]]+\s*(,|;|$)/i;
// `x = 1`, `LSET name$ = "Doe"`, `a(i) = 0`: prose never starts with an assignment.
const ASSIGNMENT = /^(?:[A-Z]{2,}\s+)?[A-Za-z_][\w.]*[$%&!#]?(\[[^\]]*\]|\([^()]*\))?\s*[-+*/]?=\s*\S/;
const OPERATORS = /==|!=|&&|\|\||->|::|:=|\+\+/;
const STATEMENT = /^([A-Za-z_][\w.]*\s*\([^()]*\)\s*;?\s*$|\d+\s+[A-Z]{2,}\b|[A-Za-z]:\\|[A-Za-z]:>|[A-Za-z]:$|HKEY_)/;

/**
 * Strong signs (preprocessor lines, braces, comment starts, assembler
 * directives, assignments, `==` `&&` `->`, `...(...);`) make a line code even
 * when it reads like a sentence (code often ends in a comment that does);
 * weak ones (BASIC and xBase keywords, calls, paths) only when it does not.
 */
export function isCodeLine(text: string): boolean {
  const line = text.trim();
  if (line === '' || isRuleLine(line)) return false;
  if (C_LIKE.test(line) || COMMENT.test(line) || ASSEMBLER.test(line) || ASSIGNMENT.test(line) || OPERATORS.test(line)) return true;
  if (line.endsWith(';') && /[(=]/.test(line)) return true;
  return (BASIC_OR_XBASE.test(line) || STATEMENT.test(line) || COMMAND.test(line) || INSTRUCTION.test(line) || /[<>]=/.test(line)) && !isProseLine(line);
}

/** Five or more words, mostly lower-case letters, one of them a small English word, ending like a sentence or mid-sentence. */
export function isProseLine(text: string): boolean {
  const line = text.trim();
  if (!/[A-Za-z0-9.,;:?!)"'-]$/.test(line)) return false;
  // One pass, no allocation: this runs on every line of the corpus.
  let words = 0;
  let run = 0;
  let letters = 0;
  let lower = 0;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 32;
    const isLower = c >= 97 && c <= 122;
    const isLetter = isLower || (c >= 65 && c <= 90);
    if (isLetter) {
      letters++;
      if (isLower) lower++;
      run++;
    } else {
      if (run >= 2) words++;
      run = 0;
    }
  }
  if (words < 5 || lower < letters * 0.6) return false;
  // Sentences are held together by small words; code and lists of names are not.
  return FUNCTION_WORDS.test(line);
}

const FUNCTION_WORDS = /(?:^|\s)(?:the|a|an|to|of|and|in|is|are|was|be|for|that|with|on|or|you|your|this|it|its|as|not|if|by|can|from|at|will|when|which|have|has|does|do|then|than|there|these|into|must|may|should)(?=[\s,.;]|$)/;

const PLAIN = /[A-Za-z0-9.,;:?!'"()\-/]/;

/** Drawn rather than written: banners of `*`, box art, mostly symbols. */
export function isSymbolLine(text: string): boolean {
  let visible = 0;
  let symbols = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    visible++;
    const letterOrDigit = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!letterOrDigit && !PLAIN.test(text[i]!)) symbols++;
  }
  return visible >= 3 && symbols / visible > 0.5;
}
