package org.dwdiary.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The tries of a fuzz property: those its {@code @Property(tries = N)} gives, times the factor in the system
 * property {@value #FACTOR} (1 unless given). {@code ./mvnw test -Dtest='*FuzzTest' -Ddwdiary.fuzz.factor=10} is
 * the long run. Each property prints how many tries it ran, so the count can be reported.
 * Use with {@code @AddLifecycleHook(FuzzTries.class)} on the test class.
 */
public final class FuzzTries implements AroundPropertyHook {
    public static final String FACTOR = "dwdiary.fuzz.factor";
    /** Tries on one diary before a fuzz property starts a new one (a diary that only grows makes each try slower). */
    public static final int FRESH_EVERY = 300;

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        int factor = Math.max(1, Integer.getInteger(FACTOR, 1));
        context.attributes().tries().ifPresent(tries -> context.attributes().setTries(tries * factor));
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        PropertyExecutionResult result = property.execute();
        System.out.printf("Fuzz: %s.%s: %d tries, %s (%.1f s CPU, %.1f s elapsed)%n",
                context.containerClass().getSimpleName(), context.targetMethod().getName(), result.countTries(),
                result.status(), (threads.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9);
        return result;
    }

    /** Registered on a test class, it applies to every property in it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    /** Inside {@code @PropertyDefaults} (-10), so the tries it sets are multiplied too. */
    @Override
    public int aroundPropertyProximity() {
        return -5;
    }
}
