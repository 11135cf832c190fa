package org.dwdiary.cli;

import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.KindRules;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.Locale;

@Command(name = "settings", mixinStandardHelpOptions = true, description = "Shows or changes the diary's settings.",
        subcommands = {SettingsCommand.Show.class, SettingsCommand.Set.class})
final class SettingsCommand {
    @ParentCommand DiaryCli root;

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows every setting.")
    static final class Show implements Runnable {
        @ParentCommand private SettingsCommand settings;
        @Spec private CommandSpec spec;

        @Override
        public void run() {
            try (Diary diary = settings.root.openDiary()) {
                spec.commandLine().getOut().println("zone " + diary.zone().getId());
                spec.commandLine().getOut().println("kind-keywords " + diary.kindRules().format());
            }
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Changes a setting.",
            footer = {"", "Keys:", "  zone            the time zone days and weeks are counted in, e.g. Europe/London",
                    "  kind-keywords   words that give an activity its kind when it has none remembered, e.g.",
                    "                  \"direct: visit, contact, session; recording: notes, report; travel: drive; meetings: team\"",
                    "                  (\"default\" restores the standard list)"})
    static final class Set implements Runnable {
        @ParentCommand private SettingsCommand settings;
        @Spec private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "KEY")
        private String key;

        @Parameters(index = "1", paramLabel = "VALUE")
        private String value;

        @Override
        public void run() {
            String name = key.toLowerCase(Locale.ROOT);
            try (Diary diary = settings.root.openDiary()) {
                switch (name) {
                    case "zone" -> {
                        diary.setZone(value);
                        spec.commandLine().getOut().println("zone " + diary.zone().getId());
                    }
                    case "kind-keywords" -> {
                        diary.setKindRules(value.strip().equalsIgnoreCase("default") ? KindRules.defaults() : KindRules.parse(value));
                        spec.commandLine().getOut().println("kind-keywords " + diary.kindRules().format());
                    }
                    default -> throw new InputRefusedException("there is no setting \"" + key
                            + "\"; the settings are: zone, kind-keywords");
                }
            }
        }
    }
}
