; The TokenReady installer for Windows, built on Linux with Debian's makensis by
; .ci/package-windows (never by Tauri's NSIS bundler, which downloads plugins at build time).
;
;   makensis -DVERSION=0.1.0 -DSTAGE=<folder holding TokenReady.exe …> -DOUTFILE=<setup.exe> \
;            -DICON=<icons/icon.ico> installer.nsi
;
; Per user, no admin rights: the files go to %LOCALAPPDATA%\Programs\TokenReady, the
; Start-menu shortcut, the .tokenready association and the Add/Remove Programs entry to HKCU.
; 64-bit (amd64-unicode stubs): the app is x86_64 only, and a 64-bit installer sees the
; 64-bit registry and folders without redirection.

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!macro Require NAME
  !ifndef ${NAME}
    !error "-D${NAME}=… is missing (see the top of this file)"
  !endif
!macroend
!insertmacro Require VERSION
!insertmacro Require STAGE
!insertmacro Require OUTFILE
!insertmacro Require ICON

!define PRODUCT "TokenReady"
!define PUBLISHER "TokenReady"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT}"
!define PROGID "TokenReady.Assessment"
; The WebView2 Runtime's client id (Microsoft's "Distribute your app and the WebView2 Runtime").
!define WEBVIEW2_CLIENT "Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "FileDescription" "${PRODUCT} ${VERSION} setup"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT licence; fonts under their own licences"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\TokenReady.exe"
!define MUI_FINISHPAGE_SHOWREADME "$INSTDIR\README.txt"
!define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

; Sets $0 to the installed WebView2 Runtime's version, or "" when there is none. A version of
; 0.0.0.0 means it was removed. Per machine (32- and 64-bit views) or per user.
!macro WebView2Version
  StrCpy $0 ""
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\${WEBVIEW2_CLIENT}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKLM "SOFTWARE\${WEBVIEW2_CLIENT}" "pv"
  ${EndIf}
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\${WEBVIEW2_CLIENT}" "pv"
  ${EndIf}
  ${If} $0 == "0.0.0.0"
    StrCpy $0 ""
  ${EndIf}
!macroend

Section "TokenReady" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "${STAGE}\TokenReady.exe"
  File "${STAGE}\WebView2Loader.dll"
  File "${STAGE}\README.txt"
  File "${STAGE}\LICENSE.txt"
  SetOutPath "$INSTDIR\licenses"
  File "${STAGE}\licenses\*.txt"
  SetOutPath "$INSTDIR\cli"
  File "${STAGE}\cli\tokenready.exe"
  SetOutPath "$INSTDIR"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\TokenReady.exe" "" "$INSTDIR\TokenReady.exe" 0

  ; Assessment files (.tokenready) open in the app.
  WriteRegStr HKCU "Software\Classes\.tokenready" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "TokenReady assessment"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\TokenReady.exe,0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\TokenReady.exe" "%1"'
  ; SHCNE_ASSOCCHANGED: Explorer shows the new icon and verb without a restart.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\TokenReady.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"

  !insertmacro WebView2Version
  ${If} $0 == ""
    DetailPrint "The Microsoft Edge WebView2 Runtime was not found."
    MessageBox MB_OK|MB_ICONEXCLAMATION "TokenReady is installed, but the Microsoft Edge WebView2 Runtime it needs was not found on this computer.$\r$\n$\r$\nIt is part of Windows 10 and 11. On older or stripped-down images, install the Evergreen WebView2 Runtime from Microsoft (developer.microsoft.com/microsoft-edge/webview2), then start TokenReady.$\r$\n$\r$\nThe command-line tool (cli\tokenready.exe) works without it." /SD IDOK
  ${Else}
    DetailPrint "Microsoft Edge WebView2 Runtime $0 found."
  ${EndIf}
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$INSTDIR\TokenReady.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\licenses\*.txt"
  RMDir "$INSTDIR\licenses"
  Delete "$INSTDIR\cli\tokenready.exe"
  RMDir "$INSTDIR\cli"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"

  ; The association goes only while it is still ours.
  ReadRegStr $0 HKCU "Software\Classes\.tokenready" ""
  ${If} $0 == "${PROGID}"
    DeleteRegKey HKCU "Software\Classes\.tokenready"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The consultant's data (recent list, autosave) in %APPDATA%\com.tokenready.desktop stays:
  ; it may hold unsaved work. The README says where it is.
SectionEnd
