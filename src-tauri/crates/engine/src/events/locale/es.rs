//! Spanish (es-ES). From `../shared/reference/localized-events.md` §3, which names the original
//! source; the tag says how sure it is.

use super::{t, Locale, Sure::*};

const WAZUH: &str = "§3: wazuh/wazuh-qa issue #91, a real 4719 from a Spanish Windows Server 2012";
const EXABEAM: &str =
    "§3: ExabeamLabs/Content-Library-CIM2 Spanish 4625/4624 parsers, built from real logs";
const EXABEAM_4776: &str = "§3: ExabeamLabs/Content-Library-CIM2 …authenticationsuccess4776.md";

pub const LOCALE: Locale = Locale {
    tag: "es-ES",
    language: "Spanish",
    // No Spanish CSV header or keyword value was found (§3): told by its labels.
    headers: &[],
    keywords: &[],
    dates: &[t(
        "dd/MM/yyyy H:mm:ss",
        Secondary,
        "the Windows culture table of short date patterns copied between projects (es-ES dd/MM/yyyy); not seen in a real export",
    )],
    labels: &[
        ("Subject", t("Sujeto", Real, WAZUH)),
        ("Security ID", t("Id. de seguridad", Real, WAZUH)),
        ("Account Name", t("Nombre de cuenta", Real, WAZUH)),
        ("Account Domain", t("Dominio de cuenta", Real, WAZUH)),
        ("Logon ID", t("Id. de inicio de sesión", Real, WAZUH)),
        ("Logon Type", t("Tipo de inicio de sesión", RealChanged, EXABEAM)),
        (
            "Account For Which Logon Failed",
            t("Cuenta con error de inicio de sesión", RealChanged, EXABEAM),
        ),
        ("Failure Information", t("Información de error", RealChanged, EXABEAM)),
        ("Status", t("Estado", RealChanged, EXABEAM)),
        ("Sub Status", t("Subestado", RealChanged, EXABEAM)),
        ("Process Information", t("Información de proceso", RealChanged, EXABEAM)),
        ("Workstation Name", t("Nombre de estación de trabajo", RealChanged, EXABEAM)),
        ("Source Network Address", t("Dirección de red de origen", RealChanged, EXABEAM)),
        ("Source Port", t("Puerto de origen", RealChanged, EXABEAM)),
        ("Source Workstation", t("Estación de trabajo de origen", RealChanged, EXABEAM_4776)),
        ("Error Code", t("Código de error", RealChanged, EXABEAM_4776)),
        // "Account That Was Locked Out", "Caller Computer Name" and the 4776 "Logon Account"
        // have no sourced Spanish label: read by position where a template is known.
    ],
    titles: &[
        (4625, t("Error de una cuenta al iniciar sesión.", RealChanged, EXABEAM)),
        (
            4776,
            t("El equipo intentó validar las credenciales de una cuenta.", RealChanged, EXABEAM_4776),
        ),
        (
            4740,
            t("Se bloqueó una cuenta de usuario.", Docs, "§3: MS docs es-es Appendix L events table"),
        ),
    ],
};
