#!/usr/bin/env bash
# Builds the macOS installer of Direct Work Diary with jpackage (on a Mac: jpackage makes a .dmg only there):
#
#   packaging/build-macos.sh
#
# -> target/installers/Direct-Work-Diary-VERSION.dmg   ("Direct Work Diary.app", dragged to Applications)
#
# The same steps as build-linux.sh, less the Linux-only ones: ./mvnw package; the app jar and its libraries
# (JavaFX apart) into target/jpackage/input; a jlink runtime with the same modules (jdeps + packaging/app.conf's
# EXTRA_MODULES + JavaFX's own modular jars for this Mac, Intel or Apple silicon), JavaFX's and SQLite's native
# libraries beside it so nothing is extracted at start; jlink's class-data sharing archive of the JDK classes;
# jpackage's own launcher with packaging/app.conf's JAVA_OPTIONS. Not done here (no display to train on, and
# untested): the archive from a training run and the app's archive at install time.
#
# Needs: a JDK 17 with jpackage and jmods (JAVA_HOME, else /usr/libexec/java_home -v 17). The app is not signed: the first start needs right-click > Open.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=target/jpackage
out=target/installers

JAVA_HOME=${JAVA_HOME:-$(/usr/libexec/java_home -v 17)}
export JAVA_HOME
jdk=$JAVA_HOME/bin
[[ -x $jdk/jpackage && -d $JAVA_HOME/jmods ]] || { echo "build-macos.sh: $JAVA_HOME has no jpackage or no jmods" >&2; exit 1; }

# shellcheck source=packaging/app.conf
. packaging/app.conf     # APP_NAME, VENDOR, DESCRIPTION, COPYRIGHT, MAIN_CLASS, EXTRA_MODULES, JAVA_OPTIONS
# shellcheck source=packaging/common.sh
. packaging/common.sh  # version, step, prepare_input, link_runtime
# jpackage refuses a macOS app version whose first number is 0 (CFBundleVersion); while the app is 0.x the
# bundle says 1 and the .dmg's file name carries the real version.
bundle_version=$version
[[ $version == 0.* ]] && bundle_version=1
case $(uname -m) in
  arm64) sqlite_native=org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib ;;
  *) sqlite_native=org/sqlite/native/Mac/x86_64/libsqlitejdbc.dylib ;;
esac

prepare_input

link_runtime dylib "$sqlite_native"

step "App image (jpackage)"
"$jdk/jpackage" --type app-image --dest "$work/image" \
  --name "$APP_NAME" --app-version "$bundle_version" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --copyright "$COPYRIGHT" --icon icons/dwdiary.icns --mac-package-identifier org.dwdiary \
  --input "$work/input" --main-jar dwdiary.jar --main-class "$MAIN_CLASS" --runtime-image "$work/runtime" \
  --java-options "$JAVA_OPTIONS -Dorg.sqlite.lib.path=\$APPDIR/native -Dorg.sqlite.lib.name=libsqlitejdbc.dylib"

step ".dmg (jpackage)"
rm -f "$out"/*.dmg
"$jdk/jpackage" --type dmg --app-image "$work/image/$APP_NAME.app" --dest "$out" \
  --name "$APP_NAME" --app-version "$bundle_version" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --copyright "$COPYRIGHT" --icon icons/dwdiary.icns --mac-package-identifier org.dwdiary
mv "$out/$APP_NAME-$bundle_version.dmg" "$out/Direct-Work-Diary-$version.dmg"

step "done"
ls -l "$out"
