// Words and phrases that mark clutter, as data. Rules in this folder match a block's whole,
// normalised label against these, so a story sentence that merely contains "related" is safe.
// Languages: en, de, fr, es, pt, it, pl, nl, ru, zh, ar, ur. Add a phrase with a golden page
// (test/pages/) that shows the rail it heads.

/** Labels that head a rail of other stories' teasers. Matched against the full label text
 *  (lower-cased, punctuation and trailing arrows/colons removed). */
export const RAIL_LABELS: readonly string[] = [
  // en
  'opinion', 'opinions', 'editorial', 'editorials', 'related', 'related stories', 'related articles',
  'related news', 'related content', 'related coverage', 'related posts', 'related links', 'related reading',
  'more from', 'more stories', 'more news', 'more on this story', 'more on this', 'more in', 'more like this',
  'most read', 'most popular', 'most viewed', 'most shared', 'most commented', 'most emailed',
  'popular', 'popular now', 'popular stories', 'trending', 'trending now', 'trending stories',
  'recommended', 'recommended for you', 'recommended stories', 'read more', 'read next', 'read also',
  'also read', 'also on', 'you may like', 'you may also like', 'you might also like', 'you might like',
  'you may have missed', 'latest', 'latest news', 'latest stories', 'latest articles', 'top stories',
  'top news', 'in other news', 'elsewhere', 'what to read next', 'editor\'s picks', 'editors picks',
  'editor’s picks', 'don\'t miss', 'don’t miss', 'must read', 'must reads', 'must watch', 'further reading',
  'see also', 'more to explore', 'around the web', 'from the web', 'sponsored stories', 'promoted stories',
  'breaking news', 'news in brief', 'just in', 'featured', 'featured stories', 'spotlight', 'more headlines',
  'in case you missed it', 'related topics', 'more top stories', 'stories you may like', 'suggested reading',
  'featured content', 'our top stories', 'jump to',
  // de
  'lesen sie auch', 'mehr zum thema', 'das könnte sie auch interessieren', 'auch interessant',
  'meistgelesen', 'meistgelesene artikel', 'am meisten gelesen', 'weitere artikel', 'empfehlungen',
  'top-themen', 'neueste artikel', 'verwandte artikel', 'mehr aus', 'weitere nachrichten', 'meinung',
  'das könnte dich auch interessieren', 'siehe auch', 'weiterführende links', 'beiträge zum thema',
  'weitere beiträge zum thema', 'themen im artikel', 'weitere informationen', 'weitere infos', 'passend zum thema',
  'artikel und videos zum thema', 'das thema könnte dich auch interessieren', 'das thema könnte sie auch interessieren',
  'empfehlung der redaktion', 'empfehlungen der redaktion', 'unsere empfehlungen', 'entdecken sie jetzt', 'jetzt entdecken',
  'entdecke mehr', 'entdecken sie mehr',
  // fr
  'à lire aussi', 'a lire aussi', 'lire aussi', 'à lire également', 'sur le même sujet', 'les plus lus',
  'articles les plus lus', 'à voir aussi', 'vous aimerez aussi', 'vous pourriez aimer', 'articles similaires',
  'dernières actualités', 'les plus populaires', 'en continu', 'nos recommandations', 'à la une', 'éditorial',
  'articles liés', 'à découvrir aussi', 'à découvrir également', 'dans la même rubrique', 'sur le même thème',
  // es
  'te puede interesar', 'también te puede interesar', 'más noticias', 'lo más leído', 'más leídas',
  'noticias relacionadas', 'relacionado', 'relacionadas', 'te recomendamos', 'lee también', 'leer más',
  'más de', 'últimas noticias', 'recomendados', 'opinión', 'editorial del día', 'lo último',
  'le puede interesar', 'te podría interesar', 'puede interesarte', 'contenido relacionado', 'temas relacionados',
  // pt
  'leia também', 'leia mais', 'veja também', 'mais lidas', 'mais lidos', 'notícias relacionadas',
  'relacionadas', 'mais notícias', 'recomendados para você', 'últimas notícias', 'você pode gostar',
  'opinião', 'veja mais', 'saiba mais',
  // it
  'leggi anche', 'potrebbe interessarti', 'ti potrebbe interessare', 'più letti', 'i più letti',
  'articoli correlati', 'notizie correlate', 'ultime notizie', 'altre notizie', 'consigliati', 'opinioni',
  // pl
  'czytaj także', 'czytaj też', 'zobacz także', 'zobacz też', 'najczęściej czytane', 'najpopularniejsze',
  'polecamy', 'powiązane artykuły', 'więcej', 'najnowsze', 'opinie',
  // nl
  'lees ook', 'meer over', 'meest gelezen', 'gerelateerd', 'gerelateerde artikelen', 'meer nieuws',
  'aanbevolen', 'laatste nieuws', 'ook interessant', 'opinie',
  // ru
  'читайте также', 'читать также', 'по теме', 'самое читаемое', 'популярное', 'похожие статьи',
  'рекомендуем', 'ещё по теме', 'еще по теме', 'другие новости', 'последние новости', 'мнения', 'смотрите также',
  // zh
  '相关新闻', '相关阅读', '相关文章', '热门文章', '热门新闻', '推荐阅读', '延伸阅读', '最新新闻', '更多新闻',
  '猜你喜欢', '热点', '排行榜', '阅读排行', '相關新聞', '延伸閱讀', '熱門新聞', '推薦閱讀',
  // ar
  'اقرأ أيضا', 'اقرأ أيضاً', 'مواضيع ذات صلة', 'الأكثر قراءة', 'أخبار ذات صلة', 'المزيد من', 'آخر الأخبار',
  'رأي', 'مقالات ذات صلة', 'الأكثر مشاهدة', 'قد يعجبك أيضا',
  // ur
  'مزید پڑھیں', 'یہ بھی پڑھیں', 'متعلقہ خبریں', 'سب سے زیادہ پڑھی جانے والی', 'مقبول ترین', 'تازہ ترین', 'اداریہ', 'رائے',
];

/** Label prefixes that open a rail whatever follows ("More from Business", "Mehr aus Politik"). */
export const RAIL_LABEL_PREFIXES: readonly string[] = [
  'more from ', 'more in ', 'more on ', 'more about ', 'latest from ', 'latest in ', 'also in ', 'more stories from ',
  'other stories in ', 'more news from ', 'mehr aus ', 'mehr zu ', 'weitere artikel zu ', 'plus de ', 'plus d\'',
  'más de ', 'mais de ', 'altro da ', 'più da ', 'więcej z ', 'meer van ', 'ещё из ', 'еще из ', 'больше о ',
  'empfehlungen aus ', 'entdecke weitere ', 'entdecken sie weitere ', 'discover more ', 'explore more ',
];

/** Inline lead-ins for a one-line link to another story inside the body ("Related: …"). */
export const INLINE_TEASER_LEADS: readonly string[] = [
  'related', 'read more', 'read also', 'also read', 'see also', 'more', 'read', 'watch', 'listen', 'recommended',
  'don\'t miss', 'don’t miss', 'also see', 'read next', 'click here', 'related article', 'related story',
  'related link', 'related coverage', 'opinion', 'explainer', 'analysis', 'editorial', 'see more', 'related post',
  'related posts', 'more coverage', 'more on this',
  'lesen sie auch', 'mehr zum thema', 'auch interessant', 'lire aussi', 'à lire aussi', 'a lire aussi',
  'lesen sie hier', 'lesen sie mehr', 'mehr dazu', 'le puede interesar', 'te podría interesar', 'puede interesarte',
  'lea también', 'lee también', 'te puede interesar', 'leia também', 'leia mais', 'veja também',
  'leggi anche', 'czytaj także', 'czytaj też', 'zobacz także', 'lees ook', 'читайте также', 'по теме',
  '相关阅读', '延伸阅读', 'اقرأ أيضا', 'اقرأ أيضاً', 'یہ بھی پڑھیں',
];

/** Whole-line end-of-story markers: the story is over, what follows is the site's. Regexes run
 *  against a block's whole text. */
export const END_MATTER: readonly RegExp[] = [
  /^published in [\p{L}\s.&'’-]{2,40},? .{0,40}\d{4}\.?$/iu, // "Published in Dawn, November 3rd, 2021"
  /^(originally )?(published|appeared) (in|on) (the )?[\p{L}\s.&'’-]{2,40} (edition|issue|print edition)?.{0,40}$/iu,
  /^(copyright|©|\(c\))\s?.{0,120}$/iu,
  /^.{0,80}(all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|alle rechten voorbehouden|все права защищены)\.?.{0,160}$/iu,
  // A wire story's closing credit: the editor's initials and the agency ("aja/PAP", "(dpa/AFP)").
  /^\(?\p{Ll}{2,4}(\s?\/\s?(pap|dpa|afp|ap|reuters|rtr|kna|epd|apa|sda|ansa|efe|iar|tass|dts|ddp|belga|anp)){1,3}\)?\.?$/iu,
  /^(this (article|story) (was|has been) (originally |first )?(published|updated|amended|corrected).{0,160})$/iu,
  /^(follow|like) us on .{0,80}$/iu,
  /^(get|download) (the|our) .{0,40}app.{0,80}$/iu,
  /^(additional reporting|reporting) by .{0,120}$/iu,
  /^(editing|edited) by .{0,120}$/iu,
  /^(have|got) a (news )?tip\??.{0,120}$/iu,
  // Wire-style credits and citation trailers: "Jessica Napoli contributed to this report.",
  // "Citation: <title> (2019, November 18) retrieved …", "This document is subject to copyright."
  /^citation: .{0,300}\bretrieved\b.{0,200}$/iu,
  // "SUGGESTED CITATION Sauer, Heiko: …", "Diese Folge zitieren: …": how to cite the page.
  /^(suggested citation|cite this (article|page|post|episode|story)|how to cite this|zitiervorschlag|zitierhinweis|diese (folge|episode|seite) zitieren|diesen (artikel|beitrag) zitieren|citer cet article|cómo citar)\b.{0,300}$/iu,
  /^this (document|article|material) is subject to copyright\b.{0,300}$/iu,
];

/** A press release's closing boilerplate about its issuer opens like "Ascom is a global solutions
 *  provider…" or "Acme GmbH ist ein führendes Unternehmen…": a name, "is a", then (group 3,
 *  tested against ISSUER_KIND) what kind of body it is. */
export const ABOUT_ISSUER = /^[\p{Lu}][\p{L}\p{N}&.,'’ -]{1,60}? (is|are|ist|est|es|è|é) (a|an|the|one of the|ein|eine|einer der|un|une|una|uno|l'un des|uno de los|um|uma) ([^.]{0,120})/u;
export const ISSUER_KIND = /\b(provider|company|companies|leader|manufacturer|maker|organi[sz]ation|firm|group|developer|supplier|agency|network|platform|publisher|foundation|association|institute|bank|insurer|retailer|operator|unternehmen|anbieter|hersteller|konzern|verband|entreprise|groupe|fournisseur|empresa|proveedor|società|azienda)\b/iu;
/** The heading of that section: "About Ascom", "Über Nordwind Energie" (matched with its first
 *  letter lower-cased). */
export const ABOUT_HEADING = /^(about|über|à propos de|a propos de|acerca de|sobre|informazioni su|o) [\p{Lu}\p{N}]/u;

/** A press release's contact section: "Kontakt:", "Pressekontakt", "Media contact:", then names,
 *  phone numbers and addresses to the end. */
export const CONTACT_LABEL = /^(kontakt|pressekontakt|medienkontakt|ansprechpartner(in)?( zum thema| für die presse| für journalisten)?|media contacts?|press contacts?|media enquiries|press enquiries|for (more|further) information,? (please )?contact|contact presse|contact médias?|contacto( de prensa)?|contacto para medios|contatti? stampa|kontakt dla mediów|perscontact)\s*:?$/iu;

/** Newsletter and subscription prompts (whole short blocks). */
export const NEWSLETTER: readonly RegExp[] = [
  /\b(sign ?up|subscribe|register) (for|to) (our|the|my)? ?.{0,40}(newsletter|briefing|digest|alerts|emails?|updates)\b/iu,
  /\bnewsletter\b.{0,80}\b(sign ?up|subscribe|inbox|email)\b/iu,
  /\b(get|receive) .{0,40}(in|to) your inbox\b/iu,
  /\benter your e-?mail\b/iu,
  /\b(newsletter abonnieren|jetzt abonnieren|inscrivez-vous|abonnez-vous|suscríbete|assine|iscriviti|zapisz się|schrijf je in|подпишитесь)\b/iu,
  /\b(subscribe now|already a subscriber|support (our|independent) journalism|become a (member|subscriber))\b/iu,
  // Subscription and membership pitches: "Subscribe to WIRED and stay smart…", "If you enjoyed
  // this article, we have a proposition for you: Join …", "Join our Space Forums…".
  /^subscribe (to|today|for)\b/iu,
  /\b(sign up|subscribe) here\.?$/iu,
  /^jetzt\b.{0,60}\b(anmelden|registrieren|abonnieren)!?$/iu,
  /\bsuscr[ií]b(ete|irse) (aquí )?a nuestr[ao]s? (newsletter|boletín|boletines)\b/iu,
  /\bif you (enjoyed|liked|value|appreciate(d)?) (this|our) (article|story|piece|journalism|reporting|work)\b/iu,
  /^join (our|the) .{0,40}\b(forums?|community|newsletter|mailing list|members?)\b/iu,
  /\b(get|unlock) (full |unlimited )?access to\b.{0,120}\b(subscription|for as little as|per month|a year)\b/iu,
  // Messenger channels and feeds: "¿Ya sabías que … tenemos canal de Telegram? Únete…", "RSS-Feed abonnieren".
  /\b(canal|channel|kanal) (de |on |auf |en )?(telegram|whatsapp)\b/iu,
  /\b(únete|join|folge|folgt|abonniere|suscríbete|síguenos|follow)\b.{0,60}\b(telegram|whatsapp)[- ]?(kanal|channel|canal|gruppe|group|grupo)?\b/iu,
  /\brss[- ]?feeds? (abonnieren|subscribe)\b|\bsubscribe to (our |the )?rss\b/iu,
  // German sign-up headings: "Zu unseren Newslettern anmelden", "Newsletter bestellen".
  /\bnewslett?er[\p{L}-]*\b.{0,40}\b(anmelden|abonnieren|bestellen|registrieren)\b|\b(anmelden|abonnieren|bestellen) (zum|für unseren|für den) newsletter\b/iu,
  // Follow-this-topic widgets: "Über 1.110 Community-Mitglieder folgen diesem Thema."
  /\b(mitglieder|follower|leser(innen)?|nutzer(innen)?) folgen (diesem|dieser) (thema|autor|autorin|serie|rubrik)\b|\b(members|followers|readers|people) (are )?follow(ing)? this (topic|author|series|story)\b|\b(membres|abonnés|lecteurs|personnes) suivent ce (sujet|thème|auteur)\b|\b(miembros|seguidores|lectores|personas) siguen este (tema|autor)\b/iu,
];

/** Share bars and social prompts. */
export const SHARE: readonly RegExp[] = [
  /^(share( this( article| story)?)?( on| via)?:?\s*)?((facebook|twitter|x|linkedin|whatsapp|email|e-mail|pinterest|reddit|telegram|print|copy link|messenger)[\s,|•·]*){2,}$/iu,
  /^share (on|via) (facebook|twitter|x|linkedin|whatsapp|email)$/iu,
  // One button's word, alone or as a label ("Teilen:"); "print" in each language ("drukuj").
  /^(share|tweet|email|print|comments?|save|teilen|partager|compartir|compartilhar|condividi|udostępnij|delen|поделиться|drucken|artikel drucken|seite drucken|imprimer|imprimir|stampa|drukuj|afdrukken|печать|print this (article|page|story))\s*:?$/iu,
];

/** Author-bio openers. */
export const AUTHOR_BIO: readonly RegExp[] = [
  /^(about the author|about the writer|author bio|über den autor|über die autorin|à propos de l'auteur|sobre el autor|sobre o autor|l'autore)\b/iu,
];

/** Promos in the body ("CLICK HERE TO GET THE APP", "Continue reading below"). */
export const PROMO: readonly RegExp[] = [
  /^(continue reading|story continues|article continues) (below|after).{0,40}$/iu,
  /^advertisement$/iu,
  /^(anzeige|publicité|publicidad|publicidade|pubblicità|reklama|advertentie|реклама)$/iu,
  /\bclick here\b.{0,80}$/iu,
  /^(scroll (down )?to continue|skip (to|past) (content|ad))/iu,
  /^(watch|listen)( now)?:?$/iu,
  // A live blog's pitch inside a story: "Follow our live blog for the latest", "Alle
  // Entwicklungen im Liveblog", "Suivez notre direct".
  /^(follow|read|get|see) (our|the) (live|latest)\b.{0,120}$/iu,
  /^(alle (aktuellen )?(entwicklungen|infos|informationen|news)|verfolgen sie|lesen sie)\b.{0,80}\b(im|in unserem|in unserem) (live-?blog|live-?ticker|newsblog|ticker)\b.{0,40}$/iu,
  /^(suivez|retrouvez) (notre|le|en) (direct|live)\b.{0,120}$|^(siga|sigue) (nuestro|el|en) (directo|vivo|minuto a minuto)\b.{0,120}$/iu,
];

/** Lines that are the site talking, wherever they stand: contact and follow prompts, affiliate
 *  and cookie notices, comment-section chrome, "sign in" buttons printed as text. Dropped as
 *  whole short blocks (the line only, not what follows). */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^(email|e-mail|contact|reach|write to|follow)\b.{0,160}(@\w|\btwitter\b|\bfacebook\b|\binstagram\b|https?:\/\/)/iu,
  // Disclosures, not product boxes ("Available from Amazon / BGR may receive a commission" is
  // the box a deals story is made of).
  /\b(affiliate commission|commission if you (buy|purchase|click|shop))\b/iu,
  /\b(this|the) (post|article|page|story) (may )?contains? (affiliate|sponsored|referral)\b/iu,
  /\b(this|our) (web)?site uses cookies\b/iu,
  /\b(diese|unsere) (web)?seite (verwendet|nutzt) cookies\b|\bauf dieser (web)?seite werden cookies (verwendet|eingesetzt|genutzt)\b|\bce site utilise des cookies\b|\beste (sitio|sitio web|portal) (utiliza|usa) cookies\b|\bquesto sito (utilizza|usa) (i )?cookie\b/iu,
  // The same notice in more languages, and the consent platforms' own wording ("We and our 842
  // partners store and/or access information on a device").
  /χρησιμοποιεί cookies|χρησιμοποιούμε cookies|\b(deze (web)?site (gebruikt|maakt gebruik van)|wij gebruiken|we gebruiken) cookies\b|\b(este (site|website|sítio) (usa|utiliza)|utilizamos) cookies\b|\b(ta|nasza) strona( internetowa)? (używa|wykorzystuje) (plików )?cookies\b|\bużywamy (plików )?cookies\b|\b(den här|denna) (webbplats|sajt|sida) använder (kakor|cookies)\b|\bvi (använder|bruger|bruker) (kakor|cookies|informasjonskapsler)\b|\b(denne|dette) (hjemmeside|nettsted|websted|side) (bruger|bruker) (cookies|informasjonskapsler)\b|\btento web používá (soubory )?cookies\b|\bpoužíváme (soubory )?cookies\b|\b(bu site|web sitemiz|sitemiz) çerez|\bçerezleri kullanıyoruz\b|\b(этот|наш) сайт использует (файлы )?cookie|\bмы используем (файлы )?cookie|\b(wir verwenden|wir nutzen|nous utilisons des|utilizziamo (i )?|usiamo (i )?)cookies?\b/iu,
  /\b(we|wir|nous|nosotros) (and|und|et|y) (our|unsere|nos|nuestros) (\d+ )?(partners|partner|partenaires|socios)\b.{0,80}\b(store|access|speichern|zugreifen|stocker|accéder|almacenar|acceder)\b|\bstore and\/or access information on a device\b/iu,
  /\brequires javascript\b/iu,
  /^(post|leave|add|show|view|load|read) (a |all |the )?comments?\b.{0,40}$/iu,
  /^(sign in|log in|login|sign up|register|subscribe|my account|advert|sponsored|sponsored content|ad|anzeige):?$/iu,
  /^note: we are .{0,40}moderating\b/iu,
  // Rating, sharing, login and cart widgets printed as text.
  /^(rate this (article|story)|valora esta noticia|bewerten sie diesen artikel|artikel bewerten|notez cet article)\b.{0,40}$/iu,
  /^\(?(no ratings yet|noch keine bewertungen|aucune note|sin valoraciones)\)?\.?$/iu,
  /^(share this (article|story|post)|diesen (artikel|beitrag) teilen|partager cet article|compartir (esta noticia|este artículo)|condividi (questo articolo|l'articolo))$/iu,
  /^(you are not logged in|sie sind (aktuell |derzeit )?nicht eingeloggt|vous n'êtes pas connecté|no has iniciado sesión)\b.{0,40}$/iu,
  /^(der artikel wurde (erfolgreich )?(in den warenkorb )?hinzugefügt|(the )?(item|product) (was|has been) added to (your )?(cart|basket))\.?$/iu,
  /^(quellen (ausblenden|einblenden|anzeigen)|show sources|hide sources)$/iu,
  /^(externer inhalt|external content|contenu externe|contenido externo)$/iu,
  /^(category|categories|kategorie|kategorien|catégorie|categoría|categoria|kategoria|rubrik|ressort|rubrique|sección|sezione|dział|sectie|раздел)\s*:\s*[^.!?]{1,60}$/iu,
  /^(last modified|zuletzt (geändert|aktualisiert)|dernière modification|última modificación)\s*:?\s*[^.!?]{0,40}$/iu,
  // A tag list printed as a line: "Related Topics: Veterans, Nevada", "Schlagwörter: Klima, Verkehr".
  /^(related topics|topics|tags|filed under|themen|schlagw(ö|o)rte?r?|stichw(ö|o)rter|mots[- ]clés|étiquettes|etiquetas|temas relacionados|argomenti|tagi|trefwoorden|теги|метки)\s*:\s*[^.!?:]{1,160}$/iu,
  /^(atenção|attention|atención): comentários\b/iu,
  // Member pitches: "… und erhalten Sie exklusive Angebote!" (the line only: the box around it
  // may hold the story's own list).
  /\b(erhalten sie|get|receive|recevez|recibe|ricevi) (unsere |our )?(exklusive|exclusive|exclusives|exclusivas|esclusive) (angebote|offers|deals|vorteile|offres|ofertas|offerte)\b/iu,
  // Push-notification and paging prompts: "Erhalte Updates direkt auf dieses Gerät – abonniere
  // jetzt.", "... weiter zu »Die Wortwahl«", "Next page".
  /\b(erhalte|erhalten sie|get|receive|recevez|recibe) (updates|benachrichtigungen|notifications|push-nachrichten|notificaciones)\b.{0,40}\b(gerät|device|browser|appareil|dispositivo)\b/iu,
  /^(\.{3}|…)?\s*(weiter zu|weiter mit|continue (to|with)|next page|nächste seite|page suivante|página siguiente|pagina successiva)\b.{0,80}$/iu,
  // Affiliate disclosures in German: "Dieser Artikel kann Links zu Anbietern enthalten, von denen
  // … eine Provision erhält."
  /\b(links? zu anbietern|affiliate[- ]links?|partner[- ]?links?|werbelinks?)\b.{0,120}\b(provision|vergütung|commission)\b/iu,
  // A breadcrumb printed as text: "> Blog > Aus den Ländern > Digitalpolitische Jahrestagung".
  // (The cheap tests first, each a scan for characters: a separator somewhere, a line of up to
  // 200 characters without a stop; then two separators with spaces around them.)
  /^(?=[^>›]*[>›])(?=[^.!?]{1,200}$)(?:.*?\s[>›]\s){2}/u,
  // Comment-section gates: "Um den Tipp … kommentieren zu können, müssen Sie eingeloggt sein."
  /\b(kommentieren|comment|commenter|comentar)\b.{0,60}\b(eingeloggt|angemeldet|logged in|signed in|connecté|registrado)\b/iu,
  // "Weitere Infos unter www.example.de.": a pointer elsewhere, not story.
  /^(weitere infos|weitere informationen|mehr infos|mehr informationen|more info(rmation)?|further information|plus d'infos|plus d'informations|más información|mais informações|maggiori informazioni|więcej informacji)( (unter|at|on|sur|en|em|su|na))?:?\s*(www\.|https?:\/\/)\S+\.?$/iu,
  // The heading of a table of contents: its in-page links are gone with the page's <nav>s, and
  // a reader needs neither.
  /^(table of contents|contents|in this article|on this page|inhaltsverzeichnis|inhalt|auf dieser seite|sommaire|table des matières|dans cet article|índice|contenido|tabla de contenidos?|indice|sommario|spis treści|inhoudsopgave|inhoud|содержание|оглавление|目录|目錄)\s*(\[?(hide|show|ausblenden|einblenden|anzeigen|verbergen|afficher|masquer|mostrar|ocultar)\]?)?:?$/iu,
  // The explanation of a button that is gone: "Mit diesem Button kannst Du …".
  /^(mit diesem|mit dem|über diesen|with this|use this|avec ce|con este|con questo) (button|knopf|schaltfläche|bouton|botón|pulsante)\b.{0,240}$/iu,
  // Credits for the page's header picture: "Beitragsbild: Titelseite der FAZ…".
  /^(beitragsbild|titelbild|headerbild|featured image|header image|image credit|photo credit|bildnachweis|bildquelle)\s*:\s*.{1,200}$/iu,
  // Report-a-mistake trailers: "Found a typo? Let us know", "Fehler gefunden? Jetzt melden".
  /^(have you )?(found|spotted|seen|noticed) (a|an) (typo|error|mistake)\b.{0,160}$/iu,
  /^(report (a|an) (typo|error|mistake|correction)|submit a correction|suggest a correction)\b.{0,160}$/iu,
  /^(fehler gefunden|tippfehler gefunden|(haben sie|hast du) einen (tipp)?fehler (gefunden|entdeckt)|einen fehler (gefunden|entdeckt)|fehler melden)\b.{0,160}$/iu,
  /^(vous avez (repéré|trouvé|remarqué|vu) une (erreur|faute|coquille)|signaler une (erreur|faute|coquille))\b.{0,160}$/iu,
  /^(¿\s*)?(has|ha|habéis) (visto|encontrado|detectado) (un|algún) error\b.{0,160}$|^(reportar|comunicar|notificar) un error\b.{0,160}$/iu,
  /^(hai (trovato|notato) un errore|segnala(ci)? un errore|(encontrou|viu) (um|algum) erro|comunicar erro|zauważył(e|a)ś błąd|zgłoś błąd|fout (gezien|gevonden)|meld een fout|fant du en feil|har du fundet en fejl|hittade du ett fel|нашли ошибку|заметили ошибку)\b.{0,160}$/iu,
  // A newsroom's standards line under every story: "Our Standards: The Thomson Reuters Trust
  // Principles.", "Learn more about our editorial standards", "Unsere redaktionellen Leitlinien".
  /^(our standards|unsere standards)\s*:.{0,160}$/iu,
  /^((read|learn|find out|see) (more )?(about )?|unsere |our |nos |nuestr[oa]s? )?(trust principles|editorial (standards|guidelines|policies|policy|independence)|code of (ethics|conduct)|ethics (policy|guidelines)|redaktionellen? (leitlinien|grundsätze|standards)|charte (déontologique|éditoriale)|principios editoriales|código (ético|deontológico))\b.{0,120}$/iu,
];

/** Lines that only label what came after them, or caption a widget: at the story's very end,
 *  with what they labelled gone (the tag list, the share buttons, the sign-up form, the date),
 *  they head nothing. Whole lines; only the story's last lines are tested (removeTrailingLabels). */
export const TRAILING_LABELS: readonly RegExp[] = [
  // Tag, topic and share lists whose items were dropped: "Tags:", "Schlagwörter:", "Artikel teilen:".
  /^(tags?|tagi|schlagw(ö|o)rte?r?|stichw(ö|o)rter|themen|mots[- ]clés|étiquettes|etiquetas|temas|argomenti|tematy|trefwoorden|теги|метки|filed under|topics|share( this)?( article| story| post)?|artikel teilen|beitrag teilen|teilen|partager|compartir|condividi|udostępnij|delen|like)\s*:$/iu,
  // Read-on prompts whose link is gone: "Mehr lesen:", "Weiterlesen".
  /^(mehr lesen|weiterlesen|read more|read on|continue reading|lire la suite|leer más|seguir leyendo|leia mais|continue lendo|leggi (di più|tutto)|continua a leggere|czytaj (więcej|dalej)|lees (meer|verder)|читать далее)\s*:?$/iu,
  // Date labels whose value went with the page's metadata: "Erstveröffentlichung", "Last updated".
  /^(erstveröffentlichung|veröffentlicht( am)?|letzte aktualisierung|zuletzt aktualisiert|aktualisiert( am)?|first published|published( on)?|last updated|updated( on)?|publié le|mis à jour le|publicado( el)?|actualizado( el)?|pubblicato( il)?|aggiornato( il)?|opublikowano|gepubliceerd( op)?)\s*:?$/iu,
  // A sign-up prompt whose form is gone: "Sie wollen mehr von uns?", "Want more?".
  /^(sie wollen|wollen sie|du willst|willst du|(do )?you want|want|hungry for|vous en voulez|envie d'en savoir|quieres|queres|vuoi) (mehr|more|plus|más|mais|di più)( von uns| davon| from us| de nous)?\s*\??$/iu,
  // The placeholder of a shop or social widget that did not load: "Besuchen Sie die Webseite um
  // dieses Element zu sehen." Only here, at the story stage: taken out of the whole page, it
  // changed which container Readability picked.
  /^(bitte )?(besuchen sie|besuche|visit|rendez-vous sur|visitez|visita) (die|unsere|the|our|le|notre|el|nuestro|il|il nostro) (web)?(seite|site|website|webseite|sitio( web)?|portale?)\b.{0,40}\b(zu sehen|anzuzeigen|to (see|view)|pour (voir|afficher)|para ver|per vedere)\b.{0,40}$/iu,
  // An agency's or editor's initials signing the story off: "RIRM", "(AP)".
  /^\(?\p{Lu}{2,5}\)?$/u,
];

/** Photo-gallery chrome. */
export const GALLERY_CHROME: readonly RegExp[] = [
  /^(image|photo|picture|slide|foto|bild|imagen|immagine|zdjęcie)\s*\d{1,3}\s*(of|\/|von|de|di|z|van|из)\s*\/?\s*\d{1,3}$/iu,
  /^[^\p{L}\p{N}]{1,6}$/u, // "/*", "»", "•••": stray punctuation from widgets and style blocks
  /^\d{1,3}\s*(of|\/|von|de|di|z|van|из)\s*\d{1,3}$/iu,
  /^(image|photo|caption|close|next|previous|prev|expand|enlarge|fullscreen|view gallery|open gallery|show caption|hide caption|\d{1,3})$/iu,
  /^(loading|lädt|wird geladen|chargement|cargando|carregando|caricamento)\s*(\.\.\.|…)?$/iu,
  // A picture's zoom button printed as text: "Bild vergrößern", "Click to enlarge".
  /^((bild|foto|grafik|image|photo|picture|imagen|immagine|zdjęcie|afbeelding) )?(vergrößern|vergroessern|enlarge|agrandir|ampliar|ingrandire|ingrandisci|powiększ|vergroten|zoom( in)?)$/iu,
  /^((click|tap) (here )?to (enlarge|zoom|expand)|view (larger|full size|full-size)( image)?|zum vergrößern (klicken|anklicken|tippen)|cliquez pour agrandir|haga clic para ampliar)$/iu,
];

/** Dates as teaser cards print them: "04 Mar, 2025", "Updated 04 Mar, 2025", "3 hours ago",
 *  "2019-11-20", "11/20/2019 01:14 PM". */
export const DATE_LINE =
  /^((updated|published|posted|aktualisiert|mis à jour|actualizado|atualizado|aggiornato)\s*:?\s*)?((mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,? )?(\d{1,2}(st|nd|rd|th)? [a-zäéû]{3,9}\.?,? \d{4}|[a-zäéû]{3,9}\.? \d{1,2}(st|nd|rd|th)?,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d+ (minutes?|mins?|hours?|hrs?|days?|weeks?) ago|(vor|il y a|hace|há) \d+ \p{L}+)(,? (at )?\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [a-z]{2,4})?)?$/iu;
