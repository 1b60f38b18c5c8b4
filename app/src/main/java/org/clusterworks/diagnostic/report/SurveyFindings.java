package org.clusterworks.diagnostic.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.surveys.RoundStatus;
import org.clusterworks.surveys.SurveyAnswer;
import org.clusterworks.surveys.SurveyRound;
import org.clusterworks.surveys.Surveys;
import org.springframework.stereotype.Component;

/**
 * Headline survey figures for the diagnostic: per round its respondents, and for a closed round the most frequent
 * answer of each single-choice question with its share of answers. A question with fewer than {@value #FLOOR}
 * answers is left out, like the survey analysis' confidentiality floor.
 */
@Component
public class SurveyFindings {

    /** Fewest answers for a question to be reported. */
    public static final int FLOOR = 5;

    private final Surveys surveys;

    SurveyFindings(Surveys surveys) {
        this.surveys = surveys;
    }

    /** A round with its findings. */
    public record RoundFindings(SurveyRound round, List<Finding> findings) {}

    /** The most frequent answer of a question. */
    public record Finding(String questionCode, String question, String answer, int count, int answered, double mean) {

        public double share() {
            return answered == 0 ? 0 : (double) count / answered;
        }
    }

    public List<RoundFindings> of(long workspaceId, long initiativeId) {
        List<RoundFindings> result = new ArrayList<>();
        for (SurveyRound r : surveys.rounds(workspaceId, initiativeId)) {
            List<Finding> findings = new ArrayList<>();
            if (r.status() == RoundStatus.CLOSED) {
                for (var q : surveys.questions(workspaceId, r.id())) {
                    if (!"select_one".equals(q.type())) {
                        continue;
                    }
                    List<SurveyAnswer> answers = surveys.answers(workspaceId, r.id(), q.code());
                    if (answers.size() < FLOOR) {
                        continue;
                    }
                    Map<String, Integer> counts = new LinkedHashMap<>();
                    answers.forEach(a -> counts.merge(a.value(), 1, Integer::sum));
                    var top = counts.entrySet().stream()
                            .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
                            .orElseThrow();
                    double mean = Double.NaN;
                    if (q.likert()) {
                        List<String> order = new ArrayList<>(q.choices().keySet());
                        mean = answers.stream()
                                .mapToInt(a -> order.indexOf(a.value()) + 1)
                                .filter(v -> v > 0)
                                .average()
                                .orElse(Double.NaN);
                    }
                    findings.add(new Finding(
                            q.code(),
                            q.label(),
                            q.choices().getOrDefault(top.getKey(), top.getKey()),
                            top.getValue(),
                            answers.size(),
                            mean));
                }
            }
            result.add(new RoundFindings(r, findings));
        }
        return result;
    }
}
