; The Lango office desktop's Windows installer (NSIS 3, built on Linux by
; scripts/package-windows). It installs what build-windows/deploy/ holds,
; lango.exe with the Qt DLLs and plugins it loads and nothing more, into
; Program Files, adds a Start-menu entry and an entry in "Apps & features",
; and an uninstaller that removes all of it. Office data and settings live
; under %LOCALAPPDATA%\Lango and the keychain and are left alone on
; uninstall: removing a program must not remove an office's records.
;
;   makensis -DVERSION=0.1.0 -DDEPLOY_DIR=<deploy> -DUNINSTALL_LIST=<nsh> -DOUT_FILE=<exe> lango.nsi
; Silent: lango-setup.exe /S [/D=C:\Path]; uninstall.exe /S

Unicode true
; A 64-bit installer for a 64-bit program (Windows itself refuses it on
; 32-bit Windows, before any page shows).
Target amd64-unicode
!ifndef VERSION
  !error "makensis -DVERSION=x.y.z"
!endif
!ifndef DEPLOY_DIR
  !error "makensis -DDEPLOY_DIR=<build-windows/deploy>"
!endif
!ifndef UNINSTALL_LIST
  !error "makensis -DUNINSTALL_LIST=<file of Delete/RMDir lines for DEPLOY_DIR>"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "lango-setup.exe"
!endif

!define PRODUCT "Lango"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Lango"

Name "${PRODUCT}"
OutFile "${OUT_FILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
BrandingText "${PRODUCT} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1033 "FileDescription" "${PRODUCT} hotspot billing installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "The Lango developers"

!include "MUI2.nsh"
!include "LogicLib.nsh"

!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
; Remembered so that an update or the uninstaller speaks the same language.
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\lango.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGEEX "${__FILEDIR__}" "Swahili"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString StartMenuComment ${LANG_ENGLISH} "Hotspot billing for MikroTik routers and M-Pesa"
LangString StartMenuComment ${LANG_SWAHILI} "Malipo ya hotspot kwa ruta za MikroTik na M-Pesa"
LangString StillRunning ${LANG_ENGLISH} "Lango is running. Close it, then click Retry."
LangString StillRunning ${LANG_SWAHILI} "Lango inaendelea kufanya kazi. Ifunge, kisha bofya Retry."

Function .onInit
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Lango" SecMain
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  ; A running lango.exe cannot be replaced: ask instead of failing half-way.
  retry:
  ClearErrors
  FileOpen $0 "$INSTDIR\lango.exe" a
  ${If} ${Errors}
    ${If} ${FileExists} "$INSTDIR\lango.exe"
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY retry
      Abort
    ${EndIf}
  ${Else}
    FileClose $0
  ${EndIf}

  File /r "${DEPLOY_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\lango.exe" "" "$INSTDIR\lango.exe" 0 SW_SHOWNORMAL "" "$(StartMenuComment)"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "The Lango developers"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\lango.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  ; Exactly what the installer put there (the list is generated from the
  ; deploy folder), so files an admin added next to Lango survive.
  !include "${UNINSTALL_LIST}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
