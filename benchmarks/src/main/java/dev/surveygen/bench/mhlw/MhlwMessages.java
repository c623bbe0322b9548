package dev.surveygen.bench.mhlw;

/** The survey's messages, as the peers of the generated code spell them out by hand. */
final class MhlwMessages {

    static final String REQUIRED_TEXT = "入力してください。";
    static final String REQUIRED_SELECT = "選択してください。";
    static final String REQUIRED_SELECTIONS = "1つ以上選択してください。";
    static final String NOT_APPLICABLE = "この質問は回答の対象外です。回答を削除してください。";
    static final String CHOICE = "選択肢にない値です。選択肢から選択してください。";
    static final String SELECTION_COUNT = "1個以上選択してください。";
    static final String LENGTH_100 = "100文字以内で入力してください。";
    static final String LENGTH_200 = "200文字以内で入力してください。";
    static final String RANGE_Q13 = "1桁以上64桁以下で入力してください。";

    private MhlwMessages() {}
}
