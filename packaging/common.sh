# What build-linux.sh and build-macos.sh share (sourced by both, from the project folder, after packaging/app.conf
# and with JAVA_HOME, jdk, work and out set). build-windows.ps1 does the same steps in PowerShell.

# The app's version from the pom, without -SNAPSHOT.
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
version=${version%-SNAPSHOT}
t0=$SECONDS
step() { printf '\n== %s (%d s)\n' "$*" $((SECONDS - t0)); }

# ./mvnw package; the app's own classes as a jar (no libraries inside: target/original-dwdiary.jar is the shaded jar
# again when `package` runs twice without `clean`) and its libraries into $work/input; JavaFX's platform jars
# (modular, natives inside) into $work/fx for jlink; the empty javafx-*.jar pointers dropped.
prepare_input() {
  step "Maven package"
  ./mvnw -B -q -DskipTests package
  rm -rf "$work" && mkdir -p "$work/input/native" "$work/fx" "$out"
  ./mvnw -B -q dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$work/deps"
  "$jdk/jar" --create --file "$work/input/dwdiary.jar" --main-class "$MAIN_CLASS" -C target/classes .
  local jar
  for jar in "$work"/deps/*.jar; do
    case $(basename "$jar") in
      javafx-*-*-*.jar) mv "$jar" "$work/fx/" ;;   # javafx-base-21.0.12-linux.jar: modular, natives inside
      javafx-*) ;;                                  # javafx-base-21.0.12.jar: empty, only a pointer
      *) mv "$jar" "$work/input/" ;;
    esac
  done
}

# link_runtime NATIVE_SUFFIX SQLITE_NATIVE: a jlink runtime in $work/runtime with the JDK modules jdeps finds, app.conf's
# EXTRA_MODULES and JavaFX; JavaFX's native libraries (*.NATIVE_SUFFIX) in the runtime's lib/, where JavaFX looks
# first, so nothing is extracted at start; SQLite's (the path SQLITE_NATIVE inside sqlite-jdbc's jar) into
# $work/input/native, for the launcher's org.sqlite.lib.path (jpackage copies input/ with its folders).
link_runtime() {
  local suffix=$1 sqlite_native=$2 deps modules
  step "Runtime (jdeps, jlink)"
  deps=$("$jdk/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
    --module-path "$work/fx" --class-path "$work/input/*" "$work"/input/*.jar 2>/dev/null | tail -n 1)
  modules=$(echo "$deps,$EXTRA_MODULES,javafx.controls" | tr , '\n' | awk '!seen[$0]++' | paste -sd, -)
  echo "modules: $modules"
  "$jdk/jlink" --module-path "$JAVA_HOME/jmods:$work/fx" --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
    --output "$work/runtime"
  unzip -q -o -j "$work"/fx/javafx-graphics-*.jar "*.$suffix" -d "$work/runtime/lib"
  unzip -q -o -j "$work"/input/sqlite-jdbc-*.jar "$sqlite_native" -d "$work/input/native"
}
