# L'interface de l'application (ui/src/i18n.ts lit ce fichier à la construction), français.
# Les étapes, leurs lignes d'aide et le choix de la langue ; les autres écrans suivront.

ui-step-engagement = Mission
ui-step-environment = Environnement
ui-step-evidence = Éléments
ui-step-locations = Emplacements des paquets
ui-step-logs = Journaux et événements
ui-step-findings = Constats
ui-step-plan = Plan
ui-step-validation = Validation
ui-step-report = Rapport
ui-help-engagement = Pour qui est l'analyse et qui la mène. Cela figure sur la couverture du rapport.
ui-help-environment = Le site tel qu'il est configuré. L'authentification par jeton exige ITMS 8.7.3 ou ultérieur ; une Software Library ou des images de Deployment Solution sur UNC maintiennent l'ACC requis (KB 431190).
ui-help-evidence = Choisir le dossier (ou le zip) contenant ce qui a été exporté des serveurs du client. Le type de chaque fichier est reconnu d'après son contenu.
ui-help-locations = Chaque emplacement de paquet trouvé, comment les agents s'y authentifieront et où il a été vu.
ui-help-logs = Les verrouillages et échecs d'ouverture de session de l'ACC dans les événements de sécurité, et les signaux trouvés dans les journaux du NS et des agents. Lors d'un suivi : ce qui s'est passé avant et après le déploiement.
ui-help-findings = Ce que montrent les éléments, du plus grave au moins grave, chacun avec ses éléments et sa correction.
ui-help-plan = Le plan de migration par phases de KB 431190, avec les conditions d'entrée de chaque phase vérifiées sur ces éléments.
ui-help-validation = Les tests que le comité des changements signe après le déploiement. Quand les éléments décident un test, son résultat et sa raison sont affichés ; votre propre résultat l'emporte, avec une note.
ui-help-report = Exporter le rapport : PDF pour le comité des changements, tableaux CSV pour les listes d'actions, JSON pour les outils. Les fichiers sont écrits entièrement ou pas du tout.
ui-language = Langue de l'application et du rapport
ui-language-help = Les étapes de l'application, le PDF, les cellules CSV et les textes du JSON sont écrits dans cette langue ; les identifiants, les noms de colonnes CSV et les numéros de KB restent les mêmes. Conservé dans le fichier d'analyse.

# Le cadre autour des étapes
ui-new = Nouveau
ui-open = Ouvrir…
ui-save = Enregistrer
ui-save-as = Enregistrer sous…
ui-back = Précédent
ui-next = Suivant
ui-step-complete = Cette étape est complète.
ui-complete = Complète
ui-missing = Manque : { $what }
ui-file = Fichier : { $path }
ui-not-saved = Pas encore enregistré (sauvegarde automatique pour la récupération)
ui-recover = Récupérer
ui-discard = Abandonner

# Constats
ui-sev-critical = critique
ui-sev-high = élevé
ui-sev-medium = moyen
ui-sev-low = faible
ui-sev-info = info
ui-evidence-n = Éléments ({ $n })
ui-remediation = Correction :
ui-references = Références : { $list }
ui-accept-summary = Accepter comme risque…
ui-accepted = Risque accepté : { $reason } (par { $name }, jusqu'au { $expiry })
ui-accept-reason = Raison
ui-accept-name = Accepté par
ui-accept-until = Jusqu'au
ui-accept = Accepter le risque
ui-accept-update = Mettre à jour
ui-accept-needs = Une raison, un nom et une échéance sont nécessaires
ui-withdraw = Retirer

# Mission
ui-customer = Client
ui-consultant = Consultant
ui-date = Date
ui-scope = Périmètre
ui-scope-placeholder = p. ex. NS smp01 et ses 2 serveurs de paquets
ui-followup-of = Suivi de…
ui-baseline-pick = Choisir la première analyse…
ui-baseline-other = En choisir une autre…
ui-baseline-clear = Pas un suivi
ui-baseline-none = Pas un suivi : c'est la première analyse du site.
ui-baseline-help = Après le déploiement, choisir le rapport JSON ou le fichier d'analyse de la première analyse : le rapport montre alors quels emplacements et constats ont changé depuis. Indiquer l'instant du déploiement dans Environnement.
ui-recent = Analyses récentes
ui-recent-missing = (fichier introuvable)

# Plan et validation
ui-verdict = Conclusion
ui-phase-ready = { $title } : prête
ui-phase-not-yet = { $title } : pas encore
ui-status-pending = en attente
ui-status-pass = réussi
ui-status-fail = échoué
ui-status-not-applicable = sans objet
ui-as-evidence = comme les éléments : { $status }
ui-decided = Décidé par les éléments : { $status }.
ui-overridden = Les éléments disaient { $status } ; remplacé par le consultant.
ui-window = {" "}Période : du { $from } au { $to }.
ui-records = Enregistrements ({ $n })
ui-notes-placeholder = pourquoi votre résultat diffère des éléments
ui-col-test = Test
ui-col-expected = Résultat attendu
ui-col-status = Statut
ui-col-notes = Notes
ui-col-checked-by = Vérifié par
ui-col-date = Date
ui-checklist-decided = { $n ->
        [one] { $n } test
       *[other] { $n } tests
    } sur { $total ->
        [one] { $total } décidé
       *[other] { $total } décidés
    } par les éléments ; ne saisir votre propre résultat que là où vous en savez plus, avec une note.
ui-checklist-help = Ce que vous saisissez ici est enregistré avec l'analyse et imprimé dans la liste de validation du rapport, à côté du résultat des éléments.

# Rapport
ui-sharing = Partage hors du client
ui-redact-label = {" "}Exporter anonymisé : les noms d'hôtes, de domaines, de comptes, de partages et de paquets, les adresses, les chemins des éléments et le nom du client deviennent des pseudonymes stables. Les chiffres, identifiants de règles, identifiants d'événements et codes d'état restent.
ui-redact-count = { $n ->
        [one] { $n } identifiant
       *[other] { $n } identifiants
    } seront remplacés, par exemple :
ui-redact-kind = Type
ui-redact-original = Dans les éléments
ui-redact-pseudonym = Dans le rapport anonymisé
ui-redact-key = La clé derrière les pseudonymes n'est conservée que dans ce fichier d'analyse, jamais dans un export : les mêmes noms reçoivent les mêmes pseudonymes dans chaque export anonymisé de cette analyse. Les fichiers anonymisés s'appellent …-redacted et ne remplacent jamais un export non anonymisé.
ui-report-engagement = Client : { $customer } · Consultant : { $consultant } · Date : { $date }
ui-report-summary = { $inputs ->
        [one] { $inputs } entrée
       *[other] { $inputs } entrées
    }, { $locations ->
        [one] { $locations } emplacement
       *[other] { $locations } emplacements
    }, { $findings ->
        [one] { $findings } constat
       *[other] { $findings } constats
    }, { $tests ->
        [one] { $tests } test
       *[other] { $tests } tests
    } de validation. Analysé le { $when } par { $tool }.
ui-report-incomplete = Les éléments sont incomplets : le rapport le dit sur sa couverture.
ui-export-pdf = Exporter le PDF (A4)
ui-export-pdf-redacted = Exporter le PDF anonymisé (A4)
ui-export-pdf-letter = Exporter le PDF (Letter)
ui-export-csv = Exporter les tableaux CSV
ui-export-json = Exporter le JSON
ui-saved = Enregistré : { $path }
ui-cli-hint = Le même rapport s'obtient en ligne de commande : { $command }

# Environnement
ui-env-version = Version d'ITMS
ui-env-version-help = « SMP Console > Help > About ». L'authentification par jeton nécessite la version 8.7.3, 8.8 ou 8.8.1.
ui-env-account = Compte ACC
ui-env-account-placeholder = CONTOSO\svc_acc ou ACC_User
ui-env-account-help = Le nom seulement : TokenReady ne demande ni ne conserve jamais de mot de passe. Un compte de domaine n'est jamais déverrouillé par les serveurs de site (KB 150951).
ui-env-fallback = « Keep ACC as fallback mechanism »
ui-env-fallback-on = Activé (recommandé au premier déploiement)
ui-env-fallback-off = Désactivé
ui-env-fallback-help = Avec le repli activé, chaque échec du jeton se replie sur l'ACC ; les verrouillages non résolus reviennent (KB 431190).
ui-env-swl = Emplacement de la Software Library
ui-env-swl-placeholder = \\smp01\SoftwareLibrary ou D:\SWL
ui-env-swl-help = « Settings > All Settings > Software > Software Library ». Sur UNC, l'ACC reste nécessaire.
ui-env-ds = Magasin d'images de Deployment Solution
ui-env-ds-placeholder = laisser vide si DS n'est pas utilisé
ui-env-ds-help = « Settings > Deployment > Image Management ». Sur UNC, l'ACC reste nécessaire.
ui-env-csv-offset = Fuseau horaire des exports CSV de l'Observateur d'événements
ui-env-csv-offset-help = Les exports CSV contiennent des heures locales sans fuseau. Indiquez le décalage UTC de l'ordinateur qui les a exportés pour les placer sur la chronologie UTC ; sans lui, elles sont affichées telles qu'écrites.
ui-env-rollout = Déploiement des jetons le
ui-env-rollout-date = Date du déploiement
ui-env-rollout-time = Heure du déploiement
ui-env-rollout-zone = Fuseau horaire du déploiement (décalage UTC)
ui-env-rollout-split = Les événements et les entrées de journal sont séparés au { $at } : avant et après le déploiement. Le fuseau est le décalage UTC en vigueur sur le site ce jour-là.
ui-env-rollout-help = Laisser vide pour une première analyse. Pour un suivi : quand l'authentification par jeton a été activée ; les événements sont alors séparés avant et après.

# Éléments de preuve
ui-ev-add = Ajouter un dossier d'éléments de preuve…
ui-ev-clear = Vider
ui-ev-demo = Utiliser les éléments de démonstration
ui-ev-demo-followup = Utiliser le suivi de démonstration
ui-ev-demo-followup-title = Le site de démonstration collecté de nouveau après le déploiement des jetons, avec la première analyse comme référence
ui-ev-analyse = Analyser
ui-ev-cancel = Annuler
ui-ev-chosen = Éléments de preuve choisis
ui-ev-none = Rien n'est encore choisi.
ui-ev-drop = Ou déposez des fichiers, des dossiers ou des zip n'importe où sur cette fenêtre : chacun est ajouté à la liste.
ui-ev-progress = Lecture du fichier { $done } sur { $total }, { $bytes } sur { $bytesTotal }
ui-ev-no-report = Pas encore d'analyse. Analysez d'abord les éléments à l'étape Éléments.
ui-ev-read = Ce qui a été lu
ui-ev-totals = { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }, { $bytes }, { $records ->
        [one] { $records } enregistrement
       *[other] { $records } enregistrements
    }, { $errors ->
        [one] { $errors } problème
       *[other] { $errors } problèmes
    } : { $kinds }.
ui-ev-col-file = Fichier
ui-ev-col-kind = Type
ui-ev-col-records = Enregistrements
ui-ev-col-problems = Problèmes
ui-ev-col-how = Comment il a été lu
ui-ev-read-in = lu en { $language }
ui-ev-read-structure = autre langue, lu d'après sa structure
ui-ev-line = ligne { $n }
ui-ev-record = enregistrement { $n }
ui-ev-offset = décalage { $n }
ui-ev-problems = Problèmes
ui-ev-skipped = Ignorés
ui-ev-missing = Éléments de preuve manquants
ui-collect = Comment collecter ces éléments (commandes en lecture seule pour les serveurs du client)
ui-collect-copy = Copier
ui-collect-copied = Copié
ui-collect-selected = Sélectionné : appuyez sur Ctrl+C
ui-collect-codebases-what = Bases de code des paquets (UNC ou HTTP)
ui-collect-codebases-where = SQL Server Management Studio sur la CMDB (Symantec_CMDB) ; enregistrer le résultat en CSV
ui-collect-dc-events-what = Verrouillages et échecs d'ouverture de session de l'ACC
ui-collect-dc-events-where = Invite de commandes sur l'émulateur PDC (et chaque contrôleur de domaine), en administrateur
ui-collect-site-events-what = Échecs d'ouverture de session sur un serveur de site (ACC local)
ui-collect-site-events-where = PowerShell sur chaque serveur de site, en administrateur
ui-collect-elastic-events-what = Verrouillages et échecs d'ouverture de session conservés dans Elastic (quand le journal Sécurité du contrôleur de domaine a déjà été écrasé)
ui-collect-elastic-events-where = N'importe quelle machine qui atteint Elasticsearch, avec un utilisateur en lecture seule (curl demande son mot de passe ; TokenReady jamais). Adapter le modèle d'index et la période
ui-collect-sentinel-events-what = Verrouillages et échecs d'ouverture de session conservés dans Microsoft Sentinel / Log Analytics
ui-collect-sentinel-events-where = Portail Azure, dans l'espace de travail sous « Logs » (le rôle « Reader » suffit) ; exécuter la requête, puis « Export → CSV (all columns) ». Adapter la période
ui-collect-splunk-events-what = Verrouillages et échecs d'ouverture de session conservés dans Splunk
ui-collect-splunk-events-where = Splunk « Search & Reporting », avec un utilisateur autorisé à chercher dans l'index Windows ; exécuter la recherche, puis « Export → JSON » ou « CSV » (événements bruts ou tous les champs). Adapter l'index et la période
ui-collect-ns-logs-what = Journaux du Notification Server (avec les journaux archivés)
ui-collect-ns-logs-where = Invite de commandes sur le Notification Server
ui-collect-agent-logs-what = Journaux d'agent des serveurs de site et de quelques agents
ui-collect-agent-logs-where = Invite de commandes sur chaque serveur de site

# Emplacements des paquets
ui-loc-review = À vérifier
ui-loc-not-given = { $label } : non indiqué — le verdict reste incomplet.
ui-loc-not-given-ds = { $label } : non indiqué (Deployment Solution n'est pas utilisé).
ui-loc-label = { $label } :{" "}
ui-loc-unc-acc = UNC : l'ACC est nécessaire
ui-loc-ds = Magasin d'images DS
ui-loc-counts = { $n ->
        [one] { $n } emplacement
       *[other] { $n } emplacements
    } : { $unc } UNC, { $http } HTTP(S), { $local ->
        [one] { $local } local
       *[other] { $local } locaux
    }, { $mapped ->
        [one] { $mapped } lecteur mappé
       *[other] { $mapped } lecteurs mappés
    }, { $unknown ->
        [one] { $unknown } inconnu
       *[other] { $unknown } inconnus
    }. Authentification : { $token } jeton, { $acc } ACC, { $review } à vérifier.
ui-loc-col-host = Hôte
ui-loc-col-share = Partage
ui-loc-col-kind = Type
ui-loc-col-auth = Les agents s'authentifient avec
ui-loc-col-locations = Emplacements
ui-loc-col-packages = Paquets
ui-loc-col-location = Emplacement
ui-loc-col-seen = Vu dans
ui-loc-not-checked = non vérifié
ui-loc-configured = Emplacements configurés
ui-loc-hosts = Hôtes et partages
ui-loc-to-review = À vérifier ({ $n })
ui-loc-all = Tous les emplacements
ui-loc-checking = Vérification…
ui-loc-check = Vérifier { $n ->
        [one] { $n } hôte UNC
       *[other] { $n } hôtes UNC
    } sur TCP 445
ui-loc-consent = Vérifier si les hôtes UNC répondent sur TCP 445. Cet ordinateur portable se connecte alors au réseau du client.
ui-loc-filter = Filtrer par hôte, partage, chemin ou paquet
ui-loc-filter-label = Filtrer les emplacements
ui-loc-shown = { $n } sur { $total ->
        [one] { $total } affiché
       *[other] { $total } affichés
    }
ui-loc-seen = { $n ->
        [one] { $n } fichier
       *[other] { $n } fichiers
    }
ui-loc-seen-first = { $n ->
        [one] { $n } fichier
       *[other] { $n } fichiers
    }, d'abord { $file }

# Journaux et événements
ui-logs-security = Événements de sécurité
ui-logs-account = Compte : { $account } — { $ids }
ui-logs-all-accounts = tous les comptes
ui-logs-col-source = Source
ui-logs-col-addresses = Adresses
ui-logs-col-lockouts = Verrouillages (appelant du 4740)
ui-logs-col-failures = Échecs d'ouverture de session
ui-logs-col-first = Premier
ui-logs-col-last = Dernier
ui-logs-col-retry = Schéma de nouvelles tentatives
ui-logs-none = Aucun verrouillage ni échec d'ouverture de session n'a été trouvé pour ce compte.
ui-logs-per-hour = Verrouillages et échecs par heure
ui-logs-causes = Causes
ui-logs-cause = { $title } — { $n ->
        [one] { $n } événement
       *[other] { $n } événements
    }
ui-logs-from = Depuis : { $sources }
ui-logs-fix = Correction :
ui-logs-verify = Vérification :
ui-logs-signals = Signaux des journaux du NS et des agents
ui-logs-col-signal = Signal
ui-logs-col-count = Nombre
ui-logs-col-hosts = Hôtes
ui-logs-col-records = Enregistrements
ui-logs-samples = { $n ->
        [one] { $n } exemple
       *[other] { $n } exemples
    }
ui-logs-no-signal = Aucun signal n'a été trouvé dans les journaux du NS ou des agents.
ui-chart-title-hour = { $marked ->
    [yes] Verrouillages et échecs d'ouverture de session par heure, { $n ->
        [one] { $n } heure
       *[other] { $n } heures
    }, le déploiement marqué
   *[no] Verrouillages et échecs d'ouverture de session par heure, { $n ->
        [one] { $n } heure
       *[other] { $n } heures
    }
  }
ui-chart-title-day = { $marked ->
    [yes] Verrouillages et échecs d'ouverture de session par jour, { $n ->
        [one] { $n } jour
       *[other] { $n } jours
    }, le déploiement marqué
   *[no] Verrouillages et échecs d'ouverture de session par jour, { $n ->
        [one] { $n } jour
       *[other] { $n } jours
    }
  }
ui-chart-tip = { $at } UTC : { $lockouts ->
        [one] { $lockouts } verrouillage
       *[other] { $lockouts } verrouillages
    }, { $failures ->
        [one] { $failures } échec
       *[other] { $failures } échecs
    }
ui-chart-tip-local = { $at } (heure locale, fuseau inconnu) : { $lockouts ->
        [one] { $lockouts } verrouillage
       *[other] { $lockouts } verrouillages
    }, { $failures ->
        [one] { $failures } échec
       *[other] { $failures } échecs
    }
ui-chart-rollout = déploiement
ui-chart-lockouts = verrouillages (4740)
ui-chart-failures = échecs
ui-chart-local-note = * heure locale, fuseau inconnu ; les autres en UTC

# Le suivi (dans Journaux et événements)
ui-fu-title = Avant et après le déploiement
ui-fu-rollout = Déploiement des jetons le { $at }.
ui-fu-no-rollout = Aucun instant de déploiement n'a été indiqué : les nombres sont ceux de la référence et ceux d'aujourd'hui.
ui-fu-compared = Comparé à l'analyse du { $when } ({ $path }).
ui-fu-stale = L'instant du déploiement ou la référence a changé depuis cette analyse : analysez de nouveau les éléments (étape Éléments).
ui-fu-event-id = ID d'événement
ui-fu-before = Avant
ui-fu-after = Après
ui-fu-baseline = Référence
ui-fu-now = Maintenant
ui-fu-undated = { $n ->
        [one] { $n } événement
       *[other] { $n } événements
    } sans heure lisible : ni avant ni après.
ui-fu-caller = Ordinateur appelant (4740)
ui-fu-no-lockout = Aucun verrouillage (4740) du compte, ni avant ni après.
ui-fu-signal = Signal des journaux du NS et des agents
ui-fu-chart-hour = { $marked ->
    [yes] Verrouillages et échecs par heure, le déploiement marqué
   *[no] Verrouillages et échecs par heure
  }
ui-fu-chart-day = { $marked ->
    [yes] Verrouillages et échecs par jour, le déploiement marqué
   *[no] Verrouillages et échecs par jour
  }
ui-fu-coverage = Ce que couvre le journal Sécurité de chaque contrôleur de domaine
ui-fu-col-computer = Ordinateur
ui-fu-col-evidence = Élément de preuve
ui-fu-col-first = Premier enregistrement
ui-fu-col-last = Dernier enregistrement
ui-fu-col-reaches = Va au-delà du déploiement
ui-fu-yes = oui
ui-fu-no = non : rien n'est connu de la période après le déploiement
ui-fu-no-events = Aucun événement de sécurité n'a été lu.
ui-fu-since = Depuis la référence
ui-fu-added = Emplacements ajoutés
ui-fu-removed = Emplacements supprimés
ui-fu-resolved = Constats résolus
ui-fu-new = Nouveaux constats
ui-fu-open = Constats toujours ouverts
ui-fu-none = aucun
ui-fu-no-host = (pas d'hôte)

# Ce qui manque encore à une étape (après « Manque : »)
ui-need-customer = le nom du client
ui-need-consultant = le nom du consultant
ui-need-date = la date
ui-need-version = la version d'ITMS
ui-need-account = le compte ACC
ui-need-fallback = si le repli sur l'ACC est conservé
ui-need-rollout-date = la date du déploiement des jetons
ui-need-evidence = un dossier d'éléments de preuve
ui-need-analysis = une analyse des éléments de preuve
ui-need-analysis-step = une analyse des éléments de preuve (étape Éléments)
ui-need-results = les résultats de { $ids }
ui-need-note = une note expliquant pourquoi { $ids } diffère(nt) des éléments de preuve

# Erreurs des commandes de l'application
ui-err-no-evidence = Il n'y a pas encore d'éléments de preuve ou pas d'analyse. Choisissez les éléments et analysez-les (étape Éléments).
ui-err-cancelled = L'analyse a été annulée. Rien n'a été modifié ; relancez-la quand vous êtes prêt.
ui-err-busy = Une autre analyse ou vérification est en cours. Attendez qu'elle se termine ou annulez-la d'abord.
ui-err-io = Un fichier n'a pas pu être lu ou écrit : { $message }
ui-err-internal = Une erreur s'est produite dans TokenReady : { $message }
ui-err-bad-input = Cette réponse ne peut pas être utilisée : { $message }
