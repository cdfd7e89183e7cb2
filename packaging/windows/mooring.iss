; Mooring's Windows installer (Inno Setup 6).
;
; Built by packaging/build.py on Windows, which passes the values below with /D:
;   ISCC.exe /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 /DSourceDir=...\packaging\dist\Mooring
;            /DOutputDir=...\packaging\dist\release /DOutputBaseFilename=Mooring-0.1.0-windows-x86_64-setup
;            /DIconFile=...\packaging\build\icons\mooring.ico packaging\windows\mooring.iss
;
; Per-user install by default (no administrator rights): the program goes to
; %LOCALAPPDATA%\Programs\Mooring and its shortcut to the user's Start menu. The
; uninstaller removes the program and keeps the journal, unless the person ticks a box
; that names the folder it will delete.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric "0.0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\Mooring"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist\release"
#endif
#ifndef OutputBaseFilename
  #define OutputBaseFilename "Mooring-" + AppVersion + "-windows-x86_64-setup"
#endif
#ifndef IconFile
  #define IconFile "..\build\icons\mooring.ico"
#endif

#define AppName "Mooring"
#define AppExeName "Mooring.exe"

[Setup]
; AppId identifies Mooring to Windows for upgrades and uninstall: never change it.
AppId={{6A1F2C3E-8B4D-4E5F-9A7B-2C1D0E3F4A5B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Mooring
AppCopyright=Mooring contributors
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} installer
VersionInfoCompany=Mooring
; Per-user by default; an administrator may still choose "install for all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; Qt 6.12 needs 64-bit Windows 10 1809 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseFilename}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A running Mooring holds its files: ask it to close (through Restart Manager) first.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The journal lives outside {app}: platformdirs.user_data_dir("Mooring",
// appauthor=False) is %LOCALAPPDATA%\Mooring on Windows, and user_config_dir (the
// settings file mooring.ini) is the same folder. The uninstaller never touches it
// unless the person ticks the box below (and confirms); silent uninstalls keep it.
var
  DeleteUserData: Boolean;

function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\Mooring');
end;

function AskAboutUserData(): Boolean;
var
  Form: TSetupForm;
  Intro, Detail: TNewStaticText;
  DeleteBox: TNewCheckBox;
  UninstallButton, CancelButton: TNewButton;
begin
  Result := False;
  Form := CreateCustomForm();
  try
    Form.ClientWidth := ScaleX(460);
    Form.Caption := 'Uninstall Mooring';

    Intro := TNewStaticText.Create(Form);
    Intro.Parent := Form;
    Intro.Left := ScaleX(16);
    Intro.Top := ScaleY(16);
    Intro.Width := Form.ClientWidth - ScaleX(32);
    Intro.WordWrap := True;
    Intro.AutoSize := True;
    Intro.Caption :=
      'Mooring will be removed from this computer. Your journal stays where it is, ' +
      'so you can open it again if you reinstall Mooring later.';

    DeleteBox := TNewCheckBox.Create(Form);
    DeleteBox.Parent := Form;
    DeleteBox.Left := ScaleX(16);
    DeleteBox.Top := Intro.Top + Intro.Height + ScaleY(16);
    DeleteBox.Width := Form.ClientWidth - ScaleX(32);
    DeleteBox.Height := ScaleY(20);
    DeleteBox.Checked := False;
    DeleteBox.Caption := 'Also delete my journal and Mooring''s settings permanently';

    Detail := TNewStaticText.Create(Form);
    Detail.Parent := Form;
    Detail.Left := ScaleX(34);
    Detail.Top := DeleteBox.Top + DeleteBox.Height + ScaleY(4);
    Detail.Width := Form.ClientWidth - ScaleX(50);
    Detail.WordWrap := True;
    Detail.AutoSize := True;
    Detail.Caption :=
      'This deletes the folder ' + UserDataDir() + ' and everything in it: the ' +
      'encrypted journal (mooring.db), its key file (mooring.key), its backups, ' +
      'set-aside copies and the settings file (mooring.ini). Nobody can bring them ' +
      'back afterwards, not even with your passphrase or recovery code. A journal ' +
      'you keep in another folder is not touched.';

    UninstallButton := TNewButton.Create(Form);
    UninstallButton.Parent := Form;
    UninstallButton.Caption := 'Uninstall';
    UninstallButton.ModalResult := mrOk;
    UninstallButton.Default := True;
    UninstallButton.Width := ScaleX(90);
    UninstallButton.Height := ScaleY(26);
    UninstallButton.Top := Detail.Top + Detail.Height + ScaleY(20);
    UninstallButton.Left := Form.ClientWidth - ScaleX(2 * 90 + 24);

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Caption := 'Cancel';
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;
    CancelButton.Width := ScaleX(90);
    CancelButton.Height := ScaleY(26);
    CancelButton.Top := UninstallButton.Top;
    CancelButton.Left := Form.ClientWidth - ScaleX(90 + 12);
    // The form grows with its text (large fonts, long user names in the path).
    Form.ClientHeight := UninstallButton.Top + UninstallButton.Height + ScaleY(12);

    if Form.ShowModal() <> mrOk then
      Exit;
    DeleteUserData := DeleteBox.Checked;
    if DeleteUserData then
      DeleteUserData := MsgBox(
        'Delete ' + UserDataDir() + ' and your journal in it for good?',
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
    Result := True;
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  DeleteUserData := False;
  if UninstallSilent() then
    Result := True  // silent uninstall: keep the journal, never ask
  else
    Result := AskAboutUserData();
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteUserData then
  begin
    if DirExists(UserDataDir()) and not DelTree(UserDataDir(), True, True, True) then
      MsgBox('Some files in ' + UserDataDir() + ' could not be deleted. ' +
        'Close Mooring if it is open, then delete the folder yourself.',
        mbError, MB_OK);
  end;
end;
