package io.socialmaturity.benchmark;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.FrameworkLoader;
import io.socialmaturity.framework.definition.FrameworkValidator;
import io.socialmaturity.framework.definition.PublishedFigure;
import io.socialmaturity.testing.ApiTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The quarterly pulse: the built-in "collaboration pulse" framework loads, validates and is published at start-up;
 * an assessment on it is answered and closed like any other; history shows pulse points between full assessments,
 * with the published 2013 figures as reference lines.
 */
@MicronautTest(transactional = false)
class PulseTrendApiTest extends ApiTest {

    private static final String PULSE = "collaboration-pulse";

    @Test
    void thePulseFrameworkLoadsValidatesAndIsPublished() {
        FrameworkDefinition pulse = new FrameworkLoader()
                .loadResource("frameworks/collaboration-pulse/1.json")
                .definition();
        assertEquals(List.of(), new FrameworkValidator().validate("pulse", pulse));
        assertEquals(PULSE, pulse.key());
        assertEquals(
                List.of("aln.collab_frequency", "aln.relationship_change", "aln.willingness"),
                pulse.questions().map(q -> q.key()).toList(),
                "the three questions of the studies");
        assertTrue(pulse.publishedFigures().stream().allMatch(f -> f.source().year() == 2013));
        Map<String, Double> values = pulse.publishedFigures().stream()
                .collect(Collectors.toMap(PublishedFigure::key, PublishedFigure::value));
        assertEquals(36.0, values.get("oracle.collab_frequent.marketing"));
        assertEquals(26.0, values.get("oracle.collab_frequent.it"));
        assertEquals(41.0, values.get("oracle.relations_improved.marketing"));
        assertEquals(35.0, values.get("oracle.relations_improved.it"));
        assertEquals(75.0, values.get("accenture.willing_to_align.cio"));
        assertEquals(50.0, values.get("accenture.willing_to_align.cmo"));

        Map<String, Object> it = call(as(
                ANNA_ADMIN,
                HttpRequest.GET("/api/v1/frameworks/" + PULSE + "/versions/1").header("Accept-Language", "it")));
        assertEquals("Pulse della collaborazione", it.get("title"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void historyShowsPulsePointsBetweenFullAssessmentsWithThePublishedFigures() {
        long full1 = closed("Full 1", null, 3, false);
        long pulse = closed("Pulse", PULSE, 3, true);
        long full2 = closed("Full 2", null, null, true);

        Map<String, Object> history = call(get(ANNA_ADMIN, "/api/v1/history"));
        List<Map<String, Object>> mine = ((List<Map<String, Object>>) history.get("results"))
                .stream()
                        .filter(r -> Set.of(full1, pulse, full2).contains(((Number) r.get("assessmentId")).longValue()))
                        .toList();
        assertEquals(
                List.of(full1, pulse, full2),
                mine.stream()
                        .map(r -> ((Number) r.get("assessmentId")).longValue())
                        .toList(),
                "oldest first: the pulse between the full assessments");
        assertEquals(
                List.of("FULL", "PULSE", "FULL"),
                mine.stream().map(r -> r.get("kind")).toList());
        assertEquals(PULSE, mine.get(1).get("frameworkKey"));
        assertEquals(
                List.of("pulse"),
                ((List<Map<String, Object>>) mine.get(1).get("dimensions"))
                        .stream().map(d -> d.get("key")).toList());

        // the full assessment: marketing (top answers) collaborates frequently, IT (bottom answers) never
        assertEquals(100.0, figure(mine.get(0), "oracle.collab_frequent.marketing"));
        assertEquals(0.0, figure(mine.get(0), "oracle.collab_frequent.it"));
        // the pulse: both at the top
        assertEquals(100.0, figure(mine.get(1), "oracle.collab_frequent.marketing"));
        assertEquals(100.0, figure(mine.get(1), "oracle.collab_frequent.it"));
        assertEquals(0.0, figure(mine.get(1), "oracle.collab_nonexistent.cio"));
        assertEquals(100.0, figure(mine.get(1), "accenture.willing_to_align.cmo"));
        // the pulse repeats: it starts a series (its next draft is not closed, so it is not in the list)
        Map<String, Object> series = (Map<String, Object>) mine.get(1).get("series");
        assertEquals(pulse, ((Number) series.get("seriesId")).longValue());
        assertNull(series.get("nextId"));
        // the second full assessment is compared with the first, not with the pulse
        Map<String, Object> firstFull = mine.get(0);
        Map<String, Object> secondFull = mine.get(2);
        assertNotNull(secondFull.get("overallChange"));
        assertEquals(
                Math.round((((Number) secondFull.get("overallScore")).doubleValue()
                                        - ((Number) firstFull.get("overallScore")).doubleValue())
                                * 100d)
                        / 100d,
                ((Number) secondFull.get("overallChange")).doubleValue(),
                0.001);

        List<Map<String, Object>> references = (List<Map<String, Object>>) history.get("references");
        Map<String, Object> reference = references.stream()
                .filter(r -> "oracle.collab_frequent.it".equals(r.get("key")))
                .findFirst()
                .orElseThrow();
        assertEquals(26.0, ((Number) reference.get("value")).doubleValue());
        assertEquals(2013, reference.get("year"));
        assertEquals("it", reference.get("population"));
        assertEquals("aln.collab_frequency", reference.get("question"));
        assertEquals(7, references.size(), "every published figure of the pulse");

        // another tenant's history has none of it
        Map<String, Object> globex = call(get(GINA_ADMIN, "/api/v1/history"));
        assertTrue(((List<Map<String, Object>>) globex.get("results"))
                .stream()
                        .noneMatch(r ->
                                Set.of(full1, pulse, full2).contains(((Number) r.get("assessmentId")).longValue())));
    }

    @SuppressWarnings("unchecked")
    private static Double figure(Map<String, Object> result, String key) {
        return ((List<Map<String, Object>>) result.get("figures"))
                .stream()
                        .filter(f -> key.equals(f.get("key")))
                        .findFirst()
                        .map(f -> f.get("companyValue") == null ? null : ((Number) f.get("companyValue")).doubleValue())
                        .orElseThrow(() -> new AssertionError("no figure " + key + " in " + result));
    }

    /** Creates, answers (Marco at the top, Ivan at the top or the bottom) and closes an assessment. */
    @SuppressWarnings("unchecked")
    private long closed(String title, String framework, Integer repeatMonths, boolean ivanTop) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", title));
        if (framework != null) {
            body.put("frameworkKey", framework);
        }
        if (repeatMonths != null) {
            body.put("repeatEveryMonths", repeatMonths);
        }
        long id = ((Number) call(post(ANNA_ADMIN, "/api/v1/assessments", body)).get("id")).longValue();
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", MARCO_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", IVAN_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        answer(MARCO_MARKETING, id, true);
        answer(IVAN_IT, id, ivanTop);
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/close", Map.of()));
        return id;
    }

    @SuppressWarnings("unchecked")
    private void answer(String user, long id, boolean top) {
        Map<String, Object> q = call(get(user, "/api/v1/assessments/" + id + "/questionnaire"));
        for (Map<String, Object> d : (List<Map<String, Object>>) q.get("dimensions")) {
            for (Map<String, Object> question : (List<Map<String, Object>>) d.get("questions")) {
                List<Map<String, Object>> options = (List<Map<String, Object>>) question.get("options");
                String option =
                        (String) options.get(top ? options.size() - 1 : 0).get("key");
                call(put(
                        user,
                        "/api/v1/assessments/" + id + "/answers/" + question.get("key"),
                        Map.of("optionKey", option, "baseRevision", 0)));
            }
        }
    }
}
