/**
 * Benchmarks and history: closed assessments indexed per company, quartiles per industry and size, a company's history.
 * Public face: {@link io.socialmaturity.benchmark.BenchmarkService}, its views and {@link io.socialmaturity.benchmark.Segment}.
 */
package io.socialmaturity.benchmark;
