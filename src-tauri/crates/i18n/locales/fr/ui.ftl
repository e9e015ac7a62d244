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
ui-checklist-decided = { $n } test(s) sur { $total } décidé(s) par les éléments ; ne saisir votre propre résultat que là où vous en savez plus, avec une note.
ui-checklist-help = Ce que vous saisissez ici est enregistré avec l'analyse et imprimé dans la liste de validation du rapport, à côté du résultat des éléments.

# Rapport
ui-sharing = Partage hors du client
ui-redact-label = {" "}Exporter anonymisé : les noms d'hôtes, de domaines, de comptes, de partages et de paquets, les adresses, les chemins des éléments et le nom du client deviennent des pseudonymes stables. Les chiffres, identifiants de règles, identifiants d'événements et codes d'état restent.
ui-redact-count = { $n } identifiant(s) seront remplacés, par exemple :
ui-redact-kind = Type
ui-redact-original = Dans les éléments
ui-redact-pseudonym = Dans le rapport anonymisé
ui-redact-key = La clé derrière les pseudonymes n'est conservée que dans ce fichier d'analyse, jamais dans un export : les mêmes noms reçoivent les mêmes pseudonymes dans chaque export anonymisé de cette analyse. Les fichiers anonymisés s'appellent …-redacted et ne remplacent jamais un export non anonymisé.
ui-report-engagement = Client : { $customer } · Consultant : { $consultant } · Date : { $date }
ui-report-summary = { $inputs } entrée(s), { $locations } emplacement(s), { $findings } constat(s), { $tests } test(s) de validation. Analysé le { $when } par { $tool }.
ui-report-incomplete = Les éléments sont incomplets : le rapport le dit sur sa couverture.
ui-export-pdf = Exporter le PDF (A4)
ui-export-pdf-redacted = Exporter le PDF anonymisé (A4)
ui-export-pdf-letter = Exporter le PDF (Letter)
ui-export-csv = Exporter les tableaux CSV
ui-export-json = Exporter le JSON
ui-saved = Enregistré : { $path }
ui-cli-hint = Le même rapport s'obtient en ligne de commande : { $command }
