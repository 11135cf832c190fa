# Builds the Windows installer of Direct Work Diary with jpackage (on Windows):
#
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
#
# -> target\installers\Direct Work Diary-VERSION.msi   (Start menu entry, desktop shortcut, choice of folder)
#
# The same steps as build-linux.sh, less the Linux-only ones: mvnw package; the app jar and its libraries
# (JavaFX apart) into target\jpackage\input; a jlink runtime with the same modules (jdeps + packaging\app.conf's
# EXTRA_MODULES + JavaFX's own modular jars for Windows), JavaFX's and SQLite's native libraries beside it so
# nothing is extracted at start; jlink's class-data sharing archive of the JDK classes; jpackage's own launcher
# with app.conf's JAVA_OPTIONS. Not done here (untested): the archive from a training run.
#
# Needs: PowerShell 7 (pwsh; Windows PowerShell 5.1 should do too), a JDK 17 with jpackage and jmods
# (JAVA_HOME), and WiX Toolset 3 (jpackage 17 cannot use WiX 4 or later), e.g.
# `choco install wixtoolset --version 3.14.1 -y`; jpackage finds candle.exe and light.exe on the PATH or
# in "C:\Program Files (x86)\WiX Toolset v3.*\bin".
$ErrorActionPreference = 'Stop'
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Tool {
    # Runs a program and stops the script when it fails.
    param([string] $Program, [string[]] $Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program failed ($LASTEXITCODE)" }
}

# packaging\app.conf: KEY="value" lines shared with the Linux and macOS scripts.
$conf = @{}
foreach ($line in Get-Content packaging\app.conf) {
    if ($line -match '^(\w+)="(.*)"$') { $conf[$Matches[1]] = $Matches[2] }
}
if (-not $env:JAVA_HOME) { throw 'Set JAVA_HOME to a JDK 17 with jpackage and jmods' }
$jdk = Join-Path $env:JAVA_HOME 'bin'
if (-not (Test-Path (Join-Path $env:JAVA_HOME 'jmods'))) { throw "$env:JAVA_HOME has no jmods" }

$version = (Select-String -Path pom.xml -Pattern '^  <version>(.*)</version>' | Select-Object -First 1).Matches[0].Groups[1].Value
$version = $version -replace '-SNAPSHOT$', ''
$work = 'target\jpackage'
$out = 'target\installers'
# Fixed for ever: Windows Installer recognises a newer .msi of the same app by it and replaces the old one.
$upgradeUuid = 'afbce0f2-f317-4d77-ba54-dff35db08697'

Write-Host '== Maven package'
Invoke-Tool .\mvnw.cmd @('-B', '-q', '-DskipTests', 'package')
if (Test-Path $work) { Remove-Item -Recurse -Force $work }
New-Item -ItemType Directory -Force "$work\input\native", "$work\fx", $out | Out-Null
Invoke-Tool .\mvnw.cmd @('-B', '-q', 'dependency:copy-dependencies', '-DincludeScope=runtime', "-DoutputDirectory=$work\deps")
Invoke-Tool "$jdk\jar.exe" @('--create', '--file', "$work\input\dwdiary.jar", '--main-class', $conf.MAIN_CLASS, '-C', 'target\classes', '.')
foreach ($jar in Get-ChildItem "$work\deps\*.jar") {
    if ($jar.Name -like 'javafx-*-*-*.jar') { Move-Item $jar.FullName "$work\fx\" }      # javafx-base-21.0.12-win.jar: modular, natives inside
    elseif ($jar.Name -like 'javafx-*') { }                                              # javafx-base-21.0.12.jar: empty
    else { Move-Item $jar.FullName "$work\input\" }
}

Write-Host '== Runtime (jdeps, jlink)'
$inputJars = (Get-ChildItem "$work\input\*.jar").FullName
$ErrorActionPreference = 'Continue'      # jdeps warns on stderr (split packages); Windows PowerShell would stop
$deps = & "$jdk\jdeps.exe" --print-module-deps --ignore-missing-deps --multi-release 17 `
    --module-path "$work\fx" --class-path "$work\input\*" @inputJars 2>$null | Select-Object -Last 1
if ($LASTEXITCODE -ne 0) { throw 'jdeps failed' }
$ErrorActionPreference = 'Stop'
$modules = (("$deps,$($conf.EXTRA_MODULES),javafx.controls" -split ',') | Select-Object -Unique) -join ','
Write-Host "modules: $modules"
Invoke-Tool "$jdk\jlink.exe" @('--module-path', "$env:JAVA_HOME\jmods;$work\fx", '--add-modules', $modules,
    '--strip-debug', '--no-header-files', '--no-man-pages', '--generate-cds-archive', '--output', "$work\runtime")

# Native libraries out of their jars: JavaFX's into the runtime's bin\javafx (where JavaFX linked into a runtime
# looks first on Windows; lib/ on Linux and macOS), SQLite's into input\native (org.sqlite.lib.path below);
# found there, nothing is extracted at start.
function Expand-Entries {
    param([string] $Jar, [string] $Pattern, [string] $Destination)
    $tmp = Join-Path $work 'unzip'
    New-Item -ItemType Directory -Force $tmp | Out-Null
    $entries = & "$jdk\jar.exe" --list --file $Jar | Where-Object { $_ -like $Pattern }
    Push-Location $tmp
    try { Invoke-Tool "$jdk\jar.exe" (@('--extract', '--file', (Resolve-Path -LiteralPath $Jar).Path) + $entries) }
    finally { Pop-Location }
    foreach ($entry in $entries) { Move-Item -Force (Join-Path $tmp $entry) $Destination }
    Remove-Item -Recurse -Force $tmp
}
New-Item -ItemType Directory -Force "$work\runtime\bin\javafx" | Out-Null
Expand-Entries (Get-ChildItem "$work\fx\javafx-graphics-*.jar").FullName '*.dll' "$work\runtime\bin\javafx"
Expand-Entries (Get-ChildItem "$work\input\sqlite-jdbc-*.jar").FullName 'org/sqlite/native/Windows/x86_64/sqlitejdbc.dll' "$work\input\native"

Write-Host '== .msi (jpackage)'
Get-ChildItem "$out\*.msi" -ErrorAction SilentlyContinue | Remove-Item
$javaOptions = "$($conf.JAVA_OPTIONS) -Dorg.sqlite.lib.path=`$APPDIR\native -Dorg.sqlite.lib.name=sqlitejdbc.dll"
Invoke-Tool "$jdk\jpackage.exe" @('--type', 'msi', '--dest', $out,
    '--name', $conf.APP_NAME, '--app-version', $version, '--vendor', $conf.VENDOR,
    '--description', $conf.DESCRIPTION, '--copyright', $conf.COPYRIGHT, '--icon', 'icons\dwdiary.ico',
    '--input', "$work\input", '--main-jar', 'dwdiary.jar', '--main-class', $conf.MAIN_CLASS,
    '--runtime-image', "$work\runtime", '--java-options', $javaOptions,
    '--win-menu', '--win-menu-group', $conf.APP_NAME, '--win-shortcut', '--win-dir-chooser',
    '--win-upgrade-uuid', $upgradeUuid)

Write-Host '== done'
Get-ChildItem $out
