package example;

import com.example.feedback.FeedbackResponse;
import com.example.feedback.RatingChoice;

/** Compiled against the generated code. */
public final class Feedback {

    private Feedback() {}

    public static FeedbackResponse good() {
        return FeedbackResponse.builder().rating(RatingChoice.GOOD).build();
    }
}
