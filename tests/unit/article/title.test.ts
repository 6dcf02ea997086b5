import { describe, expect, it } from 'vitest';
import { parseTitle } from '../../../src/article/title.ts';

describe.each([
  // id prefix stripped, product tag found
  ['Q152941: XCON: MTA Crashes Over Slow or Sporadic Network Connection', 'Q152941', 'XCON: MTA Crashes Over Slow or Sporadic Network Connection', 'XCON'],
  ['Q10022: OFF97: EPS File Is Not Printed', 'Q10022', 'OFF97: EPS File Is Not Printed', 'OFF97'],
  ['Q71999: WD97: Allow Fast Saves', 'Q71999', 'WD97: Allow Fast Saves', 'WD97'],
  // article-type prefixes are leading tags too
  ['Q103788: INFO: Creating a Modeless Dialog Box', 'Q103788', 'INFO: Creating a Modeless Dialog Box', 'INFO'],
  // joiners in tags
  ['Q1: ADT/ODE: Something', 'Q1', 'ADT/ODE: Something', 'ADT/ODE'],
  ['Q2: MS99-036: Unattended Installation File Not Deleted', 'Q2', 'MS99-036: Unattended Installation File Not Deleted', 'MS99-036'],
  // a subject phrase is not a tag
  ['Q3: Mac Srv: Creating a Group', 'Q3', 'Mac Srv: Creating a Group', null],
  ['Q4: Flight Simulator: Adjusting the Radios', 'Q4', 'Flight Simulator: Adjusting the Radios', null],
  // digits alone are not a tag
  ['Q5: 1106: Something', 'Q5', '1106: Something', null],
  // no tag, no id
  ['Using EndPaint() and BeginPaint()', null, 'Using EndPaint() and BeginPaint()', null],
  // entities decoded, as Jekyll shows them
  ['Q6: Mac Srv: AppleShare, Print Server, &amp; Mail Server', 'Q6', 'Mac Srv: AppleShare, Print Server, & Mail Server', null],
  ['Q7: WFWG Err Msg: &quot;Error&quot; &#124; &#x3C;x&#x3E;', 'Q7', 'WFWG Err Msg: "Error" | <x>', null],
  // no space after the colon: not a tag
  ['Q8: PRB:GETS Disabled', 'Q8', 'PRB:GETS Disabled', null],
])('parseTitle(%j)', (raw, id, title, tag) => {
  it('finds the id, title and tag', () => expect(parseTitle(raw)).toEqual({ id, title, tag }));
});
