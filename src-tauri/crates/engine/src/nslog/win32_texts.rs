//! Localized Windows error texts (FormatMessage) that agents and the Notification Server write
//! into their logs in the server's language, for the signals of [`super::SIGNALS`]. The codes
//! (`0x8007052E`, `error 1326`, …) stay the first choice: they are the same in every language.
//! Each text is cited; the tag says how sure its source is (localized-events.md, "Confidence").
//! Texts are matched as substrings, ASCII case-insensitively.

use crate::events::locale::Sure::{self, *};

/// (signal kind, text, language, how sure, source).
pub const TEXTS: &[(&str, &str, &str, Sure, &str)] = &[
    (
        "logon-failure",
        "der benutzername oder das kennwort ist falsch",
        "de-DE",
        Real,
        "localized-events.md §1.5: C# login code compares the DirectoryEntry exception text byte for byte (with its CRLF)",
    ),
    (
        "logon-failure",
        "anmeldung fehlgeschlagen: unbekannter benutzername oder falsches kennwort",
        "de-DE",
        RealChanged,
        "localized-events.md §1.5: Java code matching net.exe use output (XP/2003 era)",
    ),
    (
        "logon-failure",
        "unbekannter benutzername oder falsches kennwort",
        "de-DE",
        Docs,
        "localized-events.md §1.5: the common part of four wordings in MS docs de-de (the docs disagree on the prefix)",
    ),
    (
        "logon-failure",
        "unbekannter benutzername oder ungültiges kennwort",
        "de-DE",
        Docs,
        "localized-events.md §1.5: WMI JoinDomainOrWorkgroup and VS debugger docs de-de",
    ),
    (
        "logon-failure",
        "nom d'utilisateur inconnu ou mot de passe incorrect",
        "fr-FR",
        Docs,
        "localized-events.md §2.5: VS debugger docs fr-FR (older 1326); the same words are the real %%2313 text of §2.2",
    ),
    (
        "logon-failure",
        "nom d’utilisateur inconnu ou mot de passe incorrect",
        "fr-FR",
        Real,
        "localized-events.md §2.2: the real %%2313 text in a French 4625 (SEKOIA-IO/intake-formats)",
    ),
    (
        "logon-failure",
        "le nom d’utilisateur ou le mot de passe est incorrect",
        "fr-FR",
        Secondary,
        "localized-events.md §2.5: modern 1326, seen only as application strings and in a net use simulator",
    ),
    (
        "logon-failure",
        "error de inicio de sesión: nombre de usuario desconocido o contraseña incorrecta",
        "es-ES",
        Real,
        "localized-events.md §3: a C# web service documents the real FormatMessage text (with its CRLF); MS docs es-ES agree",
    ),
    (
        "logon-failure",
        "ユーザー名を認識できないか、またはパスワードが間違っています",
        "ja-JP",
        Real,
        "localized-events.md §4: C# code compares ex.Message (ログオン失敗: …\\r\\n); a unit test expects the same",
    ),
    (
        "logon-failure",
        "nome utente o password non corretta",
        "it-IT",
        Secondary,
        "public C# scanner code (IsLogonFailure) matching a Win32Exception message beside \"user name or password is incorrect\"; not seen in real output",
    ),
    (
        "logon-failure",
        "de gebruikersnaam of het wachtwoord is onjuist",
        "nl-NL",
        RealChanged,
        "a public PowerShell script matching the exception of Start-Process -Credential (-like '*De gebruikersnaam of het wachtwoord is onjuist.')",
    ),
    (
        "account-locked-out",
        "le compte référencé est actuellement verrouillé",
        "fr-FR",
        Secondary,
        "localized-events.md §2.5: a French AD lab script quoting net use (cut short); the ending is not verified",
    ),
    (
        "account-locked-out",
        "la cuenta a que se hace referencia está bloqueada",
        "es-ES",
        Secondary,
        "localized-events.md §3: the caption of a real logon-screen screenshot in a Spanish IAM lab write-up",
    ),
    (
        "account-locked-out",
        "das referenzierte konto ist zurzeit gesperrt",
        "de-DE",
        Secondary,
        "localized-events.md §1.5: a synthetic helpdesk simulator only",
    ),
];
