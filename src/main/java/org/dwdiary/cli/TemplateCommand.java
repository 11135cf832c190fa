package org.dwdiary.cli;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.Template;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Saved sets of blocks (\"Monday team meeting\", \"Friday recording afternoon\"), applied in one go.",
        subcommands = {TemplateCommand.ListTemplates.class, TemplateCommand.Save.class, TemplateCommand.Apply.class,
                TemplateCommand.Delete.class})
final class TemplateCommand {
    @ParentCommand DiaryCli root;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the saved templates.")
    static final class ListTemplates implements Runnable {
        @ParentCommand private TemplateCommand template;
        @Spec private CommandSpec spec;

        @Override
        public void run() {
            try (Diary diary = template.root.openDiary()) {
                List<Template> templates = diary.templates();
                if (templates.isEmpty()) {
                    spec.commandLine().getOut().println("No templates yet: `dwdiary template save NAME --date DATE` saves a day's blocks.");
                }
                for (Template saved : templates) {
                    spec.commandLine().getOut().println(saved.name() + ": " + saved.describe());
                }
            }
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = {"Saves the blocks of a day (or chosen blocks) as a template: their times, kinds and activities.",
                    "A template of the same name is replaced."},
            footer = {"", "Examples:", "  dwdiary template save \"Friday recording afternoon\" --date 2026-03-06",
                    "  dwdiary template save \"Monday team meeting\" --block 12"})
    static final class Save implements Runnable {
        @ParentCommand private TemplateCommand template;
        @Spec private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        private String name;

        @Option(names = "--date", paramLabel = "DATE", description = "Take every block starting on this day.")
        private LocalDate date;

        @Option(names = "--block", paramLabel = "ID", description = "Take this block (repeatable).")
        private List<Long> ids = new ArrayList<>();

        @Override
        public void run() {
            if ((date == null) == ids.isEmpty()) {
                throw new InputRefusedException("say what to save: --date DATE for a whole day, or --block ID for chosen blocks");
            }
            try (Diary diary = template.root.openDiary()) {
                ZoneId zone = diary.zone();
                List<Block> blocks = new ArrayList<>();
                if (date != null) {
                    blocks.addAll(diary.startingOn(date));
                    if (blocks.isEmpty()) {
                        throw new InputRefusedException("there are no blocks on " + DisplayFormats.day(date) + " to save");
                    }
                }
                for (long id : ids) {
                    blocks.add(diary.find(id).orElseThrow(() -> new InputRefusedException(
                            "there is no block #" + id + "; `dwdiary list` shows the blocks and their numbers")));
                }
                Template saved = Template.of(name, blocks, zone);
                boolean replaced = diary.saveTemplate(saved);
                spec.commandLine().getOut().println((replaced ? "Replaced" : "Saved") + " template \"" + saved.name()
                        + "\": " + saved.describe());
            }
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = {"Adds a template's blocks on a day. Blocks that would overlap are shown and skipped."})
    static final class Apply implements Runnable {
        @ParentCommand private TemplateCommand template;
        @Spec private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        private String name;

        @Option(names = "--date", paramLabel = "DATE", description = "The day (default: today).")
        private LocalDate date;

        @Option(names = "--dry-run", description = "Show what would be added; write nothing.")
        private boolean dryRun;

        @Override
        public void run() {
            try (Diary diary = template.root.openDiary()) {
                Template saved = diary.template(name).orElseThrow(() -> new InputRefusedException(
                        "there is no template \"" + name + "\"; `dwdiary template list` shows them"));
                LocalDate day = date != null ? date : template.root.today(diary);
                RepeatOutput.showAndApply(diary, diary.planTemplate(saved, day), dryRun, spec.commandLine().getOut());
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes a template (not the blocks made from it).")
    static final class Delete implements Runnable {
        @ParentCommand private TemplateCommand template;
        @Spec private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        private String name;

        @Override
        public void run() {
            try (Diary diary = template.root.openDiary()) {
                if (!diary.deleteTemplate(name)) {
                    throw new InputRefusedException("there is no template \"" + name + "\"; `dwdiary template list` shows them");
                }
                spec.commandLine().getOut().println("Deleted template \"" + name.strip() + "\".");
            }
        }
    }
}
