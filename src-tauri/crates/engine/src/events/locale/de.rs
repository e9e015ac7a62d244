//! German (de-DE). Every entry from `../shared/reference/localized-events.md` §1 (cited as
//! "§1.x"), which names the original source; the tag says how sure it is.

use super::{t, Locale, Sure::*};

const QA: &str =
    "§1.2: a real 4625 from Windows Server 2019 AD FS, MS Q&A thread 1110452 (tabs collapsed)";
const COMIDDS: &str =
    "§1.4: fkie-cad/COMIDDS evtx_to_mitre_attck.md, a CSV exported on a German system";
const BLOG: &str = "§1.4: \"Details as text\" blocks in a German blog (Daniel Nitz, 2010)";

pub const LOCALE: Locale = Locale {
    tag: "de-DE",
    language: "German",
    headers: &[
        t("Ebene", Real, COMIDDS),
        t("Datum und Uhrzeit", Real, COMIDDS),
        t("Quelle", Real, COMIDDS),
        t("Ereignis-ID", Real, COMIDDS),
        t("Aufgabenkategorie", Real, COMIDDS),
        // The Security log's first column: the real label of the Keywords field (§1.4).
        t("Schlüsselwörter", Real, BLOG),
    ],
    keywords: &[
        t(
            "Überwachung erfolgreich",
            RealChanged,
            "§1.4: elastic/beats issue #20079, a German OS",
        ),
        t(
            "Überwachung fehlgeschlagen",
            RealChanged,
            "§1.4: elastic/beats issue #20079, a German OS",
        ),
        t(
            "Überwachung gescheitert",
            Secondary,
            "§1.4: hobby code only; disagrees with #20079",
        ),
        t(
            "Erfolgsüberwachung",
            Secondary,
            "§1.4: XP-era type name, ManageEngine CH page",
        ),
        t(
            "Fehlerüberwachung",
            Secondary,
            "§1.4: XP-era type name, ManageEngine CH page",
        ),
        t(
            "Klassisch",
            Docs,
            "§1.4: MS docs de-de troubleshooting articles",
        ),
    ],
    dates: &[t(
        "dd.MM.yyyy HH:mm:ss",
        Real,
        "§1.4: 27.10.2021 12:28:26 in the COMIDDS CSV, 09.08.2010 16:51:10 in the blog",
    )],
    labels: &[
        ("Subject", t("Antragsteller", Real, QA)),
        ("Security ID", t("Sicherheits-ID", Real, QA)),
        ("Account Name", t("Kontoname", Real, QA)),
        ("Account Domain", t("Kontodomäne", Real, QA)),
        ("Logon ID", t("Anmelde-ID", Real, QA)),
        ("Logon Type", t("Anmeldetyp", Real, QA)),
        (
            "Account For Which Logon Failed",
            t("Konto, für das die Anmeldung fehlgeschlagen ist", Real, QA),
        ),
        ("Failure Information", t("Fehlerinformationen", Real, QA)),
        ("Failure Reason", t("Fehlerursache", Real, QA)),
        ("Status", t("Status", Real, QA)),
        // Real output has two colons (`Unterstatus::`); the reader keeps the second with the label.
        ("Sub Status", t("Unterstatus", Real, QA)),
        ("Process Information", t("Prozessinformationen", Real, QA)),
        ("Caller Process ID", t("Aufrufprozess-ID", Real, QA)),
        ("Caller Process Name", t("Aufrufprozessname", Real, QA)),
        ("Network Information", t("Netzwerkinformationen", Real, QA)),
        ("Workstation Name", t("Arbeitsstationsname", Real, QA)),
        (
            "Source Network Address",
            t("Quellnetzwerkadresse", Real, QA),
        ),
        ("Source Port", t("Quellport", Real, QA)),
        (
            "Detailed Authentication Information",
            t("Detaillierte Authentifizierungsinformationen", Real, QA),
        ),
        ("Logon Process", t("Anmeldeprozess", Real, QA)),
        (
            "Authentication Package",
            t("Authentifizierungspaket", Real, QA),
        ),
        ("Transited Services", t("Übertragene Dienste", Real, QA)),
        (
            "Package Name (NTLM only)",
            t("Paketname (nur NTLM)", Real, QA),
        ),
        ("Key Length", t("Schlüssellänge", Real, QA)),
        // §1.1: `Betreff:` is what MS Learn de-de and ManageEngine DE say; real events use
        // `Antragsteller:`. Both are accepted.
        (
            "Subject",
            t(
                "Betreff",
                Docs,
                "§1.1: MS Learn de-de 4740 page, ManageEngine DE",
            ),
        ),
        (
            "Account That Was Locked Out",
            t(
                "Gesperrtes Konto",
                Secondary,
                "§1.1: ManageEngine DE, translated from an English screenshot",
            ),
        ),
        (
            "Additional Information",
            t(
                "Zusätzliche Informationen",
                Secondary,
                "§1.1: ManageEngine DE 4740 page",
            ),
        ),
        // "Caller Computer Name" has no sourced German label (§1.1): read by position.
    ],
    titles: &[
        (4625, t("Fehler beim Anmelden eines Kontos.", Real, QA)),
        (
            4740,
            t(
                "Ein Benutzerkonto wurde gesperrt.",
                Docs,
                "§1.1: MS Learn de-de 4740 title",
            ),
        ),
    ],
};
