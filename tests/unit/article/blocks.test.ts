import { describe, expect, it } from 'vitest';
import type { BlockContent, Nodes } from 'mdast';
import { parseBlocks } from '../../../src/article/blocks.ts';
import { ReferenceCollector } from '../../../src/article/references.ts';

const lines = (text: string) => text.split('\n').map((line, k) => ({ text: line, line: k + 1 }));

/** A compact, readable shape of the blocks: `p(text)`, `pre(text)`, `ol@2[...]`. */
function shape(node: Nodes): string {
  switch (node.type) {
    case 'paragraph':
      return `p(${node.children.map(shape).join('')})`;
    case 'text':
      return node.value;
    case 'break':
      return '\u23ce';
    case 'link':
      return `[${node.children.map(shape).join('')}](${node.url})`;
    case 'code':
      return `${node.data?.kbBlock === 'verbatim' ? 'verbatim' : 'pre'}(${node.value})`;
    case 'list': {
      const type = node.data?.hProperties?.type ? `:${String(node.data.hProperties.type)}` : '';
      const name = node.data?.kbBlock === 'references' ? 'refs' : node.ordered ? `ol@${node.start}${type}` : 'ul';
      return `${name}[${node.children.map((item) => item.children.map(shape).join(' ')).join(' | ')}]`;
    }
    case 'blockquote':
      return `quote(${node.children.map(shape).join(' ')})`;
    case 'thematicBreak':
      return 'hr';
    default:
      return node.type;
  }
}

const parse = (text: string) => parseBlocks(lines(text), new ReferenceCollector('Q1')).map((block: BlockContent) => shape(block));

describe.each([
  // paragraphs: hard-wrapped lines joined, deliberate line ends kept
  [
    'wrapped lines join',
    'When you run Microsoft Exchange Server over a network that is either slow or\nbursty, the MTA might crash.',
    ['p(When you run Microsoft Exchange Server over a network that is either slow or bursty, the MTA might crash.)'],
  ],
  ['short lines keep their ends', 'Microsoft Corporation\nOne Microsoft Way\nRedmond, WA 98052', ['p(Microsoft Corporation\u23ceOne Microsoft Way\u23ceRedmond, WA 98052)']],
  ['outline entries start lines', 'Notes on Setup\n2.1 Priam and Everex Disk-Partitioning Software\n2.2 SyQuest Removable Hard Disk', ['p(Notes on Setup\u23ce2.1 Priam and Everex Disk-Partitioning Software\u23ce2.2 SyQuest Removable Hard Disk)']],
  ['blank lines separate paragraphs', 'One.\n\nTwo.', ['p(One.)', 'p(Two.)']],
  // lists
  ['dash bullets', '- Word\n- Excel', ['ul[p(Word) | p(Excel)]']],
  ['star and o bullets', '* one\n* two\n\no three\no four', ['ul[p(one) | p(two)]', 'ul[p(three) | p(four)]']],
  ['a lone o is a word', 'o (with an umlaut) is code 153.', ['p(o (with an umlaut) is code 153.)']],
  ['numbered, blank lines between items', '1. Create a project.\n\n2. Place two PictureBoxes on Form1. Adjust the\n  size of Picture2.', ['ol@1[p(Create a project.) | p(Place two PictureBoxes on Form1. Adjust the size of Picture2.)]']],
  ['a list that starts at 3', '3. Third\n4. Fourth', ['ol@3[p(Third) | p(Fourth)]']],
  ['letters', 'a. first\nb. second', ['ol@1:a[p(first) | p(second)]']],
  ['parenthesised numbers', '(1) first\n(2) second', ['ol@1[p(first) | p(second)]']],
  ['a letter list must start at a', 'c) Microsoft Corporation', ['p(c) Microsoft Corporation)']],
  ['items hold code and paragraphs', '5. Add this code:\n\n        x = 1\n        y = 2\n\n   Then run it.\n6. Done.', ['ol@5[p(Add this code:) pre(x = 1\ny = 2) p(Then run it.) | p(Done.)]']],
  ['nested lists', '- The C Run-Time, included with:\n   - Microsoft C 6.0\n   - Microsoft C 7.0', ['ul[p(The C Run-Time, included with:) ul[p(Microsoft C 6.0) | p(Microsoft C 7.0)]]']],
  ['two markers on one line nest', '1. 1. Copy the file.', ['ol@1[ol@1[p(Copy the file.)]]']],
  ['a list after a line ending in a colon', 'Check the following:\n- cables\n- power', ['p(Check the following:)', 'ul[p(cables) | p(power)]']],
  // reference lists
  ['reference lines', '  Q151261 OFF97: How to Obtain SR-2\n\n  Q10022 OFF97: EPS File Is Not Printed', ['refs[p([Q151261 OFF97: How to Obtain SR-2](kb:Q151261)) | p([Q10022 OFF97: EPS File Is Not Printed](kb:Q10022))]']],
  ['a title that wraps', '  Q97635 How to List the Currently Active Windows in a Menu\n  options are available.', ['refs[p([Q97635 How to List the Currently Active Windows in a Menu options are available.](kb:Q97635))]']],
  ['bulleted references', '- Q152734 How to Obtain the Latest Service Pack', ['refs[p([Q152734 How to Obtain the Latest Service Pack](kb:Q152734))]']],
  ['inline references', 'See article Q151261 or KB10022.', ['p(See article [Q151261](kb:Q151261) or [KB10022](kb:Q10022).)']],
  // preformatted
  ['indented text keeps its spacing, less the common indent', '  Event ID = 9405:\n    Error:  x', ['pre(Event ID = 9405:\n  Error:  x)']],
  ['indented chunks separated by blank lines are one block', '  a = 1\n\n  b = 2', ['pre(a = 1\n\nb = 2)']],
  ['a table of spaces', 'Menu         Command\nFile         Close', ['pre(Menu         Command\nFile         Close)']],
  ['C at column 0', '#include <stdio.h>\nvoid main(void)\n{\n}', ['pre(#include <stdio.h>\nvoid main(void)\n{\n})']],
  ['FoxPro star comments stay code', '  * Parsefpw.prg\n  * ------------\n  nFile = FOPEN(x)  && open it', ['pre(* Parsefpw.prg\n* ------------\nnFile = FOPEN(x)  && open it)']],
  ['a paragraph, then code without a blank line', 'Type the following:\n   SET TALK OFF', ['p(Type the following:)', 'pre(SET TALK OFF)']],
  ['indented prose is a quotation', '   This is an error in the CODEVIEW.DOC file, and the\n   mouse does work with the /2 switch.', ['quote(p(This is an error in the CODEVIEW.DOC file, and the mouse does work with the /2 switch.))']],
  ['first-line indents start paragraphs', '   Once you have valid pointers to the memory, you still have\nmore limitations to think of.\n   Since your application is in graphics mode, it is its\nresponsibility to save the screen.', ['p(Once you have valid pointers to the memory, you still have more limitations to think of.)', 'p(Since your application is in graphics mode, it is its responsibility to save the screen.)']],
  // separators and drawn text
  ['separator lines', 'One.\n=====================\nTwo.\n______', ['p(One.)', 'hr', 'p(Two.)', 'hr']],
  ['a banner is kept as written', '*****************\n* WARNING *\n*****************', ['verbatim(*****************\n* WARNING *\n*****************)']],
])('parseBlocks: %s', (_, text, expected) => {
  it('gives the expected blocks', () => expect(parse(text)).toEqual(expected));
});

it('does not recurse without end on a line of markers', () => {
  const deep = parse('- '.repeat(500) + 'x');
  expect(deep).toHaveLength(1);
  expect(JSON.stringify(deep)).toContain('x');
});
