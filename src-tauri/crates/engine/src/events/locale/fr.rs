//! French (fr-FR). Every entry from `../shared/reference/localized-events.md` §2 (cited as
//! "§2.x"), which names the original source; the tag says how sure it is. Apostrophes (’ or ')
//! and the space before the colon are folded away when labels are compared (§0.2, §0.3).

use super::{t, Locale, Sure::*};

const SEKOIA: &str =
    "§2.2: SEKOIA-IO/intake-formats Event_4625_substatus.json, a real 4625 (NXLog, 2023)";
const SEKOIA_4624: &str = "§0.2: SEKOIA-IO/intake-formats logon_4624_t9.json, a real 4624 v2";
const HELP: &str =
    "§2.4: the French built-in Event Viewer help (Windows 7 / 2008 R2), forsenergy.com mirror";

pub const LOCALE: Locale = Locale {
    tag: "fr-FR",
    language: "French",
    headers: &[
        t("Niveau", Docs, HELP),
        t("Source", Docs, HELP),
        t("ID de l’événement", Docs, HELP),
        t("ID d’événement", Docs, HELP),
        t("Mots clés", Secondary, "§2.4: a French course's drawing of the columns"),
        t("Date et heure", Secondary, "§2.4: a French course's drawing of the columns"),
        t("Catégorie de la tâche", Inferred, "§2.4: expected header, not seen"),
    ],
    keywords: &[
        t("Succès de l’audit", Real, "§2.4: SEKOIA winlogbeat tests, winlog.keywords"),
        t("Échec de l’audit", RealChanged, "§2.4: a Splunk lab on French Windows data"),
    ],
    dates: &[t(
        "dd/MM/yyyy HH:mm:ss",
        Real,
        "§2.4: 10/06/2020 14:27:09 formatted by Windows inside a real 4738 message (SEKOIA account_modification.json)",
    )],
    labels: &[
        ("Subject", t("Sujet", Real, SEKOIA)),
        ("Subject", t("Objet", Real, SEKOIA_4624)),
        ("Security ID", t("ID de sécurité", Real, SEKOIA)),
        ("Account Name", t("Nom du compte", Real, SEKOIA)),
        ("Account Domain", t("Domaine du compte", Real, SEKOIA)),
        ("Logon ID", t("ID d’ouverture de session", Real, SEKOIA)),
        ("Logon Type", t("Type d’ouverture de session", Real, SEKOIA)),
        (
            "Account For Which Logon Failed",
            t("Compte pour lequel l’ouverture de session a échoué", Real, SEKOIA),
        ),
        ("Failure Information", t("Informations sur l’échec", Real, SEKOIA)),
        ("Failure Reason", t("Raison de l’échec", Real, SEKOIA)),
        ("Status", t("État", Real, SEKOIA)),
        ("Sub Status", t("Sous-état", Real, SEKOIA)),
        ("Process Information", t("Informations sur le processus", Real, SEKOIA)),
        ("Caller Process ID", t("ID du processus de l’appelant", Real, SEKOIA)),
        ("Caller Process Name", t("Nom du processus de l’appelant", Real, SEKOIA)),
        ("Network Information", t("Informations sur le réseau", Real, SEKOIA)),
        ("Workstation Name", t("Nom de la station de travail", Real, SEKOIA)),
        ("Source Network Address", t("Adresse du réseau source", Real, SEKOIA)),
        ("Source Port", t("Port source", Real, SEKOIA)),
        (
            "Detailed Authentication Information",
            t("Informations détaillées sur l’authentification", Real, SEKOIA),
        ),
        ("Logon Process", t("Processus d’ouverture de session", Real, SEKOIA)),
        ("Authentication Package", t("Package d’authentification", Real, SEKOIA)),
        ("Transited Services", t("Services en transit", Real, SEKOIA)),
        ("Package Name (NTLM only)", t("Nom du package (NTLM uniquement)", Real, SEKOIA)),
        ("Key Length", t("Longueur de clé", Real, SEKOIA)),
        (
            "Additional Information",
            t("Informations supplémentaires", Real, "§2.1: SEKOIA tests (4738/4768/4769)"),
        ),
        (
            "Account That Was Locked Out",
            t("Compte verrouillé", Secondary, "§2.1: French lab guides"),
        ),
        (
            "Caller Computer Name",
            t("Nom de l'ordinateur appelant", Secondary, "§2.1: three French AD course or lab files"),
        ),
        (
            "Client Address",
            t("Adresse du client", Real, "§2.3: SEKOIA Event_4768.json (the 4768 label; 4771 not seen)"),
        ),
    ],
    titles: &[
        (4625, t("Échec d’ouverture de session d’un compte.", Real, SEKOIA)),
        (
            4740,
            t("Un compte d’utilisateur a été verrouillé.", Secondary, "§2.1: inferred from the real 4738 title and a French course"),
        ),
    ],
};
