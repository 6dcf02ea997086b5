/**
 * Telling code from prose in lines that start at column 0 (indented lines are
 * preformatted anyway). Errs towards prose: a paragraph that reads as code
 * still shows every character, while prose in a <pre> stops wrapping.
 */

const C_LIKE = /^(#\s*(include|define|if|ifdef|ifndef|endif|else|elif|pragma|undef|import)\b|(void|int|char|long|short|unsigned|signed|static|extern|struct|union|typedef|return|BOOL|HWND|HANDLE|LPSTR|LPCSTR|WORD|DWORD|LRESULT|VOID|FAR|PASCAL|WINAPI|CALLBACK)\b[^.]*$|[{}])/;
const COMMENT = /^(\/\/|\/\*|\*\/|;|'|REM\b|&&)/;
const BASIC_OR_XBASE = /^(DIM|PRINT|IF|ELSEIF|ELSE|END|ENDIF|DO|LOOP|WEND|WHILE|FOR|NEXT|GOSUB|GOTO|RETURN|SUB|FUNCTION|DECLARE|CALL|SET|USE|SELECT|LOCAL|PRIVATE|PUBLIC|PROCEDURE|ENDPROC|ENDDO|ENDFOR|ENDCASE|CASE|STORE|REPLACE|APPEND|SCAN|ENDSCAN|OPEN|CLOSE|CLS|DEF|CONST|OPTION|LET|INPUT|SCREEN|COLOR|LOCATE|DEFINT|REDIM|DATA|SHARED|STATIC|COMMON|PARAMETERS|LPARAMETERS|WAIT|CREATE|INSERT|GO|SKIP|BROWSE|MODIFY|CLEAR|RELEASE|DEFINE|ACTIVATE|Dim|Private Sub|Public Sub|End Sub|Private Function|Public Function|End Function|Option Explicit)(\s+[^a-z\s]|\s*$)/;
const ASSEMBLER = /^(\.(MODEL|CODE|DATA|STACK|286|386|486)\b|\w+\s+(PROC|ENDP|SEGMENT|ENDS|MACRO|ENDM)\b|(mov|push|pop|call|int|jmp|ret|xor|add|sub|cmp|lea)\s+\w)/i;
const STATEMENT = /^([A-Za-z_][\w.]*(\[[^\]]*\])?\s*[-+*/]?=\s*\S|[A-Za-z_][\w.]*\s*\([^()]*\)\s*;?\s*$|\d+\s+[A-Z]{2,}\b|[A-Za-z]:\\|[A-Za-z]:>|HKEY_)/;
const OPERATORS = /[=!<>]=|&&|\|\||->|\+\+|::/;

export function isCodeLine(text: string): boolean {
  const line = text.trim();
  if (line === '') return false;
  return (
    C_LIKE.test(line) ||
    COMMENT.test(line) ||
    BASIC_OR_XBASE.test(line) ||
    ASSEMBLER.test(line) ||
    STATEMENT.test(line) ||
    (OPERATORS.test(line) && !isProseLine(line)) ||
    (line.endsWith(';') && /[(=]/.test(line))
  );
}

/** Five or more words, mostly lower-case letters, ending like a sentence or mid-sentence. */
export function isProseLine(text: string): boolean {
  const line = text.trim();
  const words = line.split(/\s+/).filter((word) => /[A-Za-z]{2,}/.test(word));
  if (words.length < 5) return false;
  const letters = line.replace(/[^A-Za-z]/g, '').length;
  const lower = line.replace(/[^a-z]/g, '').length;
  return lower >= letters * 0.6 && /[A-Za-z0-9.,;:?!)"'-]$/.test(line);
}

/** Drawn rather than written: banners of `*`, box art, mostly symbols. */
export function isSymbolLine(text: string): boolean {
  const line = text.replace(/\s+/g, '');
  if (line.length < 3) return false;
  const symbols = line.replace(/[A-Za-z0-9.,;:?!'"()\-/]/g, '').length;
  return symbols / line.length > 0.5;
}
