// The words and address shapes that tell what a page is when it is not a story (kind.ts). Data,
// not code: general phrasings in many languages, never a site's name. Each list says what it
// matches and why it is safe on stories.

/** Titles and headlines of error, block and maintenance pages. Matched against the page's
 *  <title>, the headline and the first paragraph of a short page: a story about a 404 has a
 *  story's length and a declared article type, which the rule asks to be absent. Words a short
 *  post's title may use for something else ("Forbidden", "Unauthorized", "a wrong turn") are
 *  here only with their status code or their whole phrase. */
export const ERROR_PHRASES = [
  // English
  '404', '403', '500 internal', '502 bad gateway', '503 service', 'page not found', 'not found', 'page cannot be found', "page can't be found",
  'no longer available', 'does not exist', "doesn't exist", 'access denied', 'access to this page has been denied', 'request rejected',
  'requested url was rejected', 'request was rejected', 'request has been blocked', 'request unsuccessful', 'been blocked', 'temporarily blocked',
  'unable to access', 'not authorized', '401 unauthorized', '403 forbidden', 'error has occurred', 'an error occurred', 'something went wrong',
  'something went very wrong', 'unable to complete your request', 'taken a wrong turn', 'down for maintenance', 'under maintenance',
  'scheduled maintenance', 'currently unavailable', 'temporarily unavailable', 'service unavailable', 'not available in your country',
  'not currently available at your location', 'not available in your region', 'waiting room', 'heavy traffic', 'you are in a queue',
  'are you a robot', 'are you a human', 'verify you are human', 'you are a bot', 'captcha', 'security check', 'attention required',
  'just a moment', "where'd it go", 'oops', 'whoops', 'error page', 'invalid request', 'bad request',
  // German, French, Spanish, Italian, Portuguese, Dutch
  'seite nicht gefunden', 'nicht gefunden', 'fehlerseite', 'zugriff verweigert', 'wartungsarbeiten', 'nicht verfügbar',
  'page introuvable', 'page non trouvée', "cette page n'existe pas", 'cette page n’existe pas', 'accès refusé', 'en maintenance',
  'página no encontrada', 'no se encontró la página', 'acceso denegado', 'en mantenimiento', 'pagina non trovata', 'accesso negato',
  'página não encontrada', 'acesso negado', 'pagina niet gevonden', 'toegang geweigerd',
  // Russian, Turkish, Polish, Greek, Arabic
  'страница не найдена', 'ошибка 404', 'доступ запрещен', 'sayfa bulunamadı', 'bulunamadı', 'nie znaleziono strony', 'η σελίδα δεν βρέθηκε',
  'الصفحة غير موجودة', 'الصفحة المطلوبة غير موجودة',
  // Chinese, Japanese, Korean
  '找不到', '页面不存在', '頁面不存在', '网页不存在', '無法找到', 'ページが見つかりません', 'お探しのページ', '페이지를 찾을 수 없습니다',
  '수행할 수 없습니다', '오류',
];

/** Titles of sign-in pages. A sign-in page also has a password field (survey.passwords). */
export const LOGIN_PHRASES = [
  'sign in', 'sign-in', 'log in', 'login', 'log on', 'logon', 'signin', 'my account', 'internet banking', 'self service', 'self-service',
  'anmelden', 'anmeldung', 'einloggen', 'connexion', 'se connecter', 'identifiez-vous', 'iniciar sesión', 'inicia sesión', 'acceder',
  'accedi', 'entrar', 'iniciar sessão', 'inloggen', 'meld u aan', 'aanmelden', 'войти', 'вход', 'giriş', 'zaloguj', 'σύνδεση',
  'تسجيل الدخول', '登录', '登入', 'ログイン', '로그인',
];

/** What a page cut off for subscribers says where the story stops. Stubs and full stories under
 *  an overlay both carry paywall markup; a stub is short and says this. Only phrases that speak
 *  of *this* story being cut: the site's menu of a short story says "Subscribe", "Already a
 *  subscriber?" or "Members only" too ('会員限定' alone took a complete Japanese story), and
 *  the teasers of other stories say "Jetzt weiterlesen" or "Klik om verder te lezen". */
export const TRUNCATION_PHRASES = [
  // English
  'to read the full story', 'to read the full article', 'to read this article', 'to read the rest', 'to continue reading', 'continue reading with',
  'continue reading your article', 'keep reading with', 'subscribe to continue', 'subscribe to read', 'subscribe to keep reading', 'subscribe now to read',
  'exclusive to subscribers', 'is for paid subscribers', 'is for paying subscribers', 'become a paid subscriber', 'to unlock this', 'unlock this article',
  'unlock this piece', 'unlock this story', 'register to continue reading', 'sign in to continue reading', 'log in to continue reading',
  'this article is for subscribers', 'this article is only available to subscribers', 'this content is for subscribers',
  'this content is only available to subscribers', 'this post is for paid subscribers', 'this post is for subscribers',
  'this story is only available to subscribers', 'the rest of this article is', 'read the full article with a subscription',
  'you have reached your free article limit', "you've reached your free article limit", 'you have reached your limit of free articles',
  "you've reached your limit of free articles", 'start your free trial to continue reading', 'only subscribers can read',
  // German
  'weiterlesen mit', 'lesen sie weiter mit', 'wählen sie ihren zugang', 'um den artikel weiterzulesen',
  'um diesen artikel zu lesen', 'um diesen artikel lesen zu können', 'dieser artikel ist exklusiv', 'exklusiv für abonnenten',
  'nur für abonnenten', 'mit einem abo weiterlesen', 'jetzt abonnieren und weiterlesen', 'abonnieren und weiterlesen',
  // French, Spanish, Italian, Portuguese
  'il vous reste', 'réservé aux abonnés', 'la suite est réservée', 'pour lire la suite', 'article réservé', 'abonnez-vous pour lire',
  'para seguir leyendo', 'para continuar leyendo', 'exclusivo para suscriptores', 'suscríbete para seguir', 'suscríbase para seguir',
  'per continuare a leggere', 'riservato agli abbonati', 'para continuar lendo', 'para continuar a ler',
  'exclusivo para assinantes', 'assine para continuar',
  // Dutch, Scandinavian, Finnish, Polish, Czech, Russian, Turkish
  'lees verder met', 'alleen voor abonnees', 'word abonnee om verder te lezen', 'betalingsartikel',
  'artikel for abonnenter', 'kun for abonnenter', 'forbeholdt abonnenter', 'endast för prenumeranter', 'bli prenumerant för att läsa',
  'vain tilaajille', 'tylko dla prenumeratorów', 'dostępny tylko dla subskrybentów', 'pouze pro předplatitele', 'dostupný pouze předplatitelům',
  'материал доступен только', 'доступна только подписчикам', 'чтобы продолжить чтение', 'aboneler içindir', 'devamını okumak için abone',
  // Japanese, Chinese, Korean, Arabic
  'この記事は会員限定', 'この記事は有料会員限定', '有料会員限定の記事', '続きをお読みいただけます', 'この記事の続きは', '订阅后阅读全文',
  '付费阅读全文', '成为会员阅读全文', '유료회원 전용', '구독하고 전체 기사', 'متاح للمشتركين فقط', 'اشترك لمتابعة القراءة',
];

/** Wording of consent dialogs (IAB TCF and the common consent managers). A story made mostly of
 *  this is a consent wall: the dialog's text, not the site's. */
export const CONSENT_PHRASES = [
  'store and/or access information on a device', 'we and our partners', 'we, and our partners', 'our partners store', 'partners process',
  'personalised ads and content', 'personalized ads and content', 'ad and content measurement', 'audience insights and product development',
  'legitimate interest purposes', 'manage your preferences', 'manage preferences', 'accept all cookies', 'reject all', 'cookie settings',
  'cookie policy', 'we use cookies', 'this website uses cookies', 'this site uses cookies', 'by continuing to browse', 'consent preferences',
  'wir und unsere partner', 'informationen auf einem gerät speichern', 'cookie-einstellungen', 'alle akzeptieren',
  'nous et nos partenaires', 'stocker et/ou accéder à des informations', 'accepter et fermer', 'tout accepter',
  'nosotros y nuestros socios', 'almacenar o acceder a información', 'aceptar todo', 'noi e i nostri partner',
  'wij en onze partners',
];

/** Query parameters that carry a search: "?q=…", "?s=…" (WordPress), "?query=…". */
export const SEARCH_PARAMS = ['q', 'query', 'search', 's', 'keyword', 'keywords', 'term', 'terms', 'text', 'k', 'searchterm', 'search_query', 'qs'];
/** Path segments of a search page. */
export const SEARCH_SEGMENTS = ['search', 'suche', 'suchergebnisse', 'buscar', 'busqueda', 'búsqueda', 'recherche', 'ricerca', 'pesquisa', 'zoeken', 'results', 'searchresults', 'search-results'];

/** Query parameters that name one item on a site whose pages all sit at its root ("/?p=3289",
 *  "/index.php?id=12"): such a page is that item, not the home page. */
export const ITEM_PARAMS = ['p', 'id', 'page_id', 'post', 'article', 'story', 'aid', 'artid', 'articleid', 'newsid', 'nid', 'item', 'itemid', 'view', 'threads', 'topic', 't', 'option'];

/** Last path segments of section and index pages ("/news", "/blog/", "/in-the-news"). */
export const LISTING_LAST_SEGMENTS = [
  'news', 'blog', 'blogs', 'articles', 'stories', 'latest', 'latest-news', 'all-latest-news', 'in-the-news', 'press', 'press-releases',
  'newsroom', 'recent', 'archive', 'archives', 'feed', 'nachrichten', 'aktuelles', 'aktuell', 'neuigkeiten', 'noticias', 'ultimas-noticias',
  'actualites', 'actualités', 'notizie', 'nieuws', 'sport', 'sports', 'politics', 'business', 'world', 'opinion', 'technology', 'tech',
  'entertainment', 'lifestyle', 'category', 'categories', 'tags', 'topics', 'sections',
];
/** Path segments after which one name is a section, tag or author index: "/tag/torrentspy/",
 *  "/category/recipes/cooking-method/air-fryer/". */
export const LISTING_PARENT_SEGMENTS = ['tag', 'tags', 'category', 'categories', 'topic', 'topics', 'section', 'sections', 'author', 'authors', 'autor', 'auteur', 'thema', 'themen', 'schlagwort', 'etiqueta', 'categoria', 'kategorie', 'rubrik', 'rubrique', 'list'];

/** Path segments of discussion threads in the common forum and Q&A software (XenForo, vBulletin,
 *  phpBB, Discourse, Invision, Vanilla, Stack Exchange). */
export const FORUM_PATH = /\/(?:forums?|threads?|showthread\.php|viewtopic\.php|discussions?|questions\/\d+|t\/[^/]+\/\d+|topic\/\d+)(?:[/.?]|$)/i;

/** What a shop's buy button says. A button, not text: a story about a product may say "add to
 *  cart" in a sentence, and a deals story links to shops; a shop page has the button itself.
 *  Only the cart: "Buy now" and "Comprar" also sell a newspaper's subscription or a book a
 *  review links to. */
export const CART_PHRASES = [
  'add to cart', 'add to bag', 'add to basket', 'add to trolley', 'in den warenkorb', 'zum warenkorb hinzufügen',
  'ajouter au panier', 'añadir al carrito', 'añadir a la cesta', 'agregar al carrito', 'aggiungi al carrello',
  'adicionar ao carrinho', 'in winkelwagen', 'toevoegen aan winkelwagen', 'lägg i varukorgen', 'læg i kurv', 'legg i handlekurv',
  'dodaj do koszyka', 'в корзину', 'sepete ekle', 'カートに入れる', '加入购物车', '加入購物車', '장바구니 담기',
];
