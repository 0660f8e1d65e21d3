// The "Load example" article: an invented wire report. The people, quotes and events are
// fictional; the countries are real.
export const EXAMPLE = `TOKYO, March 4 (Newsmark Wire) - Japan strongly protested on Tuesday South Korea's decision to hold naval drills near the disputed islets, as talks between Tokyo and Seoul on fishing rights stalled for a second week.

"We will not accept this," Japanese Foreign Minister Kenji Morita told reporters. "The drills are a clear provocation and must be called off."

The Japanese Foreign Ministry said in a statement that it had summoned the South Korean ambassador in protest.

South Korean Foreign Ministry spokeswoman Han Ji-won said the exercises were routine and posed no threat to any neighbour. She added that Seoul had informed Tokyo of the schedule a week in advance.

"The islets are ours by history and by law," Han said.

Several hundred demonstrators rallied outside the Japanese embassy in Seoul on Wednesday, chanting slogans against what they called Japan's fresh territorial claims to the islets. Fishermen's unions in both countries threatened to go on strike if the dispute is not settled before the season opens.

Pyongyang condemned the drills as a rehearsal for war, the North Korean state news agency reported.

In Beijing, Chinese Foreign Ministry spokesman Zhao Peng urged both sides to show restraint. "Dialogue is the only way forward," he said.

Russian officials said Moscow was following the situation closely. Kremlin Spokesman Pavel Sokolov told reporters that Russia had no intention of taking sides.

U.S. State Department spokeswoman Laura Mendes said Washington remained committed to both of its allies and hoped the two governments would settle the matter "through calm diplomacy."

According to the Japanese fisheries agency, seafood exports to South Korea fell 12 percent in February.
`;
