# Les textes de l'analyse (règles, causes, éléments manquants, liste de validation, plan,
# verdict) en français. L'anglais est dans le code, à côté de la logique (Tr::fill) ; ici
# seulement les traductions, avec les mêmes variables. Termes comme dans la documentation
# Microsoft en français (journal Sécurité, contrôleur de domaine, verrouillage de compte,
# échec d'ouverture de session ; 4625 « Échec d'ouverture de session d'un compte. »), voir
# ../TERMS.md. ACC, Notification Server, serveur de site, ITMS, les libellés de la console
# anglaise et les numéros de KB restent tels quels. Espaces insécables (U+00A0) avant « : »,
# « ; » et à l'intérieur des guillemets.

## Les règles

TR-VER-001-title = ITMS est antérieur à 8.7.3 : l'authentification par jeton n'est pas disponible
TR-VER-001-rationale = L'authentification par jeton est apparue avec ITMS 8.7.3 ; ce site utilise { $version }.
TR-VER-001-remediation = Mettre à niveau le Notification Server, les serveurs de site et les agents vers ITMS 8.7.3 ou ultérieur (8.8, 8.8.1) avant de planifier le déploiement des jetons.
TR-UNC-001-title = Des emplacements de paquets UNC sont utilisés : l'ACC doit rester configuré
TR-UNC-001-rationale = { $n ->
        [one] { $n } emplacement UNC a été trouvé
       *[other] { $n } emplacements UNC ont été trouvés
    } sur { $hosts ->
        [one] { $hosts } hôte
       *[other] { $hosts } hôtes
    }. Les jetons ne prennent pas en charge les bases de code UNC ; les agents s'authentifient auprès de ces partages avec l'ACC.
TR-UNC-001-remediation = Garder l'ACC configuré. Pour le retirer plus tard, passer ces paquets sur des bases de code HTTP/HTTPS (ou cesser de publier des bases de code UNC, KB 179608) et relancer l'analyse.
TR-SWL-001-title = La Software Library est sur un partage UNC : l'ACC est requis
TR-SWL-001-rationale = La Software Library est configurée sur { $path }. Une Software Library sur UNC maintient l'ACC requis.
TR-SWL-001-remediation = Garder l'ACC, avec le droit de lecture (READ) sur le partage de la Software Library, ou déplacer la bibliothèque vers un chemin local du Notification Server.
TR-DSI-001-title = Les images de Deployment Solution sont stockées sur UNC : l'ACC est requis
TR-DSI-001-rationale = Les images DS sont stockées sur { $path }. Des images DS sur UNC maintiennent l'ACC requis.
TR-DSI-001-remediation = Garder l'ACC pour la création d'images, ou stocker les images à un emplacement HTTP.
TR-LOC-001-title = Des emplacements de paquets demandent une vérification manuelle
TR-LOC-001-rationale = { $n ->
        [one] { $n } emplacement est un lecteur mappé, un chemin local du NS ou une valeur non reconnue
       *[other] { $n } emplacements sont des lecteurs mappés, des chemins locaux du NS ou des valeurs non reconnues
    } : chacun peut cacher un partage UNC.
TR-LOC-001-remediation = Pour chaque emplacement, confirmer vers quoi il pointe (mappage de lecteur, types de base de code publiés) et noter la réponse dans l'analyse.
TR-LCK-001-title = Les verrouillages de l'ACC ne sont pas résolus : le repli sur l'ACC les reproduira
TR-LCK-001-rationale = { $lockouts ->
        [one] { $lockouts } verrouillage
       *[other] { $lockouts } verrouillages
    } de compte (4740) et { $failures ->
        [one] { $failures } échec
       *[other] { $failures } échecs
    } d'ouverture de session trouvés{ $sources }.{ $causes } Avec « Keep ACC as fallback mechanism », chaque échec du jeton se replie sur l'ACC ; tant que la cause n'est pas corrigée, le compte se verrouille de nouveau.
TR-LCK-001-remediation = Corriger la cause avant le déploiement : vérifier manuellement le mot de passe de l'ACC (mot de passe expiré), ressaisir les identifiants sur chaque serveur de site (mot de passe différent), redémarrer les services Altiris sur les sources citées (anciens identifiants en cache) et examiner dans les journaux le rythme des nouvelles tentatives des agents (échecs répétés). Vérifier qu'aucun nouvel événement 4740 n'apparaît pour le compte.{ $fixes }
TR-LCK-002-title = Des verrouillages ou des échecs d'ouverture de session de l'ACC ont été trouvés
TR-LCK-002-rationale = { $lockouts ->
        [one] { $lockouts } verrouillage
       *[other] { $lockouts } verrouillages
    } de compte (4740), { $failures ->
        [one] { $failures } échec
       *[other] { $failures } échecs
    } d'ouverture de session (4625/4771/4776) et { $log ->
        [one] { $log } entrée
       *[other] { $log } entrées
    } de verrouillage ou d'échec d'ouverture de session dans les journaux du NS et des agents{ $sources }.{ $causes }
TR-LCK-002-remediation = Trouver la cause avec les sources citées : un mot de passe expiré, un mot de passe différent sur un serveur de site, d'anciens identifiants en cache, ou des agents qui réessaient selon leur calendrier de téléchargement.{ $fixes }
TR-LCK-003-title = Les verrouillages de l'ACC ont cessé après le déploiement des jetons
TR-LCK-003-rationale = { $before ->
        [one] { $before } verrouillage
       *[other] { $before } verrouillages
    } de compte (4740) et des échecs d'ouverture de session du compte ont été trouvés, aucun verrouillage après le déploiement ({ $rollout }), et aucun échec d'ouverture de session pendant un cycle complet de nouvelles tentatives (KB 181098) avant la fin des journaux. Journaux lus après le déploiement : { $covered }.{ $uncovered }
TR-LCK-003-remediation = Continuer à surveiller les événements 4740 du compte sur les contrôleurs de domaine tant que le repli sur l'ACC reste activé.{ $collect }
TR-FBK-001-title = Prêt à désactiver le repli sur l'ACC (phase 4)
TR-FBK-001-rationale = Depuis le déploiement des jetons ({ $rollout }) : aucun verrouillage (4740) de l'ACC et aucun échec d'ouverture de session pendant un cycle complet de nouvelles tentatives ({ $hours } heures, KB 181098) dans les journaux Sécurité de { $covered }. Aucun emplacement de paquet UNC n'a été trouvé, la Software Library est sur { $library }, et aucune image DS n'est stockée sur UNC.{ $uncovered }
TR-FBK-001-remediation = Phase 4 de KB 431190 : décocher « Keep ACC as fallback mechanism », puis surveiller la stabilité de l'authentification (journaux du NS, 4740 sur les contrôleurs de domaine) pendant au moins un cycle de nouvelles tentatives. Signer la liste de validation avant de retirer l'ACC.{ $collect }
TR-ACC-001-title = L'ACC est un compte de domaine : les serveurs de site ne le déverrouillent jamais
TR-ACC-001-rationale = L'ACC { $account } désigne un domaine. Les serveurs de site ne créent, ne renouvellent et ne déverrouillent que des comptes ACC locaux ; un ACC de domaine verrouillé le reste jusqu'à ce que quelqu'un le déverrouille.
TR-ACC-001-remediation = Là où la conception le permet, utiliser un ACC local (par exemple ACC_User) et activer « Re-enable the created local account if it has been locked out » dans Global Site Server Settings.
TR-SRV-001-title = Les serveurs de site n'ont besoin de rien au-delà des prérequis de 8.7.3
TR-SRV-001-rationale = KB 431190 : il n'y a pas d'exigence particulière pour les serveurs de site au-delà d'une infrastructure ITMS 8.7.3 (8.8, 8.8.1) prise en charge, de la version de .NET requise par 8.7.3 et de la communication avec le serveur SMP.
TR-SRV-001-remediation = Confirmer le prérequis .NET sur chaque serveur de site dans la liste de contrôle de la mise à niveau.
TR-EVD-001-title = Des éléments manquent : le verdict est incomplet
TR-EVD-001-rationale = L'analyse n'a pas pu vérifier : { $what }.
TR-EVD-001-remediation = Recueillir les éléments manquants (voir « Ce qui manquait ») et relancer l'analyse.
TR-EVD-002-title = Certains éléments n'ont pas pu être lus
TR-EVD-002-rationale = { $files ->
        [one] { $files } fichier d'entrée avait
       *[other] { $files } fichiers d'entrée avaient
    } { $errors ->
        [one] { $errors } enregistrement ou zone illisible
       *[other] { $errors } enregistrements ou zones illisibles
    } ; les conclusions reposent sur ce qui a pu être lu.
TR-EVD-002-remediation = Chaque problème et son emplacement figurent dans le tableau des entrées ; réexporter si possible les fichiers endommagés.

## Les éléments des constats de verrouillage

lockout-called-from = , appelé depuis { $sources }
lockout-cause = {" "}Cause : { $title } ({ $n ->
        [one] { $n } événement
       *[other] { $n } événements
    }{ $from }).
lockout-cause-from = , depuis { $sources }
lockout-fix = {" "}Pour « { $title } » : { $fix } Vérifier : { $verification }
lockout-uncovered = {" "}Non couvert : les journaux de { $computers } s'arrêtent avant le déploiement, rien n'y est connu après lui.
lockout-collect = {" "}Recueillir les journaux Sécurité de { $computers } postérieurs au déploiement pour en être sûr.
lockout-after = {" "}Après le déploiement ({ $rollout }) : { $lockouts ->
        [one] { $lockouts } verrouillage
       *[other] { $lockouts } verrouillages
    } et { $failures ->
        [one] { $failures } échec
       *[other] { $failures } échecs
    } d'ouverture de session{ $logs }{ $last } ; ils n'ont pas cessé.{ $uncovered }
lockout-after-last = , le dernier le { $when }
lockout-after-logs = {" "}et { $n ->
        [one] { $n } entrée
       *[other] { $n } entrées
    } d'échec de l'ACC dans les journaux du NS et des agents
lockout-after-unknown = {" "}Rien de postérieur au déploiement ({ $rollout }) n'a été lu : on ne sait pas s'ils continuent.{ $uncovered }

## Les causes (tableau « Root Cause Fix » de KB 431190)

cause-wrong-password-title = Mot de passe erroné : mot de passe différent sur un serveur de site, ou anciens identifiants en cache
cause-wrong-password-fix = Ressaisir les identifiants de l'ACC sur chaque source citée (Global Settings et le serveur de site), puis y redémarrer les services Altiris pour qu'aucun ancien identifiant ne reste en cache.
cause-wrong-password-verification = Ressaisir les identifiants ; après le redémarrage, aucun nouveau 4625 (0xC000006A), 4776 (0xC000006A) ou 4771 (0x18) n'apparaît depuis ces sources.
cause-expired-password-title = Le mot de passe de l'ACC a expiré
cause-expired-password-fix = Définir un nouveau mot de passe pour le compte (ou une stratégie sans expiration adaptée à un compte de service) et le saisir dans les paramètres de l'ACC.
cause-expired-password-verification = Vérifier manuellement le mot de passe ; aucun 4625/4776 avec 0xC0000071 ni 4771 avec 0x17 ne suit.
cause-account-disabled-title = Le compte ACC est désactivé
cause-account-disabled-fix = Activer le compte, ou configurer un compte actif comme ACC.
cause-account-disabled-verification = Aucun 4625/4776 avec 0xC0000072 ne suit.
cause-account-expired-title = Le compte ACC a expiré
cause-account-expired-fix = Prolonger ou supprimer la date d'expiration du compte.
cause-account-expired-verification = Aucun 4625/4776 avec 0xC0000193 ne suit.
cause-account-revoked-title = Kerberos a refusé le compte (0x12) : désactivé, expiré ou verrouillé
cause-account-revoked-fix = Vérifier l'état du compte dans Active Directory ; corriger la cause du verrouillage avant de le déverrouiller.
cause-account-revoked-verification = Aucun 4771 avec 0x12 ne suit.
cause-retries-against-locked-account-title = Les ouvertures de session continuent pendant que le compte est verrouillé
cause-retries-against-locked-account-fix = Ne déverrouiller le compte qu'une fois la cause corrigée : les sources citées continuent de présenter des identifiants enregistrés.
cause-retries-against-locked-account-verification = Chercher dans les journaux un schéma de répétition ; plus aucun 0xC0000234 après le déverrouillage.
cause-unknown-user-title = Le nom du compte n'est pas connu du domaine
cause-unknown-user-fix = Corriger le nom du compte ACC (domaine et utilisateur) dans les paramètres de l'ACC.
cause-unknown-user-verification = Aucun 4625/4776 avec 0xC0000064 ne suit.
cause-password-must-change-title = Le mot de passe de l'ACC doit être changé à la prochaine ouverture de session
cause-password-must-change-fix = Décocher « User must change password at next logon » et définir un mot de passe pour le compte de service.
cause-password-must-change-verification = Aucun 4625/4776 avec 0xC0000224 ne suit.
cause-retry-storm-title = Les agents réessaient selon leur calendrier de téléchargement avec des identifiants périmés
cause-retry-storm-fix = Les agents réessaient les téléchargements après 3, 6, 12, 24, 48, 96 et 120 minutes, puis toutes les 2 heures (KB 181098), chaque fois avec l'ACC enregistré : corriger d'abord les identifiants, puis actualiser les stratégies ou redémarrer l'agent sur les sources citées.
cause-retry-storm-verification = Chercher dans les journaux le schéma de répétition : plus aucune tentative depuis ces sources après la correction.

## Éléments manquants

need-version-what = version d'ITMS
need-version-why = l'authentification par jeton exige ITMS 8.7.3 ou ultérieur
need-version-how = SMP Console > Help > About, ou `--itms-version`
need-codebases-what = export des bases de code des paquets
need-codebases-why = les emplacements de paquets UNC décident si l'ACC doit rester
need-codebases-how = Sur la CMDB : SELECT c.PackageId, c.URL, c.Source, c.Snapshot FROM SWDPackageCodebase c; enregistrer le résultat en CSV
need-library-what = emplacement de la Software Library
need-library-why = une Software Library sur UNC maintient l'ACC requis
need-library-how = Settings > All Settings > Software > Software Library ; la passer avec `--software-library`
need-events-what = événements de sécurité (4740, 4625, 4771, 4776)
need-events-why = les verrouillages et leurs sources décident si le repli sur l'ACC est sûr
need-events-how = Sur l'émulateur PDC et chaque serveur de site : wevtutil qe Security /q:"*[System[(EventID=4740 or EventID=4625 or EventID=4771 or EventID=4776)]]" /f:xml /e:Events > security-events.xml
need-events-unread = ; trouvés mais illisibles (CSV de l'Observateur d'événements dans une autre langue) : { $files }
need-events-unread-how = Exporter plutôt en EVTX ou XML, identiques dans toutes les langues. { $how }
need-logs-what = journaux du Notification Server et des agents
need-logs-why = a.log et agent.log montrent les échecs d'ouverture de session et les verrouillages de l'ACC
need-logs-how = Copier C:\ProgramData\Symantec\SMP\Logs (avec Archive) depuis le NS et C:\ProgramData\Symantec\Symantec Agent\Logs depuis les serveurs de site

## La liste de validation (KB 431190)

CHK-01-test = L'agent demande ses stratégies
CHK-01-expected = Aucune demande d'identifiants
CHK-02-test = Téléchargement de paquet (HTTP)
CHK-02-expected = Réussi
CHK-03-test = Téléchargement UNC (le cas échéant)
CHK-03-expected = Utilise l'ACC
CHK-04-test = Aucun événement 4740 pour l'ACC après le déploiement
CHK-04-expected = Aucun verrouillage de compte
CHK-05-test = Mot de passe de l'ACC vérifié et ressaisi sur chaque serveur de site ; services Altiris redémarrés
CHK-05-expected = Aucun 4625/4771/4776 pour l'ACC pendant un cycle complet de nouvelles tentatives (2 heures)

## Les quatre phases (KB 431190)

phase-assessment-title = Phase 1 — Analyse
phase-assessment-1 = Recenser tous les emplacements de paquets UNC
phase-assessment-2 = Confirmer si les images DS utilisent UNC
phase-assessment-3 = Examiner la cause des verrouillages de l'ACC
phase-root-cause-fix-title = Phase 2 — Correction des causes
phase-root-cause-fix-1 = Mot de passe de l'ACC expiré : vérifier manuellement le mot de passe
phase-root-cause-fix-2 = Mot de passe différent sur un serveur de site : ressaisir les identifiants
phase-root-cause-fix-3 = Anciens identifiants en cache : redémarrer les services Altiris
phase-root-cause-fix-4 = Échecs répétés : chercher dans les journaux le schéma de répétition
phase-token-rollout-title = Phase 3 — Déploiement contrôlé des jetons
phase-token-rollout-1 = Activer l'authentification par jeton
phase-token-rollout-2 = Laisser d'abord « Keep ACC as fallback mechanism » coché
phase-token-rollout-3 = Surveiller les journaux du NS et les événements de verrouillage sur les contrôleurs de domaine
phase-token-rollout-4 = Valider les téléchargements de paquets des agents
phase-hardening-title = Phase 4 — Durcissement facultatif
phase-hardening-1 = Désactiver le repli sur l'ACC
phase-hardening-2 = Surveiller la stabilité de l'authentification
cond-evidence = Tous les éléments nécessaires ont été analysés
cond-no-lockouts = Aucun verrouillage ni échec d'ouverture de session de l'ACC non résolu
cond-no-critical = Aucun constat critique ouvert
cond-version = ITMS 8.7.3 ou ultérieur
cond-phase2 = Conditions d'entrée de la phase 2 remplies
cond-no-unc = Aucun emplacement de paquet UNC
cond-library = Software Library hors UNC
cond-no-ds = Aucune image DS sur UNC
cond-validated = Liste de validation réussie
cond-quiet-after = Aucun verrouillage de l'ACC après le déploiement et aucun échec d'ouverture de session pendant un cycle complet de nouvelles tentatives (KB 181098)

## Le verdict

verdict-token = Ce site utilise une version dotée de l'authentification par jeton (8.7.3 ou ultérieur).
verdict-old = Ce site utilise une version antérieure à ITMS 8.7.3 : l'authentification par jeton n'est disponible qu'après une mise à niveau.
verdict-unknown-version = La version d'ITMS n'est pas connue ; la prise en charge des jetons n'a donc pas pu être confirmée.
verdict-unc = { $n ->
        [one] { $n } emplacement de paquet UNC est utilisé
       *[other] { $n } emplacements de paquets UNC sont utilisés
    } : l'ACC doit donc rester configuré après le passage aux jetons.
verdict-no-unc = Aucun emplacement de paquet UNC n'a été trouvé : l'ACC pourra être désactivé une fois le déploiement des jetons validé (phase 4), jamais avant.
verdict-lockouts = Des verrouillages de l'ACC ont été trouvés ({ $n ->
        [one] { $n } événement
       *[other] { $n } événements
    } de verrouillage) ; leur cause doit d'abord être corrigée, sinon le repli sur l'ACC les reproduira.
verdict-incomplete = Le verdict est incomplet : il manque { $what }.

## Sources et heures de l'analyse des verrouillages

note-csv-local = Les heures des CSV de l'Observateur d'événements sont locales, sans fuseau : elles sont affichées telles qu'écrites (donner le décalage UTC de l'ordinateur qui a exporté, --csv-time-offset en ligne de commande, pour les placer en UTC).
note-blank-caller = Un 4740 a un ordinateur appelant vide : les sources des 4625, 4771 et 4776 en tiennent lieu.
note-no-caller = Aucun 4740 ne nomme d'ordinateur appelant : les sources viennent des 4625, 4771 et 4776.
note-ip-names = { $n ->
        [one] { $n } adresse IP est affichée
       *[other] { $n } adresses IP sont affichées
    } sous le nom d'hôte qu'un autre événement lui donne.
retry-pattern = { $n } tentatives ; des intervalles de { $gaps } minutes qui correspondent au calendrier de nouvelles tentatives de téléchargement de l'agent (KB 181098)

## Le suivi après le déploiement

check-04-pass = Aucun événement 4740 pour le compte dans les événements de sécurité du déploiement ({ $rollout }) jusqu'au { $until }.
check-04-fail = { $n ->
        [one] { $n } verrouillage
       *[other] { $n } verrouillages
    } (événement 4740) du compte après le déploiement, le dernier le { $last }.
check-05-pass = Aucun 4625/4771/4776 pour le compte du déploiement ({ $rollout }) jusqu'au { $end } : au moins un cycle complet de nouvelles tentatives ({ $hours } heures).
check-05-pass-after = { $n ->
        [one] { $n } échec
       *[other] { $n } échecs
    } pour le compte après le déploiement, le dernier le { $last } ; aucun dans les { $minutes } minutes qui suivent (au moins un cycle complet de nouvelles tentatives, { $hours } heures).
check-05-fail = { $n ->
        [one] { $n } échec
       *[other] { $n } échecs
    } pour le compte après le déploiement, le dernier le { $last }, moins d'un cycle de nouvelles tentatives ({ $hours } heures) avant la fin des journaux ({ $end }) : les échecs n'ont pas cessé.
check-05-pending = Aucun échec pour le compte après le déploiement, mais les journaux lus ne couvrent que { $minutes } minutes après lui ; un cycle complet de nouvelles tentatives dure { $hours } heures.
check-future = L'instant du déploiement { $rollout } est postérieur à cette analyse : rien de postérieur n'a encore pu être lu.
check-no-events = Aucun événement de sécurité n'a été lu : recueillir les journaux Sécurité des contrôleurs de domaine postérieurs au déploiement.
check-none-after = Aucun événement de sécurité postérieur au déploiement ({ $rollout }) n'a été lu : les journaux de { $computers } s'arrêtent avant.
check-scope = {" "}Journaux lus après le déploiement : { $computers }.
check-scope-uncovered = {" "}Non couverts après le déploiement (rien n'y est connu) : { $computers }.
check-scope-any-account = {" "}Aucun compte ACC n'a été indiqué : tous les comptes ont été comptés.
followup-note-no-rollout = Aucun instant de déploiement n'a été indiqué : « avant » correspond aux chiffres de l'analyse de référence, « après » à ceux d'aujourd'hui.
followup-note-zone = Certaines heures d'événements n'ont pas de fuseau (CSV de l'Observateur d'événements sans --csv-time-offset) : elles ont été comparées à l'instant du déploiement tel qu'écrit ({ $local }).
followup-note-undated = { $n ->
        [one] { $n } événement
       *[other] { $n } événements
    } du compte n'ont pas d'heure lisible : comptés ni avant ni après le déploiement.
followup-note-future = L'instant du déploiement { $rollout } est postérieur à cette analyse : chaque événement le précède, et rien ne peut encore être jugé après le déploiement.
followup-note-early = L'instant du déploiement { $rollout } précède le premier événement de sécurité lu ({ $first }) : rien d'antérieur au déploiement n'a été lu pour comparer.
followup-note-uncovered = Journaux Sécurité qui s'arrêtent avant le déploiement (rien n'y est connu après lui) : { $computers }.

## Comment un agent s'authentifie à un emplacement

reason-unc = Base de code UNC : les jetons ne couvrent pas SMB, l'agent s'authentifie donc avec l'ACC (KB 431190)
reason-http = Base de code HTTP/HTTPS : l'agent utilise l'authentification par jeton (KB 431190)
reason-local = Chemin local sur le Notification Server : les agents reçoivent les bases de code que le NS publie pour lui (HTTP, et UNC sauf si les bases de code UNC sont désactivées, KB 179608) ; vérifier lesquelles sont publiées
reason-mapped = Lettre de lecteur mappé : elle peut cacher un partage (un chemin UNC déguisé) ; confirmer vers quoi elle pointe
reason-unknown = Ni un chemin ni une URL reconnaissable ; à vérifier
when-local = { $at } (heure locale, fuseau inconnu)


# Comment chaque entrée a été reconnue (sniff.rs), et son encodage
sniff-zip-archive-pk-signature = archive zip (signature PK)
sniff-evtx-file-header-elffile = en-tête de fichier EVTX (ElfFile)
sniff-empty-file = fichier vide
sniff-binary-content-not-text = contenu binaire (pas du texte)
sniff-agent-event-records = enregistrements <event> de l'agent
sniff-notification-server-event-records = enregistrements <event> du Notification Server
sniff-qradar-wincollect-windows-payloads = charges utiles Windows de QRadar WinCollect
sniff-altiris-log-viewer-text-copy = copie texte de l'Altiris Log Viewer
sniff-windows-event-xml = XML d'événements Windows
sniff-blank-text = texte vide
sniff-event-viewer-csv-export = export CSV de l'Observateur d'événements
sniff-powershell-get-winevent-csv-export = export CSV de PowerShell Get-WinEvent
sniff-event-viewer-csv-export-header-in-another-language = export CSV de l'Observateur d'événements, en-tête dans une autre langue
sniff-package-location-table = table des emplacements de paquets
sniff-table-with-package-locations = table contenant des emplacements de paquets
sniff-plain-text = texte brut
sniff-microsoft-sentinel-securityevent-csv-export = export CSV de Microsoft Sentinel (SecurityEvent)
sniff-splunk-search-export-csv = export d'une recherche Splunk (CSV)
sniff-graylog-winlogbeat-messages-csv = messages winlogbeat de Graylog (CSV)
sniff-elastic-winlogbeat-event-documents-json = documents d'événements Elastic / winlogbeat (JSON)
sniff-splunk-search-export-json = export d'une recherche Splunk (JSON)
sniff-powershell-get-winevent-convertto-json = PowerShell Get-WinEvent | ConvertTo-Json
sniff-graylog-winlogbeat-messages-json = messages winlogbeat de Graylog (JSON)
enc-utf8-bom = UTF-8 avec BOM
enc-utf8 = UTF-8
enc-utf16le = UTF-16LE
enc-utf16be = UTF-16BE
enc-windows-1252 = Windows-1252 : pas de l'UTF-8 valide
enc-with-binary = { $encoding }, avec des données binaires
sniff-with-encoding = { $why } ({ $encoding })

# Comment chaque entrée a été lue (les notes des lecteurs)
date-order-dmy = jour, mois, année
date-order-mdy = mois, jour, année
date-order-ymd = année, mois, jour
dates-as-locale = { $order }, comme { $tag } les écrit ({ $pattern })
dates-by-separator = { $order } : aucune date du fichier ne le décide ; chaque modèle sourcé avec « { $sep } » qui ne commence pas par l'année a cet ordre ({ $tags })
dates-disagree = les dates se contredisent sur l'ordre du jour et du mois ({ $dmy } lisibles seulement jour en premier, { $mdy } seulement mois en premier)
dates-shown = { $order } : les dates elles-mêmes le montrent
dates-unknown = aucune date du fichier ne distingue le jour du mois, et la langue n'est pas connue
note-dates-read = dates lues comme { $why }
note-derived-account = { $n ->
        [one] { $n } événement
       *[other] { $n } événements
    } ont pris le compte ou l'appelant du 4740 dans Account / TargetAccount de Sentinel (ordinateur appelant\utilisateur pour le 4740) : TargetUserName / TargetDomainName n'étaient pas dans l'export
note-ecs = { $n ->
        [one] { $n } événement
       *[other] { $n } événements
    } n'avaient de champs que sous leurs noms ECS (source.ip, source.domain, user.*) : le pipeline de sécurité les avait renommés
note-elastic = documents Elastic (winlogbeat / Elastic Agent) : champs lus par leur nom, winlog.event_data brut d'abord, les noms ECS en repli ; les heures sont en UTC
note-event-viewer-csv = CSV de l'Observateur d'événements : pas de colonnes Computer ni EventRecordID, les événements de deux exports ne peuvent donc pas être dédoublonnés ; les heures sont locales, sans fuseau
note-first-line = {" "}(le premier à la ligne { $line })
note-first-none = {""}
note-first-record = {" "}(le premier est l'enregistrement { $record })
note-from-text = { $n ->
        [one] { $n } événement
       *[other] { $n } événements
    } ont été lus dans le texte du message affiché ou dans _raw (libellés anglais) : leurs champs n'ont pas été exportés
note-localized-structure = CSV de l'Observateur d'événements avec un en-tête dans une langue pour laquelle TokenReady n'a pas de table ({ $header }) : lu d'après sa structure (colonne de l'ID d'événement, fournisseur, lignes du message aux positions du modèle anglais)
note-localized-table = CSV de l'Observateur d'événements en { $language } ({ $tag }) : en-tête, mots-clés et libellés des messages d'après la table { $tag } de TokenReady
note-messages-read = { $n ->
        [one] { $n } message
       *[other] { $n } messages
    } d'événement lus : { $labels } d'après les libellés de la langue, { $positions } d'après les positions du modèle
note-named-heading = { $family } : champs lus par leur nom (les noms EventData bruts d'abord, ceux du produit en repli)
note-no-account = { $n ->
        [one] { $n } événement
       *[other] { $n } événements
    } sans nom de compte : ils ne comptent que si aucun --account n'est donné{ $first }
note-no-caller-export = { $n ->
        [one] { $n } verrouillage
       *[other] { $n } verrouillages
    } (4740) sans ordinateur appelant (TargetDomainName, ou le nom que le produit lui donne, n'est pas dans l'export) : la source du verrouillage est inconnue pour eux{ $first }
note-no-computer = { $n ->
        [one] { $n } événement
       *[other] { $n } événements
    } sans nom d'ordinateur : ils ne peuvent pas être rapprochés des mêmes événements d'un autre export{ $first }
note-no-header = pas de ligne d'en-tête : emplacements trouvés d'après le contenu
note-no-record = { $n ->
        [one] { $n } événement
       *[other] { $n } événements
    } sans ID d'enregistrement : ils sont rapprochés des mêmes événements d'un autre export par ordinateur, heure (à la seconde, UTC), ID d'événement, compte et appelant
note-no-record-columns = pas de colonnes Computer ni EventRecordID, les événements de deux exports ne peuvent donc pas être dédoublonnés ; les heures sont locales, sans fuseau
note-no-source = { $n ->
        [one] { $n } échec
       *[other] { $n } échecs
    } d'ouverture de session (4625/4771/4776) sans nom de station de travail ni adresse : leur provenance est inconnue{ $first }
note-no-time = { $n ->
        [one] { $n } événement
       *[other] { $n } événements
    } sans heure lisible : la chronologie et la séparation au déploiement les laissent de côté{ $first }
note-no-time-column = pas de colonne d'heure ({ $columns }) : la chronologie et la séparation au déploiement laissent ces événements de côté
note-portal-times = { $column } : UTC, lu comme { $order } ({ $why })
note-powershell-csv = PowerShell Export-Csv : EventData (Properties) n'est pas dans cet export ; les champs ont été lus dans le texte anglais du message. Exporter plutôt en XML pour les conserver (ToXml() ou wevtutil /f:xml)
note-provider-from-channel = { $n ->
        [one] { $n } événement
       *[other] { $n } événements
    } sans champ de fournisseur : comptés comme { $provider }, le fournisseur d'audit du journal Sécurité
portal-month-first = aucune date ne le décide ; le mois en premier est le rendu en-US du portail, comme dans chaque export réel
portal-shown = les dates elles-mêmes le montrent
language-de-DE = allemand
language-fr-FR = français
language-es-ES = espagnol
language-it-IT = italien
language-pt-BR = portugais (Brésil)
language-nl-NL = néerlandais
language-ja-JP = japonais
note-separator = {"\u00A0; "}
family-microsoft-sentinel-securityevent-export = export SecurityEvent de Microsoft Sentinel
family-splunk-search-export = export d'une recherche Splunk
family-graylog-winlogbeat-messages = messages winlogbeat de Graylog
family-powershell-get-winevent-convertto-json = PowerShell Get-WinEvent | ConvertTo-Json
# Excerpts TokenReady writes for an event
excerpt-4740 = 4740 { $user } verrouillé, appelant { $caller }
excerpt-4740-at = { $at } 4740 { $user } verrouillé, appelant { $caller }
excerpt-failed-at = { $at } { $id } { $user } en échec, depuis { $source }
excerpt-status = { $id } { $user } statut { $status }
excerpt-matched = { $id } { $user } le { $time } sur { $computer } : déjà compté depuis { $first }

## Ce qui n'a pas pu être lu dans une entrée (les problèmes), et ce qui a été passé dans un dossier

note-unreadable = illisible
problem-binary-outside-records = { $n ->
    [one] { $n } octet de données binaires hors de tout enregistrement <event> (fichier endommagé ?), le premier ici ; ignoré
   *[other] { $n } octets de données binaires hors de tout enregistrement <event> (fichier endommagé ?), le premier ici ; ignorés
}
problem-cannot-list = impossible de lister le dossier : { $detail }
problem-cannot-open = impossible d'ouvrir : { $detail }
problem-cannot-open-file = impossible d'ouvrir le fichier : { $detail }
problem-cannot-read-entry = impossible de lire une entrée du dossier : { $detail }
problem-dates-disagree = les dates de { $column } ne s'accordent pas sur l'ordre du jour et du mois ({ $dmy } lisibles seulement le jour en premier, { $mdy } seulement le mois en premier) : les événements sont comptés sans heure, la chronologie et la séparation au déploiement les laissent donc de côté
problem-dates-unread = les dates de cet export n'ont pas pu être lues : { $why } ; ses événements sont comptés sans heure, la chronologie et la séparation au déploiement les laissent donc de côté. Exportez en EVTX ou en XML, dont les heures sont en UTC dans toutes les langues
problem-dates-wrong-order = { $n ->
    [one] { $n } événement a une date qui n'en est pas une dans l'ordre { $order } : son heure n'a pas été lue
   *[other] { $n } événements ont une date qui n'en est pas une dans l'ordre { $order } : leurs heures n'ont pas été lues
}
problem-doctype = DOCTYPE ignoré : les déclarations d'entités ne sont jamais développées (un export de wevtutil ou de l'Observateur d'événements n'en a pas) ; les références d'entités restent telles qu'écrites
problem-evtx-chunk = bloc EVTX illisible : { $detail }
problem-evtx-no-record = aucun enregistrement EVTX n'a pu être lu : l'en-tête du fichier est présent, mais aucun bloc qui le suit n'est lisible (fichier endommagé ou tronqué)
problem-evtx-record = enregistrement ou bloc EVTX illisible : { $detail }
problem-hash-read-error = erreur de lecture pendant le calcul de l'empreinte : { $detail }
problem-json-ends-early = le document JSON s'arrête trop tôt (l'export a-t-il été coupé ici ?) ; ignoré
problem-json-not-events = { $n ->
    [one] { $n } document JSON n'est pas un événement Windows (aucun ID d'événement sous les noms que TokenReady lit : winlog.event_id, event.code, event_id, EventCode, Id) : ignoré
   *[other] { $n } documents JSON ne sont pas des événements Windows (aucun ID d'événement sous les noms que TokenReady lit : winlog.event_id, event.code, event_id, EventCode, Id) : ignorés
}
problem-json-stops = le JSON n'a pas pu être lu au-delà de ce point ({ $detail }) ; les documents qui précèdent sont conservés
problem-line-too-long = ligne de { $len } octets, plus longue que la limite de { $mib } Mio ; ignorée
problem-line-too-long-bytes = ligne de { $len } octets, plus longue que la limite de { $limit } octets ; ignorée
problem-lockouts-no-caller = { $n ->
    [one] { $n } verrouillage (4740) sans ordinateur appelant : la mise en forme du message n'est pas celle du modèle et le libellé de ce champ dans cette langue n'est pas connu, la source de ce verrouillage est donc inconnue
   *[other] { $n } verrouillages (4740) sans ordinateur appelant : la mise en forme des messages n'est pas celle du modèle et le libellé de ce champ dans cette langue n'est pas connu, la source de ces verrouillages est donc inconnue
}
problem-malformed-xml = XML mal formé : { $detail }
problem-member-too-large = un membre d'archive de plus de { $mib } Mio ne peut pas être ouvert à l'intérieur d'un zip ; extrayez-le et ajoutez-le directement
problem-messages-unread = { $n ->
    [one] { $n } message d'événement ne correspond ni à un libellé connu ni à la mise en forme du modèle : compté, sans compte ni source
   *[other] { $n } messages d'événements ne correspondent ni à un libellé connu ni à la mise en forme du modèle : comptés, sans compte ni source
}
problem-no-event-id = ligne sans ID d'événement numérique ({ $value })
problem-not-evtx = fichier EVTX illisible : { $detail }
problem-not-json = pas un document JSON : { $detail } ; ignoré
problem-not-wincollect = { $n ->
    [one] { $n } ligne n'est pas une charge utile Windows de WinCollect (pas de { $mark }) : ignorée
   *[other] { $n } lignes ne sont pas des charges utiles Windows de WinCollect (pas de { $mark }) : ignorées
}
problem-read-error = erreur de lecture : { $detail }
problem-record-not-terminated = enregistrement non terminé (pas de </event> avant le <event> suivant) ; ignoré
problem-record-too-large = enregistrement de plus de { $mib } Mio ; ignoré
problem-record-too-large-unterminated = enregistrement de plus de { $mib } Mio et non terminé ; ignoré
problem-record-too-large-unterminated-next = enregistrement de plus de { $mib } Mio et non terminé (pas de </event> avant le <event> suivant) ; ignoré
problem-record-truncated = le fichier s'arrête au milieu d'un enregistrement (tronqué : pas de </event>) ; ignoré
problem-rows-undated = { $n ->
    [one] { $n } ligne n'a ni date ni heure lisibles (la première : { $first })
   *[other] { $n } lignes n'ont ni date ni heure lisibles (la première : { $first })
}
problem-rows-without-time = { $n ->
    [one] { $n } ligne n'a pas d'heure lisible
   *[other] { $n } lignes n'ont pas d'heure lisible
}
problem-too-many-xml-errors = trop d'erreurs XML consécutives ; le reste du fichier est ignoré
problem-unknown-language = { $n ->
    [one] un export CSV de l'Observateur d'événements avec son en-tête dans une autre langue ({ $header }) : son seul message 4740/4625/4771/4776 ne correspond ni aux libellés d'une langue connue ni à la mise en forme du modèle anglais, il n'a donc pas été compté. Exportez le journal Sécurité en EVTX (wevtutil epl Security security.evtx) ou en XML (wevtutil qe Security /f:xml), qui sont identiques dans toutes les langues
   *[other] un export CSV de l'Observateur d'événements avec son en-tête dans une autre langue ({ $header }) : aucun de ses { $n } messages 4740/4625/4771/4776 ne correspond aux libellés d'une langue connue ou à la mise en forme du modèle anglais, ils n'ont donc pas été comptés. Exportez le journal Sécurité en EVTX (wevtutil epl Security security.evtx) ou en XML (wevtutil qe Security /f:xml), qui sont identiques dans toutes les langues
}
problem-unreadable-row = ligne illisible : { $detail }
problem-viewer-before-date = texte avant la première ligne « Date: » ; ignoré
problem-wincollect-no-id = une charge utile WinCollect sans EventID numérique : ignorée
problem-xml-truncated = le fichier s'arrête au milieu d'un <Event> (tronqué) ; cet événement est ignoré
problem-zip-bomb = passe de { $kib } Kio à { $mib } Mio une fois décompressé, plus de { $ratio }× (une bombe zip ?)
problem-zip-damaged = archive zip endommagée ({ $detail }) ; ses membres ont été lus depuis leurs en-têtes locaux jusqu'au dommage, la liste peut donc être incomplète
problem-zip-expanded = { $name } : non lu : plus de { $gib } Gio ont déjà été décompressés des archives de ce fichier de preuve
problem-zip-member = membre { $member } du zip illisible : { $detail }
problem-zip-member-size = fait { $mib } Mio
problem-zip-member-stops = membre { $member } du zip illisible : { $detail } ; rien n'a été lu après lui
problem-zip-partly-read = { $name } : { $why } ; seuls les { $mib } premiers Mio ont été lus
problem-zip-too-deep = { $name } : les archives imbriquées sur plus de { $depth } niveaux ne sont pas ouvertes
skipped-device = un périphérique, pas un fichier
skipped-fifo = un tube nommé (FIFO), pas un fichier : le lire pourrait attendre indéfiniment
skipped-link-broken = un lien symbolique dont la cible ne peut pas être ouverte (une boucle, ou la cible a disparu) : { $detail }
skipped-link-to = un lien symbolique ; sa cible : { $what }
skipped-link-to-folder = un lien symbolique vers un dossier, non suivi (il pourrait boucler) : ajoutez sa cible comme élément de preuve pour la lire
skipped-not-a-file = quelque chose qui n'est pas un fichier
skipped-not-regular = pas un fichier ordinaire
skipped-socket = un socket, pas un fichier
