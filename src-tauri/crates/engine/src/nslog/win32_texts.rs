//! Localized Windows error texts (FormatMessage) that agents and the Notification Server write
//! into their logs in the server's language, for the signals of [`super::SIGNALS`]. The codes
//! (`0x8007052E`, `error 1326`, …) stay the first choice: they are the same in every language.
//!
//! Each entry is the part of the sourced text that every sourced wording shares, starting at a
//! word that is rare in English logs (the scan's prefilter looks at the first bytes of every
//! phrase: a phrase starting with `der ` or `le ` would slow every record down), and all phrases
//! together stay within 32, the most the fast (slim) Teddy search takes. Matched as a
//! substring, ASCII case-insensitively. The tag says how sure the source is
//! (localized-events.md, "Confidence levels").

use crate::events::locale::Sure::{self, *};

/// (signal kind, phrase, language, how sure, source).
pub const TEXTS: &[(&str, &str, &str, Sure, &str)] = &[
    (
        "logon-failure",
        "benutzername oder das kennwort ist falsch",
        "de-DE",
        Real,
        "localized-events.md §1.5: `Der Benutzername oder das Kennwort ist falsch.` compared byte for byte (with its CRLF) by C# login code",
    ),
    (
        "logon-failure",
        "unbekannter benutzername oder ",
        "de-DE",
        RealChanged,
        "localized-events.md §1.5: Java code matching net.exe use output (`Anmeldung fehlgeschlagen: unbekannter Benutzername oder falsches Kennwort.`, XP/2003 era); the four MS docs de-de wordings (`… oder falsches Kennwort`, `… oder ungültiges Kennwort`) share this part",
    ),
    (
        "logon-failure",
        "utilisateur inconnu ou mot de passe incorrect",
        "fr-FR",
        Real,
        "localized-events.md §2.2/§2.5: `Nom d’utilisateur inconnu ou mot de passe incorrect.` is the real %%2313 text in a French 4625 (SEKOIA-IO/intake-formats); the older 1326 of VS debugger docs fr-FR has the same words with an ASCII apostrophe",
    ),
    (
        "logon-failure",
        "utilisateur ou le mot de passe est incorrect",
        "fr-FR",
        Secondary,
        "localized-events.md §2.5: modern 1326 `Le nom d’utilisateur ou le mot de passe est incorrect.`, seen only as application strings and in a net use simulator",
    ),
    (
        "logon-failure",
        "usuario desconocido o contraseña incorrecta",
        "es-ES",
        Real,
        "localized-events.md §3: `Error de inicio de sesión: nombre de usuario desconocido o contraseña incorrecta.` documented with its CRLF by a C# web service; MS docs es-ES agree",
    ),
    (
        "logon-failure",
        "ユーザー名を認識できないか、またはパスワードが間違っています",
        "ja-JP",
        Real,
        "localized-events.md §4: C# code compares ex.Message (`ログオン失敗: …\\r\\n`); a unit test expects the same",
    ),
    (
        "logon-failure",
        "nome utente o password non corretta",
        "it-IT",
        Secondary,
        "public C# scanner code (IsLogonFailure) matching `nome utente o password non corretta` in a Win32Exception message beside `user name or password is incorrect`; not seen in real output",
    ),
    (
        "logon-failure",
        "gebruikersnaam of het wachtwoord is onjuist",
        "nl-NL",
        RealChanged,
        "a public PowerShell script matching the exception of Start-Process -Credential (-like '*De gebruikersnaam of het wachtwoord is onjuist.')",
    ),
    (
        "account-locked-out",
        "référencé est actuellement verrouillé",
        "fr-FR",
        Secondary,
        "localized-events.md §2.5: a French AD lab script quoting net use (`Le compte référencé est actuellement verrouillé...`, cut short); the ending is not verified",
    ),
    (
        "account-locked-out",
        "hace referencia está bloqueada",
        "es-ES",
        Secondary,
        "localized-events.md §3: `La cuenta a que se hace referencia está bloqueada y no se puede utilizar.`, the caption of a real logon-screen screenshot in a Spanish IAM lab write-up",
    ),
    (
        "account-locked-out",
        "konto ist zurzeit gesperrt",
        "de-DE",
        Secondary,
        "localized-events.md §1.5: `Das referenzierte Konto ist zurzeit gesperrt …` from a synthetic helpdesk simulator only",
    ),
];
