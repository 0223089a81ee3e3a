// Common given names whose bearers are, in news copy, nearly always one gender. A story seldom
// says "Mr" or "Ms" of everyone it quotes, and "she said" after "Caleb Bonham" asked a question
// is someone else speaking. Only names that are unambiguous across the languages Lede reads are
// listed: Jean (a man in French, a woman in English), Andrea, Alex, Sam, Jordan, Taylor, Kim,
// Robin, Sasha and the like are left out, and an unlisted name tells nothing.
import type { Gender } from './speakers';

const MALE =
  'aaron adam adrian ahmed alan albert alejandro alexander alfred ali andreas andrew andrés angelo anthony antoine antonio arnold arthur ' +
  'barry ben benjamin bernard bill billy bob bobby boris brad bradley brandon brendan brett brian bruce bruno bryan caleb calvin carl carlos ' +
  'charles charlie chris christian christoph christopher clarence claude colin craig dale damian dan daniel danny darren dave david dean dennis ' +
  'derek diego dieter dmitry dominic don donald doug douglas duncan dustin dylan eddie edgar eduardo edward elijah emmanuel enrique eric ' +
  'erik ernest ethan eugene evan fabian felipe felix fernando francesco francisco frank franz fred frederick gabriel gareth gary gavin ' +
  'george gerald gerhard giovanni giuseppe glenn gordon graham greg gregory guillaume günter gustavo hans harold harry hassan hector heinrich ' +
  'henry herbert howard hugh hugo ian ibrahim igor isaac ivan jack jacob jake james jared jason javier jeff jeffrey jeremy jerome jerry ' +
  'jesse jim jimmy joe joel johann john johnny jon jonathan jorge josé joseph joshua juan julian justin karl keith ken kenneth kevin klaus ' +
  'kurt kyle larry lars lawrence leo leon leonard liam lionel lorenzo louis lucas luis luke malcolm manuel marc marco marcus mario mark ' +
  'martin mason matt matthew maurice max michael miguel mike mohamed mohammed muhammad nathan neil nicholas nick nicolas nigel noah norman ' +
  'oliver omar oscar owen pablo patrick paul pedro peter philip philippe phil pierre rafael ralph randy raymond ray reginald ricardo richard ' +
  'rick robert roberto rod roger roland ron ronald ross roy russell ryan salvador samuel scott sean sebastian sergei sergio seth simon stanley ' +
  'stefan stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis trevor tyler uwe victor vincent vladimir walter ' +
  'warren wayne werner william willie wolfgang xavier yusuf zachary ' +
  // Across Europe, Latin America, the Arab world, South and East Asia.
  'abdul abdullah adel ahmad ahmet akira alain alastair alberto alessandro alexandre alexei alfonso alistair alvaro álvaro amir amit ' +
  'amr anand anders andré andrei andrzej ángel angus anton anwar archie armando arjun arturo arvind ashok augusto aurelio ' +
  'ayman baptiste barney bashir bastian benoît bernd bernie bertrand björn blake brent byron carsten cédric césar christophe ' +
  'chuck claudio clément clint cody conor connor cristian cristiano curtis darío dario darryl deepak denis didier dimitri dirk ' +
  'dmitri dwayne eduard edwin elias elliot emil emilio emre enzo esteban étienne everett fabio fabrice fadi faisal ' +
  'farid federico florian floyd fouad franck françois frédéric friedrich fumio gaël garrett gaston gaurav gérard gilbert ' +
  'gilles giorgio glen gonzalo guido guillermo gustav habib hamid hamza hani hank harald harish haruki harvey heiko helmut henri ' +
  'herman hernán hiroshi horst hubert hussein ichiro ignacio imad ismael jacques jaime jamal jens joachim joão joaquín ' +
  'jochen johannes jonas jörg josef juanma julien julio julius jürgen kai karim kenji kenny khaled khalid kirk konstantin krishna ' +
  'krzysztof laurent leandro lennart leonardo leroy lloyd lothar luc luca luciano ludovic luigi lukas luther maciej magnus ' +
  'mahmoud majid manfred manoj marcel marcelo marcin marek markus marvin marwan mateo mathieu matías matteo matthias mauricio mauro ' +
  'maxime mehmet melvin michel mikhail mohammad moritz mounir mukesh murat mustafa nabil narendra nasser neal nelson ' +
  'niklas nikolai nils olaf oleg oleksandr olivier osama osvaldo otis pascal pasquale patricio pavel pawel percy pete ' +
  'philipp piotr prakash quentin rahul rainer rajesh rajiv rakesh rami ramiro ramón raúl recep reinhard rémi renato rené ' +
  'riccardo rob rocco rodney rodrigo rolf romain rory rubén rüdiger rudy rufus saleh salvatore samir sami sanjay serge ' +
  'sergey shane shigeru shinzo stanislav stéphane stewart sunil suresh sven sylvain takeshi taro tarek theodore thierry thilo ' +
  'thorsten tobias tomás tomasz torsten ulrich umberto valentin vernon vicente vijay vikram viktor vittorio vivek ' +
  'volker volodymyr wade walid wesley wilbur winston wojciech yann yannick yasser yoshihide youssef yuri yves zach ziad ' +
  'zoltan ' +
  // West African and Maghrebi names, frequent in French reporting.
  'moussa mamadou ibrahima abdoulaye ousmane amadou seydou boubacar souleymane mehdi rayan ilyes sofiane bilal anis ayoub yanis théo mathis adrien thibault arnaud mourad rachid hakim yassine amine younes zakaria nassim idriss ismaël adama oumar djamel kamel kader reda wassim hicham mustapha lamine cheikh modibo ' +
  // Czech and Slovak.
  'petr pavel jiří jaroslav miroslav zdeněk václav karel jakub ondřej michal vojtěch radek libor zbyněk vladimír bohuslav ' +
  'keir';

const FEMALE =
  'abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amelia amy ana anastasia angela angelica anita ann anna anne ' +
  'annette antonia april ashley audrey barbara beatriz beatrice becky belinda beth betty beverly bonnie brenda brigitte brittany camila ' +
  'carla carmen carol caroline carolyn catherine cecilia charlotte chelsea cheryl chloe christina christine cindy claire clara claudia ' +
  'colleen connie cynthia daisy daniela danielle deborah debra denise diana diane donna doris dorothy elaine eleanor elena elisabeth ' +
  'elizabeth ella ellen emily emma erica erin esther eva evelyn fatima fiona florence frances gabriela gabrielle gail gemma georgia gloria ' +
  'grace gwen hannah heather heidi helen helena hilary holly ingrid irene isabel isabella jacqueline jane janet janice jasmine jennifer ' +
  'jenny jessica jill joan joanna joanne josephine joy joyce judith judy julia julie karen kate katherine kathleen kathryn kathy katie ' +
  'kimberly kristen kristina laura lauren leah linda lisa lori louise lucia lucy lydia madeleine madison manuela margaret maria ' +
  'marie marilyn marina marion marissa martha mary megan melanie melissa mercedes mia michelle monica monika nadia nancy natalia natalie ' +
  'nicole nina nora olga olivia paige pamela patricia paula pauline peggy penelope penny rachel rebecca regina renate rita roberta rosa ' +
  'rose rosemary ruth sabine sally samantha sandra sara sarah sharon sheila shirley silvia sofia sonia sophia sophie stephanie susan ' +
  'susanne suzanne sylvia tamara tanya teresa theresa tiffany tina ursula valerie vanessa veronica victoria virginia wendy yolanda yvonne ' +
  'zoe ' +
  // Across Europe, Latin America, the Arab world, South and East Asia.
  'abby adela adèle akiko alejandra almudena alyssa amal amira amparo angelika angie anjali anke annie annika antje antonella ' +
  'araceli aurélie ava begoña bethany birgit blanca brianna brooke caitlin candace carlota carly cassandra catalina cathy ' +
  'cécile céline chantal charlene chiara christa christiane christy claudine consuelo corinne courtney cristina ' +
  'dagmar debbie deepa delphine dolores eileen elisabetta élise eliza elke élodie émilie esperanza estefanía estelle eugenia ' +
  'fabienne fatma federica felicity fernanda francesca françoise franziska frédérique gina geneviève giorgia giovanna gisela giulia ' +
  'gudrun hala hanan harriet haruka hazel heike hélène helga hildegard huda ilaria ilse inès inmaculada isabelle jeanette ' +
  'jeanne jenna josefina juana juliette jutta karin katrin kavita kayla keiko kerstin kirsten kristin laetitia lakshmi lana layla ' +
  'léa leila lena lina lois lorraine lucie luisa lynn macarena magdalena mandy manon marcela margarita margaux mariam ' +
  'mariana marianne marisol marta martina maryam mathilde maureen meera meredith milagros miranda molly mona monique ' +
  'nadine naomi natasha nathalie nisha noor nuria océane paloma paola pascale perrine petra phyllis pilar pooja priscilla priya ' +
  'radha rania raquel rekha rocío rossella sabrina sachiko salma samira sandrine ségolène serena silke simona solène soledad ' +
  'stacy stefanie sunita susana svenja sylvie tammy ulrike ute valentina valeria véronique virginie wiebke ximena yasmin yoko ' +
  'yuko zainab ' +
  // West African and Maghrebi names, frequent in French reporting.
  'aminata fatoumata mariama kadiatou aïcha yasmine myriam samia nawel kenza jade amina fatou naïma karima malika farida zineb khadija imane hanane dounia assia soraya meriem awa nafissatou ' +
  // Czech and Slovak; and a few more.
  'jana hana lenka kateřina veronika markéta zuzana tereza michaela alena ivana jitka barbora ' +
  'alessandra hillary kristi';

/** A name as the list keeps it and a lookup asks for it: lower case, without accents. */
const plain = (name: string) => name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
/** plain() of the words asked about: a story asks about the same few names on every sentence. */
const PLAIN_SEEN = new Map<string, string>();
const plainOf = (name: string): string => {
  let p = PLAIN_SEEN.get(name);
  if (p === undefined) {
    if (PLAIN_SEEN.size >= 4096) PLAIN_SEEN.clear(); // bounded: a giant page cannot grow it
    PLAIN_SEEN.set(name, (p = plain(name)));
  }
  return p;
};

const GENDERS = new Map<string, Gender>([...MALE.split(' ').map((n) => [plain(n), 'm'] as const), ...FEMALE.split(' ').map((n) => [plain(n), 'f'] as const)]);

/** The gender a given name points to, or undefined when it is not a listed one. */
export function givenNameGender(given: string): Gender | undefined {
  // "Lucía" and "Lucia", "José" and "Jose" are one name.
  const g = GENDERS.get(plainOf(given));
  if (g || !given.includes('-')) return g;
  // A double given name ("Frank-Walter", "Jean-Pierre", "Anne-Marie") is one when each part is,
  // and takes the first part's gender.
  const parts = given.split('-');
  return parts.length === 2 && parts.every((p) => /^\p{Lu}/u.test(p) && GENDERS.has(plainOf(p))) ? GENDERS.get(plainOf(parts[0])) : undefined;
}
