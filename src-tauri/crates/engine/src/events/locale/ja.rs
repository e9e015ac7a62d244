//! Japanese (ja-JP). From `../shared/reference/localized-events.md` §4, which names the original
//! source; the tag says how sure it is.

use super::{t, Locale, Sure::*};

const JPAZURE: &str = "§4: a real 4625 \"details as text\" block, Microsoft Japan Azure Identity support blog (jpazureid, 2018)";
const EXABEAM_4740: &str =
    "§4: ExabeamLabs/Content-Library-CIM2 parser s-4740-jp, built from real logs";
const EXABEAM_4625: &str = "§4: ExabeamLabs/Content-Library-CIM2 …loginfail4625.md";

pub const LOCALE: Locale = Locale {
    tag: "ja-JP",
    language: "Japanese",
    // No Japanese CSV header was found; the "details as text" field names are the closest.
    headers: &[],
    keywords: &[
        t("失敗の監査", Real, JPAZURE),
        t(
            "クラシック",
            Real,
            "§4: the same blog's AD FS 411 event (クラシック,失敗の監査)",
        ),
    ],
    dates: &[t(
        "yyyy/MM/dd H:mm:ss",
        Real,
        "§4: 2018/09/XX XX:XX:XX in the jpazureid blog (masked)",
    )],
    labels: &[
        ("Subject", t("サブジェクト", Real, JPAZURE)),
        ("Security ID", t("セキュリティ ID", Real, JPAZURE)),
        ("Account Name", t("アカウント名", Real, JPAZURE)),
        ("Account Domain", t("アカウント ドメイン", Real, JPAZURE)),
        ("Logon ID", t("ログオン ID", Real, JPAZURE)),
        ("Logon Type", t("ログオン タイプ", Real, JPAZURE)),
        (
            "Account For Which Logon Failed",
            t("ログオンを失敗したアカウント", Real, JPAZURE),
        ),
        ("Failure Information", t("エラー情報", Real, JPAZURE)),
        ("Failure Reason", t("失敗の原因", Real, JPAZURE)),
        ("Status", t("状態", Real, JPAZURE)),
        ("Sub Status", t("サブ ステータス", Real, JPAZURE)),
        ("Process Information", t("プロセス情報", Real, JPAZURE)),
        (
            "Caller Process ID",
            t("呼び出し側プロセス ID", Real, JPAZURE),
        ),
        (
            "Caller Process Name",
            t("呼び出し側プロセス名", Real, JPAZURE),
        ),
        ("Network Information", t("ネットワーク情報", Real, JPAZURE)),
        ("Workstation Name", t("ワークステーション名", Real, JPAZURE)),
        (
            "Source Network Address",
            t("ソース ネットワーク アドレス", Real, JPAZURE),
        ),
        ("Source Port", t("ソース ポート", Real, JPAZURE)),
        (
            "Logon Process",
            t("ログオン プロセス", RealChanged, EXABEAM_4625),
        ),
        (
            "Authentication Package",
            t("認証パッケージ", RealChanged, EXABEAM_4625),
        ),
        (
            "Account That Was Locked Out",
            t("ロックアウトされたアカウント", RealChanged, EXABEAM_4740),
        ),
        (
            "Additional Information",
            t("追加情報", RealChanged, EXABEAM_4740),
        ),
        (
            "Caller Computer Name",
            t("呼び出し元コンピューター名", RealChanged, EXABEAM_4740),
        ),
    ],
    titles: &[
        (
            4625,
            t("アカウントがログオンに失敗しました。", Real, JPAZURE),
        ),
        (
            4740,
            t(
                "ユーザー アカウントがロックアウトされました。",
                RealChanged,
                EXABEAM_4740,
            ),
        ),
    ],
};
