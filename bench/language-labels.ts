/**
 * The language of trafilatura-eval's pages. Its ground truth carries a `lang` that its collector
 * guessed from stopword counts in six languages (../shared/bench-data/trafilatura-eval/SOURCE.md),
 * so pages in any other language were filed under one of those. The pages below were read (their
 * extracted text, never Winnow's analysis) and their language corrected; every other page keeps
 * its guessed label. Held-out pages are not listed and not scored.
 */
export const LANGUAGE_CORRECTIONS: Readonly<Record<string, { lang: string; was: string; why: string }>> = {
  'html/chineselyrics4u.com.zhineng.html.gz': { lang: 'zh', was: 'en', why: 'Chinese lyrics in hanzi, each line with its pinyin' },
  'html/xinhuanet.com.c_1125597921.html.gz': { lang: 'zh', was: 'en', why: 'Chinese news text (Wuhan lockdown)' },
  'html/banyuetan.org.1000200033136171577956287380194268_1.html.gz': { lang: 'zh', was: 'en', why: 'Chinese news text (Yiyang)' },
  'html/baike.baidu.com.tanya.html.gz': { lang: 'zh', was: 'en', why: 'Chinese encyclopedia article' },
  'html/archive.org.he.xinhuanet.com.25340717.html.gz': { lang: 'zh', was: 'pl', why: 'Chinese page (GBK) that reads as mojibake when decoded as Latin-1' },
  'html/nhk.or.jp.k100.html.gz': { lang: 'ja', was: 'en', why: 'Japanese news for children, with furigana inline' },
  'html/uusisuomi.fi.angela.html.gz': { lang: 'fi', was: 'en', why: 'Finnish news text' },
  'html/yle.fi.3-11212601.html.gz': { lang: 'fi', was: 'en', why: 'Finnish news text' },
  'html/assabah.com.tn.article.html.gz': { lang: 'ar', was: 'en', why: 'Arabic news text' },
  'html/mindmegette.hu.levagott.html.gz': { lang: 'hu', was: 'pt', why: 'Hungarian recipe text' },
  'html/tine.no.fotballskole.html.gz': { lang: 'no', was: 'es', why: 'Norwegian text' },
  'html/football.ua.podolski.html.gz': { lang: 'ru', was: 'pt', why: 'Russian sports news' },
  'html/ukbdnews.com.23646.html.gz': { lang: 'bn', was: 'en', why: 'Bengali news text' },
  'html/24ora.com-internationalschol.html.gz': { lang: 'pap', was: 'it', why: 'Papiamento news text (Aruba)' },
  'html/seelenradio.de.leo.html.gz': { lang: 'de', was: 'en', why: 'German blog post' },
  'html/pointofsail-kiel.de.wilson.html.gz': { lang: 'de', was: 'en', why: 'German shop text quoting one English sentence' },
  'html/archive.org.swap-stop.org.shuji.html.gz': { lang: 'de', was: 'pl', why: 'German photo post (Standorte, Filmmaterial, Kameras)' },
  'html/leichtathletik-ostalbkreis.de.1952007.html.gz': { lang: 'de', was: 'pl', why: 'German athletics results' },
  'html/islamische-zeitung.de-Bundespr_sident.html.gz': { lang: 'de', was: 'en', why: 'German news text' },
};
