// Speakers the text gives outside the quote's own sentence or in less common shapes (issue 18,
// class 6: a null speaker where the text does say who). Each case is a general newspaper
// convention, not one page's wording.
import { describe, it, expect } from 'vitest';
import { findQuotes } from '../../src/core/quotes';
import { noteNames, type State } from '../../src/core/quotes/speakers';

const speakerOf = (paras: string[], start: string) => findQuotes(paras).find((q) => q.text.startsWith(start));

describe('findQuotes: indirect speech, then a quote standing alone', () => {
  it('the quote goes on in the voice of the sentence before it', () => {
    const paras = [
      'Montell Figgins, who represents Thomas, said his client chose not to accept a plea.',
      'Sometimes employees do not follow the rules, he said. “But does that mean they are going to be indicted for it?”',
    ];
    expect(speakerOf(paras, 'But does that mean')).toMatchObject({ speaker: 'Montell Figgins', confidence: 'medium' });
    expect(speakerOf(['Ann Lee said the plan was sound. “We looked at every other option before this one.”'], 'We looked')).toMatchObject({ speaker: 'Ann Lee' });
  });
  it('not when narration comes between, or the quote has words of its own around it', () => {
    // Only the paragraph's person as a guess (nearbySpeaker), never as a speaker the text gives.
    expect(speakerOf(['Ann Lee said the plan was sound. The council met on Monday. “We looked at every other option before this one.”'], 'We looked')?.confidence).toBe('low');
    expect(speakerOf(['Ann Lee said the plan was sound. A banner read “we looked at every other option before this one”.'], 'we looked')?.speaker ?? null).not.toBe('Ann Lee');
  });
});

describe('findQuotes: a quote nothing attributes goes to the nearest person, as a guess', () => {
  const paras = [
    '“We will not close the plant,” said Maria Lopez, the site manager.',
    'The plant employs 400 people. Its order book is full until “at least the end of next year, and probably longer”.',
    'Tom Reyes runs the bakery across the road. Business has been “slower than any winter I can remember, by a long way”.',
  ];
  it('the person quoted in the paragraph before, or named in this one, with low confidence', () => {
    expect(speakerOf(paras, 'at least the end')).toMatchObject({ speaker: 'Maria Lopez', confidence: 'low' });
    expect(speakerOf(paras, 'slower than any')).toMatchObject({ speaker: 'Tom Reyes', confidence: 'low' });
  });
  it('the person a sentence of this paragraph opened on, named in full, before an earlier speaker', () => {
    const es = [
      '“Las obras terminarán en marzo”, dijo el director del proyecto, Héctor Gallardo.',
      'Guadalupe Íñiguez atiende desde hace 22 años una tienda frente a la futura estación. “Ya van tres años y medio y las ventas no vuelven”.',
    ];
    expect(findQuotes(es, { lang: 'es' }).find((q) => q.text.startsWith('Ya van'))).toMatchObject({ speaker: 'Guadalupe Íñiguez', confidence: 'low' });
  });
  it('never a German noun phrase that a capitalised run made a "person" ("Anlässlich der Koalitionsverhandlungen")', () => {
    const de = ['Anlässlich der Koalitionsverhandlungen fordert der Verband eine bessere Versorgung geflüchteter Menschen. In dem Appell „Menschenrechte achten und Zugang zur Versorgung für alle Menschen gewähren“ wendet sich der Verband an die Regierung.'];
    expect(findQuotes(de, { lang: 'de' })[0]?.speaker ?? null).toBeNull();
  });
  it('not words written or chanted, an unnamed source, or someone described but not named', () => {
    const after = (s: string) => [paras[0], s];
    expect(speakerOf(after('Workers at the gate chanted “save our jobs, save our town” until dark.'), 'save our')?.speaker).toBeNull();
    expect(speakerOf(after('A sign on the fence read “no closure without a vote of the workers”.'), 'no closure')?.speaker).toBeNull();
    expect(speakerOf(after('“The owners have wanted this for years,” one worker told the crowd.'), 'The owners')?.speaker).toBeNull();
    expect(speakerOf(after('The union’s letter to members calls the plan “a betrayal of everything agreed in March”.'), 'a betrayal')?.speaker ?? null).not.toBe('Maria Lopez');
    expect(speakerOf(['«Vamos a cerrar la planta en junio», dijo María López.', 'Al respecto, agregaron que el «Congreso tendrá que actuar dentro de sus ámbitos de competencia».'], 'Congreso tendrá')?.speaker).toBeNull();
  });
});

describe('findQuotes: Arabic surnames with their article ("al-Hamdan", "el-Sisi")', () => {
  it('are part of the name, before or after the verb, and a later "he said" means that person', () => {
    expect(speakerOf(['“We will review the market month by month,” said Nasser al-Hamdan, an adviser to the ministry.'], 'We will review')?.speaker).toBe('Nasser al-Hamdan');
    expect(speakerOf(['“The talks were constructive and useful for both sides,” Abdel Fattah el-Sisi said.'], 'The talks')?.speaker).toBe('Abdel Fattah el-Sisi');
    const paras = [
      '“Output will fall again next month,” said the delegate Ole Brandvik.',
      'Khalid al-Falih, the energy minister, told Reuters the group would review the market. “If demand picks up in the second half,” he said, “we could unwind the cuts sooner.”',
    ];
    expect(speakerOf(paras, 'If demand')?.speaker).toBe('Khalid al-Falih');
  });
});

describe('findQuotes: a question put to someone is not their words', () => {
  it('"Asked ‘…?’ by one reporter, Rowntree laughed": nobody named asked it', () => {
    const paras = ['Steve Rowntree signed the striker on Friday.', 'Asked ‘Is he the final piece of the jigsaw?’ by one reporter, Rowntree laughed and said no manager ever believed his squad was complete.'];
    expect(speakerOf(paras, 'Is he the final')?.speaker ?? null).toBeNull();
  });
  it('but "Malaska asked, “…?”" is Malaska’s own question, and the answer after "Asked whether …" is the answerer’s', () => {
    expect(speakerOf(['Noting that bacteria live on acetylene, Michael Malaska asked, “Could something like it live in Titan’s warmer crust?”'], 'Could something')?.speaker).toBe('Michael Malaska');
    expect(speakerOf(['Asked whether she would run again, Ann Lee said: “I have not decided yet, and I will not decide this year.”'], 'I have not')?.speaker).toBe('Ann Lee');
  });
});

describe('findQuotes: "Para X, …" turns the story to X', () => {
  it('a quote after it with only "advirtió" is X’s', () => {
    const paras = [
      '“Las obras terminarán en marzo”, dijo el director del proyecto, Héctor Gallardo.',
      'Para el urbanista Mauricio Lemus, académico de la Universidad de Guadalajara, el problema de fondo es la planeación. “En México inauguramos obras, no sistemas”, advirtió.',
    ];
    expect(findQuotes(paras, { lang: 'es' }).find((q) => q.text.startsWith('En México'))?.speaker).toBe('Mauricio Lemus');
  });
});

describe('findQuotes: a sports role for the person the paragraph names, and an organisation by part of its name', () => {
  it('"Pryce was unmoved. “…,” the skipper said" is Pryce, as a reference back', () => {
    const paras = ['Lachlan Pryce declared with 12 overs left on day three.', 'Pryce was unmoved. “People are entitled to their opinions about it,” the skipper said.'];
    expect(speakerOf(paras, 'People are entitled')).toMatchObject({ speaker: 'Lachlan Pryce', confidence: 'medium' });
  });
  it('"Halcyon said" after Halcyon Launch Systems, when nobody goes by Halcyon', () => {
    const paras = ['Halcyon Launch Systems delayed the launch of its Vega rocket on Tuesday.', '“The vehicle and the spacecraft are both safe and ready to go,” Halcyon said in a statement.'];
    expect(speakerOf(paras, 'The vehicle')?.speaker).toBe('Halcyon Launch Systems');
  });
  it('"a spokesperson for the Nurses Union" is the organisation the story named in full', () => {
    const paras = ['Members of the Western Australian Nurses Union walked out on Monday.', '“We can staff 400 beds a day at each of the two sites,” a spokesperson for the Nurses Union said.'];
    expect(speakerOf(paras, 'We can staff')?.speaker).toBe('Western Australian Nurses Union');
  });
});

describe('findQuotes: "As X put it", and a description before the name', () => {
  it('"As Gaiman put it, “…”" names Gaiman', () => {
    const paras = ['Neil Gaiman, the novelist, knew him well.', 'As Gaiman put it, “Had he written five books in that world, he would have been George R.R. Martin.”'];
    expect(speakerOf(paras, 'Had he written')?.speaker).toBe('Neil Gaiman');
  });
  it('"according to his aunt, Jane Starner, “…”" names her, the description as her role', () => {
    const q = speakerOf(['According to his aunt, Jane Starner, “He was brilliant from the start, reading at an adult level.”'], 'He was brilliant');
    expect(q).toMatchObject({ speaker: 'Jane Starner', role: 'his aunt' });
    expect(speakerOf(['“We will appeal the ruling this week,” said the firm’s chief lawyer, Ann Lee.'], 'We will appeal')?.speaker).toBe('Ann Lee');
  });
});

describe('findQuotes: name and an unclosed appositive after the quote', () => {
  it('“…,” Name, a role at an organisation told an outlet', () => {
    const text = 'This is mainly due to the change in wind direction';
    expect(speakerOf([`“${text},” Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think tank told CBS News.`], 'This is')).toMatchObject({
      speaker: 'Kurinji Selvaraj',
      confidence: 'high',
    });
    expect(speakerOf([`“${text}”, Kurinji Selvaraj, an analyst at the think tank told CBS News.`], 'This is')?.speaker).toBe('Kurinji Selvaraj');
  });
  it('a place opening the sentence is no name', () => {
    expect(speakerOf(['In Washington, the president told reporters “we will not accept this deal at all”.'], 'we will')?.speaker ?? null).not.toBe('Washington');
  });
});

describe('findQuotes: an adverb or auxiliary between the name and the verb', () => {
  it('"Thomas allegedly told", "Lee has also said"', () => {
    const paras = ['Michael Thomas and Tova Noel were charged on Tuesday.', '"We messed up; I messed up," Thomas allegedly told a supervisor.'];
    expect(speakerOf(paras, 'We messed up')?.speaker).toBe('Michael Thomas');
    expect(speakerOf(['“The bridge will open in the spring,” Ann Lee has also said.'], 'The bridge')?.speaker).toBe('Ann Lee');
  });
  it('"the Smith family said" is no "Smith"', () => {
    expect(speakerOf(['“We are grateful for every message of support,” the Smith family said.'], 'We are grateful')?.speaker).not.toBe('Smith');
  });
});

describe('findQuotes: a participle hangs the quote on the main clause', () => {
  it('"After the hearing, X issued a statement, saying, “…”" is X’s', () => {
    const paras = ['Kathleen Hawk Sawyer testified before the Senate on Tuesday.', 'After the hearing, Hawk Sawyer issued a statement about the charges, saying, “I am committed to this agency and to its staff.”'];
    expect(speakerOf(paras, 'I am committed')?.speaker).toBe('Kathleen Hawk Sawyer');
  });
  it('a sentence opener alone names nobody', () => {
    expect(speakerOf(['After the hearing, a statement went out, saying, “I am committed to this agency and to its staff.”'], 'I am committed')?.speaker ?? null).toBeNull();
  });
});

describe('findQuotes: "it said" is the organisation that spoke last', () => {
  it('names the organisation, never a person', () => {
    const paras = [
      '“At no point did we say she could not perform at the awards,” said Big Machine Label Group.',
      'Singer Taylor Swift disagreed with the label on Friday.',
      '“We have agreed to grant all licences of our artists’ performances,” it says.',
    ];
    expect(speakerOf(paras, 'We have agreed')?.speaker).toBe('Big Machine Label Group');
    expect(speakerOf(['“I will perform my own music at the show,” said Taylor Swift.', '“We have agreed to grant all licences of the performances,” it says.'], 'We have agreed')?.speaker ?? null).toBeNull();
  });
});

describe('findQuotes: whom a pronoun means', () => {
  const story = [
    'Patrick Carlineo Jr., 55, pleaded guilty on Monday.',
    'Sonya A. Zoghlin, Carlineo’s attorney, told reporters that her client did not intend to cause harm.',
    '“Pat Carlineo is passionate about his political beliefs and his rights,” she said in an email.',
    'Carlineo was arrested in April for a call in which he said he would put a “bullet in the lawmaker’s head, and soon.”',
  ];
  it('a pronoun after the person a sentence opens with is that person', () => {
    expect(speakerOf(story, 'bullet in')?.speaker).toBe('Patrick Carlineo Jr.');
  });
  it('a later "he" is not the woman who spoke before', () => {
    // Nor is a name inside her quote (“Pat Carlineo …,” she said) evidence that he is a "she".
    expect(speakerOf(story.concat('“I have nothing to add to what the court heard today,” he told reporters later.'), 'I have nothing')?.speaker).not.toBe('Sonya A. Zoghlin');
  });
});

describe('findQuotes: "for X" and "in the words of X" in Spanish, French, Italian, German', () => {
  it('Para / Pour / Per X, «…»: a person set off by a comma', () => {
    expect(speakerOf(['Para la investigadora Ana López, “el problema no es el agua sino cómo se reparte”.'], 'el problema')?.speaker).toBe('Ana López');
    expect(speakerOf(['Pour Marie Durand, sociologue, « la jeunesse de Saint-Denis est invisible dans les médias ».'], 'la jeunesse')?.speaker).toBe('Marie Durand');
    // Not a place or a group: "Para los productores del norte" names nobody.
    expect(speakerOf(['Para los productores del norte, “la situación es insostenible desde hace años”.'], 'la situación')?.speaker ?? null).toBeNull();
  });
  it('en palabras de X, de acuerdo con role, X, d’après X, laut X', () => {
    expect(speakerOf(['En palabras de Carlos Ruiz, “esto es una crisis que nadie quiere ver”.'], 'esto es')?.speaker).toBe('Carlos Ruiz');
    expect(speakerOf(['De acuerdo con el director del hospital, Pedro Díaz, “los recursos no alcanzan para todos los pacientes”.'], 'los recursos')?.speaker).toBe('Pedro Díaz');
    expect(speakerOf(['D’après Marie Durand, « la jeunesse de Saint-Denis est invisible dans les médias ».'], 'la jeunesse')?.speaker).toBe('Marie Durand');
  });
});

describe('findQuotes: French compound past with the subject inverted', () => {
  it('« … », a-t-il assuré / a-t-elle expliqué', () => {
    const paras = ['Le ministre Jean Dupont a visité le lycée mardi.', '« Nous allons investir dans les écoles de la région », a-t-il assuré.'];
    expect(speakerOf(paras, 'Nous allons')?.speaker).toBe('Jean Dupont');
  });
});

describe('findQuotes: a colon after "article, role, name"', () => {
  it('names the person, never the article', () => {
    const q = speakerOf(['La productora Laura Méndez lo resume así: “Trabajamos más y ganamos menos que hace diez años”.'], 'Trabajamos');
    expect(q).toMatchObject({ speaker: 'Laura Méndez', role: 'productora' });
  });
});

describe('findQuotes: German roles and "so X"', () => {
  const intro = '„Wir haben einen gewaltigen Auftragseingang“, sagte Konzernchef Robert Machtlinger am Dienstag.';
  it('„…“, sagte der Konzernchef von FACC: the person in that role, not the company', () => {
    expect(speakerOf([intro, '„Die Lieferketten werden sich nachhaltig verändern“, sagte der Konzernchef von FACC mit Blick auf Europa.'], 'Die Lieferketten')?.speaker).toBe('Robert Machtlinger');
  });
  it('„…“ inside the sentence, ", so X." at its end', () => {
    expect(speakerOf([intro, 'Die Branche entwickle sich als „eine der wenigen Branchen ohne Sorgen um Nachfrage“ sehr gut, so Machtlinger.'], 'eine der wenigen')?.speaker).toBe('Robert Machtlinger');
  });
});

describe('findQuotes: a full name after "Title of Body"', () => {
  it('"Deputy Director of Public Prosecution Eva-Marie Persson" makes a later "Ms Persson" her', () => {
    const paras = ['Deputy Director of Public Prosecution Eva-Marie Persson took the decision to close the case.', 'Ms Persson said: “I would like to emphasise that the injured party has been credible.”'];
    expect(speakerOf(paras, 'I would like')?.speaker).toBe('Eva-Marie Persson');
  });
});

describe('findQuotes: a person called by their given name', () => {
  const intro = 'Martha Fry and her brother Dale Ford agreed to an interview over email.';
  it('"Dale wrote" after "Dale Ford" is Dale Ford', () => {
    expect(speakerOf([intro, '“Mike’s personal life was his own business and not ours,” Dale wrote.'], 'Mike’s personal')?.speaker).toBe('Dale Ford');
  });
  it('a given name two people share names nobody in full', () => {
    const q = speakerOf(['Dale Ford and Dale Hart agreed to an interview over email.', '“Mike’s personal life was his own business and not ours,” Dale wrote.'], 'Mike’s personal');
    expect(q?.speaker).not.toBe('Dale Ford');
    expect(q?.speaker).not.toBe('Dale Hart');
  });
});

describe('findQuotes: royal and papal titles are part of the name', () => {
  it('"said King Charles", and "Andrew said" after "Prince Andrew"', () => {
    expect(speakerOf(['“We will keep the monarchy close to the people,” said King Charles.'], 'We will keep')).toMatchObject({ speaker: 'King Charles' });
    expect(speakerOf(['Prince Andrew gave an interview to the BBC on Saturday.', '“There was no indication, absolutely no indication at all,” Andrew said.'], 'There was no')?.speaker).toBe('Prince Andrew');
  });
});

describe('findQuotes: who "he" can be', () => {
  it('a possessive before a verb-like word is nobody: "a victim of Epstein’s alleged ring"', () => {
    const paras = [
      'Prince Andrew gave an interview about his friend.',
      'The interviewer pressed him on the night of March 10, when he allegedly raped Virginia Giuffre, a victim of Epstein’s alleged sex trafficking ring.',
      '“Going to Pizza Express in Woking is an unusual thing for me to do,” he said.',
    ];
    expect(speakerOf(paras, 'Going to Pizza')?.speaker).not.toBe('Epstein’s');
  });
  it('"he" skips a lone capitalised word that may be a company for the last speaker named in full', () => {
    const paras = [
      '“We make no apology for our rebuttal unit,” said Dominic Raab.',
      'Twitter pledged to take “decisive corrective action against such accounts”.',
      'Audience members laughed when he urged voters, “Look what I have said I am going to do and what I delivered.”',
    ];
    expect(speakerOf(paras, 'Look what I')?.speaker).toBe('Dominic Raab');
  });
});

describe('findQuotes: a body and where it sits', () => {
  it('"The Chinese Embassy in Washington said" is the embassy, not Washington', () => {
    expect(speakerOf(['The Chinese Embassy in Washington said in a statement that the measures “violate the principles of fair competition and will harm consumers.”'], 'violate')?.speaker).toBe('Chinese Embassy in Washington');
    expect(speakerOf(['“We will respond to this in due course and in full,” the Foreign Ministry in Beijing said.'], 'We will respond')?.speaker).toBe('Foreign Ministry in Beijing');
  });
});

describe('findQuotes: two people of one surname', () => {
  it('"Calloway says" stays the person the story has been calling Calloway after her mother, Loretta Calloway, comes in', () => {
    const paras = [
      '“I wrote most of it in my car,” said the singer Junie Calloway.',
      '“It took a long time to find the right band for it,” Calloway says.',
      'Her mother, Loretta Calloway, will be in the front row, as she has been for every hometown show since 2011.',
      '“She still brings a sign that says ‘That’s my baby’ every single time,” Calloway says, rolling her eyes.',
    ];
    expect(speakerOf(paras, 'She still brings')?.speaker).toBe('Junie Calloway');
  });
  it('"Su hija, Lucía Rodríguez, estudia …": a possessive role before the name makes her the subject', () => {
    const paras = [
      'Juan Rodríguez tiene 58 años y planta arroz desde los 20. «Este año fue el peor que recuerdo en toda mi vida», cuenta el productor.',
      'Su hija, Lucía Rodríguez, estudia agronomía en Montevideo. «Quiero volver al campo cuando termine la carrera», asegura.',
    ];
    expect(findQuotes(paras, { lang: 'es' }).find((q) => q.text.startsWith('Quiero volver'))?.speaker).toBe('Lucía Rodríguez');
  });
});

describe('findQuotes: a colon after "Il se souvient" or "Son constat est sans appel"', () => {
  it('is the person spoken of', () => {
    const paras = ['Mehdi Kaci a 22 ans. « Je viens ici tous les jours depuis la rentrée », nous explique-t-il.', 'Il se souvient : « En 2019, il n\'y avait même pas de chauffage dans les salles ».', 'Son constat est sans appel : « Rien n\'a changé depuis dix ans dans cette université ».'];
    const q = findQuotes(paras, { lang: 'fr' });
    expect(q.find((x) => x.text.startsWith('En 2019'))?.speaker).toBe('Mehdi Kaci');
    expect(q.find((x) => x.text.startsWith('Rien n'))?.speaker).toBe('Mehdi Kaci');
  });
});

describe('findQuotes: French and Spanish feature writing', () => {
  const touati = '« Les étudiants arrivent souvent épuisés par les transports »';
  it('more verbs of the present and past: déplore, contó', () => {
    expect(speakerOf([`${touati}, déplore Sarah Touati, enseignante à Paris 8.`], 'Les étudiants')?.speaker).toBe('Sarah Touati');
    expect(speakerOf(['«Perdimos casi la mitad de la cosecha por la sequía», contó Juan Rodríguez.'], 'Perdimos')?.speaker).toBe('Juan Rodríguez');
  });
  it('a clitic pronoun between the quote and the verb: nous explique X, se souvient-elle', () => {
    expect(speakerOf([`${touati}, nous explique Sarah Touati.`], 'Les étudiants')?.speaker).toBe('Sarah Touati');
    expect(speakerOf(['« Nous allons investir dans les écoles de la région », a déclaré Jean Dupont.', '« Je me souviens du premier jour, tout était à construire », se souvient-il.'], 'Je me souviens')?.speaker).toBe('Jean Dupont');
  });
  it('a name set off by commas before a colon: "X, role, verb …: «…»"; "Elle raconte : « … »"', () => {
    expect(speakerOf(['Juan Rodríguez, productor de Canelones, contó que la zafra fue mala: «Perdimos casi la mitad de la cosecha por la sequía».'], 'Perdimos')?.speaker).toBe('Juan Rodríguez');
    expect(speakerOf(['Sarah Touati, enseignante, l’assure : « Les étudiants arrivent souvent épuisés par les transports ».'], 'Les étudiants')?.speaker).toBe('Sarah Touati');
    expect(speakerOf(['« Nous allons investir dans les écoles », a déclaré Marie Durand.', `Elle raconte : ${touati}.`], 'Les étudiants')?.speaker).toBe('Marie Durand');
  });
});

describe('findQuotes: a sentence subject described in French or Spanish', () => {
  it('"X, 22 ans, …" and "X, une étudiante, …" are persons a later pronoun means', () => {
    const q = '« Je ne connaissais personne ici, c’était difficile au début », se souvient-elle.';
    expect(speakerOf(['Inès Benali, 22 ans, étudiante en sociologie, est arrivée à Paris en 2019.', q], 'Je ne connaissais')?.speaker).toBe('Inès Benali');
    expect(speakerOf(['Inès Benali, une étudiante en sociologie, est arrivée à Paris en 2019.', q], 'Je ne connaissais')?.speaker).toBe('Inès Benali');
  });
});

describe('findQuotes: "the minister said" is the person the story gave that role', () => {
  it('in English, before and after the verb, and in Spanish, with medium confidence', () => {
    const en = ['“We will cut the fares next year,” said Transport Minister Owen Pritchard.', 'The opposition was not convinced.'];
    expect(speakerOf([...en, '“Nobody should pay more to get to work,” the minister said.'], 'Nobody should')).toMatchObject({ speaker: 'Owen Pritchard', confidence: 'medium' });
    expect(speakerOf([...en, '“Nobody should pay more to get to work,” said the minister.'], 'Nobody should')?.speaker).toBe('Owen Pritchard');
    const es = ['«La zafra fue muy mala este año», explicó el productor Juan Rodríguez.', 'La sequía afectó a todo el departamento.', '«Perdimos casi la mitad de la cosecha por la sequía», dijo el productor.'];
    expect(speakerOf(es, 'Perdimos')?.speaker).toBe('Juan Rodríguez');
  });
  it('nobody when two people hold the role', () => {
    const paras = ['“We will cut the fares,” said Transport Minister Owen Pritchard.', '“We will build the road,” said Roads Minister Ann Lee.', '“Nobody should pay more to get to work,” the minister said.'];
    expect(speakerOf(paras, 'Nobody should')?.speaker ?? null).toBeNull();
  });
});

describe('findQuotes: bodies, roles and fronted phrases around the name', () => {
  it('"responded NASA administrator Jim Bridenstine": the body and role go to role', () => {
    expect(speakerOf(['“It depends on what Boeing is willing to invest, quite frankly,” responded NASA administrator Jim Bridenstine.'], 'It depends')).toMatchObject({
      speaker: 'Jim Bridenstine',
      role: 'NASA administrator',
    });
  });
  it('“…,” Name, a role at a body with commas in its name, said', () => {
    const q = speakerOf(['“Using the lift capability of the rocket, we have a new approach,” Jim Chilton, senior vice president for space at Boeing Defense, Space, and Security, said in a statement.'], 'Using the lift');
    expect(q?.speaker).toBe('Jim Chilton');
  });
  it('the subject after a fronted phrase, with a party tag, is whom a later "he" means', () => {
    const paras = [
      '“We will not fund a second rocket,” said Rep. José Serrano.',
      'At a hearing last month of the subcommittee that funds NASA, Rep. Robert Aderholt (R-AL), ranking member of the subcommittee, pushed for greater use of the rocket.',
      '“I understand there is a growing confidence among the prime contractors,” he said.',
    ];
    expect(speakerOf(paras, 'I understand')?.speaker).toBe('Rep. Robert Aderholt');
  });
});

describe('findQuotes: German feature verbs', () => {
  it('„…“, erzählt der Chef X; schildert X', () => {
    expect(speakerOf(['„Und wir haben Aufträge verschoben“, erzählt der Chef Matthias Frankenstein am Telefon.'], 'Und wir haben')?.speaker).toBe('Matthias Frankenstein');
    expect(speakerOf(['„Die Pläne bekommen sie nicht mehr drinnen, sondern im Freien“, schildert Anna Berg.'], 'Die Pläne')?.speaker).toBe('Anna Berg');
  });
});

describe('findQuotes: German "Noun von Full Name"', () => {
  it('"in der Backstube von Karsten Berning … sagt Berning" is Karsten Berning; "von der Leyen" keeps its particle', () => {
    const paras = ['In einer Woche ist in der Backstube von Karsten Berning das erste Team dran.', '„Es darf sich nicht die ganze Herde infizieren“, sagt Berning.'];
    expect(findQuotes(paras, { lang: 'de' }).find((q) => q.text.startsWith('Es darf'))?.speaker).toBe('Karsten Berning');
    expect(speakerOf(['„Europa muss jetzt zusammenstehen und handeln“, sagte Ursula von der Leyen.'], 'Europa muss')?.speaker).toBe('Ursula von der Leyen');
  });
});

describe('findQuotes: German reported speech and "aus Sicht von X"', () => {
  const intro = '„Nur gemeinsam machen wir Volkswagen zukunftssicher“, sagte Herbert Diess.';
  it('a colon after the subjunctive ("heiße das: „…“") is the last speaker’s', () => {
    const paras = [intro, 'Mit Blick auf den Konkurrenten Tesla heiße das: „Wir dürfen uns unseren Standort nicht nehmen lassen.“'];
    expect(findQuotes(paras, { lang: 'de' }).find((q) => q.text.startsWith('Wir dürfen'))?.speaker).toBe('Herbert Diess');
  });
  it('"Aus Sicht von Diess …, „…“" names him', () => {
    const paras = [intro, 'Aus Sicht von Diess hat die Zentrale gute Chancen, „wieder zum Aushängeschild für die Produktion“ zu werden.'];
    expect(findQuotes(paras, { lang: 'de' }).find((q) => q.text.startsWith('wieder zum'))?.speaker).toBe('Herbert Diess');
  });
});

describe('findQuotes: "special envoy to Ukraine Kurt Volker"', () => {
  it('the place the role is about is not part of the name', () => {
    const paras = ['Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his own account of the meeting.', '“I think all of us thought it was inappropriate and the meeting concluded,” Volker said.'];
    expect(speakerOf(paras, 'I think all')?.speaker).toBe('Kurt Volker');
  });
});

describe('findQuotes: a described person and a paragraph ending in indirect speech', () => {
  it('"the actress said", "said the 48-year-old": the person the story is about, as a pronoun would be', () => {
    const paras = ['“I loved every minute of the shoot in Belfast,” said Jessie Buckley.', 'The film opens in cinemas on Friday.'];
    expect(speakerOf([...paras, '“It was the hardest part I have ever played, by far,” the actress said.'], 'It was the hardest')).toMatchObject({ speaker: 'Jessie Buckley', confidence: 'medium' });
    expect(speakerOf([...paras, '“It was the hardest part I have ever played, by far,” said the 48-year-old.'], 'It was the hardest')?.speaker).toBe('Jessie Buckley');
  });
  it('a quote standing alone at the start of a paragraph after one that ends in indirect speech', () => {
    const paras = ['The council met on Monday. Ann Lee said the plan was sound and would go ahead.', '“We looked at every other option before this one, and none was cheaper.”'];
    expect(speakerOf(paras, 'We looked')).toMatchObject({ speaker: 'Ann Lee', confidence: 'medium' });
  });
});

describe('findQuotes: Spanish roles given in an appositive, and said back', () => {
  const intro = 'Juan Pérez, productor de Florida, habló con la diaria el lunes.';
  it('"según el productor", "el productor considera que «…»" mean Juan Pérez', () => {
    expect(findQuotes([intro, 'Según el productor, la situación es «muy complicada para todos los que trabajamos en el campo».'], { lang: 'es' })[0]).toMatchObject({ speaker: 'Juan Pérez', confidence: 'medium' });
    expect(findQuotes([intro, 'El productor considera que la situación es «muy complicada para todos los que trabajamos en el campo».'], { lang: 'es' })[0]?.speaker).toBe('Juan Pérez');
  });
});

describe('findQuotes: Spanish subject drop after a connective', () => {
  it('"Asimismo, remarcó que «…»" is the person spoken of, with medium confidence', () => {
    const paras = ['El presidente del sindicato, Juan Pérez, dijo a la diaria que la medida es «un golpe muy duro para los trabajadores».', 'Asimismo, remarcó que «la negociación colectiva está en riesgo si no cambian las reglas».'];
    expect(findQuotes(paras, { lang: 'es' }).find((q) => q.text.startsWith('la negociación'))).toMatchObject({ speaker: 'Juan Pérez', confidence: 'medium' });
  });
});

describe('findQuotes: Spanish verbs of feature writing, and the person addressed', () => {
  it('confesó, ironizó, deslizó X, ha subrayado, se preguntaba', () => {
    expect(findQuotes(['«Le apoyaremos hasta que caiga la bandera a cuadros», deslizó Christian Horner.'], { lang: 'es' })[0]?.speaker).toBe('Christian Horner');
    const intro = '«La reunión fue muy útil para todos», dijo el ministro José Manuel Albares.';
    expect(findQuotes([intro, '«Estamos trabajando todas las administraciones, cada una desde su responsabilidad», ha subrayado.'], { lang: 'es' }).find((q) => q.text.startsWith('Estamos'))?.speaker).toBe('José Manuel Albares');
    expect(findQuotes([intro, '«¿Cuál es la alternativa? ¿Matar a todos?», se preguntaba.'], { lang: 'es' }).find((q) => q.text.startsWith('¿Cuál'))?.speaker).toBe('José Manuel Albares');
  });
  it('"dijo el ingeniero a Max Verstappen": the person spoken to is not the speaker', () => {
    const q = findQuotes(['«El karma es algo maravilloso. Hoy no has conducido despacio», dijo el ingeniero de pista a Max Verstappen.'], { lang: 'es' })[0];
    expect(q?.speaker).not.toBe('Max Verstappen');
  });
});

describe('findQuotes: an occupation written as a title before the name', () => {
  it('"Author Nuhaa Bardien" is Nuhaa Bardien, the occupation her role; "Ken Doctor" keeps his surname', () => {
    const q = speakerOf(['Author Nuhaa Bardien signed books at the festival.', '“I am a big romance reader and I love any kind of romance,” she said.'], 'I am a big');
    expect(q?.speaker).toBe('Nuhaa Bardien');
    expect(speakerOf(['“Since 2008, there has not been a single year of revenue gain,” says veteran industry analyst Ken Doctor.'], 'Since 2008')?.speaker).toBe('Ken Doctor');
  });
});

describe('findQuotes: business titles and lower-case descriptions before a name', () => {
  it('"Peter White, SVP of enterprise AI at Automation Anywhere, told TechCrunch"; "said Kyiv resident Svitlana Onofryichuk"', () => {
    expect(speakerOf(['“Our models are trained on anonymised metadata,” Peter White, SVP of enterprise AI and automation at Automation Anywhere, told TechCrunch.'], 'Our models')?.speaker).toBe('Peter White');
    expect(speakerOf(['“It was a terrible night, the worst of the whole war,” said Kyiv resident Svitlana Onofryichuk, 55.'], 'It was a terrible')?.speaker).toBe('Svitlana Onofryichuk');
  });
});

describe('findQuotes: "X shared"', () => {
  it('is an attribution in entertainment writing', () => {
    expect(speakerOf(['“I like to see it from the fans’ perspective, right in the pit,” Travis Kelce shared.'], 'I like to see')?.speaker).toBe('Travis Kelce');
  });
});

describe('findQuotes: "Name from Body said", "comments X", and a possessive before a colon', () => {
  it('names the person, not the body', () => {
    expect(speakerOf(['When asked about the conditions, Matthew O’Connor from UPS corporate communications said, “We don’t want anyone to work six days in a row.”'], 'We don’t want')?.speaker).toBe('Matthew O’Connor');
    expect(speakerOf(['“Lisbon’s growing prosperity is redefining the map of investment,” comments David Moura-George, Managing Director of Athena Advisers.'], 'Lisbon’s')?.speaker).toBe('David Moura-George');
  });
  it('"Christie’s bottom line was the right one: “…”" names no "Christie’s"', () => {
    expect(speakerOf(['Christie’s bottom line on the others was the right one: “Anyone who is unwilling to say it is unfit to be president.”'], 'Anyone who')?.speaker ?? null).not.toBe('Christie’s');
  });
});

describe('findQuotes: a person doing something, then a quote standing alone', () => {
  it('"Aderholt returned to the issue later. “What vehicles …?”" is his', () => {
    const paras = ['“I understand there is growing confidence among the contractors,” said Rep. Robert Aderholt.', 'Aderholt returned to the issue later in the hearing. “What commercial launch vehicles exist today that can launch the lander?”'];
    expect(speakerOf(paras, 'What commercial')).toMatchObject({ speaker: 'Rep. Robert Aderholt', confidence: 'medium' });
  });
  it('"He also backs the plan." ¶ “…”: a sentence about him by pronoun hands him the quote', () => {
    const paras = ['Tony Blair has written a book about leadership.', 'He also backs the plan on Brexit, by rebuilding a relationship with Europe.', '“The British people are in a negotiation with themselves about this.”'];
    expect(speakerOf(paras, 'The British people')).toMatchObject({ speaker: 'Tony Blair', confidence: 'medium' });
    // Not when the pronoun fits nobody the story named.
    expect(speakerOf(['Tony Blair has written a book about leadership.', 'She also backs the plan on Brexit.', '“The British people are in a negotiation with themselves about this.”'], 'The British people')?.speaker).not.toBe('Tony Blair');
  });
  it('"“…,” he assures himself"', () => {
    expect(speakerOf(['“I remember it weirdly, distinctly,” said Prince Andrew.', '“Oh, actually? Yes, I did not sweat at the time,” he assures himself.'], 'Oh, actually')?.speaker).toBe('Prince Andrew');
  });
});

describe('findQuotes: Spanish "según contó," and a possessive before a colon', () => {
  const intro = '«La zafra fue muy mala este año», dijo Juan Pérez, productor de leche en Florida.';
  it('"Según contó, la situación «…»" is the person spoken of', () => {
    expect(findQuotes([intro, 'Según contó, la situación «es compleja y los números no cierran desde hace tres años».'], { lang: 'es' }).find((q) => q.text.startsWith('es compleja'))?.speaker).toBe('Juan Pérez');
  });
  it('"Su diagnóstico es claro: «…»" names no "Su"', () => {
    expect(findQuotes([intro, 'Su diagnóstico es claro: «Trabajamos más que nunca y ganamos menos que nunca».'], { lang: 'es' }).find((q) => q.text.startsWith('Trabajamos'))?.speaker).not.toBe('Su');
  });
});

describe('findQuotes: a second verb of the same subject after a conjunction (Spanish, French, German)', () => {
  it('"Pérez negaba que …, a la vez que aseveró que «…»" is Pérez', () => {
    const paras = ['Juan Pérez, productor de leche en Florida, recibió a la diaria en su tambo.', 'Mientras tanto, Pérez negaba que el sector estuviera en crisis, a la vez que aseveró que «los números no cierran desde hace tres años».'];
    expect(findQuotes(paras, { lang: 'es' })[0]?.speaker).toBe('Juan Pérez');
  });
});

describe('findQuotes: a lawmaker’s party and state tag', () => {
  it('"Sen. Ben Sasse, R-Neb., called …" and "(R-AL) said" name the lawmaker', () => {
    expect(speakerOf(['Sen. Ben Sasse, R-Neb., called his death “a crisis of public trust” within the prison system.'], 'a crisis')?.speaker).toBe('Sen. Ben Sasse');
    expect(speakerOf(['“We will act on this before the end of the year,” Rep. Robert Aderholt (R-AL) said.'], 'We will act')?.speaker).toBe('Rep. Robert Aderholt');
    expect(speakerOf(['“We will act on this before the end of the year,” said Rep. Jerry Nadler, D-N.Y., on Tuesday.'], 'We will act')?.speaker).toBe('Rep. Jerry Nadler');
  });
  it('the tag before a "who" clause: "Sen. Roberta Quill, D-Ore., who …, said"', () => {
    const q = speakerOf(['Sen. Roberta Quill, D-Ore., who has written a competing bill, said the House measure “cannot pass the Senate in its current form.”'], 'cannot pass');
    expect(q?.speaker).toBe('Sen. Roberta Quill');
  });
  it('"Rep. Marcus Feld of California" is the lawmaker, "of California" his role; not "Democratic Republic"', () => {
    const q = speakerOf(['Rep. Marcus Feld of California, the top Democrat on the panel, called those provisions “a giveaway to the timber industry dressed up as fire policy.”'], 'a giveaway');
    expect(q?.speaker).toBe('Rep. Marcus Feld');
    expect(speakerOf(['Tom Hill of Ohio called the plan “a giveaway to the timber industry and nothing else.”'], 'a giveaway')?.speaker).toBe('Tom Hill');
    expect(speakerOf(['The Democratic Republic of Congo said the deal “was a betrayal of the region and its people”.'], 'was a betrayal')?.speaker).not.toBe('Democratic Republic');
  });
});

describe('findQuotes: narration around words in quote marks that are no quote', () => {
  it('a person named in it is who a later "he said" means', () => {
    const paras = [
      'At the hearing, Rep. José Serrano, chairman of the subcommittee, was skeptical.',
      'Rep. Brian Babin, a Texas Republican, spoke next.',
      'Babin referred to those comments, concluding that the odds of full funding were ”dwindling.”',
      '“If this forces NASA to reassess its schedule, it would provide an opportunity,” he said.',
    ];
    expect(speakerOf(paras, 'If this forces')?.speaker).toMatch(/Brian Babin$/);
  });
});

describe('findQuotes: Spanish drops the subject', () => {
  const intro = 'Juan Pérez, productor de leche en Canelones, recibió a la diaria en su tambo.';
  const speaker = (line: string) => findQuotes([intro, line], { lang: 'es' }).find((q) => q.text.startsWith('los números'))?.speaker;
  it('after a verb that opens the sentence, or a fronted phrase and a comma', () => {
    expect(speaker('Agregó que «los números no cierran desde hace tres años».')).toBe('Juan Pérez');
    expect(speaker('Sobre la sequía, recordó que «los números no cierran desde hace tres años».')).toBe('Juan Pérez');
    expect(speaker('Consultado por la diaria, opinó que «los números no cierran desde hace tres años».')).toBe('Juan Pérez');
  });
  it('not when the verb is plural: a dropped "they" is nobody named', () => {
    expect(speaker('Sobre la sequía, recordaron que «los números no cierran desde hace tres años».')).toBeNull();
  });
  it('"de acuerdo a X" and a role with a relative clause', () => {
    expect(findQuotes([intro, 'De acuerdo a Pérez, los precios son «muy bajos para lo que cuesta producir».'], { lang: 'es' })[0]?.speaker).toBe('Juan Pérez');
    expect(speaker('El productor, que trabaja en la zona desde hace 20 años, explicó que «los números no cierran desde hace tres años».')).toBe('Juan Pérez');
  });
});

describe('findQuotes: Romance word order around the verb', () => {
  const intro = 'Juan Pérez, productor de leche en Canelones, recibió a la diaria en su tambo.';
  const speaker = (...lines: string[]) => findQuotes([intro, ...lines], { lang: 'es' }).find((q) => /^(?:las ventas|habrá|la situación|muy complicada)/i.test(q.text))?.speaker ?? null;
  it('a verb inverted after a clause has its subject right after it', () => {
    expect(speaker('Si para entonces no ha llovido, advirtió Pérez, «habrá que plantearse restricciones nocturnas en el área».')).toBe('Juan Pérez');
  });
  it('a verb set off by commas, or told to an outlet, drops the subject', () => {
    expect(speaker('La situación, dice, es «muy complicada para todos los productores».')).toBe('Juan Pérez');
    expect(speaker('«Las ventas bajaron a la mitad en tres años y medio», relató a este diario.')).toBe('Juan Pérez');
    expect(speaker('«Las ventas bajaron a la mitad en tres años y medio», dijo a EFE.')).toBe('Juan Pérez');
  });
  it('the outlet told is no speaker; a speaker named after it is', () => {
    expect(speaker('«Las ventas bajaron a la mitad en tres años y medio», dijo a EFE el ministro Luis Gómez.')).toBe('Luis Gómez');
  });
  it('a paragraph ending on a person doing something hands them a quote standing alone next', () => {
    expect(speaker('Elena Prats, coordinadora de la asociación, pone el foco en el modelo agrícola.', '«La situación es muy complicada para todos los productores de la cuenca».')).toBe('Elena Prats');
  });
});

describe('findQuotes: Spanish sentence openers', () => {
  const intro = 'Martín Rodríguez, tambero de San José, recibió a la diaria.';
  const speakers = (...lines: string[]) => findQuotes([intro, ...lines], { lang: 'es' }).map((q) => q.speaker);
  it('a clitic, "y" or another function word that opens the sentence is never a name', () => {
    for (const line of ['Lo resumió así: «No hay salida a la vista para los productores».', 'Se mostró preocupado: «No hay salida a la vista para los productores».', 'Y remató: «No hay salida a la vista para los productores».']) {
      expect(speakers(line)[0]).not.toMatch(/^(?:Lo|Se|Y)$/);
    }
  });
  it('a clause that opens with its verb before a colon has the dropped subject', () => {
    expect(speakers('Sobre el futuro, fue claro: «No hay salida a la vista para los productores».')).toEqual(['Martín Rodríguez']);
    expect(speakers('Lo resumió así: «No hay salida a la vista para los productores».')).toEqual(['Martín Rodríguez']);
    expect(speakers('La situación es grave: «No hay salida a la vista para los productores».')).toEqual([null]);
  });
  it('"Para ella, «…»" and a described person ("el tambero explicó") are the person spoken of', () => {
    expect(findQuotes(['Ana Pérez contó que «cada mañana se levantan a las cuatro para ordeñar».', 'Para ella, «lo más difícil es no saber cuánto van a cobrar a fin de mes».'], { lang: 'es' }).map((q) => q.speaker)).toEqual(['Ana Pérez', 'Ana Pérez']);
    expect(speakers('El hombre explicó que «los precios de la leche no alcanzan para cubrir los costos».')).toEqual(['Martín Rodríguez']);
  });
});

describe('findQuotes: speakers after the verb and long appositives (English)', () => {
  it('"said a WeWork spokesperson" is WeWork; "said a report from X" is X’s report', () => {
    expect(speakerOf(['“We received an inquiry from the office of the state attorney general,” said a WeWork spokesperson when contacted by Reuters.'], 'We received')?.speaker).toBe('WeWork');
    expect(speakerOf(['"The market is largely factoring in a reasonable recovery in earnings," said a report from Kotak Institutional Equities.'], 'The market')?.speaker).toBe('Kotak Institutional Equities report');
  });
  it('a lower-case role before the name, and an organisation’s possessive role after it', () => {
    const long = '"Essential chemical elements are found all over the solar system," study lead author Lucas Paganini, a planetary scientist at NASA’s Goddard Space Flight Center in Greenbelt, Maryland, and American University in Washington, D.C., said in a statement.';
    expect(speakerOf([long], 'Essential')?.speaker).toBe('Lucas Paganini');
    expect(speakerOf(['“The end of the year is a popular time for expensive vehicle purchases,” Jessica Caldwell, Edmunds’ executive director of industry analysis, said in a statement.'], 'The end')?.speaker).toBe('Jessica Caldwell');
  });
  it('a verb after the quote that names nobody gives way to the next one', () => {
    const paras = ['Tim Morrison, a former official, testified on Tuesday.', '“Every day spent on these proceedings is a day when we are not focused on the interests” mutually shared by Ukraine and the U.S., he warned.'];
    expect(speakerOf(paras, 'Every day')?.speaker).toBe('Tim Morrison');
  });
  it('"Afterwards" opens the sentence and is no part of the name', () => {
    expect(speakerOf(['Afterwards Penny Marsh said: “We will come back next year with the children.”'], 'We will come')?.speaker).toBe('Penny Marsh');
  });
});

describe('findQuotes: a question or exclamation and its attribution, and words that are never names', () => {
  it('“…?” Schiff asked. — the attribution the segmenter split off is the quote’s', () => {
    const paras = ['Kurt Volker spoke next.', '"My role was not some irregular channel, but the official channel," Volker told lawmakers.', '"So it is fair to say you have not fixed the Giuliani problem?" Schiff asked.'];
    expect(speakerOf(paras, 'So it is fair')?.speaker).toBe('Schiff');
  });
  it('a day, a month, "Here" or a question’s auxiliary is no speaker', () => {
    expect(speakerOf(['Hong Kong is burning.', 'On Monday, the People’s Daily, the mouthpiece of the party, warned that there is “absolutely no room for compromise at all”.'], 'absolutely')?.speaker).not.toBe('Monday');
    expect(speakerOf(['Here is how bad things got in the words of the patient: “Two months after the onset of the symptoms, I was unable to stand.”'], 'Two months')?.speaker).toBeNull();
    expect(speakerOf(['Would Adam Schiff have said “make Trump just go away now” at the hearing?'], 'make Trump')?.speaker).toBe('Adam Schiff');
  });
});

describe('findQuotes: the writer and lone capitalised words are no speakers', () => {
  it('"I", "I’ve" and "He" end a name ("What I", "Nikkor I’ve", "Emperor He")', () => {
    for (const [sentence, notName] of [['What I noticed about Malaysia in general was even more obvious in Melaka.', 'What I'], ['The Nikkor I’ve owned for years is heavy.', 'Nikkor I’ve'], ['Emperor He took the throne young.', 'Emperor He']]) {
      const state: State = { abbreviations: new Map(), persons: [], german: false };
      noteNames(sentence, state);
      expect([...(state.fullNames?.values() ?? [])].map((n) => n?.name)).not.toContain(notName);
    }
  });
  it('one capitalised word opening a clause before a colon is a name only if the story named that person', () => {
    expect(speakerOf(['Talk about things I never thought I would say: “I am having brain surgery tomorrow morning.”'], 'I am having')?.speaker ?? null).toBeNull();
    expect(speakerOf(['Alan Marsh, the coach, was calm.', 'Marsh put it bluntly: “We were not good enough today and we know it.”'], 'We were not')?.speaker).toBe('Alan Marsh');
  });
});

describe('findQuotes: pronouns and gender', () => {
  it('a common given name tells "she" from "he" when the story never said Mr or Ms', () => {
    const paras = ['Caleb Bonham, a student reporter, asked people on campus about the policy.', '“Well I believe it has a big part in it, I really do,” she said.'];
    expect(speakerOf(paras, 'Well I believe')?.speaker ?? null).not.toBe('Caleb Bonham');
    expect(speakerOf(['Caleb Bonham, a student reporter, asked people on campus.', '“Well I believe it has a big part in it, I really do,” he said.'], 'Well I believe')?.speaker).toBe('Caleb Bonham');
  });
  it('a pronoun in a sentence without quotes is that sentence’s subject', () => {
    const paras = [
      'The real Prince Andrew was busy distancing himself from the scandal.',
      'In an interview about his friendship with Jeffrey Epstein, BBC’s Emily Maitlis pressed Andrew. Maitlis demanded how Andrew could be so sure, on the night when he allegedly raped 17-year-old Virginia Giuffre, a victim of Epstein’s ring.',
      'Andrew doesn’t remember any of it, but he definitely remembers going to get pizza that night. "Going to Pizza Express in Woking is an unusual thing for me to do," he said.',
    ];
    expect(speakerOf(paras, 'Going to Pizza')?.speaker).toBe('Prince Andrew');
  });
});

describe('findQuotes: descriptions that point back to someone named', () => {
  it('"the former president", "the 86-year-old actress", "the Ohio Democrat"', () => {
    expect(speakerOf(['Former President Barack Obama spoke at the rally in Detroit on Saturday.', '“We cannot afford to sit this one out, not this year,” the former president said.'], 'We cannot')?.speaker).toBe('Barack Obama');
    expect(speakerOf(['Actress Jane Fonda, 86, was arrested again on Friday at the Capitol.', '“I will keep coming back every week until they listen,” the 86-year-old actress said.'], 'I will keep')?.speaker).toBe('Jane Fonda');
    expect(speakerOf(['Senator Ann Lee of Ohio opposed the bill.', '“This bill is a disaster for working families,” the Ohio Democrat said.'], 'This bill')?.speaker).toBe('Ann Lee');
  });
  it('but "a respected defense lawyer" after a name introduces that name', () => {
    const paras = ['Li Fangping, a lawyer for the family, was not allowed in.', 'Ignoring those crimes amounts to “a serious dereliction of prosecutorial duty,” Pu Zhiqiang, a respected defense lawyer told Perry Link.'];
    expect(speakerOf(paras, 'a serious')?.speaker).not.toBe('Li Fangping');
  });
  it('"the statement said" after an organisation spoke in a statement', () => {
    const paras = ['The Ministry of Foreign Affairs said in a statement on Wednesday that it would respond.', '“These attacks martyred innocent men, women and children,” the statement said.'];
    expect(speakerOf(paras, 'These attacks')?.speaker).toMatch(/Ministry of Foreign Affairs$/);
  });
});

describe('findQuotes: words quoted in narration after the paragraph’s speaker', () => {
  it('go on quoting that speaker when the narration names nobody else', () => {
    const para = '“Since 2008, there has not been a single year of revenue gain in the industry,” says veteran industry analyst Ken Doctor. That has produced a strategy of “continuous cost-cutting for more than a decade in local news.”';
    expect(speakerOf([para], 'continuous')?.speaker).toBe('Ken Doctor');
  });
  it('not when the narration names someone else', () => {
    const para = '“Since 2008, there has not been a single year of revenue gain in the industry,” says veteran industry analyst Ken Doctor. Gannett answered with a strategy of “continuous cost-cutting for more than a decade in local news.”';
    expect(speakerOf([para], 'continuous')?.speaker ?? null).not.toBe('Ken Doctor');
  });
});

describe('findQuotes: a participle hangs the quote on an organisation', () => {
  it('"the Electoral Commission, which …, issued a statement warning that “…”"', () => {
    const para = 'In a reflection of the confusion, the Electoral Commission, which regulates campaign finances, issued a statement warning that “voters are entitled to transparency and integrity from campaigners.”';
    expect(speakerOf([para], 'voters are')?.speaker).toBe('Electoral Commission');
  });
});

describe('findQuotes: honorifics of other languages', () => {
  it('"Mme Cardenal" is the Ana Sofia Cardenal the story named', () => {
    const paras = ['« La désinformation a été une des caractéristiques de la pandémie », rappelle Ana Sofia Cardenal, professeure de sciences politiques.', 'Mme Cardenal développe : « Lutter contre les fausses informations est très difficile, surtout si elles viennent d’une source crédible. »'];
    expect(findQuotes(paras, { lang: 'fr' }).find((q) => q.text.startsWith('Lutter'))?.speaker).toBe('Ana Sofia Cardenal');
  });
});

describe('findQuotes: German word order after a fronted clause', () => {
  it('"Auf die Frage, ob …, sagte Trump am Montag: „…“" is Trump, a known name; an unknown capitalised noun is nobody', () => {
    const intro = 'US-Präsident Donald Trump hat indirekt erklärt, dass Kim noch am Leben sei.';
    const line = 'Auf die Frage, ob er neue Informationen habe, sagte Trump am Montag bei einer Pressekonferenz: „Ja, ich weiß ziemlich gut Bescheid, aber ich kann jetzt nicht darüber sprechen.“';
    expect(findQuotes([intro, line], { lang: 'de' }).find((q) => q.text.startsWith('Ja, ich'))?.speaker).toBe('Donald Trump');
  });
});

describe('findQuotes: English "…, said X" after a clause', () => {
  it('the name after the verb, when nobody stands before it', () => {
    const paras = ['Gordon Sondland, the U.S. ambassador to the European Union, testified on Wednesday.', 'Sondland was known for telling others “he was in charge of Ukraine policy” despite being the envoy in Brussels, said another witness in the inquiry, former White House Russia adviser Fiona Hill.'];
    expect(speakerOf(paras, 'he was in charge')?.speaker).toBe('Fiona Hill');
  });
  it('but "Name, appositive, said X’s letter" is the name before', () => {
    const paras = ['Riverbend’s chief executive, Dr. Howard Pell, wrote to staff last week.', 'Mary-Beth Sorensen, president of the nurses union, said Pell’s letter “misrepresented what we are asking for at the table.”'];
    expect(speakerOf(paras, 'misrepresented')?.speaker).toBe('Mary-Beth Sorensen');
  });
  it('a clause after a comma is no appositive ("Auf die Frage, ob …, sagte")', () => {
    const line = 'Auf die Frage, ob er neue Informationen habe, sagte der Präsident: „Ja, ich weiß ziemlich gut Bescheid, aber ich kann nicht darüber sprechen.“';
    expect(findQuotes([line], { lang: 'de' })[0]?.speaker ?? null).not.toBe('Frage');
  });
});

describe('findQuotes: a verb in a later subordinate clause is not the quote’s', () => {
  it('"… tildando de «…» el que no se acepte, esto a un día de que el presidente Macron dijo …"', () => {
    const para = 'La medida coincide con declaraciones del canciller ucraniano, Dmitri Kuleba, tildando de “engaño de los países europeos” el que no se acepte su candidatura, esto a un día de que el presidente francés Emmanuel Macron dijo que la entrada podría tardar años.';
    expect(findQuotes([para], { lang: 'es' })[0]?.speaker ?? null).not.toBe('Emmanuel Macron');
  });
});

describe('findQuotes: Romance gerunds', () => {
  it('"…, Dmitri Kuleba, tildando de «…»" is Kuleba; "por «A», arguyendo que «B»" stays two quotes', () => {
    const para = 'La medida coincide con declaraciones del canciller ucraniano, Dmitri Kuleba, tildando de “engaño de los países europeos” el que no se acepte su candidatura.';
    expect(findQuotes([para], { lang: 'es' })[0]?.speaker).toBe('Dmitri Kuleba');
    const two = 'La operadora interrumpirá el tránsito por «causas de fuerza mayor», arguyendo que «las acciones de los ocupantes llevaron a la interrupción del tránsito».';
    expect(findQuotes([two], { lang: 'es' }).some((q) => q.text.startsWith('causas') && q.text.includes('ocupantes'))).toBe(false);
  });
});

describe('findQuotes: Spanish people and organisations', () => {
  it('"Teresa Rocha Valdez, de 58 años, vive …" is someone a later «…», relató, means', () => {
    const paras = ['Teresa Rocha Valdez, de 58 años, vive desde hace tres décadas en San Bernabé.', '«Me levanto a las cinco para alcanzar el agua y a las nueve ya no cae ni una gota», relató a este diario.'];
    expect(findQuotes(paras, { lang: 'es' })[0]?.speaker).toBe('Teresa Rocha Valdez');
  });
  it('a story goes on with the first of two surnames ("Luis Gómez Treviño" … "advirtió Gómez")', () => {
    const paras = ['El director del organismo, Luis Gómez Treviño, atribuyó la medida a la sequía.', 'Si no llueve en junio, advirtió Gómez, «el tandeo podría extenderse a otras zonas de la ciudad».'];
    expect(findQuotes(paras, { lang: 'es' })[0]?.speaker).toBe('Luis Gómez Treviño');
  });
  it('"Agua para Todos NL" is one organisation; "El alcalde, Raúl Medina Cantú, visitó …" gives "el alcalde" a holder', () => {
    expect(findQuotes(['La organización civil Agua para Todos NL, que da seguimiento a los cortes, sostuvo que el organismo «no ha publicado un calendario claro del tandeo».'], { lang: 'es' })[0]?.speaker).toBe('Agua para Todos NL');
    const paras = ['El alcalde, Raúl Medina Cantú, visitó el lunes la colonia Valle de Santa Lucía.', '«Nadie se va a quedar sin agua para lo básico», afirmó el alcalde.'];
    expect(findQuotes(paras, { lang: 'es' })[0]?.speaker).toBe('Raúl Medina Cantú');
  });
});

describe('findQuotes: people called by one name, and verbs inside names', () => {
  it('"Yanis, 21 ans, étudiant en licence, …" is a person a later "-t-il" means, and stays so', () => {
    const paras = [
      'Dans une Clio grise, Yanis, 21 ans, étudiant en licence d’informatique, sort un duvet du coffre. « Je dors ici depuis la rentrée et je révise à la bibliothèque », raconte-t-il.',
      '« Chacun se renvoie la balle pendant que des jeunes dorment dehors », dénonce Lina Ferhat, présidente du syndicat.',
      'Yanis, lui, a repris ses cours. « Je ne lâcherai pas, mes parents ont fait trop de sacrifices », dit-il.',
    ];
    expect(findQuotes(paras, { lang: 'fr' }).map((q) => q.speaker).sort()).toEqual(['Lina Ferhat', 'Yanis', 'Yanis']);
  });
  it('"Pour elle, « … »" is her', () => {
    const paras = ['Awa, 24 ans, en master de sociologie, dort chez une cousine.', 'Pour elle, « le vrai problème, ce sont les loyers de 750 euros pour un studio ».'];
    expect(findQuotes(paras, { lang: 'fr' })[0]?.speaker).toBe('Awa');
  });
  it('"United States" holds no verb "states"', () => {
    const paras = ['The tariffs announced by United States President Donald Trump are illogical, Economy Minister Marcelo Ebrard said Tuesday.', 'He also said imports from China “support a conclusion that there is transshipment” to the United States.'];
    expect(speakerOf(paras, 'support a conclusion')?.speaker).not.toBe('United');
  });
});

describe('findQuotes: English features name people by first name and age', () => {
  it('"Back in the waiting room, Dev, a 19-year-old college student, …" is who "he said" means', () => {
    const paras = ['Lorraine Pitts, a union organizer, spoke first.', 'Back in the waiting room, Dev, a 19-year-old college student with a sprained wrist, scrolled through his phone.', '“Honestly, I thought I’d be out of here before my morning class,” he said with a shrug.'];
    expect(speakerOf(paras, 'Honestly')?.speaker).toBe('Dev');
  });
});

describe('findQuotes: a full name that opens with a common given name is a person', () => {
  it('"Héctor Olivera siembra …" then "el productor contó"; "Lucía Méndez, ingeniera agrónoma, habló de «…»"', () => {
    const paras = ['Héctor Olivera siembra 400 hectáreas en Vergara desde hace 25 años.', 'En diálogo con este medio, el productor contó que este año «fue de los mejores en rendimiento, pero de los peores en lo económico».'];
    expect(findQuotes(paras, { lang: 'es' })[0]?.speaker).toBe('Héctor Olivera');
    expect(findQuotes(['Lucía Méndez, ingeniera agrónoma y tercera generación de arroceros, habló de «una zafra que en otro momento hubiera sido para festejar».'], { lang: 'es' })[0]?.speaker).toBe('Lucía Méndez');
  });
  it('«…», afirmó mientras revisaba los camiones: the dropped subject', () => {
    const paras = ['Héctor Olivera, productor de Vergara, recibió a este medio.', '«Ya escuchamos muchas promesas y vamos a sembrar igual», afirmó mientras revisaba los camiones.'];
    expect(findQuotes(paras, { lang: 'es' })[0]?.speaker).toBe('Héctor Olivera');
  });
});

describe('findQuotes: Spanish roles and places before the name', () => {
  it('"En Los Gallardos, la teniente de alcalde, Antonia Martínez, aseguró …": the name, not the place', () => {
    const paras = ['En Los Gallardos, la teniente de alcalde, Antonia Martínez, aseguró que el aviso a la población se realizó “por todos los medios posibles”.'];
    expect(findQuotes(paras, { lang: 'es' })[0]?.speaker).toBe('Antonia Martínez');
  });
  it('"El presidente de la Junta de Andalucía, Juanma Moreno, visitó …" is who "ha señalado" means', () => {
    const paras = ['El presidente de la Junta de Andalucía, Juanma Moreno, visitó la zona el viernes.', '«Queremos confiar en que esas 23 personas puedan aparecer», ha señalado.'];
    expect(findQuotes(paras, { lang: 'es' })[0]?.speaker).toBe('Juanma Moreno');
    const en = ['The chief executive of Acme Bank, Ann Lee, toured the flooded branch.', '“We will rebuild every branch,” she said.'];
    expect(findQuotes(en, { lang: 'en' })[0]?.speaker).toBe('Ann Lee');
  });
});

describe('findQuotes: Romance roles after the verb', () => {
  it('«…», explicó el presidente andaluz / ha insistido el presidente andaluz: the president the story named', () => {
    const paras = ['El presidente de la Junta de Andalucía, Juanma Moreno, visitó la zona el viernes.', 'La Guardia Civil sigue inspeccionando viviendas.', '“Es un incendio raro”, ha insistido el presidente andaluz, quien ha recordado que Almería no es una provincia forestal.'];
    expect(findQuotes(paras, { lang: 'es' })[0]?.speaker).toBe('Juanma Moreno');
  });
});

describe('findQuotes: the next sentence hands the quote to its speaker', () => {
  it('“…”. Así ha resumido el consejero, Antonio Sanz, …; “…”. Con esas palabras ha descrito Moreno …', () => {
    const paras = ['“Estamos ante una situación de tragedia. Hoy está siendo una jornada trágica”. Así ha resumido el consejero de la Presidencia, Antonio Sanz, la magnitud del incendio.'];
    expect(findQuotes(paras, { lang: 'es' })[0]?.speaker).toBe('Antonio Sanz');
    const moreno = ['El presidente de la Junta, Juanma Moreno, llegó al puesto de mando.', '“Es una tragedia mayúscula, una desgracia y un horror”. Con esas palabras ha descrito Moreno un incendio cuyo balance sigue siendo provisional.'];
    expect(findQuotes(moreno, { lang: 'es' })[0]?.speaker).toBe('Juanma Moreno');
  });
});

describe('findQuotes: a question and its answer in one sentence', () => {
  it('"When Vogue asked Dion, “…?” the singer answered, “…”": the question is Vogue’s, the answer hers', () => {
    const paras = ['Céline Dion spoke to reporters in Las Vegas.', 'Then when Vogue asked Dion, “What are some of the ways that you’ve been impressed by your own strength?” the singer answered, “I wouldn’t say that I’m impressed, not at all.”'];
    expect(speakerOf(paras, 'What are some')?.speaker).toBe('Vogue');
    expect(speakerOf(paras, 'I wouldn’t say')?.speaker).toBe('Céline Dion');
  });
  it('a heading glued to a quote ("Johannes Oerding„Beim …") names nobody', () => {
    expect(findQuotes(['Johannes Oerding„Beim nächsten Mal machen wir’s besser"'], { lang: 'de' })[0]?.speaker ?? null).toBeNull();
  });
});

describe('findQuotes: a party before a title is nobody’s name', () => {
  it('"the Conservative MP said:" is not "Conservative"', () => {
    const paras = ['Speaking in the Commons, the Conservative MP said: “It does not need to be like this because there are ways to help.”'];
    expect(findQuotes(paras, { lang: 'en' })[0]?.speaker ?? null).toBeNull();
  });
});

describe('findQuotes: French descriptions after the verb', () => {
  it('« … », lâche la jeune femme / poursuit l’adolescent: the person of that gender the story spoke of', () => {
    const she = ['Ann Lee et John Smith attendent un logement depuis des années.', '« On nous a promis des logements et rien n’a bougé depuis deux ans », lâche la jeune femme.'];
    expect(findQuotes(she, { lang: 'fr' })[0]?.speaker).toBe('Ann Lee');
    const he = ['Ann Lee et John Smith attendent un logement depuis des années.', '« On nous a promis des logements et rien n’a bougé depuis deux ans », poursuit l’adolescent.'];
    expect(findQuotes(he, { lang: 'fr' })[0]?.speaker).toBe('John Smith');
  });
  it('"Moussa Diallo est animateur." then « … », nous explique-t-il', () => {
    const paras = ['Moussa Diallo est animateur au centre social.', '« Les jeunes ne demandent qu’une chose, être écoutés », nous explique-t-il.'];
    expect(findQuotes(paras, { lang: 'fr' })[0]?.speaker).toBe('Moussa Diallo');
  });
});

describe('findQuotes: the subject after a fronted word or phrase', () => {
  it('"Visiblemente emocionado, el alcalde de Bédar, Ángel Collados, …" / "Además, el alcalde …, …" then «…», relató', () => {
    for (const opener of ['Visiblemente emocionado,', 'Además,']) {
      const paras = [`${opener} el alcalde de Bédar, Ángel Collados, apenas encontraba palabras.`, '«Actuamos desde el primer momento avisando puerta por puerta», relató.'];
      expect(findQuotes(paras, { lang: 'es' })[0]?.speaker, opener).toBe('Ángel Collados');
    }
  });
  it('"Well, Alley can attest …" then "she told Oprah, “…”"', () => {
    const paras = ['Kirstie Alley has spoken often about her weight.', 'Jane Ogden, a psychologist, studies weight stigma.', 'Well, Alley can seemingly attest to this. Back in 2009 she told Oprah, “This photographer said to me, turn around so I can shoot you.”'];
    expect(findQuotes(paras, { lang: 'en' })[0]?.speaker).toBe('Kirstie Alley');
  });
});

describe('findQuotes: a role and the body it is held at, before the verb', () => {
  const intro = 'La directora nacional de Medio Ambiente, Ana Pérez, y el presidente de la cooperativa, Juan Gómez, visitaron la zona.';
  it('"La directora nacional de Medio Ambiente señaló que “…”" is the directora named before, not "Medio Ambiente"', () => {
    expect(findQuotes([intro, 'La directora nacional de Medio Ambiente señaló que “hay que cuidar el agua de todos los uruguayos”.'], { lang: 'es' })[0]?.speaker).toBe('Ana Pérez');
    expect(findQuotes([intro, 'El presidente de la cooperativa dijo que “no hay riesgo para la población de la zona”.'], { lang: 'es' })[0]?.speaker).toBe('Juan Gómez');
  });
  it('"El regidor de oposición Fernando Arreola calificó …" still names him', () => {
    expect(findQuotes(['El regidor de oposición Fernando Arreola calificó el proyecto de “un elefante blanco que ya costó el doble”.'], { lang: 'es' })[0]?.speaker).toBe('Fernando Arreola');
  });
});

describe('findQuotes: a circumstance between the subject and the verb', () => {
  it('"El presidente de la cooperativa, en diálogo con la diaria, dijo que “…”"', () => {
    const paras = ['El presidente de la cooperativa, Juan Gómez, visitó la zona.', 'El presidente de la cooperativa, en diálogo con la diaria, dijo que “no hay riesgo para la población”.'];
    expect(findQuotes(paras, { lang: 'es' })[0]?.speaker).toBe('Juan Gómez');
  });
});

describe('findQuotes: a role as the subject of the sentence that quotes', () => {
  it('"En tanto, la directora se mostró preocupada por “…”" is the directora the story named', () => {
    const intro = 'La directora nacional de Medio Ambiente, Ana Pérez, y el presidente de la cooperativa, Juan Gómez, visitaron la zona.';
    for (const s of ['La directora se mostró preocupada por “la falta de recursos en todo el departamento”.', 'En tanto, la directora se mostró preocupada por “la falta de recursos en todo el departamento”.']) {
      expect(findQuotes([intro, s], { lang: 'es' })[0]?.speaker, s).toBe('Ana Pérez');
    }
  });
});

describe('findQuotes: German capitals are no title case', () => {
  it('keeps short German sentences with a verb, drops names and titles', () => {
    const paras = [
      '„Die Leitung des Aufsichtsrats ist ein großes Privileg“, sagte Alex Wynaendts am Montag.',
      'Der Gipfel trägt den Namen „Tag der Sprachen der Völker der russischen Föderation“ und fand in Moskau statt.',
      'Die Stadt nennt ihr Programm „Wohnen in Halle 2035“.',
    ];
    const texts = findQuotes(paras, { lang: 'de' }).map((q) => q.text);
    expect(texts).toContain('Die Leitung des Aufsichtsrats ist ein großes Privileg');
    expect(texts.some((t) => t.startsWith('Tag der Sprachen') || t.startsWith('Wohnen in Halle'))).toBe(false);
  });
});

describe('findQuotes: Rioplatense attributions', () => {
  const intro = 'El alcalde del municipio de Salinas, Walter Cancela, reconoció el atraso.';
  it('"el jerarca municipal sostuvo que … “…”": the official the story named (the noun comes first)', () => {
    const paras = [intro, 'En diálogo con este medio, el jerarca municipal sostuvo que la empresa estatal “cambió tres veces el proyecto de las estaciones de bombeo”.'];
    expect(findQuotes(paras, { lang: 'es' })[0]?.speaker).toBe('Walter Cancela');
  });
  it('"La diputada nacionalista Graciela Bianchi Ferreira, que …, habló de “…”"', () => {
    const paras = ['La diputada nacionalista Graciela Bianchi Ferreira, que recorrió las obras en agosto, habló de “un abandono que los vecinos no merecen”.'];
    expect(findQuotes(paras, { lang: 'es' })[0]?.speaker).toBe('Graciela Bianchi Ferreira');
    const body = ['El ministro de Asuntos Exteriores portugués, Paulo Rangel, habló de “una crisis muy grave en toda la región”.'];
    expect(findQuotes(body, { lang: 'es' })[0]?.speaker).not.toBe('Asuntos Exteriores');
  });
  it('"Desde OSE dieron otra versión. Fuentes del organismo indicaron que “…”" is OSE; "el comunicado de la comisión vecinal advierte" the commission', () => {
    const paras = ['Desde OSE dieron otra versión. Fuentes del organismo indicaron que los retrasos se deben a “problemas con la empresa contratista, que abandonó la obra”.', 'En tanto, el comunicado de la comisión vecinal advierte que “si no hay una respuesta antes de fin de mes, vamos a cortar la ruta”.'];
    const q = findQuotes(paras, { lang: 'es' });
    expect(q.find((x) => x.text.startsWith('problemas'))?.speaker).toBe('OSE');
    expect(q.find((x) => x.text.startsWith('si no hay'))?.speaker).toBe('comisión vecinal');
  });
  it('"Desde la intendencia señalaron que “…”" is the body; a dropped plural subject names nobody', () => {
    const paras = ['La Intendencia de Canelones licitó la obra en 2021.', 'Desde la intendencia señalaron que “la obra se retomará en octubre con otra empresa”.', 'Ana Pérez visitó la zona. “Nadie sabe cuándo van a terminar las obras”, dijeron.'];
    const q = findQuotes(paras, { lang: 'es' });
    expect(q.find((x) => x.text.startsWith('la obra'))?.speaker).toBe('Intendencia de Canelones');
    expect(q.find((x) => x.text.startsWith('Nadie'))?.speaker ?? null).toBeNull();
  });
});

describe('findQuotes: a body named before, pointed at after the verb', () => {
  it('“…”, informó este ministerio: the ministry the story named', () => {
    const paras = ['Según han informado fuentes del Ministerio de Sanidad gazatí, hubo 20 fallecidos.', '“En las últimas 24 horas se contabilizaron 38 muertos y 204 heridos”, informó este ministerio en su balance diario.'];
    expect(findQuotes(paras, { lang: 'es' })[0]?.speaker).toBe('Ministerio de Sanidad');
  });
});

describe('findQuotes: English leads, bodies with long names, roles before a name', () => {
  it('"Paganini and his team wrote", "the Ministry of Foreign Affairs spokesperson said", "says the former editor of the Standard, George Osborne"', () => {
    expect(findQuotes(['Lucas Paganini led the study.', '“We suggest that the outgassing of water vapour on Europa occurs at lower levels,” Paganini and his team wrote in the paper.'], { lang: 'en' })[0]?.speaker).toBe('Lucas Paganini');
    expect(findQuotes(['“China expresses regret over India’s military actions this morning,” the Ministry of Foreign Affairs spokesperson said in a statement.'], { lang: 'en' })[0]?.speaker).toBe('Ministry of Foreign Affairs');
    expect(findQuotes(['“What this book captures about Blair is not just his mastery of the political arts,” says the former editor of the Standard, George Osborne.'], { lang: 'en' })[0]?.speaker).toBe('George Osborne');
  });
});

describe('findQuotes: press offices and long appositives', () => {
  it('"UPS corporate communications said" is UPS; "Matthew O’Connor from UPS corporate communications said" is him', () => {
    expect(findQuotes(['UPS corporate communications said of the incident, “We respect our employees’ rights to assemble and we comply with the law.”'], { lang: 'en' })[0]?.speaker).toBe('UPS');
    expect(findQuotes(['Matthew O’Connor from UPS corporate communications said, “We don’t want any of our employees to work six days in a row.”'], { lang: 'en' })[0]?.speaker).toBe('Matthew O’Connor');
  });
  it('"The host, National Resources Defense Council board member Nicole Lederer, has said …"', () => {
    expect(findQuotes(['The host, National Resources Defense Council board member Nicole Lederer, has said the pipeline "is against the best interest of our country."'], { lang: 'en' })[0]?.speaker).toBe('Nicole Lederer');
  });
});

describe('findQuotes: "in her view" and its kind', () => {
  it('"En su opinión, «…»" / "In her view, “…”" is the person spoken of', () => {
    expect(findQuotes(['Juan Pérez, presidente de la gremial, recibió a la diaria.', 'En su opinión, «el problema no se resuelve con más controles».'], { lang: 'es' })[0]?.speaker).toBe('Juan Pérez');
    expect(findQuotes(['Ann Lee met reporters on Monday.', 'John Smith was not there.', 'In her view, “the problem will not be solved with more controls.”'], { lang: 'en' })[0]?.speaker).toBe('Ann Lee');
  });
});

describe('findQuotes: someone’s words before a colon', () => {
  it('"Smith’s response:", "La respuesta de Pérez fue contundente:", "Su respuesta fue clara:"', () => {
    expect(findQuotes(['Senator Jane Smith of Ohio spoke on Tuesday.', 'Smith’s response: “We will not back down from this fight at all.”'], { lang: 'en' })[0]?.speaker).toBe('Jane Smith');
    const intro = 'Juan Pérez, presidente de la gremial, habló con la prensa.';
    for (const s of ['La respuesta de Pérez fue contundente: «No vamos a retroceder en esta pelea, de ninguna manera».', 'Su respuesta fue clara: «No vamos a retroceder en esta pelea, de ninguna manera».']) {
      expect(findQuotes([intro, s], { lang: 'es' })[0]?.speaker, s).toBe('Juan Pérez');
    }
  });
});

describe('findQuotes: Uruguayan press habits', () => {
  const intro = 'El exministro de Economía Juan Pérez y la senadora colorada Ana Gómez participaron del debate.';
  it('"el exministro de Economía Juan Pérez" is Juan Pérez (the office’s object is no part of the name); "sostuvo el exministro" is him', () => {
    expect(findQuotes([intro, '«No vamos a retroceder en esta pelea, de ninguna manera», dijo a la diaria el exministro Juan Pérez.'], { lang: 'es' })[0]?.speaker).toBe('Juan Pérez');
    expect(findQuotes([intro, '«No vamos a retroceder en esta pelea, de ninguna manera», sostuvo el exministro.'], { lang: 'es' })[0]?.speaker).toBe('Juan Pérez');
  });
  it('"enfatizó la legisladora colorada"; "Según explicó Pérez a la diaria, «…»"', () => {
    expect(findQuotes([intro, '«No vamos a retroceder en esta pelea, de ninguna manera», enfatizó la legisladora colorada.'], { lang: 'es' })[0]?.speaker).toBe('Ana Gómez');
    expect(findQuotes([intro, 'Según explicó Pérez a la diaria, «no vamos a retroceder en esta pelea de ninguna manera».'], { lang: 'es' })[0]?.speaker).toBe('Juan Pérez');
  });
});

describe('findQuotes: French features go on with a given name, a demonstrative, “celle qui”', () => {
  const intro = 'Yasmine Benali, 22 ans, et son frère Karim habitent à Bondy.';
  const quote = '« On nous a promis des logements et rien n’a bougé depuis deux ans »';
  it('"Yasmine hausse les épaules. « … »" is Yasmine Benali', () => {
    expect(findQuotes(['Yasmine Benali, 22 ans, habite à Bondy depuis toujours.', `Yasmine hausse les épaules. ${quote}.`], { lang: 'fr' })[0]?.speaker).toBe('Yasmine Benali');
  });
  it('"témoigne cette habitante de Bondy", "explique celle qui vit ici"', () => {
    expect(findQuotes([intro, `${quote}, témoigne cette habitante de Bondy.`], { lang: 'fr' })[0]?.speaker).toBe('Yasmine Benali');
    expect(findQuotes([intro, `${quote}, explique celle qui vit ici depuis toujours.`], { lang: 'fr' })[0]?.speaker).toBe('Yasmine Benali');
  });
});

describe('findQuotes: Spanish references back to a person the story named', () => {
  const intro = 'La reunión fue convocada por el ministro de Asuntos Exteriores español, José Manuel Albares, en Madrid.';
  it('"se preguntaba en unas declaraciones a la emisora … France Info": the outlet spoken to is nobody; "El ministro Albares" is the subject', () => {
    const s = 'El ministro Albares reafirmó este domingo que la solución es «la única alternativa». «¿Cuál es la alternativa? ¿Matar a todos los palestinos?», se preguntaba en unas declaraciones a la emisora de radio pública francesa France Info.';
    expect(findQuotes([intro, s], { lang: 'es' }).find((q) => q.text.startsWith('¿Cuál'))?.speaker).toBe('José Manuel Albares');
  });
  it('"afirmó el portavoz del grupo rebelde" is the spokesperson the story named', () => {
    const s = 'El portavoz militar de los insurgentes, Yahya Sarea, señaló en un comunicado que el ataque fue un éxito. «La operación logró su objetivo y paralizó el aeropuerto durante horas», afirmó el portavoz del grupo rebelde apoyado por Irán.';
    expect(findQuotes([s], { lang: 'es' }).find((q) => q.text.startsWith('La operación'))?.speaker).toBe('Yahya Sarea');
  });
  it('"detalló del Pópolo": a surname with a particle, alone after the verb', () => {
    const first = '«Nuestro relevamiento es parte del calendario anual de evaluaciones», explicó Silvina del Pópolo, directora de Planificación.';
    const q = findQuotes([first, '«El operativo tiene distintos momentos a lo largo del año», detalló del Pópolo.'], { lang: 'es' }).find((x) => x.text.startsWith('El operativo'));
    expect(q?.speaker).toBe('Silvina del Pópolo');
    expect(q?.confidence).toBe('high');
  });
  it('Czech "a" is "and": "ředitel Ředitelství silnic a dálnic Radek Mátl" still speaks', () => {
    expect(findQuotes(['„Bezpečnost má přednost před termíny, most neotevřeme,“ řekl generální ředitel Ředitelství silnic a dálnic Radek Mátl.'], { lang: 'cs' })[0]?.speaker).toBe('Radek Mátl');
  });
});

describe('findQuotes: the present tense of interviews, possessives, and pronouns that can only be guessed', () => {
  it('"he snaps", "she muses" are verbs of saying', () => {
    expect(findQuotes(['“It was never about the money, not once,” snaps Tony Blair.'])[0]?.speaker).toBe('Tony Blair');
    expect(findQuotes(['“Maybe we were all a little naive back then,” muses Ann Lee.'])[0]?.speaker).toBe('Ann Lee');
  });
  it('a possessive ends a name: "David Beckham’s Studio 99" names David Beckham', () => {
    const qs = findQuotes(['The office is 100 yards from David Beckham’s Studio 99 production company.', '“We chose the street for the light,” Beckham said.']);
    expect(qs[0]?.speaker).toBe('David Beckham');
  });
  it('"he" with nobody quoted or acting before it is a guess: low confidence', () => {
    const q = findQuotes(['I ask if Sir Keir Starmer is good enough to last two terms, or even three?', '“Yes, of course, yes, he’s just beginning,” he said.'])[0];
    expect(q?.confidence).toBe('low');
    const known = findQuotes(['Keir Starmer spoke to reporters in Leeds on Monday.', '“Yes, of course, we are just beginning,” he said.'])[0];
    expect(known?.speaker).toBe('Keir Starmer');
    expect(known?.confidence).toBe('medium');
  });
});

describe('findQuotes: findings by a person are theirs', () => {
  it('"a 2018 survey by Penelope Muse Abernathy" quotes her; "a report by Shelterline" stays the Shelterline report', () => {
    expect(findQuotes(['According to a 2018 survey by Penelope Muse Abernathy of the University of North Carolina, the firm’s practice has been to “consolidate copy editing and page design” at a corporate center.'])[0]?.speaker).toBe('Penelope Muse Abernathy');
    expect(findQuotes(['A report by Shelterline warned that the city’s shelters were “at breaking point for the third winter running”.'])[0]?.speaker).toBe('Shelterline report');
  });
});

describe('findQuotes: a body the story named, as the subject after "Por su parte"', () => {
  it('"La empresa rusa Gazprom …" then "Por su parte Gazprom, la proveedora rusa, … destacó … “…”" is Gazprom', () => {
    const qs = findQuotes(['La empresa rusa Gazprom es la mayor exportadora de gas del mundo.', 'Por su parte Gazprom, la proveedora rusa del combustible acusó recibo de la notificación y destacó en un comunicado cómo “los especialistas ucranianos han estado trabajando tranquilamente en los puntos de suministro”.'], { lang: 'es' });
    expect(qs[0]?.speaker).toBe('Gazprom');
  });
  it('named there for the first time, the body is still whom the sentence turns to (Spanish, French)', () => {
    const es = findQuotes(['La operadora ucraniana anunció ayer la interrupción del tránsito.', 'Por su parte Gazprom, la proveedora rusa del combustible acusó recibo de la notificación y destacó en un comunicado cómo “los especialistas ucranianos han estado trabajando tranquilamente en los puntos de suministro”.'], { lang: 'es' });
    expect(es[0]?.speaker).toBe('Gazprom');
    const fr = findQuotes(['De son côté Engie, le fournisseur français de gaz a reconnu les faits et a souligné que « les livraisons continuent normalement dans tout le pays ».'], { lang: 'fr' });
    expect(fr[0]?.speaker).toBe('Engie');
  });
});

describe('findQuotes: a French courtroom report', () => {
  const intro = 'Pour avoir publié ce message, l’imam de la mosquée de Beaucaire (Gard), Yassin E., a été condamné jeudi à huit mois de prison avec sursis.';
  it('"plaide l’avocate de Yassin E., Saphia Foughar"; a gloss in brackets before "lance le procureur Vincent Edel"', () => {
    expect(findQuotes([intro, '« Vous devez le juger sans céder à la passion et à la pression », plaide l’avocate de Yassin E., Saphia Foughar.'], { lang: 'fr' })[0]?.speaker).toBe('Saphia Foughar');
    expect(findQuotes([intro, '« Errare humanum est, perseverare diabolicum » (l’erreur est humaine, mais persévérer est le fait du diable), lance le procureur Vincent Edel.'], { lang: 'fr' })[0]?.speaker).toBe('Vincent Edel');
  });
  it('a defendant named by an initial ("Yassin E.") is the subject again; "affirme ce père de quatre enfants" and "plaide l’imam" are him', () => {
    const qs = findQuotes([intro, 'Yassin E., depuis le box des prévenus, s’en défend avec vigueur. « La première fois que j’ai lu ce hadith, je ne le connaissais pas », affirme ce père de quatre enfants.', '« Une erreur dans la précipitation et rien de plus », plaide l’imam, qui jure avoir voulu supprimer sa publication.'], { lang: 'fr' });
    expect(qs.find((q) => q.text.startsWith('La première'))?.speaker).toBe('Yassin E');
    expect(qs.find((q) => q.text.startsWith('Une erreur'))?.confidence).not.toBe('low');
  });
});

describe('findQuotes: a role named in narration points back later; the body a role is of is no speaker', () => {
  const intro = 'Internada em um hospital desde o último domingo, com Covid-19, a senadora Kátia Abreu (Progressistas/TO), enviou um ofício ao embaixador da China.';
  it('"indagou a senadora em resposta ao GLOBO" after "a senadora Kátia Abreu"', () => {
    const q = findQuotes([intro, '"O Itamaraty tem por obrigação descredenciar as palavras do filho do presidente. Ou fala?", indagou a senadora em resposta ao GLOBO.'], { lang: 'pt' })[0];
    expect(q?.speaker).toBe('Kátia Abreu');
  });
  it('"A ex-ministra da Agricultura, titular da Comissão …, destacou" is not "Agricultura"', () => {
    const q = findQuotes([intro, 'A ex-ministra da Agricultura, titular da Comissão de Relações Exteriores do Senado, destacou que "posições políticas isoladas não representam a voz dos brasileiros".'], { lang: 'pt' })[0];
    expect(q?.speaker).not.toBe('Agricultura');
  });
});

describe('findQuotes: openers are no part of a name', () => {
  it('"Though Pompeo said", "Ask Ann Lee, the director, and she will answer"', () => {
    const intro = 'Mike Pompeo was the director of the agency at the time.';
    expect(findQuotes([intro, 'Though Pompeo said he recognized that “the agency is legally prohibited from spying on people in the United States,” he went ahead.'])[0]?.speaker).toBe('Mike Pompeo');
    const q = findQuotes(['Ask Ann Lee, the director behind the film, and she will answer, without missing a beat: “Freeway gridlock. Anyone who has lived there will tell you that.”'])[0];
    expect(q?.speaker).toBe('Ann Lee');
  });
});

describe('findQuotes: a gerund that opens a sentence is no part of the name after it', () => {
  it('"Hearing Cooper Kupp talk about it …" then "“…,” Kupp said" is Cooper Kupp', () => {
    const qs = findQuotes(['Hearing Cooper Kupp talk about his offseason, one thing stands out.', '“Efficiency is a big thing for me, it always has been,” Kupp said.']);
    expect(qs[0]?.speaker).toBe('Cooper Kupp');
  });
});

describe('findQuotes: "the company" is never the outlet the story spoke to', () => {
  it('"In a statement to Fox News Digital, the company said" is the company the story named', () => {
    const qs = findQuotes(['Acme Industries, a maker of garden tools, was sued on Monday.', 'Senator John Smith spoke to Fox News Digital about the case.', 'In a statement to Fox News Digital, the company said, “We take these allegations very seriously and are investigating.”']);
    expect(qs[0]?.speaker).toBe('Acme Industries');
  });
});

describe('findQuotes: a quote signed with a dash and a name', () => {
  it('"“…” — Mike Pompeo, College Station, TX, April 15, 2019" is Mike Pompeo; "– and then …" signs nothing', () => {
    expect(findQuotes(['"I was the CIA director. We lied, we cheated, we stole." — Mike Pompeo, College Station, TX, April 15, 2019'])[0]?.speaker).toBe('Mike Pompeo');
    expect(findQuotes(['“We will win this thing, we always do, every single time” – and then the crowd went wild.'])[0]?.speaker).toBeNull();
  });
  it('a sentence of its own that only signs the quote: "~William James", "– Leo Babauta", a name with life dates', () => {
    // The segmenter cuts after the quote's stop when a tilde follows, so the signature is a sentence.
    expect(findQuotes(['"If we remembered everything we should on most occasions be as ill off as if we remembered nothing." ~William James'])[0]?.speaker).toBe('William James');
    expect(findQuotes(['‘You cannot manage without pleasure, whatever the books say.’ ~ Leo Babauta'])[0]?.speaker).toBe('Leo Babauta');
    expect(findQuotes(['“Truth isn’t mean. It’s truth, and it will always be truth.” Andrew Breitbart (1969-2012)'])[0]?.speaker).toBe('Andrew Breitbart');
    // A name that goes on with a verb of its own is a sentence of narration, not a signature.
    expect(findQuotes(['The motto on the wall was “we will not back down from this fight, ever.” ~Then William James came in.'])[0]?.speaker).toBeNull();
  });
  it('South African "Advocate Dali Mpofu" is a title and a name', () => {
    expect(findQuotes(['“Nothing you have said sheds light on why the accused is sitting here,” said Advocate Dali Mpofu.'])[0]?.speaker).toBe('Dali Mpofu');
  });
});

describe('findQuotes: the outlet spoken to, then the speaker (Spanish)', () => {
  const intro = 'El exministro Juan Pérez habló el lunes con la prensa.';
  it('"expresó a La Estrella de Panamá un trabajador que pidió no ser identificado" is nobody, not the newspaper', () => {
    const q = findQuotes([intro, '“Estamos cansados de promesas que nunca se cumplen”, expresó a La Estrella de Panamá un trabajador que pidió no ser identificado.'], { lang: 'es' })[0];
    expect(q?.speaker).toBeNull();
  });
  it('"dijo a la diaria el exministro" is still the exministro', () => {
    expect(findQuotes([intro, '«No vamos a retroceder en esta pelea, de ninguna manera», dijo a la diaria el exministro.'], { lang: 'es' })[0]?.speaker).toBe('Juan Pérez');
  });
});

describe('findQuotes: people introduced by a relation, an age, and a pronoun that tells a gender', () => {
  it('"Su esposa, Laura, también trabaja …" and "Warsame’s neighbour, Pat Gillingham, 79, …" name the next speaker', () => {
    const es = findQuotes(['Martín Fernández, productor lechero de San José, contó que la sequía lo obligó a vender.', 'Su esposa, Laura, también trabaja en el tambo. «Es muy duro ver cómo se mueren los animales por falta de agua», dijo.'], { lang: 'es' });
    expect(es[0]?.speaker).toBe('Laura');
    const en = findQuotes(['Abdi Warsame, a 44-year-old bus driver who has rented privately for 15 years, received an eviction notice.', '‘I walk past that building every day on my way to the depot,’ he says.', 'Warsame’s neighbour, Pat Gillingham, 79, has lived in the same council flat since 1971.', '‘There used to be a waiting list, and you waited, and then you got a place,’ she recalled.']);
    expect(en.find((q) => q.text.startsWith('I walk'))?.speaker).toBe('Abdi Warsame');
    expect(en.find((q) => q.text.startsWith('There used'))?.speaker).toBe('Pat Gillingham');
  });
  it('"she said" of a name that tells no gender teaches it: after a man is named, "she" still finds her', () => {
    const qs = findQuotes([
      'South Africa’s environment minister, Thandeka Mokoena, who is chairing the summit, told delegates the continent could not wait.',
      '“Our people are not short of promises. They are short of water and of harvests,” she said.',
      'Nigeria’s environment minister, Ibrahim Lawal, had earlier walked out of a closed-door session.',
      'Asked about the walkout, she would say only that talks were continuing. “What I can tell you is that the door to my office is open,” she added.',
    ]);
    expect(qs.find((q) => q.text.startsWith('What I can'))?.speaker).toBe('Thandeka Mokoena');
  });
});

describe('findQuotes: "Así lo dijo X", "C’est ainsi que l’a résumé X", and "X, quien agregó que «…»"', () => {
  it('a clitic before the verb of the next sentence, and a relative pronoun as the subject', () => {
    expect(findQuotes(['«La situación es muy grave en toda la provincia». Así lo dijo el consejero, Antonio Sanz.'], { lang: 'es' })[0]?.speaker).toBe('Antonio Sanz');
    expect(findQuotes(['« La situation est très grave dans toute la région ». C’est ainsi que l’a résumé le préfet, Jean Dupont.'], { lang: 'fr' })[0]?.speaker).toBe('Jean Dupont');
    const qs = findQuotes(['«Vamos a seguir trabajando para que la obra se termine». Así lo expresó el intendente de Canelones, Yamandú Orsi, quien agregó que «la ciudad necesita esta obra desde hace años».'], { lang: 'es' });
    expect(qs.map((q) => q.speaker)).toEqual(['Yamandú Orsi', 'Yamandú Orsi']);
  });
});

describe('findQuotes: a capitalised institution after an article speaks (Spanish, Italian, Portuguese)', () => {
  it('"informó la Policía", "Según la Intendencia", "De acuerdo con la Fiscalía"; "dijo el Papa" is no body', () => {
    expect(findQuotes(['«Los detenidos fueron trasladados a la sede central esta mañana», informó la Policía.'], { lang: 'es' })[0]?.speaker).toBe('Policía');
    expect(findQuotes(['Según la Intendencia, «las obras terminarán antes de fin de año si el clima acompaña».'], { lang: 'es' })[0]?.speaker).toBe('Intendencia');
    expect(findQuotes(['De acuerdo con la Fiscalía, «los hechos investigados configuran un delito muy grave».'], { lang: 'es' })[0]?.speaker).toBe('Fiscalía');
    expect(findQuotes(['«No es justo y no lo será nunca en este mundo», dijo el Papa.'], { lang: 'es' })[0]?.speaker).toBeNull();
  });
});

describe('findQuotes: a document speaks for whoever issued it', () => {
  it('"X said in a press release …" then "“…,” the release continued" is X', () => {
    const qs = findQuotes(['The Austin Police Department said in a press release that “the suspect was taken into custody without incident.”', '“The investigation remains ongoing and we ask the public for patience,” the release continued.']);
    expect(qs.find((q) => q.text.startsWith('The investigation'))?.speaker).toBe('Austin Police Department');
  });
});

describe('findQuotes: a statement is its issuer speaking, a report keeps its name', () => {
  it('"according to a statement from Lopez’s attorney, Mark Daniels"; "according to a report from the Bank of England"', () => {
    expect(findQuotes(['“Nobody from the hospital has ever apologized to us,” according to a statement from Lopez’s attorney, Mark Daniels.'])[0]?.speaker).toBe('Mark Daniels');
    expect(findQuotes(['“Rates will rise by two points over the year,” according to a report from the Bank of England.'])[0]?.speaker).toBe('Bank of England report');
  });
});

describe('findQuotes: a sports position before a name is a title', () => {
  it('"Quarterback Jared Goff agreed" names Jared Goff', () => {
    const q = findQuotes(['Quarterback Jared Goff agreed. “We have got to keep rolling no matter who is out there on the field,” Goff said.'])[0];
    expect(q?.speaker).toBe('Jared Goff');
    expect(q?.role).toBe('Quarterback');
  });
});

describe('findQuotes: the young people of a French feature', () => {
  it('a pseudonym ("Sarah*", "Karim (le prénom a été modifié)") and "Pour Moussa, 19 ans," are people', () => {
    const qs = findQuotes([
      'Sarah*, 22 ans, étudiante en droit, vit à Saint-Denis depuis son enfance.',
      '« Ici, tout le monde se connaît, mais personne ne se parle vraiment », raconte-t-elle.',
      'Pour Moussa, 19 ans, la situation est différente. « Moi je me sens chez moi ici, c’est mon quartier depuis toujours », lance le jeune homme.',
      'Karim (le prénom a été modifié) travaille dans une supérette. « Je fais des journées de douze heures pour un salaire de misère », confie-t-il.',
    ], { lang: 'fr' });
    expect(qs.find((q) => q.text.startsWith('Ici'))?.speaker).toBe('Sarah');
    expect(qs.find((q) => q.text.startsWith('Moi'))?.speaker).toBe('Moussa');
    expect(qs.find((q) => q.text.startsWith('Je fais'))?.speaker).toBe('Karim');
  });
  it('"Mathieu Hanotin, a réagi sur Twitter" gives no role made of the verb phrase', () => {
    const q = findQuotes(['Le maire, Mathieu Hanotin, a réagi sur Twitter : « Nous allons rencontrer les habitants dès la semaine prochaine ».'], { lang: 'fr' })[0];
    expect(q?.speaker).toBe('Mathieu Hanotin');
    expect(q?.role ?? '').not.toMatch(/réagi/);
  });
});

describe('findQuotes: Gulf styles and a capitalised role after the name', () => {
  it('"said Eng. Khalid Al Marri, CEO of Dubai Holding"; "Sheikh Hamdan bin Mohammed, Crown Prince of Dubai, said:"', () => {
    expect(findQuotes(['“We are proud to support this initiative and its goals,” said Eng. Khalid Al Marri, CEO of Dubai Holding.'])[0]?.speaker).toBe('Khalid Al Marri');
    const q = findQuotes(['Sheikh Hamdan bin Mohammed, Crown Prince of Dubai, said: “Dubai will remain a global hub for innovation and talent.”'])[0];
    expect(q?.speaker).toBe('Sheikh Hamdan bin Mohammed');
    expect(q?.role).toBe('Crown Prince of Dubai');
  });
});

describe('findQuotes: "she said" after someone the story leaves unnamed', () => {
  it('"A neighbor, who did not want to be named, said … “…,” she said" is nobody, not the police chief named before', () => {
    const qs = findQuotes(['Police Chief Art Acevedo addressed reporters on Monday.', '“This is a tragedy for our whole community,” Acevedo said.', 'A neighbor, who did not want to be named, said she heard three shots around 2 a.m. “I thought it was fireworks at first,” she said.']);
    expect(qs.find((q) => q.text.startsWith('I thought'))?.speaker).toBeNull();
  });
});

describe('findQuotes: a possessive that opens a sentence tells nothing of the gender of the name after it', () => {
  it('"Her husband, Tom, was supportive. “…,” he says." is Tom', () => {
    const qs = findQuotes(['For Jenny Walsh, the decision to leave teaching came after 14 years.', 'Her husband, Tom, was supportive. “I told her to do what made her happy,” he says.']);
    expect(qs[0]?.speaker).toBe('Tom');
  });
});

describe('findQuotes: German "X zufolge"', () => {
  it('"Dem Verband zufolge sind „…“" is the association the story named; "Reker zufolge" is Henriette Reker', () => {
    const qs = findQuotes(['„Das ist ein schwarzer Tag für den Einzelhandel“, erklärte Jörg Hamel vom Handelsverband gegenüber dem SPIEGEL.', 'Dem Verband zufolge sind „mehr als 200 Geschäfte betroffen“.', 'Bürgermeisterin Henriette Reker sprach von einem Erfolg. Reker zufolge ist die Regel „ein Gewinn für alle Menschen in der Stadt“.'], { lang: 'de' });
    expect(qs.find((q) => q.text.startsWith('mehr als'))?.speaker).toBe('Handelsverband');
    expect(qs.find((q) => q.text.startsWith('ein Gewinn'))?.speaker).toBe('Henriette Reker');
  });
});

describe('findQuotes: a party or body between a role and a name; a particle surname with a circumstance', () => {
  it('"La diputada del Frente Amplio Cristina Lustemberg" is Cristina Lustemberg; "sostuvo da Silva en diálogo con Telemundo"', () => {
    const qs = findQuotes(['La diputada del Frente Amplio Cristina Lustemberg presentó el proyecto en el Parlamento.', '«Es una deuda que tenemos como sociedad con los niños», agregó Lustemberg.'], { lang: 'es' });
    expect(qs[0]?.speaker).toBe('Cristina Lustemberg');
    const ds = findQuotes(['El senador nacionalista Sebastián da Silva habló el lunes.', '«Es puro marketing político y nada más que eso», sostuvo da Silva en diálogo con Telemundo.'], { lang: 'es' });
    expect(ds[0]?.speaker).toBe('Sebastián da Silva');
    expect(ds[0]?.confidence).toBe('high');
  });
});

describe('findQuotes: "La legisladora" after "La diputada del Frente Amplio Cristina Lustemberg presentó …"', () => {
  it('the role, the body and the name open the sentence: she is its subject, and the next description points back to her', () => {
    const qs = findQuotes(['La diputada del Frente Amplio Cristina Lustemberg presentó el proyecto en el Parlamento.', 'La legisladora explicó que la iniciativa «busca proteger a los niños más vulnerables del país».'], { lang: 'es' });
    expect(qs[0]?.speaker).toBe('Cristina Lustemberg');
    expect(qs[0]?.confidence).toBe('medium');
  });
});

describe('findQuotes: a body described in lower case and named in brackets is called by that name', () => {
  it('before the verb, and as the subject a participle or gerund goes back to', () => {
    const said = findQuotes(['The Ukrainian gas transmission operator (GTSOU) said on Tuesday that “the actions of the occupiers made transit impossible at the station.”'], { lang: 'en' });
    expect(said[0]).toMatchObject({ speaker: 'GTSOU', confidence: 'high' });
    const saying = findQuotes(['The Ukrainian gas transmission operator (GTSOU) halted the flows on Tuesday, saying that “the actions of the occupiers made transit impossible at the station.”'], { lang: 'en' });
    expect(saying[0]?.speaker).toBe('GTSOU');
    const es = findQuotes(['La operadora de la red de transmisión de gas de Ucrania (Gtsou) anunció ayer que interrumpirá el tránsito por «causas de fuerza mayor», arguyendo que «las acciones de los ocupantes llevaron a la interrupción del tránsito».'], { lang: 'es' });
    expect(es.find((q) => q.text.startsWith('las acciones'))?.speaker).toBe('Gtsou');
  });
  it('not a party after a person’s name', () => {
    expect(findQuotes(['El diputado Juan Pérez (PSOE) dijo que «la ley llegará tarde para miles de familias del país».'], { lang: 'es' })[0]?.speaker).toBe('Juan Pérez');
  });
});

describe('findQuotes: an appositive that says what a name is makes it a body', () => {
  const quote = '"We have agreed to grant all licenses of our artists\' performances to stream after the show," it says.';
  it('"Big Machine, the label that owns …" and "The group that owns …, Big Machine," are what a later "it says" means', () => {
    expect(findQuotes(['Big Machine, the label that owns most of her music, said on Friday that she could play her old songs.', quote], { lang: 'en' })[0]?.speaker).toBe('Big Machine');
    expect(findQuotes(['The group that owns most of her music, Big Machine, says she will be allowed to play her old tracks.', quote], { lang: 'en' })[0]?.speaker).toBe('Big Machine');
  });
  it('a role at a body is still a person', () => {
    const q = findQuotes(['Ann Lee, the founder of the company, said on Friday that the label would sell.', '"We are proud of every record we made together," she said.'], { lang: 'en' });
    expect(q[0]?.speaker).toBe('Ann Lee');
  });
});

describe('findQuotes: a pronoun about someone else does not change a named person’s gender', () => {
  it('"Jane Roe said he had just started college" leaves Jane Roe the "she" of the next quote', () => {
    const q = findQuotes(['His mother, Jane Roe, said he had just started college.', '“He was the kindest person I ever knew in my whole life,” she said.'], { lang: 'en' });
    expect(q[0]?.speaker).toBe('Jane Roe');
  });
  it('nor does a possessive: "Ann Pike, his manager" is no "he"; the unlisted Quinlan Roe is', () => {
    const q = findQuotes(['Quinlan Roe said he had just started work at the mill.', 'Ann Pike, his manager, agreed.', '“I was only trying to help the others on the night shift,” he said.'], { lang: 'en' });
    expect(q[0]?.speaker).toBe('Quinlan Roe');
  });
});

describe('findQuotes: someone the writer spoke to and does not name', () => {
  it('"WIRED spoke to one mother, who …" — her "she said" names nobody, not the capitals nearby', () => {
    const q = findQuotes(['WIRED spoke to one mother, who knew her daughter was posing as a Go-Kart Track on Instagram. “I am so ahead of every other parent of teens I know when it comes to technology,” she said.'], { lang: 'en' });
    expect(q[0]?.speaker).toBeNull();
  });
  it('a named person after them is the "she" again', () => {
    const q = findQuotes(['We talked with a nurse at the clinic, and with its director, Ann Lee, who has run it for ten years. “We are short of staff every single night of the week,” she said.'], { lang: 'en' });
    expect(q[0]?.speaker).toBe('Ann Lee');
  });
});

describe('findQuotes: an office the story gave one person, said back ("the President said")', () => {
  it('the title before a full name or a surname makes its holder', () => {
    expect(speakerOf(['Gov. Kristi Noem launched the campaign on Monday.', '“The whole point of this ad campaign is to raise awareness,” the governor said.'], 'The whole point')?.speaker).toBe('Kristi Noem');
    expect(speakerOf(['President Obama spoke to veterans in Reno on Monday.', '“Every generation among you served to keep us strong and free,” the President said.'], 'Every generation')?.speaker).toBe('Obama');
    expect(speakerOf(['President Barack Obama spoke to veterans in Reno.', '“Every generation among you served to keep us strong and free,” said the President.'], 'Every generation')?.speaker).toBe('Barack Obama');
  });
  it('two people with one office: nobody', () => {
    const paras = ['President Barack Obama met President Xi Jinping in Beijing on Monday.', '“We have agreed to work together on the climate,” the President said.'];
    expect(speakerOf(paras, 'We have agreed')?.speaker ?? null).toBeNull();
  });
});

describe('findQuotes: "according to a spokesperson for X", "said a spokeswoman from X"', () => {
  it('the body the spokesperson speaks for is the speaker', () => {
    expect(speakerOf(['According to a spokesperson from the Utah Department of Transportation, the sign was “a very bad prank that is obviously unacceptable.”'], 'a very bad prank')?.speaker).toBe('Utah Department of Transportation');
    expect(speakerOf(['“The sign was a very bad prank that is obviously unacceptable,” said a spokeswoman for Delta Air Lines.'], 'The sign was')?.speaker).toBe('Delta Air Lines');
  });
});

describe('findQuotes: a fronted phrase, then "Name, appositive, said"', () => {
  it('"On Monday, the People’s Daily, the mouthpiece of the party, warned that “…”"', () => {
    expect(speakerOf(['On Monday, the People’s Daily, the mouthpiece of the Communist party, warned that there is “absolutely no room for compromise on this matter”.'], 'absolutely no room')?.speaker).toBe('People’s Daily');
  });
});

describe('findQuotes: a surname that is also a title word ("Stephen King", "Lisa Major")', () => {
  it('is remembered as the name, and "King said" names the person', () => {
    expect(speakerOf(['Stephen King wrote a new book this year.', '“We are going to make it healthy again, and we will do it fast,” King said.'], 'We are going')?.speaker).toBe('Stephen King');
    expect(speakerOf(['Martin Luther King Jr. spoke in 1963.', '“We are going to make it healthy again, and we will do it fast,” King said.'], 'We are going')?.speaker).toBe('Martin Luther King Jr');
    expect(speakerOf(['Lisa Major spoke first at the meeting.', '“We are going to make it healthy again, and we will do it fast,” Major said.'], 'We are going')?.speaker).toBe('Lisa Major');
  });
  it('a title before a name stays a title', () => {
    expect(speakerOf(['Prime Minister Keir Starmer spoke first.', '“We are going to make it healthy again, and we will do it fast,” Starmer said.'], 'We are going')?.speaker).toBe('Keir Starmer');
  });
});

describe('findQuotes: a verb whose subject is one described person ("the Conservative MP said")', () => {
  it('leaves the nearest person as a guess, as it does with no verb', () => {
    const q = speakerOf(['Chris Grayling warned on Monday that the sector is facing “mass job cuts” around the country.', 'Speaking in the Commons, the Conservative MP said: “It does not need to be like this because there are ways to get part of this industry going again.”'], 'It does not need');
    expect(q).toMatchObject({ speaker: 'Chris Grayling', confidence: 'low' });
  });
  it('not a described someone else: "a neighbor", "the authors", "los vecinos"', () => {
    expect(speakerOf(['Chris Grayling warned on Monday that the sector is facing cuts.', 'Speaking outside, a neighbor said: “It does not need to be like this because there are ways to get part of this industry going again.”'], 'It does not need')?.speaker ?? null).toBeNull();
    expect(speakerOf(['Chris Grayling warned on Monday that the sector is facing cuts.', 'In their report, the authors wrote: “It does not need to be like this because there are ways to get part of this industry going again.”'], 'It does not need')?.speaker ?? null).toBeNull();
  });
});

describe('findQuotes: a fronted role with an adjective after the body ("El ministro de Asuntos Exteriores portugués, Paulo Rangel, …")', () => {
  it('is the subject of words quoted in the sentence', () => {
    const [q] = findQuotes(['El ministro de Asuntos Exteriores portugués, Paulo Rangel, describió este domingo en Madrid la situación de Gaza como una crisis “muy grave y sin salida a la vista”.'], { lang: 'es' });
    expect(q.speaker).toBe('Paulo Rangel');
  });
});

describe('findQuotes: a role and a name after a fronted phrase, then a colon', () => {
  it('"Consultada sobre el tema, la diputada Graciela Bianchi fue tajante: «…»"; "Asked about it, the lawmaker Ann Lee was blunt: “…”"', () => {
    const es = findQuotes(['El senador Juan Pérez presentó el proyecto ante la comisión.', 'Consultada sobre el tema, la diputada Graciela Bianchi fue tajante: «Esto no tiene ningún sentido para el país».'], { lang: 'es' });
    expect(es.find((q) => q.text.startsWith('Esto'))?.speaker).toBe('Graciela Bianchi');
    expect(speakerOf(['Asked about it, the lawmaker Ann Lee was blunt: “This makes no sense for the country at all.”'], 'This makes')?.speaker).toBe('Ann Lee');
  });
});

describe('findQuotes: an honorific and a party tag around the subject ("Sen. John Doe (D-Calif.) introduced …")', () => {
  it('is the person a later "he said" means, over an earlier speaker', () => {
    const paras = ['Tom Hill, the mayor, spoke first at the meeting on Monday.', '“We will build it,” Hill said.', 'Sen. John Doe (D-Calif.) introduced a rival bill on Tuesday.', '“This plan will not work for anyone in this city,” he said.'];
    expect(speakerOf(paras, 'This plan')?.speaker).toBe('Sen. John Doe');
  });
});

describe('findQuotes: a person introduced after the last speaker is whom "he said" means', () => {
  const start = ['Tom Hill, the mayor, spoke first at the meeting on Monday.', '“We will build it,” Hill said.'];
  it('named as an object or an agent, in a sentence of their own', () => {
    expect(speakerOf([...start, 'That did not convince John Doe.', '“This plan will not work for anyone in this city,” he said.'], 'This plan')?.speaker).toBe('John Doe');
    expect(speakerOf([...start, 'The plan was rejected on Tuesday by John Doe, the group’s director.', '“This plan will not work for anyone in this city,” he said.'], 'This plan')?.speaker).toBe('John Doe');
  });
  it('not when the sentence has the last speaker as its subject, or names two people', () => {
    expect(speakerOf([...start, 'Hill criticized John Doe, the group’s director, for the delay.', '“This plan will not work for anyone in this city,” he said.'], 'This plan')?.speaker).toBe('Tom Hill');
    expect(speakerOf([...start, 'He is more popular than Paul Roe and John Doe, a poll found.', '“This plan will not work for anyone in this city,” he said.'], 'This plan')?.speaker).toBe('Tom Hill');
  });
});

describe('findQuotes: "the agency said" after an agency the story named ("Federal Aviation Administration", "Centers for …")', () => {
  const said = (intro: string, noun: string) => speakerOf([intro, `“We are looking into the incident and will provide updates when we have them,” the ${noun} said.`], 'We are looking')?.speaker;
  it('names the body', () => {
    expect(said('The Federal Aviation Administration opened an investigation on Tuesday.', 'agency')).toBe('Federal Aviation Administration');
    expect(said('The Centers for Disease Control and Prevention issued new guidance.', 'agency')).toBe('Centers for Disease Control and Prevention');
    expect(said('The Federal Bureau of Investigation opened an investigation on Tuesday.', 'bureau')).toBe('Federal Bureau of Investigation');
    expect(said('Microsoft Corporation opened an investigation on Tuesday.', 'company')).toBe('Microsoft Corporation');
    expect(said('The International Rescue Committee Foundation opened an office on Tuesday.', 'organization')).toBe('International Rescue Committee Foundation');
  });
});

describe('findQuotes: more Spanish verbs of reporting (acotó, expuso, remató …)', () => {
  it('name the speaker after the quote', () => {
    for (const verb of ['acotó', 'remató', 'resaltó', 'argumentó', 'contestó']) {
      const [q] = findQuotes([`«No hay ninguna razón para esperar más tiempo», ${verb} la ministra Ana Gómez.`], { lang: 'es' });
      expect(q.speaker, verb).toBe('Ana Gómez');
    }
  });
});

describe('findQuotes: "the group said", "la ONG" after a body named without a word like "Ministry" (Human Rights Watch, the Red Cross, Cruz Roja)', () => {
  it('reads them as organisations that a later common noun points back to', () => {
    expect(findQuotes(['Human Rights Watch documented the abuses in a report released on Monday.', '“The authorities have failed to protect the people in the camps,” the group said.'])[0]?.speaker).toBe('Human Rights Watch');
    expect(findQuotes(['The Red Cross said two of its workers were killed in Khan Younis.', '“We are heartbroken by the loss of our dear colleagues,” the organisation said in a statement.'])[0]?.speaker).toBe('Red Cross');
    expect(findQuotes(['La Cruz Roja ha denunciado el asesinato ayer de dos de sus trabajadores en Jan Yunis.', '“Estamos desconsolados por la muerte de dos de nuestros queridos colegas”, explica la ONG en un comunicado.'], { lang: 'es' })[0]?.speaker).toBe('Cruz Roja');
  });
  it('"la ONG" with no body named is nobody, not a speaker called "ONG"', () => {
    expect(findQuotes(['El ministro Juan Pérez visitó la zona el lunes por la tarde.', '“Estamos desconsolados por la muerte de dos de nuestros queridos colegas”, explica la ONG en un comunicado.'], { lang: 'es' })[0]?.speaker).toBeNull();
  });
});

describe('findQuotes: German closes the reported clause after the quote ("sei «…» gewesen, betont X")', () => {
  it('the subject after the verb speaks', () => {
    expect(findQuotes(['Die Tötung von Zivilisten sei «kein spontan gefasster Entschluss, kein schiefgelaufener Plan» gewesen, betont Anna Weber.'], { lang: 'de' })[0]?.speaker).toBe('Anna Weber');
    expect(findQuotes(['Die Gruppen haben laut Human Rights Watch (HRW) die Zivilbevölkerung angegriffen.', 'Die Tötung von Zivilisten sei «kein spontan gefasster Entschluss, kein schiefgelaufener Plan» gewesen, betont HRW.'], { lang: 'de' })[0]?.speaker).toBe('Human Rights Watch');
  });
  it('a capitalised noun before the comma is the clause’s own subject: no guess from it', () => {
    expect(findQuotes(['Auf die Frage, ob «die Verhandlungen jetzt am Ende angekommen sind» und die Gespräche, sagte Trump am Montag nichts.'], { lang: 'de' })[0]?.speaker ?? null).not.toBe('Gespräche');
  });
});

describe('findQuotes: German nouns are no speakers (every German noun has a capital)', () => {
  it('one word the story uses after an article is a noun ("bei einer vielbeachteten Pressekonferenz erklärte X")', () => {
    const [q] = findQuotes(['Die Reise rief großes Interesse hervor. Bei einer vielbeachteten Pressekonferenz erklärte er: „Vor einigen Monaten habe ich den Preis mit meinem alten Freund geteilt.“'], { lang: 'de' });
    expect(q.speaker).toBeNull();
    const [r] = findQuotes(['Viele Zuschauer haben schöne Erinnerungen an das Haus, wie eine Dame vor dem Stück berichtet. „Dort war eine sehr schöne Gaststätte, wo wir mit Freunden gefeiert haben.“'], { lang: 'de' });
    expect(r.speaker).toBeNull();
  });
  it('"Jemand sagte" names nobody', () => {
    expect(findQuotes(['Jemand sagte, dass eines der Kinder immer unterwegs war. „Als sie klein waren, verbrachten wir viele Sommer am Meer.“'], { lang: 'de' })[0]?.speaker).toBeNull();
  });
  it('an article and one noun ("Die Rezeption, der Speisesaal …") are nobody a pronoun can mean; a body ("Der Staatsschutz") is a body', () => {
    const qs = findQuotes(['Die Rezeption, der Speisesaal und die Küche sind die Bühne des Abends.', '„Orangen und Bananen gab es immer auf dem Frühstücksbuffet“, erklärt er dem Publikum.'], { lang: 'de' });
    expect(qs[0]?.speaker).not.toBe('Die Rezeption');
    expect(findQuotes(['Der Staatsschutz in Wien hält fest: „Deutschsprachige Inhalte finden aufgrund der gemeinsamen Sprache auch hier Anklang.“'], { lang: 'de' })[0]?.speaker).toBe('Staatsschutz');
  });
  it('a name of a known person in one word still speaks ("sagte Müller" after "Anna Müller")', () => {
    expect(findQuotes(['Anna Müller leitet die Schule seit zwölf Jahren.', '„Wir haben den Unterricht wegen der Hitze um eine Stunde verkürzt“, sagte Müller am Montag.'], { lang: 'de' })[0]?.speaker).toBe('Anna Müller');
  });
});

describe('findQuotes: words around a name that are not part of it', () => {
  it('a participle that opens the sentence ("Hearing Cooper Kupp describe it")', () => {
    const qs = findQuotes(['Hearing Cooper Kupp describe it, the physical and mental toll of last year’s injury was apparent.', '“I don’t know if I would be still playing if I didn’t think this was the right way,” Kupp said.']);
    expect(qs[0]?.speaker).toBe('Cooper Kupp');
  });
  it('the last word of a quote before the name ("… Get. It. OUT,” Noem tweeted")', () => {
    const qs = findQuotes(['The tagline drew criticism, but Noem cited the backlash as proof.', '“Meth is IN SD. We are here to Get. It. OUT,” Noem tweeted Monday night.', 'Noem later tweeted that the meth epidemic “needs to be a dinner table conversation for every family.”']);
    expect(qs.map((q) => q.speaker)).toEqual(['Noem', 'Noem']);
  });
});

describe('findQuotes: German noun phrases are no names', () => {
  it('a run joined by an article that opens on a noun of the story ("ein Ende der Streiks") names nobody', () => {
    const [q] = findQuotes(['Ein Argument, das auch Robert Weiss nachvollziehen kann. Für ihn und seine Mitarbeiter hofft er auf ein Ende der Streiks, sein deutlicher Appell an die Tarifparteien: "Einigt euch schnell, einigt euch vernünftig."'], { lang: 'de' });
    expect(q.speaker).not.toBe('Ende der Streiks');
  });
  it('an age before the noun still makes it a noun ("meint der 28-jährige Sudanese")', () => {
    const [q] = findQuotes(['Die Lagerverwaltung bietet ihnen dann Geld als Entschädigung an: „Das ist besser, als wenn die Leute sich verprügeln oder erschießen“, meint der 28-jährige Sudanese.'], { lang: 'de' });
    expect(q.speaker).toBeNull();
  });
  it('a preposition that opens the run is no part of it ("Auf BR-Anfrage betont …")', () => {
    const qs = findQuotes(['Auf BR-Anfrage betont die Koordinatorin, dass die Streiks niemanden kalt lassen. Gleichzeitig unterstreicht sie die Notwendigkeit: "Was hier aber auch deutlich wird: wie wichtig der Nahverkehr ist!"'], { lang: 'de' });
    expect(qs[0]?.speaker ?? '').not.toMatch(/^Auf /);
  });
});

describe('findQuotes: German roles before a name', () => {
  it('a place in the genitive before a role is part of the role ("Luxemburgs Außenminister Xavier Bettel")', () => {
    expect(findQuotes(['Luxemburgs Außenminister Xavier Bettel sagte: „Sanktionen sind die diplomatischste und stärkste Lösung, die wir haben.“'], { lang: 'de' })[0]?.speaker).toBe('Xavier Bettel');
  });
  it('a word the story uses as a noun is a role ("der Profi" … "Profi Jonas Weber")', () => {
    const qs = findQuotes(['Der Profi spielt seit zehn Jahren in der ersten Liga.', 'Profi Jonas Weber sagte: „Wir haben heute wirklich alles gegeben und sind sehr zufrieden.“'], { lang: 'de' });
    expect(qs[0]?.speaker).toBe('Jonas Weber');
  });
});

describe('findQuotes: a possessive before a full name is the role ("NASA\'s Steve Clarke")', () => {
  it('names the person, not the possessive', () => {
    expect(findQuotes(['“Buying rides to the Moon to conduct science is a new way of doing business,” NASA\'s Steve Clarke said.'])[0]?.speaker).toBe('Steve Clarke');
    expect(findQuotes(['“Buying rides to the Moon to conduct science is a new way of doing business,” said Edmunds’ Jessica Caldwell.'])[0]?.speaker).toBe('Jessica Caldwell');
  });
  it('a body whose name holds a possessive stays that body ("Iran\'s Foreign Ministry")', () => {
    expect(findQuotes(['“The attack was a violation of international law and of our sovereignty,” Iran\'s Foreign Ministry said.'])[0]?.speaker).toBe("Iran's Foreign Ministry");
  });
});

describe('findQuotes: a second source in a Spanish paragraph', () => {
  const opening = 'El productor Juan Pérez dijo que «la temporada fue muy mala para todos los productores de la zona».';
  it('"la dirigente", "el referente", "la edil": a description is the person described (by gender), not the paragraph\'s first speaker', () => {
    const qs = findQuotes([`${opening} En la reunión también participó María Gómez, presidenta de la comisión de fomento rural. La dirigente recordó que hace años «se perdieron más de la mitad de las cosechas del departamento».`], { lang: 'es' });
    expect(qs.find((q) => q.text.startsWith('se perdieron'))?.speaker).toBe('María Gómez');
  });
  it('"En tanto, para X, «…»": a connective before "para"', () => {
    const qs = findQuotes([`${opening} En tanto, para María Gómez, presidenta de la comisión de fomento, «se perdieron más de la mitad de las cosechas del departamento».`], { lang: 'es' });
    expect(qs.find((q) => q.text.startsWith('se perdieron'))?.speaker).toBe('María Gómez');
  });
});

describe('findQuotes: a body or thing as the subject of the quote\'s sentence', () => {
  it('"La comisión entiende que «…»" is not the paragraph\'s last speaker', () => {
    const qs = findQuotes(['El productor Juan Pérez dijo que «la temporada fue muy mala para todos los productores de la zona». La comisión entiende que «se perdieron más de la mitad de las cosechas del departamento».'], { lang: 'es' });
    expect(qs.find((q) => q.text.startsWith('se perdieron'))?.speaker).toBeNull();
  });
  it('a person noun there is still the person ("El productor entiende que «…»")', () => {
    const qs = findQuotes(['El productor Juan Pérez dijo que «la temporada fue muy mala para todos los productores de la zona». El productor entiende que «se perdieron más de la mitad de las cosechas del departamento».'], { lang: 'es' });
    expect(qs.find((q) => q.text.startsWith('se perdieron'))?.speaker).toBe('Juan Pérez');
  });
});

describe('findQuotes: a capitalised pronoun opening the sentence ("Ella afirma que «…»", "Elle estime que", "Er sagt, „…“")', () => {
  it('is the person the story spoke of, as the lower-case one is', () => {
    expect(findQuotes(['Inés Benali vive con sus padres desde septiembre. Ella afirma que «la vida aquí se volvió demasiado cara para todo el mundo».'], { lang: 'es' })[0]?.speaker).toBe('Inés Benali');
    expect(findQuotes(['Inès Benali vit chez ses parents depuis la rentrée. Elle affirme que « la vie ici est devenue trop chère pour tout le monde ».'], { lang: 'fr' })[0]?.speaker).toBe('Inès Benali');
    expect(findQuotes(['Thomas Weber lebt seit zwanzig Jahren in der Stadt. Er sagt, „die Mieten sind für normale Familien längst nicht mehr bezahlbar“.'], { lang: 'de' })[0]?.speaker).toBe('Thomas Weber');
  });
  it('the Italian article "Il" before its noun is no pronoun', () => {
    expect(findQuotes(['Il sindaco Marco Rossi ha spiegato che «la città non può più aspettare i fondi dello Stato».'], { lang: 'it' })[0]?.speaker).toBe('Marco Rossi');
  });
});

describe('findQuotes: French features', () => {
  it('"lâche-t-il" is a man: the euphonic t does not hide the pronoun\'s gender', () => {
    const [q] = findQuotes(["Karim Benali, 25 ans, vit à Saint-Denis depuis dix ans. Sa voisine Nadia Haddad, 30 ans, travaille à l'hôpital. « On est fatigués avant même d'arriver au travail le matin », lâche-t-il."], { lang: 'fr' });
    expect(q.speaker).not.toBe('Nadia Haddad');
  });
  it('someone the story calls by a given name alone opens the sentence: "Maria’s son was seen at 3:40 a.m. “…,” she said."', () => {
    const qs = findQuotes(['Maria, 34, a home health aide from Corona, had been there since the afternoon with her son.', 'Lorraine Pitts, a nurse for twenty years, said the unit was “short every single night of the week.”', 'Maria’s son was seen at 3:40 a.m. “Six minutes with the doctor,” she said. “After twelve hours.”']);
    expect(qs.find((q) => q.text.startsWith('Six minutes'))?.speaker).toBe('Maria');
  });
  it('"Karim, lui, a trouvé une solution. « … »": someone the story calls by a given name alone opens the sentence', () => {
    const qs = findQuotes(["À Saint-Denis, Inès, 22 ans, étudiante en droit, vit chez ses parents. Inès dit que « la vie ici est devenue trop chère pour tout le monde ».", "Karim, 25 ans, est arrivé en septembre. Karim, lui, a trouvé une solution. « J'ai une chambre chez une dame âgée contre des petits services. »"], { lang: 'fr' });
    expect(qs.find((q) => q.text.startsWith("J'ai"))?.speaker).toBe('Karim');
  });
});

describe('findQuotes: an adverb between a pronoun and its verb ("Ella también afirma que", "Elle aussi estime que")', () => {
  it('the pronoun still speaks', () => {
    expect(findQuotes(['Inés Benali vive con sus padres desde septiembre. Ella también afirma que «la vida aquí se volvió demasiado cara para todo el mundo».'], { lang: 'es' })[0]?.speaker).toBe('Inés Benali');
    expect(findQuotes(['Inès Benali vit chez ses parents depuis la rentrée. Elle, pourtant, estime que « la vie ici est devenue trop chère pour tout le monde ».'], { lang: 'fr' })[0]?.speaker).toBe('Inès Benali');
  });
});

describe('findQuotes: German people whose given name the list lacks', () => {
  it('two capitalised words that are no nouns of the story are a person ("Udo Kriese hat … ersteigert. „…“, sagt er.")', () => {
    const [q] = findQuotes(['Die Trommel kommt fix für 35 Euro unter den Hammer. Udo Kriese hat ein Motiv der Kirche für 65 Euro ersteigert. „Ich bin in Kücknitz aufgewachsen, das Bild gefällt mir sehr gut“, sagt er.'], { lang: 'de' });
    expect(q.speaker).toBe('Udo Kriese');
  });
  it('a declined adjective or a possessive before a noun is none ("Klaffende Löcher sind …", "Ihre Geschichte …")', () => {
    const qs = findQuotes(['Klaffende Löcher sind im Asphalt der Straße zu sehen. „Hier fährt seit Jahren niemand mehr gern mit dem Fahrrad entlang“, sagt er.', 'Ihre Geschichte beginnt im Jahr 1990. „Wir hatten damals überhaupt nichts und mussten ganz von vorne anfangen“, erzählt sie.'], { lang: 'de' });
    expect(qs.map((q) => q.speaker)).toEqual([null, null]);
  });
  it('"Ihm zufolge" is the man the story spoke of, not a speaker called "Ihm"', () => {
    expect(findQuotes(['Thomas Weber lebt seit zwanzig Jahren in der Stadt. Ihm zufolge sind „die Mieten für normale Familien längst nicht mehr bezahlbar“.'], { lang: 'de' })[0]?.speaker).toBe('Thomas Weber');
  });
});
