package io.socialmaturity.scoring.bench;

import io.socialmaturity.framework.definition.BusinessFunction;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.FrameworkLoader;
import io.socialmaturity.framework.definition.Question;
import io.socialmaturity.scoring.Answer;
import io.socialmaturity.scoring.AssessmentInput;
import io.socialmaturity.scoring.AssessmentResult;
import io.socialmaturity.scoring.Respondent;
import io.socialmaturity.scoring.ScoringEngine;
import io.socialmaturity.scoring.TestFrameworks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to compute the full result of one assessment (scores, spreads, breakdown by function,
 * perception gap, roadmap, published-figure placement). Target: 60 questions × 200 respondents in
 * at most 10 ms on one core.
 *
 * <p>Not run by the tests: run {@code infra/bench/engine.sh} (it compiles the tests and starts
 * {@code org.openjdk.jmh.Main} on the test class path, pinned to one core when {@code taskset} exists).
 *
 * <ul>
 *   <li>{@code score}: a compiled engine scoring a synthetic framework of {@code questions} questions
 *       (6 dimensions, 4 options each) answered by {@code respondents} respondents spread over the
 *       8 business functions, with 10% "not applicable" and 10% unanswered (seeded, reproducible);</li>
 *   <li>{@code compileAndScore}: the same including building the engine (validation and compilation
 *       of the definition), i.e. without caching the engine per framework version;</li>
 *   <li>{@code scoreDefaultFramework}: the shipped default framework (43 questions), same respondents.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {

    @Param({"60"})
    public int questions;

    @Param({"200"})
    public int respondents;

    private FrameworkDefinition synthetic;
    private ScoringEngine syntheticEngine;
    private AssessmentInput syntheticInput;
    private ScoringEngine defaultEngine;
    private AssessmentInput defaultInput;

    @Setup(Level.Trial)
    public void setUp() {
        synthetic = TestFrameworks.synthetic(6, questions / 6);
        syntheticEngine = new ScoringEngine(synthetic);
        syntheticInput = input(synthetic, respondents, new Random(42));
        FrameworkDefinition shipped = new FrameworkLoader().loadDefault().definition();
        defaultEngine = new ScoringEngine(shipped);
        defaultInput = input(shipped, respondents, new Random(42));
        // fail fast if the input does not score
        if (syntheticEngine.score(syntheticInput).respondentCount() != respondents) {
            throw new IllegalStateException("benchmark input is broken");
        }
    }

    static AssessmentInput input(FrameworkDefinition definition, int count, Random random) {
        List<Question> questions = definition.questions().toList();
        BusinessFunction[] functions = BusinessFunction.values();
        List<Respondent> out = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            List<Answer> answers = new ArrayList<>(questions.size());
            for (Question q : questions) {
                int dice = random.nextInt(10);
                if (dice == 0) {
                    answers.add(Answer.notApplicable(q.key()));
                } else if (dice > 1) {
                    answers.add(Answer.choice(
                            q.key(),
                            q.options().get(random.nextInt(q.options().size())).key()));
                }
            }
            out.add(new Respondent(
                    String.format("respondent-%04d", count - r), functions[r % functions.length], answers));
        }
        return new AssessmentInput(out, Map.of(definition.dimensions().get(0).key(), 5));
    }

    @Benchmark
    public AssessmentResult score() {
        return syntheticEngine.score(syntheticInput);
    }

    @Benchmark
    public AssessmentResult compileAndScore() {
        return new ScoringEngine(synthetic).score(syntheticInput);
    }

    @Benchmark
    public AssessmentResult scoreDefaultFramework() {
        return defaultEngine.score(defaultInput);
    }
}
