"""Page furniture: the lines of a news page that are never part of the article.

Each pattern matches a whole line (after stripping). They are general: ad slots, reading
times, share and listen widgets, comment counts, captions and credits, newsletter and cookie
prompts, calls to action, copyright footers, in the languages of the big news sites.
Site-specific rules do not belong here.
"""

from __future__ import annotations

import re

# A box of what is popular on the site: "Trending", "Trending Now", "Trending Topics" (a story's own
# "Trending up" section is not one).
TRENDING_LABEL = r"trending( now| today| news| stories| articles| topics| videos| tags)?"
# A box of links to other stories: "Related", "Related Topics", "RELATED BBC LINKS", "Related on
# HuffPost", "Related to this story" (not a story's own "Related to each other: ...", nor "Related Work").
RELATED_LABEL = (
    r"(?:related(( \w+)? (articles?|stories|story|posts?|content|coverage|topics|tags|links|reading|videos?|news|"
    r"sections|sites|searches|forums?|items|galleries|quotes|roundups?)( \w+){0,3}|"
    r" (on|in|from) \w+( \w+)?| and suggested| to this (story|article|post))?|further reading|"
    # ... and as other languages' pages label it (or "More on this", "Read also").
    r"(artículos|noticias|notas|notícias|artigos|matérias) relacionad[oa]s|articles? (liés|similaires)|"
    r"más información|saiba mais|mehr zum thema|(à )?lire aussi|lesen sie auch|lee también|leggi anche|"
    r"sur le même sujet|(verwandte|ähnliche) (artikel|themen|beiträge)|(weitere|beliebte) (artikel|beiträge|nachrichten|meldungen)"
    r"( zum thema| zu diesem (artikel|thema)| aus der kolumne)?|mehr lesen über|weiterlesen|explore further|"
    r"(articoli|notizie) correlat[ei]|otras noticias|(veja|leia) também|zobacz (też|także)|"
    # ... or "You may be interested in"
    r"(también )?(te|le) puede interesar|(ti )?potrebbe interessar(ti|e)|vous aimerez aussi|czytaj (też|także)|"
    r"(das|diese (artikel|beiträge|themen)) könnten? (sie|dich|euch) (auch|ebenfalls) interessieren|"
    r"você (também )?pode gostar|"
    r"gerelateerde artikelen|(berita|artikel) terkait|(похожие|связанные) (статьи|новости)|související články|"
    r"相关(文章|新闻|阅读)|관련 ?기사|関連(記事|ニュース))"
)
# ... or of the most read, the latest or the top stories: "Most Read", "Top Stories", "Latest News",
# "More Headlines", "Popular Now", "In Other News".
BOX_LABEL = (
    r"(?:most (read|popular|viewed|shared)( stories| articles| news| now| today)?|(top|today['’]s top) (stories|headlines|news)|"
    r"latest (news|stories|articles|posts|headlines|videos)|popular( now| today| stories| articles| posts)?|headlines|"
    r"more (stories|news|articles|headlines|videos|like this|to read|to explore)|in other news|what to read next|"
    r"more from [\w .&'’-]{1,40}|you (may|might)( also)? be interested in|recommended videos|breaking news|news in brief|"
    r"editors?['’]? ?(picks?|choice))"
)

# Ad slots and sponsor labels, and what leads the reader past them: set inside a story's text.
_AD_SLOT = [
    r"((video )?ad feedback|advertisement|advertising|ad|ads|sponsored( content)?|anzeige|werbung|publicité|publicidad|"
    r"publicidade|pubblicità|reklama|advertentie|iklan|广告|광고|広告|реклама)\s*:?",  # "Advertisement:"
    r"skip (advertisement|ad)|\(?((the )?(story|article) continues( below)?|continue reading( below)?|"
    r"scroll to continue( with content)?)( this)?( advertisement| ad)?\.?\)?",
    r"advertisement\s*[-–—:·•|]\s*(scroll|continue) (down )?to continue( reading)?",
    r"paid (post|content)|promoted (stories|content|links)|(content )?from our (partners|sponsors)|partner content|ad ?choices",
    r"sponsor message|become an? .{1,30} sponsor",  # a public broadcaster's sponsors' slot
    # An ad's feedback form: "Town News values your feedback", "1. How relevant is this ad to you?"
    r"[^.!?]{1,40} values your feedback|(\d\. )?how relevant is this ad to you\?",
]
# A teaser for another article: "Related: Harbour wall repairs to start", "Read more: ...", a wiki's
# "Main article: History of New Zealand", and as French, German, Spanish, Portuguese, Italian, Dutch,
# Indonesian and Russian pages say them.
TEASER_LINE = (
    r"\[?(related|read more|see also|main articles?|further information|more on this( story)?|also read|read also|watch|"
    r"articles? détaillés?|hauptartikel|artículos? principal(es)?|artigos? principa(l|is)|voce principale|"
    r"(à )?lire aussi|voir aussi|lesen sie auch|mehr zum thema|siehe auch|lee también|lea también|leer más|ver también|leia também|"
    r"leia mais|veja também|leggi anche|vedi anche|lees ook|baca juga|читайте также|смотрите также|"
    r"(también )?(te|le) puede interesar|te recomendamos|(ti )?potrebbe interessar(ti|e)|(à )?lire également|"
    r"lea( más)?|lee más|puedes ver|vea también|mir[ae]|czytaj (też|także|więcej)|zobacz (też|także))"
    r"\s*[:|]\s+\S.{0,150}"
)
# A site's domain on a line of its own: "theguardian.com", "www.example.co.uk".
SITE_DOMAIN = r"(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|edu|gov|io|co|uk|de|fr|es|it|nl|au|ca|in|news|info)"
# A video's label over its title in a story, with its length: "VIDEO2:1502:15", "Video 3:04".
VIDEO_LABEL = r"video\s*\d{1,2}:\d\d(\s*\d{1,2}:\d\d)?"
# A button to sign up or in: "Sign up", "Subscribe now", "Log in".
SIGN_UP_LINE = r"(sign (me )?up|subscribe|register|log ?in|sign in|newsletter)( now| here| today)?[.!]?"
# A sign-up form's heading, and its field: "Subscribe to The Town Letter", "Type your email...".
SIGN_UP_HEADING_LINE = r"(sign up|subscribe) (to|for) .{1,60}"
EMAIL_FIELD_LINE = r"(enter|type) (your )?e-?mail( address)?( here)?(\.\.\.|…|[.:])?"
# What says when the page was published or changed, before the date: "Updated", "Publié le".
DATE_LABEL = (
    r"(published|updated|posted|last updated|first published|modified|publié|mis à jour|veröffentlicht|"
    r"aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|"
    r"zaktualizowano|aktualizacja|publikováno|aktualizováno)"
    r"( on| at| le| am| el| em| il| op)?:?"
)
_WHOLE_LINE = [
    *_AD_SLOT,
    r"(#[^\W\d][\w-]*\s*)+",  # a post's hashtags: "#devops #github"
    # Reading time, word counts, comment counts, view counts.
    r"(reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|"
    r"waktu baca|время чтения)\s*:?\s*\d+.*",
    r"(\d+\s*[-–]\s*)?\d+\s*(min|mins|minutes?|minuten|minutos|minuti|menit|мин|минут[аы]?)"
    r"( read| lesen| de lecture| de lectura| de leitura)?",  # "5 min read", a reader view's "3–4 minutes"
    r"\d+\s*(comments?|kommentare|commentaires|comentarios|comentários|commenti|reacties|komentar|комментари\w*|"
    r"replies|shares|views|notes|likes?|reposts?|restacks?|responses?|claps?)",
    r"\{ ?\d+ comments?\b[^{}]{0,60}\}",  # "{ 14 comments… read them below or add one }"
    r"(comments?|kommentare|commentaires|comentarios|comentários|commenti|reacties|komentar|комментари\w*)\s*\(?\d*\)?",
    r"\d{1,6}",
    SITE_DOMAIN,  # a reader view's copy opens with the site's: "theguardian.com"
    VIDEO_LABEL,
    # When the page was published or changed: "Updated 14 June 2025, 9:12am", "Publié le 4 décembre
    # 2026 à 10h30", "Aktualisiert am 4. Dezember 2026".
    rf"{DATE_LABEL}\s+\S.{{0,40}}\d.{{0,30}}",
    # ... or how long ago: "3 hours ago", "Updated 16 mins ago"; and an old article's notice.
    rf"({DATE_LABEL}\s*)?(about |over |less than )?(\d+|an?|one) "
    r"(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago",
    r"this (article|story|post|page) is (more|over) than \w+ (years?|months?) old",
    TEASER_LINE,
    # A wiki's note on what the page is not about: "This article is about the country. For other
    # uses, see New Zealand (disambiguation).", "\"NZ\" redirects here."
    r"(this (article|page) is about [^.]{1,120}|.{1,60} redirects here)\.(\s*for [^.]{1,150}, see [^.]{1,150}\.?)*|"
    r"for [^.]{1,150}, see [^.]{1,120}\(disambiguation\)\.?",
    # Trust and rating boilerplate.
    r"why you can trust .*",
    r"rate this( recipe| article| story| post)?[.:!]?",
    r"(did you|have you) (make|made|try|tried|bake|baked|cook|cooked) this( recipe)?\?.{0,150}",  # "... Tag @us!"
    r"(\d+(\.\d+)? (from|out of) )?\d+ (votes?|ratings?|reviews?)",
    r"(jump to|print|save|pin) recipe|(print|pin|rate|save)( (print|pin|rate|save)){1,3}",  # "Print Pin Rate"
    # A review's shopping buttons: "$399 at Amazon", "View at Best Buy", "Today's best deals".
    r"([$£€¥]\s?\d[\d,.]*|view|see( it)?|check price|shop( now)?|buy( now| it)?) (at|on|from) \S+( \S+){0,2}",
    r"(today['’]s )?best (deals|prices)( today)?",
    # A photo gallery's counter: "Photo 2 of 6", "Image 3/10", "1 of 3".
    r"(photo|image|picture|slide|gallery)s? \d+ ?(of|/) ?\d+|\d{1,3} of \d{1,3}",
    # Listen widgets: voice and speed pickers.
    r"(select|choose) (a |your )?voice",
    r"(choose|select) your listening speed",
    r"get through articles \d+(\.\d+)?x faster",
    r"\d(\.\d+)?\s*x",
    r"\d+\s*wpm",
    r"(slow|average|fast|normal|listen|listen to (this )?(article|story)|play|pause|"
    r"audio|text size|font size|print|save|saved|bookmark|follow|unfollow)",
    r"(listen to (this|the) (article|story)|listen now|audio version)(( [·•|-])? \d+.*)?",
    r"(new)?\s*you can now listen to .{1,60}(articles|stories|news)[.!]?",  # "NEWYou can now listen to ..."
    # An article's narrated audio and its credit: "Listen to more stories on Town Audio", "Produced
    # by Town Audio using AI narration."
    r"listen to more (stories|articles) on .{1,40}|.{0,120}\busing (ai|synthetic|automated) (narration|voices?)\.?",
    r"listen\s*[·•|:-]?\s*\d+(:\d\d){0,2}\s*(min(ute)?s?|m)?",  # "Listen · 5:32 min"
    r"\d{1,2}(:\d\d){1,2}\s*/\s*\d{1,2}(:\d\d){1,2}",  # a player's clock: "0:00 / 5:32"
    r"(this )?(audio|narration) (is )?(ai|computer|automatically)[- ]generated.{0,80}",
    r"(écouter (cet |l['’])article|artikel (anhören|vorlesen lassen)|escuchar (el |este )?artículo|"
    r"ascolta (l['’])?articolo|ouvir (o texto|a notícia|este artigo)|artikel (beluisteren|voorlezen))( \d+.*)?",
    # A video player's own words (video.js's): its dialogs, menus and clock.
    r"(?=.{0,200}$)(this is a |close this )?modal window\b.*|(this modal can be closed|(beginning|end) of dialog window)\b.*",
    r"(\w+ ){0,3}\w+, selected|captions settings, opens captions settings dialog|playback rate|stream type \w+",
    r"(current|duration|remaining) time:? -? ?\d[\d:.]*|loaded: \d+(\.\d+)?%",
    r"(play|watch) (the )?video|video duration:? \d[\d:.]*",
    # Share widgets.
    r"(\d+ )?(click to )?(share( this| full)?( article| story| post)?( on \w+)?|tweet|email|copy (the )?link( to clipboard)?|(link )?copied[.!]?|"
    r"facebook|twitter|twittern|x|bluesky|threads|mastodon|linkedin|whatsapp|reddit|pinterest|telegram|messenger|flipboard|"
    r"teilen|partager|compartir|condividi|compartilhe|compartilhar|partilhar|delen|bagikan|поделиться|"
    r"sdílet|udostępnij|分享|공유|シェア)( \d+)?",
    r"(\d+ )?click to (share|email|print|tweet)\b.{0,60}\(opens in (a )?new window\)( \d+)?",
    r"((email this|blogthis!|share to \w+)\s*){2,}",  # a blog's share bar: "Email This BlogThis! Share to Twitter"
    r"\[ ?reply ?\]|reply|antworten",  # a comment's button
    # A Tumblr post's notes: "ann reblogged this from bob and added:", "carol likes this".
    r"[\w-]+ (reblogged this from [\w-]+( and added:)?|likes this|posted this)",
    r"(like )?loading\.*|(liken|gefällt mir) (lade|wird geladen) ?(\.{3}|…)",  # a blog's like button, and in German
    # A byline's parts on lines of their own: a lone "By", the writer's address or handle.
    r"(by|von|par|por)",
    r"(e-?mail:?\s*)?[\w.+-]+@[\w-]+(\.[\w-]+)+",
    r"@\w{2,30}",
    # Newsletter, sign-in and cookie prompts; a paper's app and gift buttons, a sponsor's label.
    SIGN_UP_LINE,
    r"(gift|unlock) (this|the) (article|story)|(read|open|continue( reading)?|view) in (the )?app",
    r"(supported|sponsored|presented) by",
    r"((sign|log) ?in|subscribe) to (comment|continue( reading)?|keep reading|read more)|create (a |your )?(free )?account",
    r"(add|follow) .{1,40} on google( news)?",
    # ... as French, Spanish, German, Italian, Portuguese, Dutch, Indonesian and Russian pages say it.
    r"((jetzt|hier) )?(se connecter|connexion|s['’]abonner|abonnez-vous|s['’]inscrire|iniciar sesión|suscr[ií]bete|suscribirse|"
    r"reg[ií]strate|anmelden|einloggen|abonnieren|registrieren|accedi|abbonati|registrati|iscriviti|assine( já)?|"
    r"cadastre-se|inscreva-se|inloggen|abonneren|word abonnee|berlangganan|войти|подписаться)[.!]?",
    r"(sign up|subscribe) (to|for) (our|the) .{0,60}newsletter.*",
    r"(?=.*cooki).*\b(we use (some )?(essential |necessary )?cookies|this (web)?site uses cookies|"
    r"(accept|reject|allow|decline) (all |additional |optional )?cookies|(view|manage) cookies|cookies on .{1,40}$|"
    r"cookie (settings|policy|preferences|consent)|(necessary|non-necessary) cookies)\b.*",
    r"(privacy overview|necessary|non-necessary|always enabled|necessary always enabled)",
    # ... as other languages' cookie banners say it: "Diese Website verwendet Cookies", "Notwendige
    # Cookies", "Cookie-Einstellungen", "Ce site utilise des cookies", "Utilizamos cookies".
    r"(?=.*cooki).*\b((verwende[tn]|benutz(t|en)|nutz(t|en)|einsatz von|verwendung von|utilis(e|ons|ation)( des| de)?|"
    r"utiliza(mos)?|usamos|uso de|utilizz(a|iamo)|gebruik(t|en)|maakt gebruik van|używa|wykorzystuje)( \w+)? cookies?|"
    r"cookies? (zulassen|akzeptieren|ablehnen|verwalten|aktivieren|deaktivieren|accepteren|weigeren)|diese cookies|"
    r"(alle|notwendigen?|erforderlichen?|essenziellen?|funktionalen?|analyse|statistik|marketing|performance)[ -]cookies|"
    r"cookie-?(einstellungen|richtlinie|hinweis|informationen|manager|erklärung|verwendung)|"
    r"(paramétrer|gérer|accepter|refuser) (les |mes )?cookies|politique (de|des|relative aux) cookies|"
    r"pol[ií]tica de cookies|pliki? cookies?|plików cookies?)\b.*",
    r"(this site|diese (web)?seite|diese website) (uses|verwendet|nutzt) akismet\b.*",  # a blog's comment form's notice
    # A sign-up form's field and thanks: "Enter your email", "Thank you for signing up!"
    rf"{EMAIL_FIELD_LINE}|thanks?( you)? for (signing up|subscribing)[.!]?",
    r"you (may|will) (occasionally |also )?receive promotional (content|e-?mails|offers|messages) from .{1,60}",
    r"powered by [^\s,;!?][^,;!?]{0,40}",  # "Powered by Ghost", a player's "Powered by Audio Reader"
    # A list's labels for screen readers: "list of 3 items", "list 1 of 3", "end of list".
    r"list of \d+ items|list \d+ of \d+|end of list",
    # A social post set in a story: "View this post on Instagram", "A post shared by Ann Lee (@annlee)"
    r"(view this|sieh dir diesen) (post|photo|video|profile|beitrag) (on|auf) (instagram|facebook|tiktok|x|twitter|youtube)"
    r"( an)?|"
    r"a (post|photo|video) shared by .{1,80}",
    # A sign-up form's consent: "I would like to be emailed about offers ... Read our privacy notice"
    r"(?=.{0,300}$)i (would like|agree|consent|want) to (be emailed|receive|be contacted)\b.*",
    # ... or to the site's terms: "I agree to the Terms of Service and Privacy Policy", "Ich bin mit der
    # Verarbeitung meiner Daten nach Datenschutzerklärung einverstanden", "Ich willige ein, dass ..."
    r"(i (agree|accept|consent|have read)|ich (willige|bin|akzeptiere|stimme|habe))\b(?=.{0,400}$)"
    r"(?=.*(privacy (policy|notice|statement)|terms (of (use|service)|and conditions)|datenschutz(erklärung|"
    r"bestimmungen|hinweise)|nutzungsbedingungen|\bagb\b)).*",
    r"(?=.{0,300}$).*[.!?] (read|see|view) our privacy (notice|policy|statement)\.?",
    # Calls to action, on a short line of their own or ending one: "Get the latest updates right in
    # your inbox. Subscribe to our newsletters.", "Thanks for reading! Subscribe for free to receive
    # new posts.", "Like this story? Share it with a friend!", "Have a
    # tip? ...", "Media requires JavaScript to play."
    r"(?=.{0,200}$)(.*[.!?:] )?(subscribe|sign up|join|get|to (receive|get)) .{0,80}"
    r"\b(newsletters?|(in|into|to) your inbox|e-?mail alerts|(new|future) (posts|issues|stories))\b.{0,120}",
    r"(did you )?(like|enjoy|enjoyed|love|loved) this (story|article|post)\?.{0,80}",
    # ... and as German pages say them: "Die wichtigsten News direkt in dein Postfach!", "Abonnieren Sie
    # kostenlos unseren Newsletter ...", "Jetzt für den Newsletter anmelden".
    r"(?=.{0,200}$)(?=.*postfach)(?=.*\b(newsletter|news|infos?|trends|stories|artikeln?|angebote|tipps)\b).*"
    r"\b(in (dein|deinem|ihr|ihrem|euer|eurem) (e-?mail[- ]?)?postfach|ins postfach)\b.*",
    r"(?=.{0,240}$)(?=.*newsletter).*\b(abonnieren sie|abonniere|melden sie sich|melde dich)\b.*",
    r"(jetzt )?(für|zum) (den |unseren )?.{0,30}\b(newsletter|news)\b.{0,20} anmelden[.!]?",
    # "Never miss the latest news by signing up to our newsletter today!": the site's, not a blogger's "my newsletter".
    r"(?=.{0,160}$)(?=.*newsletter).*\b(sign(ing)? up|subscrib(e|ing)|register(ing)?)\b.{0,40}\b(to|for) our (free )?([\w-]+ )?newsletters?\b.*",
    # A paywall's note: "To view the full story, please subscribe to Town News.", "Subscribe now to our
    # e-edition for the full story.", "Immediate online access to all issues. Subscription will auto renew annually."
    r"(?=.{0,200}$)(to (read|view|see|access) the (full|whole|entire|rest of the) (story|article),? .{0,20}"
    r"\b(subscribe|log ?in|sign ?in|register)\b|(please )?subscribe( now)?\b.{0,60}\b(for|to (read|view|see)) the "
    r"(full|whole|entire|rest of the) (story|article)\b).*",
    r"(?=.{0,200}$)(?=.*renew).*\bsubscription(s)? will (auto(matically)?[- ]?)renew\b.*",
    # "For the latest stories download the Town News apps for iOS and Android."
    r"(?=.{0,200}$)(?=.*\bapps?\b).*\bdownload (the|our) .{0,40}\bapps? (for|on) (ios|android|iphone|ipad)\b.*",
    # "This article was featured in the One Story to Read Today newsletter. Sign up for it here."
    r"(?=.{0,200}$).*\bnewsletters?\b.*[.!?] (sign up|subscribe)( for (it|free))?( here| now| today)?[.!]?",
    r"(?=.{0,120}$)(?!.*[.!?]['\"”’)]*$).*\bnewsletters?\b.*",  # a label: "Free Newsletters", "Newsletter Site Map"
    r"(have|got) an? ([\w-]+ ){0,2}tip( for (us|our \w+))?\?.{0,120}",  # "Have a confidential tip for our reporters?"
    # A newsletter's footer: "You are receiving this because you subscribed to ...", "Unsubscribe".
    r"you(['’]re| are) receiving this( email| newsletter| message)? because\b.{0,300}",
    r"unsubscribe( here| now)?( [|·•] .{0,80})?",
    # "Follow the Opinion section on Facebook, Instagram and X."
    r"follow (us|me|the|our) (?=.{0,200}$).{0,80}\bon (facebook|twitter|instagram|x|tiktok|threads|linkedin|bluesky)\b.*",
    # "To comment on this video or anything else you have seen, head over to our Facebook page."
    r"(?=.{0,250}$)to (comment on|discuss|share your (thoughts|views) on) this (story|article|video|post|piece)\b.*",
    # "Do you have an opinion on the issues raised in this article? ... please click here."
    r"(do you have|have you got) (an opinion|more information|a (news )?(story|tip|question))\b.{0,100}\?.{0,300}",
    # "... We’d like to hear what you think about this or any of our articles. ... letters@example.com."
    r".{0,200}\bwe['’]d (like|love) to hear (what you think|from you)\b.{0,200}(@|\be-?mail\b|\bletters?\b).{0,100}",
    r"(?=.{0,200}$)(.*[.!?] )?((please )?(enable|turn on) javascript|(\w+ ){1,3}requires javascript)\b.*",
    # What the site earns from the links: "This post may contain affiliate links. Please read our
    # disclosure policy.", "If you buy something from a link, we may earn a commission.", "As an Amazon
    # Associate I earn from qualifying purchases."
    r"\W*((this |our )?(post|article|page|site|story|list|blog|review|guide)s?|(some |all |any )?(of )?"
    r"(the )?links (in|on|from) (this|our)|if you (buy|click|purchase|shop)|as an amazon associate|we|i)\b(?=.{0,250}$).{0,120}"
    r"\b(affiliate( and/or referral)? links|(may|might|will) (earn|receive|get) (a |an )?(small )?(affiliate )?commission|"
    r"earn from qualifying purchases)\b.*",
    # "Advertising disclosure: We may receive compensation for some of the links in our stories.",
    # "Real Simple may receive compensation when you click through ...": not "Passengers may receive
    # compensation of up to 600 euros", which names no link.
    r"(?=.{0,400}$).*\b(may|might|will|could) (earn|receive|get) (a |an )?(small )?(share of (the )?revenue|"
    r"(affiliate )?(commission|compensation))\b.{0,120}\b(links?|click(ing)?|partners|advertisers?)\b.*",
    r"(an? )?(advertising|affiliate|advertiser) disclos(ure|ures)[.:]?",
    # ... and as Amazon's program words it, and German sites: "Dieser Artikel enthält Affiliate-Links ...",
    # "Für Links auf dieser Seite erhält Town News ggf. eine Provision vom Händler ...".
    r"(?=.{0,400}$)(?=.*(links|associates)).*\b(participant in the amazon services llc associates program|(dieser|der|unser) (artikel|beitrag|text|post) "
    r"enthält (affiliate|werbe|partner)-?links|für links auf dieser seite (erhält|erhalten|bekommt|bekommen))\b.*",
    # Navigation.
    r"(home|menu|search|close|back to top|next|prev|previous|more|read more|see more|show more|learn more|"
    r"more on this( story)?|"
    rf"{RELATED_LABEL}|{BOX_LABEL}|{TRENDING_LABEL}|"
    r"you (may|might) (also )?like|recommended( for you| stories| articles| reading)?|social sharing|more from .{1,40}|"
    r"don['’]t miss|must read|also read|read also|poll|quiz|"
    r"read next|up next|editor['’]s picks?|read more from .{1,40})\s*([.:]|\.\.\.|…)?",
    # ... and "Read more", "Learn more" as German, French, Spanish, Portuguese, Polish, Italian and Dutch say it.
    r"(mehr erfahren|weiterlesen|mehr lesen|en savoir plus|lire la suite|leer más|seguir leyendo|saiba mais|leia mais|"
    r"dowiedz się więcej|czytaj więcej|scopri di più|leggi di più|lees meer|meer lezen|inf[oó]rmate más)( ?[»›>]|\.\.\.|…)?",
    # ... and "Search for:", "Back to overview" as English and German say them.
    r"(search for|suche nach|(zurück )?nach oben|back to (the )?(overview|home ?page)|zurück zur (übersicht|startseite))\s*:?",
    # Wire-service credits: "(Reporting by A; editing by B)", "Reporting by A; Editing by B".
    r"\((additional )?(reporting|writing|editing|compiled|contributing) by [^()]*\)\.?",
    r"(additional )?reporting by .*\bediting by .*",
    # Copyright and legal footers.
    r"(©|\(c\)|copyright|ⓒ).*",
    r".*\b(all rights reserved|may not be reproduced|constitutes acceptance of|(is|are) subject to copyright)\b.*",
    r".*\b(alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|"
    r"todos os direitos reservados|wszelkie prawa zastrzeżone|materiał chroniony prawem)\b.*",
    # "Published in the print edition of the March 16, 2026, issue ...", "A version of this article appears in print ..."
    r"(published in the print edition|a version of this (article|story) appears? in print)\b.{0,300}",
    # A science news site's notes on the study: "Journal information: Nature", "Provided by University of
    # Example", "More information: Ann Lee et al, ... (2026). DOI: 10.1038/s41559-026-01234-5".
    r"(journal information|provided by):? \S.{0,100}|(more information|reference|citation):? .{0,300}\bdoi:\s*10\.\S+",
    r".*\b(as you comment|comments? (policy|guidelines)|please be respectful of other)\b.*",
    r"(privacy policy|terms of (use|service)|contact us|about us|cookie policy|site ?map)"
    r"( [|·•/] .*)?",
]

MEDIA_LABEL = r"(image|photo|picture|video|media) (source|caption|credit)s?\s*[,:]"
_CAPTION = [
    # A video's length and source: "01:12 - Source: WXYZ".
    r"(\d{1,2}:\d\d(:\d\d)? ?[-–|] ?)?(source|quelle|fuente|fonte|źródło): .{1,60}",
    # A credit at the end of a photo caption: "File photo: Sputnik via AP", "(Getty Images)"; short,
    # unlike a paragraph that says "The big picture: ...".
    r".*\b(file )?(photo|photograph|image|picture|pic|illustration|foto|bild|credit|imagen|imagem|cr[ée]dito)s?"
    r"( credit)?\s*:\s*\S.{0,80}",
    r".*(?-i:[a-z.](Image|Photo|Picture|Foto|Bild)):\s*\S.*",  # run on to the caption: "... SiteImage: Ann Lee/dpa"
    # ... or after a "©" or the source's label: "Fans wait outside. © AFP / Ann Lee", "Traffic © Ann Lee / Agency",
    # "The harbour / (C) Ann Lee" (not a team's captain: "Lee (c) – Kim"), "The harbour / Source: Town Council".
    r".{3,300}(\s[–|/-]?\s*©|\s[/|]\s*\(c\)|[.!?]\s+\(c\))\s*([^©.!?]|\.(?=\w)){2,60}|.{10,200}\s[/|–-]\s*(source|quelle|fuente|fonte|źródło|bildquelle)\s*:\s*[^.!?]{2,60}",
    r".*\b(getty images|shutterstock|istock(photo)?|ap photo|imago images)(/[\w ]{1,30})?\)?\.?",
    # "Courtesy of the family", "... on Sunday. (Submitted by Ann Lee)"
    r"((photo|image|picture)s?( \([^()]{1,40}\))?:? )?courtesy( of)?\s+\S.{0,100}|.*\((courtesy|submitted by|handout)\b[^()]*\)\.?",
    # "Image taken from Simon Garfield's book Just My Type (2010) p113."
    r"(image|photo|picture|illustration)s? (taken |reproduced |adapted )?from [^.]{1,120}\.?",
    # A photo's or a video's label, as a screen reader hears it, and what it labels: "Image source, Getty
    # Images", "Image caption, The ferry in November"; its button "View image in fullscreen".
    rf"{MEDIA_LABEL}(\s.{{0,200}})?|view (image|photo|picture) in full ?screen",
    # ... or a gallery's counter before it: "[1/2] A tidal turbine is lowered into the sea. REUTERS/Ann Lee".
    r"\[\d{1,2} ?/ ?\d{1,2}\]\s?.{0,400}|enlarge\s*/\s*\S.{0,400}",  # ... or its button: "Enlarge / The mill at high tide."
    r"(item|photo|image|picture|slide) \d{1,2} of \d{1,2}\s.{0,400}",  # a carousel's: "Item 1 of 3 Cars queue ..."
    # ... or its credit run on to the caption's end: "... over ships.Credit...Kim Lau for The Times".
    r".{0,300}(?-i:\bCredits?)(\.\.\.|…)\s*\S.{0,80}",
    r".*\((\w+ )?(photo|foto|image|picture|credit|imagen|imagem|cr[ée]dito)s?\b[^()]*\)\.?",
    r".*\((ap|afp|reuters|getty|epa|dpa)\b[^()]*\)\.?",
    r".*\((?-i:[A-Z][\w.'’-]+( [A-Z][\w.'’-]+){1,2}) for (the )?[^()]{2,60}\)\.?",  # "... (Ann Lee for The Town News)"
    r"\([A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,3} ?/ ?[^()/]{2,60}\)\.?",  # alone: "(Ann Lee/The Town News)"
    r".*(\(|/\s*|\||\bvia |:\s*)(afp|reuters|ap|associated press|epa|xinhua|dpa|bloomberg)[)\]]?\.?",
    # ... or the agency's name alone after the caption's sentence: "Penguins on the ice on Tuesday. EFE"
    r".{10,300}[.!?] (?-i:EFE|AFP|AP|REUTERS|Reuters|DPA|dpa|EPA|ANSA|Xinhua)\.?",
    # ... or in brackets at the caption's end: "... ten turbines. [File: Kim Lau/Al Jazeera]"
    r".*\[((file|photo|image)\s*:\s*)?(?-i:[A-Z][a-z][\w.'’-]*( [A-Z][\w.'’-]*){0,3}) ?/ ?[^\[\]/]{2,60}\]\.?",
    r"\[(사진|photo|foto|image)\s*[=:].*\]",
]

FURNITURE = re.compile("|".join(f"(?:{p})" for p in _WHOLE_LINE), re.I)
AD_SLOT = re.compile("|".join(f"(?:{p})" for p in _AD_SLOT), re.I)
CAPTION = re.compile("|".join(f"(?:{p})" for p in _CAPTION), re.I)
TEASER = re.compile(TEASER_LINE, re.I)
SIGN_UP = re.compile(SIGN_UP_LINE, re.I)
SIGN_UP_HEADING = re.compile(SIGN_UP_HEADING_LINE, re.I)
EMAIL_FIELD = re.compile(EMAIL_FIELD_LINE, re.I)
# A label a page sets on a line of its own above what it labels: a photo's, a date's.
LABEL_LINE = re.compile(f"{MEDIA_LABEL}|{DATE_LABEL}", re.I)

# A form's field: "Name", "Email address", "Message", "Full name".
FORM_FIELD = r"((full|first|last) )?(name|e-?mail( address(es)?)?|message|subject|website|phone( number)?)"
FIELD_OWNER = r"(your|friend['’]s|recipient['’]s|recipients['’]|sender['’]s|to|from)"
FIELD_REQUIRED = rf"(\w+ )?{FORM_FIELD} (is|are) required|a valid e-?mail( address)? is required|please enter a valid e-?mail( address)?"

# A social site's button: "Digg this", "Save to del.icio.us", "Share on Facebook".
SOCIAL = (
    r"((save|post|add|share) (to|on) )?"
    r"(delicious|del\.icio\.us|digg|reddit|stumbleupon|facebook|twitter|tweet|linkedin|pinterest|tumblr|google\+?)"
    r"( (this|it))?"
)
SHARE_BUTTON = (
    rf"({SOCIAL}|share|e-?mail|print|copy link|bluesky|threads|mastodon|whatsapp|flipboard|pocket|telegram)( this)?"
)
# Buttons of a page, a comment or a gallery: "Print this", "Print article: Print", "Email to a
# friend", "Large font", "Like this:", "If you enjoyed this article, please share it on:", "Hide
# caption", "Continue reading the main story", "Share: Email Twitter", "Enlarge this image", "12
# photos", "Click here to sign up", "Follow @abc", "Subscribe", a media player's label ("Video"),
# skip links, a blog's archive by month ("► October (12)"), a pager ("1 2 3 Next >", "Pages: 1
# 2"), and what a page says of itself ("Your browser does not support iframes."). Not heard, but
# not furniture to the line model either: trained with the furniture above, it takes lines beside
# furniture for less likely article text, and these stand inside stories too (BENCHMARKS.md,
# sessions 25 and 28).
BUTTON = re.compile(
    "|".join(
        [
            r"(print|e-?mail|save|share)(( ?/ ?| & | and )(print|e-?mail|save|share))?( this)?( article| story| post| page)?"
            r"(: (print|e-?mail)| what is this\?)?",  # "Save/Share Story"
            r"printable version|(normal|small|smaller|medium|large|larger) (font|text)( size)?|(re)?size:?( a){2,3}",
            r"adjust (the )?(font|text)( size)?:?",
            r"(email|e-mail|send)( this)? to a friend( printer[- ]friendly( version)?)?|printer[- ]friendly( version| page)?",
            r"(be the first to )?like( this| it)?[.:]?|gefällt mir:?",
            r"if you (like|liked|enjoy|enjoyed|found) this (story|article|post)\b.{0,200}",  # ", please share it on:"
            r"(share|bookmark( with| to)?)\s*:( ?(\||email|e-mail|print|facebook|twitter|x|linkedin|reddit|"
            r"pinterest|whatsapp|digg|delicious|del\.icio\.us|stumbleupon|tumblr|google\+?|more))*",
            r"(delicious|del\.icio\.us|digg( this)?|stumbleupon)",
            # A row of sharing buttons: "digg this | reddit", "Share Tweet Share", "E-mail | Print"
            rf"{SHARE_BUTTON}([\s|·•,]+{SHARE_BUTTON})+[\s|·•,]*",
            r"read later|save for later|view pdf( ?/ ?print mode)?|buy photo|retweet this( article| story| post)?!?",
            r"wait \d+ seconds? to continue\.?|check out more (articles|stories|posts) on .{1,40}",
            # A paper's own asks and tools set in the story: gift and save buttons, a paywall's note,
            # a donation's ask, the comments' buttons.
            r"gift( this)? article|send any friend a story|as a subscriber, you have \d+ gift articles\b.{0,100}|"
            r"add to (your )?saved (stories|articles)|share or comment on this (article|story)\W*",
            r"this (story|article|post|content) is (available )?(exclusively |only )?(available )?(to|for) (paid )?"
            r"(subscribers|members)\.?|"
            r"already (a (paid )?subscriber|a member|have an account)\?( (log|sign) ?in( here)?\.?)?|"
            # ... as German, French, Spanish and Portuguese papers say it: "Schon registriert? Hier einloggen",
            # "Kostenlos registrieren und weiterlesen", "Déjà abonné ? Connectez-vous.", "4 Wochen kostenlos testen".
            r"(schon|bereits) (registriert|abonnent(in)?|mitglied)\s*\?\s*((hier|jetzt) )?(einloggen|anmelden)?\.?|"
            r"(kostenlos )?registrieren und weiterlesen|wählen sie ihren zugang( und lesen sie weiter)?:?|"
            r"\d+ (tage|wochen|monate?) (kostenlos|gratis) testen|\W?déjà abonnée? ?\?( connectez-vous\.?)?|"
            r"¿?ya eres (suscriptor|socio)\??|já é assinante\??|"
            # A newsletter platform's paywall and asks: "Keep reading with a 7-day free trial", "Subscribe
            # to Town Letter to keep reading this post and get 7 days of free access to ...", "Upgrade to paid".
            r"keep reading with an? .{1,30}trial|.{0,60}\bto keep reading this (post|story|article)\b.{0,120}|"
            r"upgrade to (paid|premium)( subscription)?|start (your |a )?(free )?trial|get (a )?\d+[- ]day free trial|"
            r"give a gift subscription|pledge your support|"
            r"you have (\d+|one|no) (free )?(articles?|stories) (left|remaining)( this month| this week)?\.?|"
            r"subscribe (for|to get) unlimited (digital )?access.{0,60}|"
            r"continue reading (your article |this article |the story )?with an? (subscription|membership|free account)\.?",
            r"(support|fund) (independent|our|local|quality) journalism.{0,100}|our journalism needs your support.{0,100}|"
            r"become a (member|subscriber|supporter)( today| now)?[.!]?",
            r"more for you|trending on .{1,40}",
            # An embedded post's frame and its consent prompt, as a screen reader hears them: "Skip
            # twitter post by Ann Lee", "Allow Twitter content?", "This article contains content
            # provided by Twitter. ...", "Accept and continue", "End of twitter post by Ann Lee".
            r"(skip|end of) (\w+ ){1,2}(post|video|content|embed) (by|from) .{1,60}|allow (\w+ ){1,2}content\?|"
            r"this (article|page) contains content provided by .{0,500}|accept and continue",
            # ... as German sites ask it: "Empfohlener redaktioneller Inhalt", "An dieser Stelle findet Ihr einen
            # externen Inhalt von Instagram, ...", "Klicken Sie auf den unteren Button, um den Inhalt ... zu laden.", "Inhalt laden".
            r"empfohlener redaktioneller inhalt|externer inhalt|((alle |diesen |zustimmen und )?inhalte? (laden|nachladen|entsperren))+(datenschutz)?|"
            r"(an dieser stelle (findet ihr|finden sie|findest du) einen externen inhalt|klicken sie auf den (unteren )?button, um den "
            r"inhalt|ich bin damit einverstanden, dass mir externe inhalte)\b.{0,400}",
            # A player's or an app's notice: "Media playback is unsupported on your device", "Download
            # the Town News app for the latest news."
            r"media playback is (unsupported|not supported) on your device|this video can ?not be played|"
            r"this (content|video) is not available in your (region|country|location)\.?|"
            r"(tap|click) here to add .{1,40} to your home ?screen\.?|download the .{1,40} app( for .{1,60})?[.!]?",
            # Labels and links of today's sites between a story's paragraphs: its topics, the paper's
            # standards, a members' story, a box of other stories or videos, a heading before a video.
            r"explore more on (these|this) topics?|see more on:.{0,100}|suggested (topics|reading|articles|stories):?|"
            r"reuse this (content|article|story)|(our )?editorial (standards|guidelines|policy|values)|our standards:.{0,100}",
            r"member-only (story|article|content)|ready for more\?|restack|keep reading|go deeper( on .{1,40})?[.:]?",
            r"recommended from .{1,40}|featured (videos?|stories|articles|content)|(watch|listen):|manage (cookie )?preferences",
            r"join the (discussion|conversation)|comment on this (story|article|post)|dislike|loading( comments| more)?(\.{3}|…)?",
            r"by (signing up|subscribing|registering|submitting your e-?mail|clicking [^,]{1,30}), you agree to .{1,200}",
            r"trackbacks?( pings| url for this (entry|post))?:?( https?://\S+)?",
            r"(quote \| )?\[?(offensive\? unsuitable\? )?(report|flag) (this )?(comment|post|abuse)\.? ?\]?|reply to this comment",
            r"(\[\+\] ?)?(enlarge|view larger|view full[- ]size)(( this)? (image|photo|picture))?",
            r"\d+ (photos|images|pictures|bilder|fotos|immagini|zdjęć)|(photo )?gallery|(view|see) (the )?(full )?gallery( »)?",
            r"(bilder|foto)?galerie|galería|galleria|galeria|(artikel |seite )?drucken|imprimer|imprimir|stampa|drukuj",
            r"(bild (anzeigen|schließen|vergrößern) ?){1,2}|(ausgabe|heft|e-paper) kaufen",  # German pages' buttons
            r"((jetzt|hier) )?kommentieren( sie hier)?|buch bestellen|teilen senden",
            r"((den )?(artikel|beitrag) )?mit (anderen|freunden) teilen(/diskutieren)?:?",
            r"pdf[- ]version|((diesen|dieses|den) (artikel|beitrag|skript|text) )?als pdf herunterladen|"
            r"télécharger (au format |en )?(pdf|epub)",
            r"skip to (the )?(main )?(content|navigation|sidebar|main|search|next paragraph)( \| skip to .{1,30})?",
            r"skip (the )?(next|this) section( .{1,40})?",  # "Skip next section Related topics"
            r"(jump|skip|go) to (the )?comments|(read|view|see|show|load|hide|open|close)( all)?( \d+)? comments( \(\d+\))?|read the full (story|article|post)",
            r"a[-–+]?( a[-–+]?){1,2}",  # a text size widget: "A A", "A- A+"
            r"jump to:? (navigation|search|(main )?content)(,? (jump to )?(navigation|search))?",  # a wiki's
            r"(aller à la (navigation|recherche) ?){1,2}|(zur (navigation|suche) springen ?){1,2}|"
            r"(ir a la (navegación|búsqueda) ?){1,2}|(vai alla (navigazione|ricerca) ?){1,2}|"
            r"((saltar|ir) para (a )?(navegação|pesquisa) ?){1,2}",
            r"[^.!?]{1,80}, opens (in )?(a )?new (tab|window)",  # a link labelled for screen readers
            r"aller au contenu( principal)?|zum inhalt springen|saltar al contenido( principal)?|"
            r"vai al contenuto( principale)?|(ir|pular) para o conteúdo( principal)?|naar (de )?inhoud springen",
            r"(hide|show|toggle) (the )?(caption|photo|image)s?|"
            r"continue reading( the)?( main)? (story|article|post)( share this (page|article|story))?",
            r"click (here )?to (enlarge|zoom)( (the )?(image|photo|picture))?|click here\b.{0,100}",
            r"(tweet|pin)( this| it)?|\+1|follow @\w+( on \w+)?|recommend( this( article| story)?)?",
            # "Follow Town News", "Follow Transportation", "Follow on Twitter": a button to follow a site
            # or a topic; not a writer's sign-off, "Follow Ann on Twitter", which stories end on.
            r"follow (?!us\b)(?!.* on \w+\.?$)(?-i:[A-Z])[\w&'’.-]*( [\w&'’.-]+){0,3}|follow on \w+",
            r"send us (a tip|a photo or video|your (photos?|videos?|news))|advert|advertisements|sponsored links|about these ads",
            r"(photo|video|audio)s?|create your own rss|rss( feeds?)?|subscribe( to [^.!?]{1,40})?",
            # A newsletter's box in a post: "Subscribe to The Town Letter", "Thousands of paid subscribers"
            r"(over |more than )?([\d,.]+k?|hundreds|thousands|tens of thousands) (of )?(paid )?subscribers",
            r"your browser does not support .{1,60}|(this site|javascript) .{0,80}(enable|turn on) javascript.{0,60}",
            r"[►▼▸]\s.{1,40}\(\d+\)",
            r"advertise( with us| here)?( \| adchoices)?|adchoices|hosted by( [\w.-]+)?",
            r"(view|read) (this )?(article|story) on (a |one )?single page|single page( view)?",
            r"[«‹]? ?(previous|older|next|newer) (post|entry|article|story)"
            r"( ?[|/] ?(previous|older|next|newer) (post|entry|article|story))? ?[»›]?",
            r"(reader )?comments?:? \(?\d+\)?|(connect with|follow) us( on \w+)?[!.:]?",
            r"buy (it )?(on|at|from) amazon|add to (cart|basket|wish ?list|circles?)",
            r"(font|text)( size)?:|\[ ?- ?\] ?text ?\[ ?\+ ?\]|more entries",  # "[ - ] Text [ + ]"
            r"(pages?:? |continued )?1( ?[|·]? \d{1,2}){1,9}( ?[|·]? ?(next|»|›|>|…))*( ?[»›>])?",  # "1 2 3 Next >"
            # A form to mail the story, send a tip or comment: its fields ("Your Name:", "Email *", "To
            # (email address):"), what it says of them ("Your Name is Required."), its buttons.
            rf"({FIELD_OWNER} )?{FORM_FIELD}( \([^()]{{1,30}}\))?\s*([:*]|\(required\))[\s:*]*(required)?|"
            rf"your {FORM_FIELD}|(to|from) \([^()]{{1,30}}\):|(({FIELD_OWNER} )?{FORM_FIELD}\s*\*?\s*){{2,}}",
            rf"([\w '’()-]{{1,30}}:\s*)?(({FIELD_REQUIRED})[.!]?\s*)+",
            r"send( e-?mail| message)?|submit( comment| report| form)?|post comment|send a copy to (me|myself|my e-?mail)|"
            r"save my name, e-?mail,? and website in this browser for the next time i comment\.?",
            r".{0,100}\bseparat(e|ing) (multiple |the )?(e-?mail )?addresses (with|by) (a )?(commas?|semicolons?)\b.{0,40}",
            r"(we|this (web)?site|this station|i)( will not|won['’]t| never| do not| does not)( ever)? "
            r"(store|share|sell|publish|rent|use)\b.{0,40}\be-?mail address.{0,150}",
        ]
    ),
    re.I,
)


# A wiki's link to edit a section, at the end of its heading: "History[edit]", "Geschichte [
# Quelltext bearbeiten ]", "Histoire [modifier | modifier le code]".
EDIT_LINK = re.compile(
    r"\s*(edit|edit source|bearbeiten|quelltext bearbeiten|modifier|editar|modifica)(\s*\|\s*[^|\]]{1,30}){0,2}\s*\]\s*",
    re.I,
)

MENU_BAR = re.compile(r"\s+\|\s+")
MENU_ITEMS = 3
MENU_ITEM_WORDS = 4
MENU_LABEL = re.compile(r"^[\w &'’-]{1,30}:\s*(?=\S)")  # "Sections: Top Stories | National | Sport"

# The label over a box on the story's writer: "About the author", "Über den Autor/ die Autorin".
ABOUT_THE_AUTHOR = (
    r"about the (author|writer)|über (den|die) autor(in)?( ?/ ?(den|die) autor(in)?)?|à propos de l['’]auteur|"
    r"sobre (el|la|o|a) autor(a)?|sull['’]autore|o autorze"
)

# Lines that close an article on news pages: what follows them is not the article. And a link to
# another story set in one under such a label ("Related: <its headline>", "Related Topics: Crime, ...").
ARTICLE_END = re.compile(
    rf"(tags?|etiquetas|schlagw(ö|o)rte(r)?|stichw(ö|o)rte(r)?|mots[- ]cl(é|e)s|tagi|palavras[- ]chave|filed under|"
    rf"topics?|{RELATED_LABEL}(\s*:\s*\S.{{0,150}})?|more in .{{1,40}}|"
    r"more from .{1,40}|next up in .{1,40}|(read )?more (stories|articles) about|read more|recommended( for you)?|"
    r"you may also like|"
    r"(©|copyright|\(c\)).{0,80}all rights reserved|"
    rf"(leave|post|add) a (comment|reply)|\d* ?comments?|view comments|{ABOUT_THE_AUTHOR}|"
    r"listed below are links to (weblogs|blogs|sites) that reference .{1,150}|"  # a blog's trackbacks
    r"share this( article| story)?|((artikel|beitrag) )?teilen( sie dies mit| mit)?|teile diesen (beitrag|artikel)( auf social media)?|partager|compartir|compartilhe|podziel się|condividi|most (read|popular))\s*[:.!]?",
    re.I,
)


PICTOGRAPHS = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"  # emoji, and what joins and shows them
EMOJI_AT_EDGES = re.compile(rf"^[{PICTOGRAPHS}\s]+|[{PICTOGRAPHS}\s]+$")


def is_article_end(line: str) -> bool:
    return bool(ARTICLE_END.fullmatch(line.strip()))


def is_set_in_story(line: str) -> bool:
    """Furniture a site sets inside a story's text, which a copy of the story alone takes with it: a
    photo's caption with its credit ("Fans wait outside. (Ann Example/Getty Images)"), an ad slot."""
    return is_caption(line) or bool(AD_SLOT.fullmatch(bare(line)))


def is_caption(line: str) -> bool:
    """A photo's caption with its credit ("Fans wait outside. (Ann Example/Getty Images)")."""
    return bool(CAPTION.fullmatch(bare(line)))


def is_furniture(line: str) -> bool:
    """True for a line no listener wants to hear: an ad slot, a widget, a caption credit."""
    line = bare(line)
    return bool(FURNITURE.fullmatch(line) or CAPTION.fullmatch(line))


# A link out of the article ("More Articles in Sports »", "next page ›") or back to the post
# before ("« Yet another discouraging GDP report | Main", "‹ Back to Story"); not a quotation set
# in guillemets ("Les « boîtes noires »", Swedish »Vi kommer»), nor a paragraph that opens one
# and ends a sentence, as a quotation running on into the next paragraph does.
LINK_ARROW = re.compile(r"[^«‹»›]*[»›]|[«‹][^«‹»›]*[^«‹»›.!?…\"”'’)\s]")
# Where a post is filed and its permalink: "Posted in: Fantasy |", "Filed under: Banking", "Labels:
# adwords", "Posted by Niall in Uncategorized.", "October 2, 2012, | Permalink"; and a line ending in
# a menu's bar, a piece of one.
FILED = re.compile(
    r"(posted in|filed (under|in)|((news|article|post|story|blog) )?tags?|tagged( with)?|labels?|categories|category)\s*:.*|.*\bpermalink|\W*\w.*\s\||"
    r"posted (by [\w .'’-]{1,40} )?(in|under) [^.!?]{1,80}\.?",
    re.I,
)


# Where a blog's post is filed, in the words of WordPress's themes, on a line however long the
# post's list of categories: "This entry was posted in News by Ann. Bookmark the permalink.",
# "This entry was posted on Monday, October 15th, 2012 at 4:48 pm and is filed under Life. You can
# follow any responses to this entry through the RSS 2.0 feed. You can leave a response, ...",
# "This entry was written by ann, posted on 10/18/2012 at 12:22 pm.", "Bookmark the permalink.
# Follow any comments here with the RSS feed for this post."
POST_FILING = re.compile(
    r"(posted on [^.]{1,60}\. )?(this entry was (posted|filed|written)|this post was (posted|filed) (in|on|under))\b.*|"
    r"(you can follow any responses to this entry|bookmark the permalink)\b.*|"
    # ... and as German, French, Spanish, Italian and Portuguese themes say it: "Dieser Eintrag wurde
    # veröffentlicht in Politik und verschlagwortet mit ...", "Erstellt am Dienstag 6. Mai 2014 um 23:30 und
    # abgelegt unter Linux."
    r"(dieser (eintrag|beitrag) wurde (veröffentlicht|abgelegt|geschrieben|gepostet)|der beitrag wurde am .{1,80}"
    r"\b(veröffentlicht|abgelegt)|erstellt am .{1,60}\babgelegt unter|cette entrée a été publiée|"
    r"esta entrada fue publicada|questa voce è stata pubblicata|esta entrada foi publicada)\b.*",
    re.I,
)


def is_link_or_filing(line: str) -> bool:
    """A link out of the article, or where the post is filed: the page's line, whatever its words."""
    line = line.strip()
    return bool(LINK_ARROW.fullmatch(line) or FILED.fullmatch(line) or is_post_filing(line))


def is_post_filing(line: str) -> bool:
    """A blog theme's line that says where the post is filed: never the post's, however long."""
    return bool(POST_FILING.fullmatch(line.strip()))


# A news agency's name alone, the story's credit where a heading stands: "The Associated Press",
# "By Associated Press", "THE CANADIAN PRESS", "Staff and agencies", "Bloomberg" under a photo's
# caption. (A section about Michael Bloomberg so headed would lose its chapter, not its words.)
AGENCY_CREDIT = re.compile(
    r"((by|from):?\s+)?(the\s+)?(associated press|reuters|afp|agence france[- ]presse|canadian press|"
    r"canwest news service|press association|bloomberg( news)?|united press international|upi|dpa|efe|ansa|"
    r"xinhua|kyodo news|press trust of india|ians|australian associated press|aap|(staff and )?agencies|"
    r"wire reports)",
    re.I,
)


def is_agency_credit(line: str) -> bool:
    """A news agency's name alone: who the story is from, not a section of it."""
    return bool(AGENCY_CREDIT.fullmatch(line.strip()))


def is_button(line: str) -> bool:
    """True for a page's, a comment's or a gallery's button."""
    return bool(BUTTON.fullmatch(bare(line)))


def without_edit_link(heading: str) -> str:
    """The heading without a wiki's link to edit its section (what follows its last "[")."""
    head, bracket, link = heading.rpartition("[")
    return head.rstrip() if bracket and EDIT_LINK.fullmatch(link) else heading


def is_menu(line: str) -> bool:
    """A menu set on one line: at least MENU_ITEMS items between bars, each a few words, none a
    sentence ("Home | News Archives | Feedback | About Us", "Top | Back | E-mail to a friend"), nor
    a fact with its label ("Prep Time: 2 Hours | Cook Time: 10 Minutes | Servings: 16"). The menu's
    own label may stand before its first item ("Sections: Top Stories | National | Sport")."""
    items = [item for item in MENU_BAR.split(MENU_LABEL.sub("", bare(line), count=1)) if item]
    return len(items) >= MENU_ITEMS and all(
        len(item.split()) <= MENU_ITEM_WORDS and not item.endswith((".", "!", "?")) and ":" not in item
        for item in items
    )


def bare(line: str) -> str:
    """The line without the bars and dashes a menu sets around its items, nor the emoji a site sets
    before a label or a button ("🔊 Listen to this article", "📧 Email")."""
    return EMOJI_AT_EDGES.sub("", line.strip().strip("|•·-–—").strip())
