package org.dwdiary.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.util.Collection;
import java.util.List;

/**
 * The machine's load (the 1-minute load average, as {@code uptime} shows it) at the end of each measured
 * iteration, kept beside every score as the secondary result {@code load}: other work on the machine slows a
 * benchmark, and the figure should say how busy the machine was. {@code -prof org.dwdiary.bench.LoadProfiler}.
 */
public final class LoadProfiler implements InternalProfiler {
    @Override
    public String getDescription() {
        return "the 1-minute load average during each iteration";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                      IterationResult result) {
        double load = Machine.load();
        return load < 0 ? List.of() : List.of(new ScalarResult("load", load, "", AggregationPolicy.AVG));
    }
}
