import re

from hypothesis import given
from hypothesis import strategies as st

from madang.search.tokenize import QueryTerm, index_text, normalize, query_term, query_terms


def tokens(text):
    return index_text(text).split()


def phrase_found(indexed_tokens, term):
    """How the engines match a query word: its tokens next to each other, in
    order, the last one as a prefix if ``term.prefix``."""
    wanted = term.text.split()
    for start in range(len(indexed_tokens) - len(wanted) + 1):
        window = indexed_tokens[start : start + len(wanted)]
        *head, last = wanted
        if window[:-1] == head and (
            window[-1].startswith(last) if term.prefix else window[-1] == last
        ):
            return True
    return False


# --- index_text -------------------------------------------------------------


def test_korean_run_becomes_bigrams_and_its_last_syllable():
    assert tokens("의료복지사회적협동조합") == [
        "의료",
        "료복",
        "복지",
        "지사",
        "사회",
        "회적",
        "적협",
        "협동",
        "동조",
        "조합",
        "합",
    ]


def test_japanese_kanji_and_hiragana_form_one_run():
    assert tokens("医療生協さいたま") == [
        "医療",
        "療生",
        "生協",
        "協さ",
        "さい",
        "いた",
        "たま",
        "ま",
    ]


def test_single_character_run_stays_a_unigram():
    assert tokens("3층 집") == ["3", "층", "집"]


def test_two_character_run():
    assert tokens("視察") == ["視察", "察"]


def test_latin_text_is_left_alone():
    text = "Health cooperatives in Asia, 2024: a study-tour (report)."
    assert index_text(text) == text


def test_latin_and_cjk_are_separated():
    assert tokens("NPO法人の活動") == ["NPO", "法人", "人の", "の活", "活動", "動"]


def test_punctuation_inside_cjk_blocks_splits_runs():
    assert tokens("医療・福祉") == ["医療", "療", "・", "福祉", "祉"]


def test_nfkc_folds_halfwidth_katakana_and_fullwidth_latin():
    assert tokens("ｾﾝﾀｰ ＡＢＣ") == ["セン", "ンタ", "ター", "ー", "ABC"]


def test_nfkc_expands_squared_words():
    assert tokens("㍿") == ["株式", "式会", "会社", "社"]


def test_control_characters_become_spaces_and_invisible_ones_vanish():
    assert index_text("co\u00adop\x00era\u200btive") == "coop erative"
    assert tokens("医療\u200b生協") == ["医療", "療生", "生協", "協"]


def test_lone_surrogates_are_dropped():
    assert normalize("a\ud800b") == "ab"


def test_rare_ideographs_and_hangul_jamo_are_cjk():
    assert tokens("𠀋𡈽𡌛") == ["𠀋𡈽", "𡈽𡌛", "𡌛"]
    assert tokens("ㅋㅋㅋ") == ["\u110f\u110f", "\u110f\u110f", "\u110f"]


def test_emoji_are_not_cjk():
    assert index_text("😀") == "😀"


# --- query_term -------------------------------------------------------------


def test_two_character_query_is_one_token():
    assert query_term("視察") == QueryTerm("視察", prefix=False)


def test_four_character_query_is_three_bigrams():
    assert query_term("협동조합") == QueryTerm("협동 동조 조합", prefix=False)
    assert query_term("さいたま") == QueryTerm("さい いた たま", prefix=False)


def test_one_character_query_is_a_prefix():
    assert query_term("医") == QueryTerm("医", prefix=True)
    assert query_term("3층") == QueryTerm("3 층", prefix=True)


def test_run_followed_by_a_word_keeps_its_last_character():
    assert query_term("法人NPO") == QueryTerm("法人 人 NPO", prefix=False)
    assert query_term("医療生協 さいたま") == QueryTerm("医療 療生 生協 協 さい いた たま")


def test_run_at_the_end_drops_its_last_character_even_before_punctuation():
    assert query_term("NPO法人。") == QueryTerm("NPO 法人 。", prefix=False)


def test_latin_query_word_is_unchanged():
    assert query_term("cooperatives") == QueryTerm("cooperatives", prefix=False)


def test_query_of_nothing():
    assert query_term("\x00 \u200b") == QueryTerm("", prefix=False)


# --- query_terms ------------------------------------------------------------


def test_query_terms_split_on_whitespace_including_ideographic_space():
    assert query_terms("医療生協\u3000さいたま  협동조합") == [
        QueryTerm("医療 療生 生協"),
        QueryTerm("さい いた たま"),
        QueryTerm("협동 동조 조합"),
    ]


def test_query_terms_drop_words_without_letters_or_digits():
    assert query_terms("!!! 😀 -- health ...") == [QueryTerm("health")]
    assert query_terms("!!! 😀") == []


def test_query_terms_with_a_separator_pattern():
    assert query_terms("study-tour 視察", re.compile(r"[\s\-]+")) == [
        QueryTerm("study"),
        QueryTerm("tour"),
        QueryTerm("視察"),
    ]


def test_required_searches_match_as_phrases():
    assert phrase_found(tokens("視察研修"), query_term("視察"))
    assert phrase_found(tokens("의료복지사회적협동조합"), query_term("협동조합"))
    assert phrase_found(tokens("医療生協さいたま"), query_term("さいたま"))


def test_scattered_bigrams_do_not_match():
    assert not phrase_found(tokens("조합 협동 동조"), query_term("협동조합"))


# --- the invariant: a phrase match is exactly a substring match ----------

CJK_TEXT = st.text(alphabet="가나다医療 ", min_size=1, max_size=30)


@given(text=CJK_TEXT, data=st.data())
def test_every_substring_of_the_text_is_found(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    stop = data.draw(st.integers(start + 1, len(text)))
    query = text[start:stop]
    for term in query_terms(query):
        assert phrase_found(tokens(text), term)


@given(text=CJK_TEXT, query=st.text(alphabet="가나다医療", min_size=1, max_size=5))
def test_a_query_word_is_found_only_where_it_is_a_substring(text, query):
    assert phrase_found(tokens(text), query_term(query)) == (query in text)
