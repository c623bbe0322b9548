package dev.surveygen.bench.mhlw;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The MHLW survey's conditions as a class-level Bean Validation constraint: a question that is
 * asked must be answered (unless optional), and one that is not asked must be left empty. Field
 * constraints cannot say this, since it depends on other fields.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MhlwConditions.Check.class)
public @interface MhlwConditions {

    String message() default MhlwMessages.NOT_APPLICABLE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check, with one violation per question on that question's property. */
    final class Check implements ConstraintValidator<MhlwConditions, MhlwBean> {

        @Override
        public boolean isValid(MhlwBean b, ConstraintValidatorContext context) {
            if (b == null) {
                return true;
            }
            boolean valid = true;
            boolean q2_2 = Boolean.TRUE.equals(b.getQ2_1());
            valid &= asked(context, "q2_2", b.getQ2_2(), q2_2, MhlwMessages.REQUIRED_SELECT);
            boolean q2_3 = q2_2 && Boolean.TRUE.equals(b.getQ2_2());
            valid &= asked(context, "q2_3", empty(b.getQ2_3()) ? null : b.getQ2_3(), q2_3,
                    MhlwMessages.REQUIRED_SELECTIONS);
            boolean other = q2_3 && b.getQ2_3() != null && b.getQ2_3().contains("other");
            valid &= asked(context, "q2_3_other", blank(b.getQ2_3_other()), other, null);
            valid &= asked(context, "q7_2", b.getQ7_2(), Boolean.TRUE.equals(b.getQ7_1()), MhlwMessages.REQUIRED_SELECT);
            boolean q17_2 = Boolean.TRUE.equals(b.getQ17_1());
            valid &= asked(context, "q17_2", b.getQ17_2(), q17_2, MhlwMessages.REQUIRED_SELECT);
            boolean backups = q17_2 && Boolean.TRUE.equals(b.getQ17_2());
            valid &= asked(context, "q17_3", b.getQ17_3(), backups, MhlwMessages.REQUIRED_SELECT);
            valid &= asked(context, "q17_4", b.getQ17_4(), backups, MhlwMessages.REQUIRED_SELECT);
            valid &= asked(context, "q17_5", b.getQ17_5(), backups, MhlwMessages.REQUIRED_SELECT);
            valid &= asked(context, "q17_6", b.getQ17_6(), backups, MhlwMessages.REQUIRED_SELECT);
            return valid;
        }

        /** {@code requiredMessage} null: an optional question. */
        private static boolean asked(ConstraintValidatorContext context, String property, Object value, boolean asked,
                String requiredMessage) {
            String message = asked ? (value == null ? requiredMessage : null)
                    : (value != null ? MhlwMessages.NOT_APPLICABLE : null);
            if (message == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(property).addConstraintViolation();
            return false;
        }

        private static boolean empty(java.util.Set<String> value) {
            return value == null || value.isEmpty();
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
