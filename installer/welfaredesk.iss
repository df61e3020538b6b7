; Inno Setup 6 script: the WelfareDesk installer for Windows (per-machine, 64-bit).
;
; Build it with `python installer\build.py --installer`, which builds dist\welfaredesk\ first,
; runs its smoke test, and then calls ISCC with the version read from the package:
;   ISCC /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 /Odist installer\welfaredesk.iss
; The version is written in one place only, welfaredesk/__init__.py; this script has none.
;
; User data is never in the install folder: the database, backups, logs and this PC's
; settings live in the user's own folders (platformdirs: %LOCALAPPDATA%\WelfareDesk\...,
; or a server). The uninstaller removes the install folder and nothing else, so a
; reinstall or an upgrade finds the records as they were. Do not add an [UninstallDelete]
; entry for any user folder.

#ifndef AppVersion
  #error AppVersion is not defined: build with python installer\build.py --installer
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion "0.0.0.0"
#endif
#define AppName "WelfareDesk"
#define AppExeName "welfaredesk.exe"
#define AppIcon AddBackslash(SourcePath) + "..\resources\icons\welfaredesk.ico"

[Setup]
; The AppId identifies the program to Windows across versions: never change it.
AppId={{6D1F3C2A-8E4B-4F7A-9C5D-2B7E41A0C9F3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=WelfareDesk
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} 福祉総合相談窓口 支援記録 セットアップ
; Per-machine: installed once for every counselor of the PC, by an administrator.
PrivilegesRequired=admin
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=WelfareDesk-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName} {#AppVersion}
UninstallDisplayIcon={app}\{#AppExeName}
; A running WelfareDesk is closed (after asking) before its files are replaced.
CloseApplications=yes
RestartApplications=no
#if FileExists(AppIcon)
SetupIconFile={#AppIcon}
#endif

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole frozen folder (installer\build.py makes it and smoke-tests it first).
Source: "..\dist\welfaredesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade starts from a clean program folder, so no file of an older version is left.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "福祉総合相談窓口 支援記録"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what it installed ({app}). The user's
; database, backups, logs and settings under %LOCALAPPDATA%\WelfareDesk (and the server's
; database) are kept.
