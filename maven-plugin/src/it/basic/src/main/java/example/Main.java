package example;

import com.example.visits.ClinicVisitBinder;
import com.example.visits.ClinicVisitValidator;
import com.example.visits.StaffResponse;
import java.util.List;
import java.util.Map;

/** Uses the generated code as an application would, so that compiling it proves the source root. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        var binding = ClinicVisitBinder.fromForm(Map.of("Q1", List.of("yes"), "Q2", List.of("４２")),
                ClinicVisitBinder.DisabledAnswers.DROP);
        System.out.println(ClinicVisitValidator.validate(binding));
        System.out.println(StaffResponse.builder().name("山田").build());
    }
}
