// Attribution in Dutch, Polish, Russian, Arabic, Urdu and Chinese, and the English title and
// "of" cases that came with them: one test per pattern, pronoun case and quote-mark style.
import { describe, it, expect } from 'vitest';
import { findQuotes } from '../../src/core/quotes';
import type { Quote } from '../../src/core/types';

const one = (paras: string[], lang?: string): Quote => {
  const q = findQuotes(paras, { lang });
  expect(q).toHaveLength(1);
  return q[0];
};

describe('findQuotes: Dutch', () => {
  it('zei role Name, with a circumstance after the name', () => {
    const q = one(['"Het landschap tussen de steden raakt vol met gebouwen," zei gedeputeerde Lotte Verbeek na de stemming.'], 'nl');
    expect(q.speaker).toBe('Lotte Verbeek');
    expect(q.role).toBe('gedeputeerde');
  });
  it('zei role Name van …: the "van" phrase is not part of the name', () => {
    expect(one(['"We sturen bedrijven hiermee naar Brabant en Gelderland," zei voorzitter Jeroen Bakker van de vereniging.'], 'nl').speaker).toBe('Jeroen Bakker');
  });
  it('aldus Name, vertelde Name, Name zei', () => {
    expect(one(['"De dijk houdt het nog twintig jaar uit," aldus Pieter de Vries.'], 'nl').speaker).toBe('Pieter de Vries');
    expect(one(['"We hebben de hele nacht gewerkt aan de pompen," vertelde Anouk Jansen.'], 'nl').speaker).toBe('Anouk Jansen');
    expect(one(['Anouk Jansen zei: "We hebben de hele nacht gewerkt aan de pompen."'], 'nl').speaker).toBe('Anouk Jansen');
  });
  it('zei hij / zei ze → the last named person', () => {
    const q = findQuotes(['"De dijk houdt het nog twintig jaar uit," zei Pieter de Vries.', '"Daarna moeten we opnieuw gaan bouwen," zei hij.'], { lang: 'nl' });
    expect(q.map((x) => x.speaker)).toEqual(['Pieter de Vries', 'Pieter de Vries']);
  });
});

describe('findQuotes: Polish', () => {
  it('„…” – powiedziała role Name (the role in the genitive, no linking word)', () => {
    const q = one(['„Dziś dzieci jeżdżą na lekcje pływania autobusem przez pół miasta” – powiedziała zastępczyni prezydenta miasta Aleksandra Nowicka.'], 'pl');
    expect(q.speaker).toBe('Aleksandra Nowicka');
    expect(q.role).toBe('zastępczyni prezydenta miasta');
  });
  it('mówił role Name; dodała with the subject dropped continues the last speaker', () => {
    const q = findQuotes(['„Budowa to dopiero połowa sprawy i musimy o tym pamiętać” – mówił radny Piotr Zieliński.', '„Koszty utrzymania są dla nas najważniejsze” – dodał.'], { lang: 'pl' });
    expect(q.map((x) => x.speaker)).toEqual(['Piotr Zieliński', 'Piotr Zieliński']);
  });
});

describe('findQuotes: Czech', () => {
  it('„…“, verb role Name: the speaker after the verb, in the past and the present', () => {
    expect(one(['„Vláda musí jednat okamžitě, jinak přijdeme o miliardy,“ řekl ministr financí Zbyněk Stanjura.'], 'cs')).toMatchObject({ speaker: 'Zbyněk Stanjura', role: 'ministr financí' });
    expect(one(['„Je to jako stavět dům bez základů,“ přirovnává ekonom Lukáš Kovanda.'], 'cs').speaker).toBe('Lukáš Kovanda');
    expect(one(['„Tohle je zásadní změna pro celý region,“ zdůrazňuje starostka Jana Nováková.'], 'cs').speaker).toBe('Jana Nováková');
  });
  it('a capitalised role or place before the name is not part of it; an acronym after the role is the body', () => {
    expect(one(['„Česko staví dálnice dráž a pomaleji než sousední země,“ míní Ekonom Lukáš Kovanda.'], 'cs').speaker).toBe('Lukáš Kovanda');
    expect(one(['„Zhotovitel o vadách věděl od listopadu a nikomu nic neřekl,“ uvedl mluvčí ŘSD Jan Rýdl.'], 'cs').speaker).toBe('Jan Rýdl');
    const q = findQuotes(['Majitel přepravní společnosti Karel Novotný spočítal, že ho zdržení stojí sto tisíc měsíčně. „Je to jako jezdit s ručkou zataženou,“ přirovnává.'], { lang: 'cs' });
    expect(q[0]?.speaker).toBe('Karel Novotný');
  });
  it('„…,“ dodala: the dropped subject is the person spoken of, of that gender', () => {
    const q = findQuotes(['„Tohle je zásadní změna pro celý region,“ zdůrazňuje starostka Jana Nováková.', '„A bude to ještě horší, pokud se nic nezmění,“ dodala.'], { lang: 'cs' });
    expect(q.find((x) => x.text.startsWith('A bude'))?.speaker).toBe('Jana Nováková');
  });
});

describe('findQuotes: Russian', () => {
  it('«…», — рассказал role Name', () => {
    const q = one(['«Для жителей слободы это самый короткий путь в центр», — рассказал начальник управления транспорта Артём Галиев.'], 'ru');
    expect(q.speaker).toBe('Артём Галиев');
    expect(q.role).toBe('начальник управления транспорта');
  });
  it('a capitalised word inside the role is not the name: отметила сотрудница Волжско-Камского заповедника Name', () => {
    expect(one(['«Волна от быстрых судов размывает берег, и мы это видели», — отметила сотрудница Волжско-Камского заповедника Дина Хасанова.'], 'ru').speaker).toBe('Дина Хасанова');
  });
  it('сказал он → the last named person; заявила Name', () => {
    const q = findQuotes(['«Мы откроем маршрут в мае этого года», — заявила Мария Петрова.', '«Билеты будут стоить как на автобус», — сказала она.'], { lang: 'ru' });
    expect(q.map((x) => x.speaker)).toEqual(['Мария Петрова', 'Мария Петрова']);
  });
});

describe('findQuotes: Italian role before the name', () => {
  it("ha detto l'assessora alla Mobilità Name: the linked capital goes to the role", () => {
    const q = one(["«I numeri ci dicono che la città è più sicura», ha detto l'assessora alla Mobilità Valentina Orsi durante la conferenza stampa."], 'it');
    expect(q.speaker).toBe('Valentina Orsi');
    expect(q.role).toBe('assessora alla Mobilità');
  });
  it('a linked capital alone is still the role, and the name comes after the comma', () => {
    const q = one(['«La obra estará lista antes del verano», afirmó la concejala de Medio Ambiente, Carmen Ibáñez.'], 'es');
    expect(q.speaker).toBe('Carmen Ibáñez');
    expect(q.role).toBe('concejala de Medio Ambiente');
  });
});

describe('findQuotes: Arabic', () => {
  it('وقال role Name إن «…»: verb first, the name is the last two words before إن', () => {
    const q = one(['وقال مدير النقل في الأمانة سامر الحديدي إن «الحافلات الجديدة ستوفر على الطلبة والموظفين نحو نصف ساعة يومياً».'], 'ar');
    expect(q.speaker).toBe('سامر الحديدي');
    expect(q.role).toBe('مدير النقل في الأمانة');
  });
  it('وقالت role Name: «…»', () => {
    expect(one(['وقالت الطالبة في كلية الهندسة لين عبيدات: «كنت أحتاج إلى حافلتين وسيارة أجرة للوصول إلى الجامعة».'], 'ar').speaker).toBe('لين عبيدات');
  });
  it('«…»، قال Name: the verb after the quote', () => {
    expect(one(['«سنضيف خطين آخرين قبل نهاية العام المقبل»، قال سامر الحديدي.'], 'ar').speaker).toBe('سامر الحديدي');
  });
  it('وأضاف أن «…»: the subject is in the verb → the last named person', () => {
    const q = findQuotes(['وقال سامر الحديدي إن «الحافلات الجديدة ستوفر على الطلبة نصف ساعة».', 'وأضاف أن «الخط الثاني سيفتح قبل نهاية العام المقبل».'], { lang: 'ar' });
    expect(q.map((x) => x.speaker)).toEqual(['سامر الحديدي', 'سامر الحديدي']);
  });
  it('a role without a name is no speaker: وقال وزير الخارجية إن «…»', () => {
    expect(one(['وقال وزير الخارجية إن «المفاوضات ستستأنف الأسبوع المقبل في عمّان».'], 'ar').speaker).toBeNull();
    expect(one(['وقال المتحدث باسم الوزارة إن «المفاوضات ستستأنف الأسبوع المقبل في عمّان».'], 'ar').speaker).toBeNull();
  });
});

describe('findQuotes: Urdu', () => {
  it('Name نے کہا: ”…“ — marks in right-to-left order', () => {
    const q = one(['گلبرگ کی رہائشی اور دو بچوں کی والدہ نازیہ پروین نے کہا: ”صبح سویرے اسکول لے جانا مشکل تو ہے، مگر دوپہر کی گرمی میں بچوں کو لانے سے بہتر ہے۔“'], 'ur');
    expect(q.text).toBe('صبح سویرے اسکول لے جانا مشکل تو ہے، مگر دوپہر کی گرمی میں بچوں کو لانے سے بہتر ہے۔');
    expect(q.speaker).toBe('نازیہ پروین');
  });
  it('no name next to نے is no speaker: a minister "said in a statement"', () => {
    expect(one(['صوبائی وزیر تعلیم نے ایک بیان میں کہا کہ ”ہم نہیں چاہتے کہ کوئی بچہ دوپہر کی دھوپ میں پیدل گھر جائے۔“'], 'ur').speaker).toBeNull();
    expect(one(['صوبائی وزیر تعلیم نے کہا کہ ”ہم نہیں چاہتے کہ کوئی بچہ دوپہر کی دھوپ میں پیدل گھر جائے۔“'], 'ur').speaker).toBeNull();
  });
  it('انہوں نے کہا → the last named person', () => {
    const q = findQuotes(['نازیہ پروین نے کہا: ”صبح سویرے اسکول لے جانا مشکل تو ہے۔“', 'انہوں نے کہا کہ ”دوپہر کی گرمی میں بچوں کو لانا اس سے بھی مشکل ہے۔“'], { lang: 'ur' });
    expect(q.map((x) => x.speaker)).toEqual(['نازیہ پروین', 'نازیہ پروین']);
  });
  it('”…“ opens only before right-to-left letters: an English stray close stays a close', () => {
    expect(findQuotes(['the end of it,” he said and left the room without another word.'])).toEqual([]);
  });
});

describe('findQuotes: an unnamed spokesperson or statement speaks for the body (German, French, Spanish, Portuguese)', () => {
  const by = (paras: string[], lang: string, start: string) => findQuotes(paras, { lang }).find((q) => q.text.startsWith(start));
  it('„…“, sagte ein Sprecher des Innenministeriums: the body after the spokesperson', () => {
    expect(by(['„Die Lage ist ernst und wir arbeiten mit Hochdruck daran“, sagte ein Sprecher des Innenministeriums.'], 'de', 'Die Lage')?.speaker).toBe('Innenministerium');
  });
  it('„…“, sagte ein Sprecher / heißt es: the body this paragraph named, as a reference back', () => {
    const paras = [
      'Die Deutsche Bahn hat den Fahrplan geändert. „Wir bitten alle Fahrgäste um Verständnis für die Einschränkungen“, sagte ein Sprecher.',
      'Bei der Berliner Stadtreinigung gab es 13 Infizierte. „Tourenpläne und Schlüssel gibt es nur noch im Freien“, heißt es.',
    ];
    expect(by(paras, 'de', 'Wir bitten')).toMatchObject({ speaker: 'Deutsche Bahn', confidence: 'medium' });
    expect(by(paras, 'de', 'Tourenpläne')).toMatchObject({ speaker: 'Berliner Stadtreinigung', confidence: 'medium' });
  });
  it('nobody when the paragraph names no body, and a named spokesperson is the person', () => {
    const paras = ['Die Deutsche Bahn hat den Fahrplan geändert.', '„Wir bitten alle Fahrgäste um Verständnis für die Einschränkungen“, sagte ein Sprecher.'];
    expect(by(paras, 'de', 'Wir bitten')?.speaker ?? null).not.toBe('Deutsche Bahn');
    expect(by(['„Wir ermitteln in alle Richtungen und bitten um Hinweise“, sagte der Sprecher Hans Müller.'], 'de', 'Wir ermitteln')?.speaker).toBe('Hans Müller');
  });
  it('a pronoun after a German verb is its subject: „Das Angebot nannte sie „…““', () => {
    const paras = ['„Wir haben drei Wochen gewartet“, sagte VGT-Chefin Martina Schöller. Das jüngste Angebot der Rhein-Ems-Bahn nannte sie „eine Provokation, die niemand ernst nehmen kann“.'];
    expect(by(paras, 'de', 'eine Provokation')?.speaker).toBe('Martina Schöller');
  });
  it('a Romance body named with a common noun: selon la chambre d’agriculture de l’Hérault; o governo do Amazonas informou', () => {
    expect(by(['Selon la chambre d\'agriculture de l\'Hérault, « les rendements pourraient reculer de 15 à 20 % cette année ».'], 'fr', 'les rendements')?.speaker).toBe("chambre d'agriculture de l'Hérault");
    expect(by(['O governo do Amazonas informou, em nota, que “cerca de 120 mil pessoas já foram afetadas pela estiagem”.'], 'pt', 'cerca de')?.speaker).toBe('governo do Amazonas');
    const paras = ['La préfecture de l\'Hérault a pris mardi un arrêté. « Il faut adapter les horaires de travail des salariés », a indiqué un porte-parole.'];
    expect(by(paras, 'fr', 'Il faut')?.speaker).toBe("préfecture de l'Hérault");
  });
  it('"un porte-parole de la compagnie" is the firm the story named after its kind ("la compagnie Volantis")', () => {
    const paras = ['La compagnie Volantis a annoncé l\'annulation de 140 vols. « Nous demandons à nos clients de vérifier le statut de leur vol », a indiqué un porte-parole de la compagnie.'];
    expect(by(paras, 'fr', 'Nous demandons')).toMatchObject({ speaker: 'Volantis', confidence: 'medium' });
  });
});

describe('findQuotes: Chinese', () => {
  it('“…。”role Name说，“…”: one quote, both parts joined without a space', () => {
    const q = one(['“过去一个单元的居民要派专人请假跑审批，很多老人根本跑不动。”市住建局负责人沈国平说，“联办以后，居民在家等通知就可以。”'], 'zh');
    expect(q.speaker).toBe('沈国平');
    expect(q.role).toBe('市住建局负责人');
    expect(q.text).toBe('过去一个单元的居民要派专人请假跑审批，很多老人根本跑不动。联办以后，居民在家等通知就可以。');
  });
  it('role Name表示：“…” with a two-character name', () => {
    const q = one(['对此，西南交通大学环境学院教授陈敏表示：“桥下空间的噪音确实偏高，设计时应当用绿植隔开。”'], 'zh');
    expect(q.speaker).toBe('陈敏');
    expect(q.role).toBe('西南交通大学环境学院教授');
  });
  it('Name在发布会上说: the adverbial between the name and the verb is skipped', () => {
    expect(one(['“口袋公园就是要补上这个短板，让居民走几步就能坐下来。”副局长刘建华在发布会上说。'], 'zh').speaker).toBe('刘建华');
  });
  it('a first reporting verb or a manner adverb before 说 is not part of the name: 张晓阳介绍说, 王慧杰动情地说', () => {
    expect(one(['“我都记不清一共修改了多少遍，演出前还改过结尾。”编剧张晓阳介绍说。'], 'zh').speaker).toBe('张晓阳');
    expect(one(['“我们许多演员在排练时常常被感动得泣不成声。”剧中雨田的扮演者王慧杰动情地说。'], 'zh').speaker).toBe('王慧杰');
  });
  it('an unnamed person is nobody: 一位市直机关干部表示 names no "关干部"', () => {
    expect(one(['在沧州，一位市直机关干部表示：“做一件好事容易，但能坚持不懈地做好事却很难。”'], 'zh').speaker).toBeNull();
  });
  it('a role ending in a surname character: 主任王伟指出', () => {
    expect(one(['办公室主任王伟指出：“今年的审批时间已经缩短了一半，明年还会继续缩短。”'], 'zh').speaker).toBe('王伟');
  });
  it('「」 marks', () => {
    expect(one(['张明说：「我们会在明年六月之前完成全部改造工作。」'], 'zh').speaker).toBe('张明');
  });
  it('“…”她说 → the person named in this or the last paragraph, not one further back', () => {
    const near = findQuotes(['沈国平说，“联办以后，街道工作人员会全程代办。”', '“居民在家等通知就可以，不用再跑部门了。”他说。'], { lang: 'zh' });
    expect(near.map((x) => x.speaker)).toEqual(['沈国平', '沈国平']);
    const far = findQuotes(['沈国平说，“联办以后，街道工作人员会全程代办。”', '补助资金由市、区两级财政按比例承担。', '五楼的退休教师孙阿姨等了四年。“一楼的邻居一开始不同意，后来才签了字。”她说。'], { lang: 'zh' });
    expect(far.find((x) => x.text.startsWith('一楼'))?.speaker).toBeNull();
  });
  it('a short unpunctuated phrase in quotes is a term, not a quote', () => {
    expect(findQuotes(['老旧小区加装电梯将试行“一件事”联办，居民只需提交一次材料。'], { lang: 'zh' })).toEqual([]);
  });
});

describe('findQuotes: English titles', () => {
  it('Councilmember is a title, not part of the name', () => {
    const q = one(['"Grass is the single biggest thing we can take out of the system," said Councilmember Lane Santa Cruz, who proposed the program.']);
    expect(q.speaker).toBe('Lane Santa Cruz');
    expect(q.role).toBe('Councilmember');
  });
  it('Title Name of Place said: the name stands before "of"', () => {
    const q = findQuotes(['Chief Angela Levasseur of Nisichawayasihk Cree Nation said families had been split up.', '"Put the families back together first. Everything else can wait," she said.']);
    expect(q[0].speaker).toBe('Angela Levasseur');
    expect(q[0].role).toBe('Chief of Nisichawayasihk Cree Nation');
  });
  it('Title of Thing Name said keeps its name after "of"', () => {
    expect(one(['"The case will go ahead next month as planned," Director of Public Prosecutions Alison Saunders said.']).speaker).toBe('Alison Saunders');
  });

  it('Spanish feature writing: the present tense after the quote («…», resalta X; opina en cambio X)', () => {
    const q = findQuotes(
      [
        'Lucía Ferrer, meteoróloga de la agencia, estudia la península desde 2010.',
        '«El día del récord las temperaturas fueron normales en la base», resalta Ferrer.',
        '«Tenemos muchas dudas de que se valide ese récord», opina en cambio Tomás Aguirre, investigador del grupo.',
      ],
      { lang: 'es' },
    );
    expect(q.map((x) => x.speaker).sort()).toEqual(['Lucía Ferrer', 'Tomás Aguirre']);
  });

  it('German: a leader named by role ("der VW-Boss", "Der Vorstandschef") and a subject before a long colon intro are the person named', () => {
    const q = findQuotes(
      [
        'VW-Chef Herbert Diess hatte sich bereits besorgt gezeigt.',
        '"Gerade Wolfsburg ist wichtig für den Konzern, muss die Speerspitze sein", betonte der VW-Boss.',
        'Diess verwies aber auch darauf, dass die Konkurrenz im Blick behalten werden müsse: „Der nächste Golf darf kein Tesla sein!“',
        'Der Vorstandschef räumte ein: „Wir müssen miteinander reden.“',
      ],
      { lang: 'de' },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Herbert Diess', 'Herbert Diess', 'Herbert Diess']);
    expect(q.some((x) => x.text.startsWith('Gerade Wolfsburg'))).toBe(true);
  });

  it('German: a quote in reported speech (subjunctive narration) is the last speaker\'s', () => {
    const q = findQuotes(
      [
        '„Wir haben einen gewaltigen Auftragseingang“, sagte Konzernchef Robert Machtlinger.',
        'Die Nachfrage der Airlines sei hoch, „mehr als die Industrie liefern kann“.',
      ],
      { lang: 'de' },
    );
    expect(q.find((x) => x.text.startsWith('mehr als'))?.speaker).toBe('Robert Machtlinger');
  });
});

describe('findQuotes: the attribution set inside the marks (French, Spanish)', () => {
  const find = (paras: string[], lang: string) => findQuotes(paras, { lang }).sort((a, b) => a.paragraph - b.paragraph);

  it('names the speaker of the incise and leaves the incise out of the quote', () => {
    const q = find(
      [
        'Le maire, Jean Martin, est prudent depuis la rentrée.',
        '« Les familles sont inquiètes, explique Paul Durand, père de deux enfants. On ne sait pas ce qui va se passer. »',
      ],
      'fr',
    );
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ speaker: 'Paul Durand', confidence: 'high', text: 'Les familles sont inquiètes. On ne sait pas ce qui va se passer.' });
  });

  it('in Spanish, the incise between commas keeps the sentence whole', () => {
    const q = find(['«La situación, dijo Ana Castro, es más grave de lo que parece en la capital.»'], 'es');
    expect(q[0]).toMatchObject({ speaker: 'Ana Castro', text: 'La situación es más grave de lo que parece en la capital.' });
  });

  it('an inverted pronoun there is only a guess at whom it means', () => {
    const q = find(['Le maire, Jean Martin, est prudent.', '« Nous avons, poursuit-il, débloqué les fonds nécessaires pour la rentrée. »'], 'fr');
    expect(q[0]).toMatchObject({ speaker: 'Jean Martin', confidence: 'low', text: 'Nous avons débloqué les fonds nécessaires pour la rentrée.' });
  });

  it('not a nested quote’s attribution, and not in English or German copy', () => {
    const nested = find(['« Ils criaient “Venez tous ici”, disent-ils, et personne ne bougeait dans la rue. »'], 'fr');
    expect(nested[0].text).toContain('disent-ils');
    const en = find(['Mark Hale runs the shop.', '“The money, said to be gone, was found later by Anna Pike in the office,” the report noted.'], 'en');
    expect(en[0].text).toContain('said to be gone');
    const de = find(['„Diese martialischen, betont männlichen Auftritte sprechen vor allem junge Männer an“, sagt Bärbel Bongartz.'], 'de');
    expect(de[0]).toMatchObject({ speaker: 'Bärbel Bongartz', text: expect.stringContaining('betont männlichen') });
  });
});

describe('findQuotes: German names and what stands before them', () => {
  const speakerOf = (paras: string[]) => findQuotes(paras, { lang: 'de' }).map((q) => q.speaker);
  it('a preposition or conjunction opening the sentence is no part of a name', () => {
    expect(speakerOf(['Liat Atzili wurde am siebten Oktober entführt.', 'Niemand wusste etwas. Von Liat fehlte jedes Lebenszeichen.', '„Ich wünsche mir einen Tunnel zu meinen Nachbarn“, sagt Liat mit einem Lachen.'])).not.toContain('Von Liat');
    expect(speakerOf(['Auch Bundespräsident Frank-Walter Steinmeier kondolierte der Familie.', '„Toleranz und Respekt haben ihn ausgezeichnet“, schrieb Steinmeier.'])).toEqual(['Frank-Walter Steinmeier']);
  });
  it('a double given name is a name, not a role noun ending in -er', () => {
    expect(speakerOf(['Bundespräsident Frank-Walter Steinmeier kondolierte der Familie.', '„Toleranz und Respekt haben ihn ausgezeichnet“, sagte Steinmeier.'])).toEqual(['Frank-Walter Steinmeier']);
  });
  it('a colleague, an expert or a relative before the name is left out of it', () => {
    expect(speakerOf(['„Es war ein sehr schweres Rennen für uns alle“, sagte Teamkollege Luc Wirtgen.'])).toEqual(['Luc Wirtgen']);
    expect(speakerOf(['„Das ist ein sehr ernstes Problem für alle“, sagt der Psychologe Peter Walschburger.'])).toEqual(['Peter Walschburger']);
    expect(speakerOf(['Am Morgen fuhr ihr Mann Aviv Atzili zur Arbeit.', '„Ich war immer als Erster auf den Feldern“, sagte Atzili einmal.'])).toEqual(['Aviv Atzili']);
  });
});
