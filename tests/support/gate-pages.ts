/**
 * Small synthetic pages for the article gate, each shaped like the real pages it stands for: a
 * wire-style news brief (one sentence a paragraph, about 120 words), a recipe card with little
 * prose, and a listing of 20 teasers that each link to another page. Site chrome around each, as
 * real pages have.
 */
const chrome = (title: string, main: string): string => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><header><a href="/">The Harbour Gazette</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/food">Food</a> <a href="/about">About us</a></nav></header>
<main>${main}</main>
<footer><p>© 2026 The Harbour Gazette. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer></body></html>`;

/** About 120 words in seven one-sentence paragraphs: too short for Readability's "probably readerable". */
export const NEWS_BRIEF = chrome(
  'Ferry service to resume on Monday',
  `<div class="story"><h1>Ferry service to resume on Monday</h1><p class="byline">By Ana Ruiz, 12 March 2026</p>
<p>The island ferry will run again from Monday after a three-week stoppage for engine repairs, the operator said on Friday.</p>
<p>Crews replaced both main engines and a gearbox that failed during a storm in February.</p>
<p>The first sailing leaves the harbour at 6.40 a.m., and the usual timetable applies for the rest of the week.</p>
<p>Tickets bought for cancelled crossings remain valid until the end of April, a spokesperson added.</p>
<p>During the stoppage, a chartered boat carried about 300 passengers a day, roughly half the usual number.</p>
<p>The council said it would review the operator's maintenance contract at its next meeting, which is open to the public.</p>
<p>Updated timetables are posted at the terminal and on the ferry company's noticeboard.</p></div>`,
);

/** A recipe card: two lines of prose, then ingredients and steps as lists (about 150 words). */
export const RECIPE_CARD = chrome(
  'Lemon rice',
  `<div class="recipe"><h1>Lemon rice</h1><p>A quick side dish for grilled fish.</p>
<p>Prep 10 min · Cook 20 min · Serves 4</p>
<h2>Ingredients</h2><ul>
<li>300 g long-grain rice, rinsed</li><li>600 ml vegetable stock</li><li>2 tablespoons olive oil</li>
<li>1 small onion, finely chopped</li><li>2 garlic cloves, crushed</li><li>Zest and juice of 1 lemon</li>
<li>A handful of parsley, chopped</li><li>Salt and black pepper</li></ul>
<h2>Method</h2><ol>
<li>Warm the oil in a wide pan and soften the onion for five minutes.</li>
<li>Stir in the garlic and the rice and cook for one minute, until the grains turn glossy.</li>
<li>Pour in the stock, bring it to the boil, then cover and simmer for fifteen minutes.</li>
<li>Take the pan off the heat and leave it covered for five more minutes.</li>
<li>Fork through the lemon zest, juice and parsley, and season to taste.</li></ol></div>`,
);

const TEASERS = [
  'Harbour wall repairs start next week', 'New bakery opens on the quay', 'School choir wins regional prize',
  'Council debates parking fees again', 'Lifeboat crew rescues two walkers', 'Library extends its opening hours',
  'Fish market prices rise after storm', 'Cycle path to link the two bays', 'Island ferry gets new engines',
  'Local team reaches the cup final', 'Museum shows maps of the old port', 'Farmers market moves to Saturdays',
  'Water rates to rise by three percent', 'Night buses return for the summer', 'Beach cleaned by two hundred volunteers',
  'Theatre announces its spring season', 'Hospital car park to be rebuilt', 'Sailing club marks its centenary',
  'Road closed for bridge inspection', 'Allotment waiting list grows longer',
];

/** Twenty teasers, each a linked headline over one line of text: a section front, not an article. */
export const LISTING = chrome(
  'Local news',
  `<h1>Local news</h1><ul class="stories">${TEASERS.map(
    (t, i) =>
      `<li class="story"><h3><a href="/news/${i + 1}">${t}</a></h3><p>12 March 2026 · 3 min read</p></li>`,
  ).join('\n')}</ul>`,
);

const EXCERPT = 'Residents and traders spoke before the council voted on the plan on Tuesday.';

/** Twelve linked headlines, each over a one-sentence excerpt and a "continue" link: a blog's front page, prose between the links. */
export const LISTING_WITH_EXCERPTS = chrome(
  'Latest stories',
  `<h1>Latest stories</h1>${TEASERS.slice(0, 12)
    .map((t, i) => `<div class="post"><h2><a href="/news/${i + 1}">${t}</a></h2><p>${EXCERPT}</p><a href="/news/${i + 1}">Continue reading this story</a></div>`)
    .join('\n')}`,
);
