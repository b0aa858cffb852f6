; Inno Setup script of the CoopDesk installer for Windows (issue 15).
;
; First build the one-folder program (README.md, "Building on Windows"):
;     py -m coop_desk.packaging          -> dist\CoopDesk\CoopDesk.exe, dist\CoopDesk\coop-desk.exe
; then, from the checkout's root:
;     iscc packaging\windows\coopdesk.iss   -> dist\installer\CoopDesk-<version>-setup.exe
;
; A per-user install (no administrator): %LOCALAPPDATA%\Programs\CoopDesk, a Start-menu shortcut and an
; uninstaller (Settings -> Apps). The data, settings and logs stay in the user's folders, so an upgrade or
; an uninstall keeps them. AppVersion must equal coop_desk.__version__ and the exe names the spec's:
; tests/frozen/test_packaging_in_step.py checks both.

#define AppVersion "0.1.0"
#define AppExe "CoopDesk.exe"
#define CliExe "coop-desk.exe"
#define BuildDir "..\..\dist\CoopDesk"

[Setup]
AppId={{6F7B2E7C-4C1D-4B0E-9E57-2C0DE5C0DE15}
AppName=CoopDesk
AppVersion={#AppVersion}
AppPublisher=CoopDesk
DefaultDirName={localappdata}\Programs\CoopDesk
DefaultGroupName=CoopDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=CoopDesk-{#AppVersion}-setup
SetupIconFile=coopdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the program's files: nothing of the previous version's runtime is left beside them
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\CoopDesk"; Filename: "{app}\{#AppExe}"
Name: "{userdesktop}\CoopDesk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,CoopDesk}"; Flags: nowait postinstall skipifsilent
