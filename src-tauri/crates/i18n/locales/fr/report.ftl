# Le rapport PDF de TokenReady : le cadre autour de ce que l'analyse a trouvé (français).
# Termes comme dans la documentation Microsoft en français (Observateur d'événements, journal
# Sécurité, contrôleur de domaine ; 4625 « Échec d'ouverture de session d'un compte. »),
# voir ../TERMS.md. ACC, Notification Server, ITMS et les numéros de KB restent tels quels.
# Espaces insécables (U+00A0) avant « : » et à l'intérieur des guillemets.

## Le document

doc-header = TokenReady — { $customer } — Préparation au passage de l'ACC à l'authentification par jeton
doc-no-customer = (client non indiqué)
page-of = Page { $page } sur { $pages }
yes = oui
no = non
none = aucun
sev-critical = CRITIQUE
sev-high = ÉLEVÉE
sev-medium = MOYENNE
sev-low = FAIBLE
sev-info = INFO
field = { $label } : { $value }

## Page de garde

cover-title = De l'ACC à l'authentification par jeton
cover-subtitle = Évaluation de préparation pour Symantec IT Management Suite (KB 431190)
cover-customer = Client
cover-consultant = Consultant
cover-date = Date
cover-scope = Périmètre
verdict-not-supported = Pas prêt : cette version ne propose pas l'authentification par jeton.
verdict-critical = Pas encore prêt : corriger les constats critiques avant le déploiement des jetons.
verdict-acc-kept = Prêt pour les jetons, l'ACC restant nécessaire pour les emplacements UNC.
verdict-ready = Prêt pour les jetons ; l'ACC pourra être retiré après validation.
cover-verdict = Conclusion : { $verdict }
cover-figures = Chiffres clés
cover-fig-findings = Constats : critiques / élevés / total
cover-fig-unc = Emplacements de paquets UNC (ils exigent l'ACC) / tous les emplacements
cover-fig-events = Verrouillages de l'ACC (4740) / échecs d'ouverture de session (4625, 4771, 4776)
cover-fig-inputs = Éléments lus : fichiers / problèmes
cover-incomplete = Les éléments de preuve sont incomplets : voir « Ce qui a été analysé ». La conclusion peut changer une fois qu'ils seront collectés.
cover-generated = Généré le { $when } par { $tool } { $version }.

## Synthèse

summary-title = Synthèse pour la direction
col-question = Question
col-answer = Réponse
summary-token = Authentification par jeton disponible (8.7.3 ou ultérieure)
summary-acc = L'ACC doit être conservé (UNC utilisé)
summary-evidence = Éléments de preuve complets
summary-findings = Constats (critiques / élevés / moyens / faibles / info)

## Ce qui a été analysé

analysed-title = Ce qui a été analysé
inputs-root = Éléments provenant de { $root } ; les chemins ci-dessous sont relatifs à cet emplacement.
analysed-totals = { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
  }, { $bytes } octets, { $records ->
    [one] { $records } enregistrement lu
   *[other] { $records } enregistrements lus
  }, { $errors ->
    [one] { $errors } problème
   *[other] { $errors } problèmes
  }.
analysed-unreadable = { $errors ->
    [one] { $errors } zone ou enregistrement n'a pas pu être lu ; il figure ci-dessous avec son emplacement.
   *[other] { $errors } zones ou enregistrements n'ont pas pu être lus ; chacun figure ci-dessous avec son emplacement.
  }
col-file = Fichier
col-kind = Type
col-records = Enregistrements
col-errors = Erreurs
col-sha256 = SHA-256
localized-title = Exports dans une autre langue
localized-structure = aucune table de langue ne correspondait : lu d'après la structure (colonne de l'ID d'événement, positions du modèle anglais)
localized-table = lu avec la table { $tag } de TokenReady (en-tête, mots-clés, libellés du message)
localized-no-dates = dates non lues (voir les problèmes)
col-language = Langue
col-how-read = Comment il a été lu
problems-title = Problèmes
col-where = Où
col-what = Quoi
place-line = ligne { $n }
place-record = enregistrement { $n }
place-offset = décalage { $n }
skipped-title = Ignorés
col-in-folders = Dans les dossiers de preuves
col-why-not-read = Pourquoi il n'a pas été lu
missing-title = Ce qui manquait
col-evidence-item = Élément
col-why-matters = Pourquoi il compte
col-how-collect = Comment le collecter

## Constats

findings-title = Constats
finding-heading = [{ $severity }] { $id } — { $title }
finding-accepted = Risque accepté : { $reason } — accepté par { $name }, jusqu'au { $until }.
col-evidence = Élément
col-excerpt = Extrait
finding-remediation = Correction : { $text }
finding-references = Références : { $refs }

## Comment les agents s'authentifieront

scenarios-title = Comment les agents s'authentifieront
scenarios-intro = KB 431190 : les emplacements de paquets HTTP/HTTPS utilisent l'authentification par jeton, les emplacements UNC l'ACC ; en cas d'échec du jeton avec le mécanisme de secours activé, l'ACC est utilisé.
scenario-http = Emplacements de paquets HTTP/HTTPS
scenario-unc = Emplacements de paquets UNC
scenario-local = Chemins locaux sur le NS
scenario-mapped = Lecteurs mappés
scenario-unknown = Valeurs non reconnues
scenario-token-failure = Échec du jeton avec le mécanisme de secours activé
auth-token-based = Authentification par jeton
auth-review-published = À vérifier (bases de code publiées)
auth-review-share = À vérifier (peut masquer un partage)
auth-review = À vérifier
auth-fallback-on = ACC (secours activé)
auth-fallback-off = Aucune : échec (secours désactivé)
auth-fallback-unknown = ACC si le mécanisme de secours est activé
col-scenario = Scénario
col-locations = Emplacements
col-auth-used = Authentification utilisée

## Verrouillages de l'ACC

lockouts-title = Verrouillages de l'ACC
lockouts-intro = Compte : { $account }. Événements comptés une fois par ordinateur et enregistrement : { $counts }.
lockouts-all-accounts = tous les comptes
lockouts-matched = { $count ->
    [one] { $count } événement issu d'un export sans ID d'enregistrement était le même qu'un événement déjà compté (rapproché par ordinateur, heure à la seconde en UTC, ID d'événement, compte et appelant) et n'a été compté qu'une fois.
   *[other] { $count } événements issus d'exports sans ID d'enregistrement étaient les mêmes que des événements déjà comptés (rapprochés par ordinateur, heure à la seconde en UTC, ID d'événement, compte et appelant) et n'ont été comptés qu'une fois.
  }
lockouts-matched-first = Premier : { $excerpt } ({ $file }).
col-source = Source
col-addresses = Adresses
col-lockouts = Verrouillages
col-failures = Échecs
col-retry = Schéma de nouvelles tentatives
chart-per-hour = Verrouillages (foncé) et échecs d'ouverture de session (clair) par heure
cause-heading = Cause : { $title } ({ $count ->
    [one] { $count } événement
   *[other] { $count } événements
  })
cause-from = Depuis : { $sources }
cause-fix = Correction : { $text }
cause-verify = Vérification : { $text }

## Plan, liste de contrôle, annexe

plan-title = Plan par phases (KB 431190)
plan-met = [remplie]
plan-not-met = [non remplie]
plan-ready = prête
plan-not-yet = pas encore
col-phase = Phase
col-todo = Quoi
col-entry = Conditions d'entrée au regard de ces éléments
checklist-title = Liste de validation
check-by-evidence = Décidé par les éléments de preuve
check-agrees = Selon les éléments (le résultat du consultant concorde)
check-overridden = Selon les éléments (remplacé par le résultat du consultant)
check-notes = Notes : { $notes }
col-test = Test
col-expected = Résultat attendu
col-status = Statut
col-checked-by = Vérifié par
col-date = Date
approval = Approuvé par le comité consultatif des changements (CAB) :
sign-name = Nom
sign-signature = Signature
sign-date = Date
accepted-title = Risques acceptés
col-finding = Constat
col-reason = Motif
col-accepted-by = Accepté par
col-until = Jusqu'au
status-pending = en attente
status-pass = réussi
status-fail = échoué
status-na = s.o.
appendix-title = Annexe : emplacements de paquets
auth-acc = ACC
auth-token = Jeton
col-location = Emplacement
col-auth = Auth.
col-packages = Paquets
col-seen-in = Vu dans
references-title = Références
references-list = KB 431190 (authentification par jeton et secours par l'ACC), KB 150951 (serveurs de site et comptes ACC locaux), KB 157377 (verrouillage de l'identité d'application), KB 181098 (logique de nouvelle tentative des téléchargements de l'agent), KB 179608 (désactiver les bases de code UNC), KB 180568 (bases de code des paquets), KB 194234 (configurer l'ACC).

## Le suivi

followup-title = Avant et après le déploiement
followup-rollout = L'authentification par jeton a été activée le { $when }.
followup-no-rollout = Aucun instant de déploiement n'a été indiqué.
followup-baseline = Comparé à l'évaluation de référence du { $when } ({ $path }, SHA-256 { $sha }).
event-id = ID d'événement { $id }
col-events-account = Événements de sécurité du compte
col-before = Avant
col-after = Après
col-caller = Ordinateur appelant (4740)
col-signal = Signal dans les journaux du NS et des agents
coverage-title = Ce que couvrent les journaux de sécurité
col-computer = Ordinateur
col-first = Premier enregistrement
col-last = Dernier enregistrement
col-reaches = Couvre l'après-déploiement
coverage-no = non : rien n'est connu de l'après-déploiement
since-title = Depuis l'évaluation de référence
since-added = Emplacements ajoutés : { $list }.
since-removed = Emplacements supprimés : { $list }.
since-resolved = Constats résolus : { $list }.
since-new = Nouveaux constats : { $list }.
since-open = Toujours ouverts : { $list }.
chart-followup-hour = Verrouillages (foncé) et échecs d'ouverture de session (clair) par heure ; » marque le déploiement
chart-followup-day = Verrouillages (foncé) et échecs d'ouverture de session (clair) par jour ; » marque le déploiement
