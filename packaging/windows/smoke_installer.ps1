# CI (windows-2022): check the installer people download.
#
#   pwsh packaging/windows/smoke_installer.ps1 -Installer packaging\dist\release\Mooring-...-setup.exe
#
# 1. installs it silently for the current user (no administrator rights),
# 2. checks the program, the Start-menu shortcut and the uninstaller are where they belong,
# 3. runs the installed mooring-cli.exe self-test, requiring the Windows Credential
#    Manager backend (not keyring's fail backend),
# 4. creates a vault in the default data folder (%LOCALAPPDATA%\Mooring),
# 5. starts Mooring.exe and waits for its window titled "Mooring", then closes it,
# 6. uninstalls silently and checks the vault is still there (the default keeps it).
param([Parameter(Mandatory = $true)][string]$Installer)

$ErrorActionPreference = 'Stop'
function Say($message) { Write-Host "smoke_installer: $message" }
function Fail($message) { Write-Host "smoke_installer: FAIL $message"; exit 1 }

$installDir = Join-Path $env:LOCALAPPDATA 'Programs\Mooring'
$dataDir = Join-Path $env:LOCALAPPDATA 'Mooring'
$shortcut = Join-Path $env:APPDATA 'Microsoft\Windows\Start Menu\Programs\Mooring.lnk'
$cli = Join-Path $installDir 'mooring-cli.exe'
$gui = Join-Path $installDir 'Mooring.exe'

# 1. install
$log = Join-Path $env:RUNNER_TEMP 'mooring-install.log'
$p = Start-Process -FilePath $Installer -Wait -PassThru -ArgumentList @(
    '/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART', '/CURRENTUSER', "/LOG=`"$log`"")
if ($p.ExitCode -ne 0) { Get-Content $log | Select-Object -Last 30; Fail "installer exit code $($p.ExitCode)" }

# 2. files and shortcut
foreach ($path in @($gui, $cli, (Join-Path $installDir 'unins000.exe'), $shortcut)) {
    if (-not (Test-Path $path)) { Fail "missing after install: $path" }
}
Say "ok   installed per-user into $installDir with a Start-menu shortcut"

# 3. self-test of the installed program
$out = & $cli self-test 2>&1 | Out-String
if ($LASTEXITCODE -ne 0) { Write-Host $out; Fail "self-test exit code $LASTEXITCODE" }
if ($out -notmatch '(?m)^ok:') { Write-Host $out; Fail "self-test printed no ok: line" }
if ($out -notmatch '(?m)^keyring: keyring\.backends\.Windows\.WinVaultKeyring') {
    Write-Host $out; Fail "self-test did not find the Windows Credential Manager backend"
}
if ($out -match 'Error initializing plugin|Traceback') { Write-Host $out; Fail "errors in the self-test output" }
Say "ok   installed self-test (Credential Manager backend found)"

# 4. a vault in the default data folder
$env:MOORING_DATA_DIR = $null
'quiet harbour rope lantern 42' | & $cli init --passphrase-file - | Out-Null
if ($LASTEXITCODE -ne 0) { Fail "init in the default data folder: exit code $LASTEXITCODE" }
if (-not (Test-Path (Join-Path $dataDir 'mooring.db'))) { Fail "init did not create $dataDir\mooring.db" }
Say "ok   vault created in $dataDir"

# 5. the window
$started = Get-Date
$proc = Start-Process -FilePath $gui -PassThru
$title = ''
for ($i = 0; $i -lt 60; $i++) {
    Start-Sleep -Milliseconds 500
    $proc.Refresh()
    if ($proc.HasExited) { Fail "Mooring.exe exited with code $($proc.ExitCode) before showing a window" }
    $title = $proc.MainWindowTitle
    if ($title -eq 'Mooring') { break }
}
if ($title -ne 'Mooring') { Stop-Process -Id $proc.Id -Force; Fail "no window titled 'Mooring' within 30 s (title: '$title')" }
$seconds = ((Get-Date) - $started).TotalSeconds
Say ("ok   window 'Mooring' after {0:N1} s" -f $seconds)
$null = $proc.CloseMainWindow()
if (-not $proc.WaitForExit(15000)) { Stop-Process -Id $proc.Id -Force; Fail "Mooring.exe did not close within 15 s" }

# 6. uninstall keeps the journal
$uninstaller = Join-Path $installDir 'unins000.exe'
$p = Start-Process -FilePath $uninstaller -Wait -PassThru -ArgumentList @('/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART')
# The uninstaller hands over to a copy of itself in %TEMP%; wait for the files to go.
for ($i = 0; $i -lt 60 -and (Test-Path $gui); $i++) { Start-Sleep -Milliseconds 500 }
if (Test-Path $gui) { Fail "Mooring.exe is still there 30 s after uninstalling" }
if (Test-Path $shortcut) { Fail "the Start-menu shortcut is still there after uninstalling" }
if (-not (Test-Path (Join-Path $dataDir 'mooring.db'))) { Fail "uninstalling deleted the journal in $dataDir" }
Say "ok   uninstalled; the journal in $dataDir was kept"
