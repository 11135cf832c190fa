package org.dwdiary.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on: processors, CPU model, memory, operating system, JDK, and the load now. */
final class Machine {
    private Machine() {
    }

    /** The 1-minute load average (as {@code uptime} shows it), or -1 where the system does not say. */
    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String loadText() {
        double load = load();
        return load < 0 ? "?" : String.format(Locale.UK, "%.1f", load);
    }

    /** "2 cores (AMD EPYC), 23.5 GiB, Debian GNU/Linux 12 (bookworm), OpenJDK 17.0.15 (Debian)". */
    static String describe() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        String os = firstValue(Path.of("/etc/os-release"), "PRETTY_NAME");
        StringBuilder text = new StringBuilder();
        text.append(Runtime.getRuntime().availableProcessors()).append(" cores");
        if (cpu != null) {
            text.append(" (").append(cpu).append(')');
        }
        if (memory != null && memory.endsWith(" kB")) {
            double gib = Long.parseLong(memory.substring(0, memory.length() - 3).strip()) / 1024.0 / 1024.0;
            text.append(String.format(Locale.UK, ", %.1f GiB", gib));
        }
        text.append(", ").append(os != null ? os.replace("\"", "") : System.getProperty("os.name") + " " + System.getProperty("os.version"));
        text.append(", ").append(System.getProperty("java.vm.name").replace(" 64-Bit Server VM", "")).append(' ')
                .append(System.getProperty("java.runtime.version"));
        return text.toString();
    }

    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                int separator = line.indexOf(line.contains("=") && !line.contains(":") ? '=' : ':');
                if (separator > 0 && line.substring(0, separator).strip().equals(key)) {
                    return line.substring(separator + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
