// Speakers in scripts without capital letters: Arabic, Urdu and Chinese. The cased languages find
// a name as a run of capitalised words; here the attribution's word order and a few word lists
// mark where the name stands instead:
//   Arabic, verb first:  وقال مدير النقل في الأمانة سامر الحديدي إن «…»   (role, then the name)
//   Urdu, verb last:     دو بچوں کی والدہ نازیہ پروین نے کہا: ”…“         (the name before "نے")
//   Chinese, verb last:  市住建局…负责人沈国平说，“…”                       (a surname opens the name)
// This file only parses; speakers.ts turns the result into a speaker.

export type UncasedParse = { kind: 'pronoun' } | { kind: 'name'; name: string; role?: string };

// ---- Arabic and Urdu ---------------------------------------------------------------------------

/** Where the speaker's words end after an Arabic verb: "إن/أن" (that), a colon, a comma or a quote. */
const ARABIC_CLAUSE_END = /(?:^|\s)(?:إن|أن|إنه|أنه|إنها|أنها|بأن)(?=\s|$)|[:：،؛.؟!«»"“”]/u;

/** Arabic words that cannot be part of a name: prepositions and job titles (the words that head a
 *  role: "مدير النقل", "وزير الخارجية" look like a first name and a family name). */
const ARABIC_NOT_NAME = new Set(
  (
    'في من إلى الى على عن مع بين لدى عند باسم بعد قبل حول ضد خلال أمام و ' +
    'وزير وزيرة مدير مديرة رئيس رئيسة نائب نائبة أمين أمينة عضو عضوة مسؤول مسؤولة متحدث متحدثة ناطق ناطقة ' +
    'سفير سفيرة محافظ قائد مستشار مستشارة أستاذ أستاذة الدكتور الدكتورة'
  ).split(' '),
);

/** Words that join the name parts around them: "عبد الله", "محمد بن سلمان", "أبو علي". */
const ARABIC_NAME_LINKS = new Set(['عبد', 'أبو', 'ابو', 'بن', 'ابن', 'بنت', 'أم']);

/** Urdu function words and roles, which a name never holds: postpositions, "and", titles. */
const URDU_NOT_NAME = new Set(
  (
    'کی کے کا اور نے میں سے کو پر بھی ہے ہیں ایک یہ وہ ' +
    'وزیر وزیراعلیٰ وزیراعظم ترجمان سربراہ صدر مشیر افسر ڈائریکٹر چیئرمین سیکرٹری والدہ والد رہائشی طالب طالبہ استاد'
  ).split(' '),
);

const URDU_PRONOUNS = /(?:^|\s)(?:انہوں|انھوں|اس|انہیں|میں|ہم|آپ)\s*$/u;

/** The name at the end of `tokens`: its last two words (three with a joining word such as "عبد"),
 *  none of them a function word or title, and (in Arabic) the first not a noun with "ال". */
function nameAtEnd(tokens: string[], notName: Set<string>, arabic: boolean): { name: string; role?: string } | null {
  if (tokens.length < 2) return null;
  let n = 2;
  if (tokens.length >= 3 && ARABIC_NAME_LINKS.has(tokens[tokens.length - 3])) n = 3;
  else if (tokens.length >= 3 && ARABIC_NAME_LINKS.has(tokens[tokens.length - 2])) n = 3;
  const name = tokens.slice(-n);
  if (name.some((t) => notName.has(t) || !/^\p{L}+$/u.test(t))) return null;
  if (arabic && name[0].startsWith('ال')) return null; // "الطالبة": a noun, not a first name
  const role = tokens.slice(0, -n).join(' ') || undefined;
  return { name: name.join(' '), role };
}

/** The words after an Arabic reporting verb: the role and the name, up to "إن" or a colon. */
export function parseAfterArabicVerb(right: string): UncasedParse | null {
  const m = ARABIC_CLAUSE_END.exec(right);
  const words = (m ? right.slice(0, m.index) : right).trim().split(/\s+/).filter(Boolean);
  // «…»، وأضاف. / وأضاف أن «…»: the subject is in the verb ("he added").
  if (!words.length) return { kind: 'pronoun' };
  if (words.length > 14) return null;
  const found = nameAtEnd(words, ARABIC_NOT_NAME, true);
  return found ? { kind: 'name', ...found } : null;
}

/** The words before an Urdu reporting verb: "… نازیہ پروین نے" (the name right before "نے"). */
export function parseBeforeUrduVerb(left: string): UncasedParse | null {
  const before = /\s*نے\s*$/u.exec(left);
  if (!before) return null; // "نے ایک بیان میں کہا": the name is not next to the verb
  const rest = left.slice(0, before.index);
  if (URDU_PRONOUNS.test(rest)) return { kind: 'pronoun' };
  const words = rest.replace(/[،,:؛]/gu, ' ').trim().split(/\s+/).filter(Boolean);
  const found = nameAtEnd(words.slice(-12), URDU_NOT_NAME, false);
  return found ? { kind: 'name', ...found } : null;
}

// ---- Chinese -----------------------------------------------------------------------------------

/** The most common single-character Chinese surnames (about 85% of the population). */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'.split(''),
);
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '令狐', '慕容', '公孙', '尉迟', '长孙', '宇文', '司徒', '夏侯'];

/** Role words that end in a surname character ("主任" ends in 任): the name starts after them. */
const ROLE_ENDINGS = ['主任', '专任', '局长', '部长', '院长', '校长', '市长', '省长', '县长', '区长', '队长', '所长', '处长', '科长', '厂长', '社长'];

/** What may stand between the speaker and the verb: "在发布会上", "对记者", "接受采访时", "也",
 *  a manner adverb in 地 ("动情地"), and a first reporting verb before 说 ("张晓阳介绍说": the
 *  name is 张晓阳, not the three characters before 说). */
const CHINESE_ADVERBIAL =
  /(?:在[^，。、：“”]{1,15}?(?:上|中|时|里|前|后|表示)|[对向][^，。、：“”]{0,6}(?:记者|媒体|本报|外界|公众|居民|村民|大家|我们)|接受[^，。、：“”]{0,12}(?:采访|专访)时?|也|还|则|又|曾|更|就此|对此|同时|当时|随后|最后|此前|日前|近日|今天|昨天|笑着|(?<!当)[\u4e00-\u9fff]{1,2}地|介绍|表示|指出|强调|坦言|透露|解释|补充|回忆|感慨)$/u;

const CHINESE_PRONOUN = /(?:他|她|他们|她们)$/u;

/** A 2–4 character Chinese name at the end of `s` (role words before it go to `role`). */
function chineseNameAtEnd(s: string): { name: string; role?: string } | null {
  const c = [...s];
  const at = (k: number) => c[c.length - k] ?? '';
  let len = 0;
  if (COMPOUND_SURNAMES.includes(at(4) + at(3))) len = 4;
  else if (COMPOUND_SURNAMES.includes(at(3) + at(2))) len = 3;
  else if (SURNAMES.has(at(3)) && !SURNAMES.has(at(2))) len = 3;
  else if (SURNAMES.has(at(2)) && !SURNAMES.has(at(3))) len = 2;
  else if (SURNAMES.has(at(3)) && SURNAMES.has(at(2))) len = ROLE_ENDINGS.includes(at(4) + at(3)) ? 2 : 3;
  if (!len || c.length < len) return null;
  const name = c.slice(-len).join('');
  if (!/^[\u3400-\u9fff]+$/u.test(name)) return null;
  // "一位市直机关干部表示": a common noun for an unnamed person ends in 部, 员, 者, 们…, and "一位",
  // "一名", "某" before it says nobody is named ("关干部" is the tail of 机关干部, a cadre).
  if (/[部员者们]$/u.test(name) || /(?:一位|一名|一个|某)[^，。、：]{0,8}$/u.test(c.slice(0, -len).join(''))) return null;
  const role = c.slice(0, -len).join('').replace(/^.*[，,、：:；;。]/u, '') || undefined;
  return { name, role };
}

/** The words before a Chinese reporting verb: "…副局长刘建华在发布会上" → 刘建华, "她" → pronoun. */
export function parseBeforeChineseVerb(left: string): UncasedParse | null {
  let s = left.replace(/[\s，,：:]+$/u, '');
  for (let k = 0; k < 3; k++) {
    const m = CHINESE_ADVERBIAL.exec(s);
    if (!m || m.index === 0) break;
    s = s.slice(0, m.index);
  }
  if (CHINESE_PRONOUN.test(s)) return { kind: 'pronoun' };
  const found = chineseNameAtEnd(s);
  return found ? { kind: 'name', ...found } : null;
}
