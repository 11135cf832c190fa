#!/usr/bin/env bash
# Builds the Linux installers of Direct Work Diary with jpackage:
#
#   packaging/build-linux.sh
#
# -> target/installers/direct-work-diary_VERSION-1_amd64.deb   (needs fakeroot and dpkg-deb)
#    target/installers/direct-work-diary-VERSION-1.x86_64.rpm  (when rpmbuild is installed, unless NO_RPM=1)
#
# Installed under /opt/direct-work-diary: bin/dwdiary (the launcher), lib/runtime (a Java runtime made by
# jlink, JavaFX linked in), lib/app (the app jar and its libraries), a desktop entry in the Office menu.
#
# Steps: ./mvnw package; the app jar and its libraries (JavaFX apart) into target/jpackage/input; a jlink
# runtime with the JDK modules jdeps finds plus JavaFX's own modular jars, JavaFX's native libraries
# beside the JVM's (no extraction to ~/.openjfx at start); a training run of the app under Xvfb records
# the classes it loads at start; the runtime's default class-data sharing archive (lib/server/classes.jsa)
# is regenerated from that list; jpackage makes an app image, whose native launcher is replaced by the
# shell script packaging/linux/dwdiary (no dpkg/rpm queries at start); jpackage packages the image. The
# .deb's postinst also builds an archive of the app's own classes at the install path (lib/app.jsa).
#
# Needs: a JDK 17 with jpackage and jmods (JAVA_HOME, or the one `javac` belongs to), fakeroot,
# dpkg-deb; for the training run Xvfb (else the runtime keeps jlink's plain archive); rpmbuild for the .rpm.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
here=packaging/linux
work=target/jpackage
out=target/installers

if [[ -z ${JAVA_HOME:-} ]]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
fi
export JAVA_HOME
jdk=$JAVA_HOME/bin
[[ -x $jdk/jpackage && -d $JAVA_HOME/jmods ]] || { echo "build-linux.sh: $JAVA_HOME has no jpackage or no jmods" >&2; exit 1; }
command -v fakeroot >/dev/null || { echo "build-linux.sh: fakeroot is needed (apt-get install fakeroot)" >&2; exit 1; }

# shellcheck source=packaging/app.conf
. packaging/app.conf     # APP_NAME, VENDOR, DESCRIPTION, COPYRIGHT, EXTRA_MODULES, JAVA_OPTIONS, MAIN_CLASS
# shellcheck source=packaging/common.sh
. packaging/common.sh  # version, step, prepare_input, link_runtime
package=direct-work-diary

prepare_input

link_runtime so org/sqlite/native/Linux/x86_64/libsqlitejdbc.so

step "Training run: the classes loaded at start"
classlist=$work/dwdiary.classlist
if command -v Xvfb >/dev/null; then
  rm -rf "$work/train-data"
  "$work/runtime/bin/java" -cp "$work/input/*" "$MAIN_CLASS" demo --weeks 520 --blocks-per-day 10 \
    --data-dir "$work/train-data" >/dev/null
  display=:$((100 + RANDOM % 400))
  Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
  # With --exit-after-start the app quits once the week is drawn; an older build is stopped after 12 s.
  if "$work/runtime/bin/java" -cp "$work/input/*" "$MAIN_CLASS" --help 2>&1 | grep -q -- --exit-after-start; then
    train=(--timings --exit-after-start) limit=60
  else
    train=() limit=12
  fi
  # shellcheck disable=SC2086
  DISPLAY=$display timeout $limit "$work/runtime/bin/java" -XX:DumpLoadedClassList="$classlist" $JAVA_OPTIONS \
    -Dorg.sqlite.lib.path="$root/$work/input/native" -Dorg.sqlite.lib.name=libsqlitejdbc.so \
    -cp "$work/input/*" "$MAIN_CLASS" "${train[@]}" --data-dir "$work/train-data" >/dev/null 2>&1 || true
  kill $xvfb 2>/dev/null || true
  trap - EXIT
  echo "$(grep -c -v '^@' "$classlist") classes"
  # The runtime's default archive (used whenever no other is given) now holds the JDK and JavaFX classes the
  # app loads at start; the app's own classes are skipped here (they go in lib/app.jsa at install time).
  "$work/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$classlist" \
    -XX:SharedArchiveFile="$work/runtime/lib/server/classes.jsa" >"$work/cds-dump.log" 2>&1
  rm -f "$work/runtime/lib/server/classes_nocoops.jsa"    # jlink's, for heaps over 32 GB only: not this app
  cp "$classlist" "$work/input/dwdiary.classlist"
else
  echo "no Xvfb: the runtime keeps jlink's default archive, and there is no app archive" >&2
fi

step "App image (jpackage)"
"$jdk/jpackage" --type app-image --dest "$work/image" \
  --name dwdiary --app-version "$version" --vendor "$VENDOR" --description "$DESCRIPTION" --copyright "$COPYRIGHT" \
  --input "$work/input" --main-jar dwdiary.jar --main-class "$MAIN_CLASS" --runtime-image "$work/runtime" \
  --icon icons/png/dwdiary-256.png
image=$work/image/dwdiary
# The shell launcher instead of jpackage's (which queries dpkg/rpm for its package at every start).
sed -e "s|@MAIN_CLASS@|$MAIN_CLASS|" -e "s|@JAVA_OPTIONS@|$JAVA_OPTIONS|" \
    -e "s|@CLASS_PATH@|$(cd "$work/input" && ls -- *.jar | sort | sed 's|^|$app/|' | paste -sd:)|" \
    "$here/dwdiary" >"$image/bin/dwdiary"
chmod 755 "$image/bin/dwdiary"
rm -f "$image/lib/app/dwdiary.cfg" "$image/lib/libapplauncher.so"

common=(--app-image "$image" --name dwdiary --app-version "$version" --vendor "$VENDOR"
  --description "$DESCRIPTION" --copyright "$COPYRIGHT" --dest "$out" --resource-dir "$here/resources"
  --icon icons/png/dwdiary-256.png --linux-package-name "$package" --linux-shortcut
  --linux-menu-group Office --linux-package-deps libgtk-3-0)

step ".deb (jpackage)"
rm -f "$out/${package}_${version}"-*.deb
"$jdk/jpackage" --type deb "${common[@]}" --linux-deb-maintainer "dwdiary@localhost" --linux-app-category utils

if command -v rpmbuild >/dev/null && [[ -z ${NO_RPM:-} ]]; then
  step ".rpm (jpackage)"
  rm -f "$out/${package}-${version}"-*.rpm
  "$jdk/jpackage" --type rpm "${common[@]}"
fi

step "done"
ls -l "$out"
