/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Search: the normaliser rule by rule, then the index over the real bundled
 * dataset in both languages. The table says what a person types and what
 * must (and must not) come up; the loops check that every contact can be
 * found by its name and by each of its numbers. */
#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "mado-phone.h"
#include "mado-resources.h"
#include "mado-search-index.h"
#include "mado-search-normalizer.h"
#include "mado-search-result.h"

#define DATASET_PATH "/io/github/madoguchi/Madoguchi/dataset/contacts.json"
/* 80 characters of text, and an ellipsis at either end. */
#define MAX_SNIPPET_CHARS 82

/* Loaded once for all tests (parsing the dataset is the slow part), and
 * checked for leaks at the end of main(). */
static MadoDataset *datasets[2];
static MadoSearchIndex *indexes[2];
static const char * const languages[] = { "ja", "en" };

/* The normaliser */

typedef struct
{
  const char *input;
  const char *expected;
} FoldCase;

static const FoldCase fold_cases[] = {
  /* NFKC: full width, half-width katakana and voiced marks, compatibility forms. */
  { "ＩＰＡ", "ipa" },
  { "ｲﾝﾀｰﾈｯﾄ", "インタネット" },
  { "ﾌｨｯｼﾝｸﾞ", "フィッシング" },
  { "ｶﾞﾊﾟ", "ガパ" },
  { "０５７０－００３－１１０", "0570-003-110" },
  { "①㈱", "1(株)" },
  { "e\xcc\x81", "\xc3\xa9" },
  /* Case folding. */
  { "JPCERT/CC", "jpcert/cc" },
  { "Straße", "strasse" },
  { "ＥｍｏＴｅｔ", "emotet" },
  /* Hiragana to katakana, at both ends of the range; ゝ is outside it. */
  { "ふぃっしんぐ", "フィッシング" },
  { "ぁゖゔ", "ァヶヴ" },
  { "ゝ", "ゝ" },
  /* Long-vowel marks, full and half width. */
  { "インターネット", "インタネット" },
  { "ｻｰﾊﾞｰ", "サバ" },
  /* Middle dots: katakana, Latin, half width. */
  { "ホット・ライン", "ホットライン" },
  { "a·b", "ab" },
  { "ﾎｯﾄ･ﾗｲﾝ", "ホットライン" },
  /* Whitespace of every kind, control and format characters. */
  { "ホット ライン", "ホットライン" },
  { "ホット　ライン", "ホットライン" },
  { " a\tb\nc\r ", "abc" },
  { "a\xe2\x80\x8b" "b", "ab" },
  /* What stays: kanji, punctuation that means something in a URL or address. */
  { "情報処理推進機構", "情報処理推進機構" },
  { "cs-support@ipa.go.jp", "cs-support@ipa.go.jp" },
  { "https://www.antiphishing.jp/", "https://www.antiphishing.jp/" },
  { "#9110", "#9110" },
  { "", "" },
};

static void
test_normalize_rules (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (fold_cases); i++)
    {
      g_autofree char *folded = mado_search_normalize (fold_cases[i].input, -1, NULL);

      g_test_message ("“%s”", fold_cases[i].input);
      g_assert_cmpstr (folded, ==, fold_cases[i].expected);
    }
}

/* The same folding, done the slow way: the whole string at once. */
static char *
reference_fold (const char *text)
{
  g_autofree char *composed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = g_utf8_casefold (composed, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (c == 0x00B7 || c == 0x30FB || c == 0x30FC || c == 0xFF65 || c == 0xFF70 ||
          g_unichar_isspace (c) || type == G_UNICODE_CONTROL || type == G_UNICODE_FORMAT)
        continue;
      if (c >= 0x3041 && c <= 0x3096)
        c += 0x60;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The normaliser folds most Japanese characters without asking GLib; every
 * character of the planes that matter must come out as GLib would have it. */
static void
test_normalize_matches_reference (void)
{
  for (gunichar c = 1; c < 0x10000; c++)
    {
      char text[7] = { 0 };
      g_autofree char *folded = NULL;
      g_autofree char *expected = NULL;

      if ((c >= 0xD800 && c <= 0xDFFF) || g_unichar_ismark (c) || c == 0xFF9E || c == 0xFF9F)
        continue;
      g_unichar_to_utf8 (c, text);
      folded = mado_search_normalize (text, -1, NULL);
      expected = reference_fold (text);
      if (g_strcmp0 (folded, expected) != 0)
        g_error ("U+%04X folds to “%s”, GLib says “%s”", c, folded, expected);
    }
}

static void
test_normalize_offsets (void)
{
  /* "Ｉ" "Ｐ" "Ａ" are 3 bytes each, the space is dropped, and "ｶﾞ" (two
   * characters, 6 bytes) becomes one "ガ" that points at the "ｶ". */
  static const guint32 expected[] = { 0, 3, 6, 10, 10, 10, 16 };
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree char *folded = mado_search_normalize ("ＩＰＡ ｶﾞ", -1, offsets);

  g_assert_cmpstr (folded, ==, "ipaガ");
  g_assert_cmpmem (offsets->data, offsets->len * sizeof (guint32), expected, sizeof expected);

  /* A length, and a string that is not nul-terminated there. */
  g_clear_pointer (&folded, g_free);
  folded = mado_search_normalize ("ABCDEF", 3, offsets);
  g_assert_cmpstr (folded, ==, "abc");
  g_assert_cmpuint (offsets->len, ==, 4);
  g_assert_cmpuint (g_array_index (offsets, guint32, 3), ==, 3);
}

static void
test_normalize_words (void)
{
  g_auto(GStrv) split = mado_search_split_words ("  IPA　届出\t");
  g_auto(GStrv) folded = mado_search_normalize_words ("ＩＰＡ ー ふぃっしんぐ・");
  g_auto(GStrv) nothing = mado_search_normalize_words (" 　ー ・ ");
  const char * const split_expected[] = { "IPA", "届出", NULL };
  const char * const folded_expected[] = { "ipa", "フィッシング", NULL };

  g_assert_cmpstrv (split, split_expected);
  g_assert_cmpstrv (folded, folded_expected);
  g_assert_cmpuint (g_strv_length (nothing), ==, 0);
}

static void
test_normalize_digits (void)
{
  static const FoldCase cases[] = {
    { "0570-003-110", "0570003110" },
    { "0570003110", "0570003110" },
    { "０５７０－００３－１１０", "0570003110" },
    { "#9110", "#9110" },
    { "＃９１１０", "#9110" },
    { "(03) 5978-7509", "0359787509" },
    { "IPA", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *digits = mado_search_normalize_digits (cases[i].input);

      g_assert_cmpstr (digits, ==, cases[i].expected);
    }
}

static void
test_looks_like_phone (void)
{
  static const char * const numbers[] = {
    "0570003110", "0570-003-110", "03 5978 7509", "(03) 5978-7509", "#9110", "#9",
    "＃９", "９１１０", "188", "0570ー003ー110", "+81 3 5978 7509",
  };
  static const char * const not_numbers[] = {
    "12", "#", "IPA", "9110番", "1-2", "03-5978-7509 IPA", "", "##9110", "91#10",
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    if (!mado_search_looks_like_phone (numbers[i]))
      g_error ("“%s” should look like a phone number", numbers[i]);
  for (guint i = 0; i < G_N_ELEMENTS (not_numbers); i++)
    if (mado_search_looks_like_phone (not_numbers[i]))
      g_error ("“%s” should not look like a phone number", not_numbers[i]);
}

/* The index */

static const char *
item_id (GObject *item)
{
  if (MADO_IS_CONTACT (item))
    return mado_contact_get_id (MADO_CONTACT (item));
  if (MADO_IS_GUIDE_NODE (item))
    return mado_guide_node_get_id (MADO_GUIDE_NODE (item));
  return mado_section_get_id (MADO_SECTION (item));
}

/* The position of @id in @results, or -1. */
static int
find_result (GListModel *results,
             const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(MadoSearchResult) result = g_list_model_get_item (results, i);

      if (g_str_equal (item_id (mado_search_result_get_item (result)), id))
        return (int) i;
    }

  return -1;
}

static guint
score_at (GListModel *results,
          guint       position)
{
  g_autoptr(MadoSearchResult) result = g_list_model_get_item (results, position);

  return mado_search_result_get_score (result);
}

/* The position of every item in the dataset's order: the guide's results,
 * contacts, then sections. */
static GHashTable *
dataset_positions (MadoDataset *dataset)
{
  GHashTable *positions = g_hash_table_new (NULL, NULL);
  GListModel *lists[] = { mado_dataset_get_guide_nodes (dataset),
                          mado_dataset_get_contacts (dataset),
                          mado_dataset_get_all_sections (dataset) };
  guint n = 0;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);

        if (MADO_IS_GUIDE_NODE (item) &&
            mado_guide_node_get_kind (MADO_GUIDE_NODE (item)) != MADO_GUIDE_NODE_KIND_RESULT)
          continue;
        g_hash_table_insert (positions, item, GUINT_TO_POINTER (n++));
      }

  return positions;
}

/* What holds for every query: best first, equal scores in dataset order, the
 * kind matches the item, and the snippet is one short, non-empty line. */
static void
check_invariants (MadoDataset *dataset,
                  const char  *query,
                  GListModel  *results)
{
  g_autoptr(GHashTable) positions = dataset_positions (dataset);
  guint previous_score = G_MAXUINT;
  guint previous_position = 0;

  g_assert_true (g_list_model_get_item_type (results) == MADO_TYPE_SEARCH_RESULT);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(MadoSearchResult) result = g_list_model_get_item (results, i);
      GObject *item = mado_search_result_get_item (result);
      guint score = mado_search_result_get_score (result);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (positions, item));
      const char *snippet = mado_search_result_get_snippet (result);

      g_assert_true (g_hash_table_contains (positions, item));
      g_assert_cmpuint (score, >, 0);
      g_assert_cmpuint (score, <=, previous_score);
      if (score == previous_score)
        g_assert_cmpuint (position, >, previous_position);
      previous_score = score;
      previous_position = position;

      if (MADO_IS_CONTACT (item))
        {
          g_assert_cmpint (mado_search_result_get_kind (result), ==, MADO_SEARCH_RESULT_KIND_CONTACT);
          g_assert_true (mado_search_result_get_contact (result) == MADO_CONTACT (item));
          g_assert_null (mado_search_result_get_section (result));
          g_assert_null (mado_search_result_get_guide_node (result));
        }
      else if (MADO_IS_GUIDE_NODE (item))
        {
          g_assert_cmpint (mado_search_result_get_kind (result), ==, MADO_SEARCH_RESULT_KIND_GUIDE);
          g_assert_true (mado_search_result_get_guide_node (result) == MADO_GUIDE_NODE (item));
          g_assert_null (mado_search_result_get_section (result));
          g_assert_null (mado_search_result_get_contact (result));
        }
      else
        {
          g_assert_cmpint (mado_search_result_get_kind (result), ==, MADO_SEARCH_RESULT_KIND_SECTION);
          g_assert_true (mado_search_result_get_section (result) == MADO_SECTION (item));
          g_assert_null (mado_search_result_get_contact (result));
        }

      g_assert_nonnull (snippet);
      g_assert_cmpstr (snippet, !=, "");
      g_assert_null (strchr (snippet, '\n'));
      g_assert_false (g_str_has_prefix (snippet, " ") || g_str_has_prefix (snippet, "… "));
      g_assert_false (g_str_has_suffix (snippet, " ") || g_str_has_suffix (snippet, " …"));
      g_assert_true (g_utf8_validate (snippet, -1, NULL));
      if (g_utf8_strlen (snippet, -1) > MAX_SNIPPET_CHARS)
        g_error ("“%s”: the snippet of %s is too long: “%s”", query, item_id (item), snippet);
    }
}

typedef struct
{
  /* NULL for both languages, or the only one the case is for. */
  const char *language;
  const char *query;
  /* Ids that must be found, and, if top is not 0, within the first top. */
  const char *hits[6];
  guint       top;
  const char *non_hits[4];
  /* Nothing at all may be found. */
  gboolean    nothing;
} QueryCase;

static const QueryCase query_cases[] = {
  /* Full width, half-width katakana, case. */
  { NULL, "ＩＰＡ", { "ipa-anshin", "ipa-cs-support", "ipa-todokede", "ipa-jcrat" }, 8,
    { "jpcert-cc", "antiphishing" } },
  { NULL, "ipa", { "ipa-anshin", "ipa-cs-support", "ipa-security-action" }, 8 },
  { NULL, "ﾌｨｯｼﾝｸﾞ", { "antiphishing", "mpd-phishing110", "check4-01" }, 3 },
  { NULL, "jpcert", { "jpcert-cc" }, 1 },
  { NULL, "JPCERT", { "jpcert-cc" }, 1 },
  { NULL, "ＪＰＣＥＲＴ／ＣＣ", { "jpcert-cc" }, 1 },
  { NULL, "ｎｉｓｃ", { "nisc" }, 1 },
  /* Hiragana for katakana. */
  { NULL, "ふぃっしんぐ", { "antiphishing", "check4-01" }, 3 },
  { NULL, "ほっとらいん", { "consumer-hotline", "mpd-hotline-9110", "ihc", "sia-bullying" }, 4 },
  /* Long-vowel marks and middle dots, typed or left out. */
  { NULL, "インタネット", { "ihc" }, 2 },
  { NULL, "ｲﾝﾀｰﾈｯﾄ", { "ihc", "check4-05" }, 2 },
  { NULL, "インター・ネット", { "ihc" }, 2 },
  { NULL, "ホット ライン", { "consumer-hotline", "mpd-hotline-9110", "ihc", "sia-bullying" }, 4,
    { "antiphishing" } },
  { NULL, "情報・セキュリティ", { "ipa-anshin" }, 2 },
  /* Either language, whatever the interface shows. */
  { NULL, "フィッシング", { "antiphishing", "mpd-phishing110", "check4-01" }, 3 },
  { NULL, "phishing", { "antiphishing", "mpd-phishing110", "check4-01" }, 3 },
  { NULL, "フィッシング対策協議会", { "antiphishing" }, 1 },
  { NULL, "Council of Anti-Phishing", { "antiphishing" }, 1 },
  { NULL, "みんなの人権", { "moj-jinken110" }, 1 },
  { NULL, "human rights hotline", { "moj-jinken110" }, 1, { "moj-jinken" } },
  { NULL, "法テラス", { "houterasu" }, 1 },
  { NULL, "Houterasu", { "houterasu" }, 1 },
  { NULL, "ransomware", { "r-ransomware-org", "r-ransomware-ind", "check4-03" }, 3 },
  { NULL, "ランサムウェア", { "r-ransomware-org", "r-ransomware-ind", "check4-03" }, 3 },
  { NULL, "ｅｍｏｔｅｔ", { "r-emotet-org", "check4-03" }, 2 },
  /* Aliases (the dataset's "search" table): the other forms of a word find
   * what the word finds, in either language, applied when the index is
   * built. */
  { NULL, "ランサム", { "r-ransomware-org", "r-ransomware-ind", "check4-03" }, 3 },
  { NULL, "ransom", { "r-ransomware-org", "r-ransomware-ind", "check4-03" }, 3 },
  { NULL, "らんさむ", { "r-ransomware-org", "check4-03" }, 3 },
  { NULL, "ｴﾓﾃｯﾄ", { "r-emotet-org", "check4-03" }, 2 },
  { NULL, "エモテット", { "r-emotet-org", "check4-03" }, 2 },
  { NULL, "BEC", { "r-bec", "check4-01" }, 2 },
  { NULL, "ビジネスメール詐欺", { "r-bec", "check4-01" }, 2 },
  { NULL, "business email compromise", { "r-bec", "check4-01" }, 2 },
  { NULL, "サポート詐欺", { "r-support-scam-org", "r-support-scam-ind", "check4-01", "ipa-anshin" }, 5 },
  { NULL, "tech support scam", { "r-support-scam-org", "r-support-scam-ind" }, 2 },
  { NULL, "ﾌｨｯｼﾝｸﾞ詐欺", { "antiphishing", "check4-01" } },
  { NULL, "情報漏えい", { "r-leak-org", "r-leak-ind" }, 2 },
  { NULL, "漏洩", { "r-leak-org", "r-leak-ind", "ppc" }, 6 },
  { NULL, "流出", { "r-leak-org", "r-leak-ind" }, 2 },
  { NULL, "leak", { "r-leak-org", "r-leak-ind", "ppc" }, 6 },
  /* "bec" is not a word of "because", nor "leak" of "bleak". */
  { NULL, "BEC", { NULL }, 0, { "ipa-security-action", "tw-sodan" } },
  /* Guide results by the situation. */
  { NULL, "脅迫", { "r-threat-mail" }, 3 },
  { NULL, "fake online shop", { "r-fakeshop-org", "r-fakeshop-ind", "check4-04" }, 4 },
  { NULL, "誹謗中傷", { "r-defamation", "sia-bullying" }, 3 },
  /* The number to call first. */
  { NULL, "110", { "r-emergency" }, 1 },
  { NULL, "１１０", { "r-emergency" }, 1 },
  /* The police's cyber desk before the police's other lines. */
  { NULL, "police", { "mpd-cyber" }, 1 },
  { NULL, "警察", { "mpd-cyber" }, 1 },
  { NULL, "CHECK4-01", { "check4-01" }, 1 },
  { NULL, "check4", { "check4", "check4-11" }, 12, { "check3" } },
  { NULL, "Tokyo Metropolitan Government", { "tokyo-sme-programme", "tokyo-sme-cyber" }, 2 },
  /* Phone numbers, by their digits however typed. */
  { NULL, "0570003110", { "moj-jinken110" }, 1, { "houterasu" } },
  { NULL, "0570-003-110", { "moj-jinken110" }, 1, { "houterasu" } },
  { NULL, "0570 003 110", { "moj-jinken110" }, 1 },
  { NULL, "０５７０－００３－１１０", { "moj-jinken110" }, 1 },
  { NULL, "0570ー003ー110", { "moj-jinken110" }, 1 },
  { NULL, "0570", { "moj-jinken110", "houterasu" }, 2 },
  { NULL, "#9110", { "mpd-hotline-9110" }, 1 },
  { NULL, "＃９１１０", { "mpd-hotline-9110" }, 1 },
  { NULL, "９１１０", { "mpd-hotline-9110" }, 1 },
  { NULL, "188", { "consumer-hotline" }, 1 },
  { NULL, "03-5978-7509", { "ipa-anshin" }, 1, { "ipa-jcrat", "ipa-security-action" } },
  { NULL, "0359787599", { "ipa-jcrat" }, 1, { "ipa-anshin" } },
  { NULL, "0120-861009", { "tw-sodan" }, 1, { "tokyo-telework" } },
  /* Addresses. */
  { NULL, "antiphishing.jp", { "antiphishing" }, 1 },
  { NULL, "www.antiphishing.jp/registration", { "antiphishing" }, 1 },
  { NULL, "cs-support", { "ipa-cs-support" }, 1 },
  { NULL, "cs-support@ipa.go.jp", { "ipa-cs-support" }, 1 },
  { NULL, "TOKUSOU@IPA.GO.JP", { "ipa-jcrat" }, 1 },
  /* Several words: each must match somewhere. */
  { NULL, "IPA 届出", { "ipa-todokede" }, 1, { "ipa-presenter", "jpcert-cc" } },
  { NULL, "IPA 届出", { "check4-08" }, 8 },
  { NULL, "警視庁 フィッシング", { "mpd-phishing110" }, 1, { "mpd-cyber", "antiphishing" } },
  { NULL, "IPA　ｾｷｭﾘﾃｨ 相談", { "ipa-anshin", "ipa-cs-support" }, 3, { "mpd-cyber" } },
  { NULL, "ﾎｯﾄﾗｲﾝ xyzzy", { NULL }, 0, { NULL }, TRUE },
  { NULL, "188 xyzzy", { NULL }, 0, { NULL }, TRUE },
  /* Nothing. */
  { NULL, "xyzzy", { NULL }, 0, { NULL }, TRUE },
  { NULL, "0120-123-456", { NULL }, 0, { NULL }, TRUE },
  { NULL, "#7777", { NULL }, 0, { NULL }, TRUE },
  { NULL, "", { NULL }, 0, { NULL }, TRUE },
  { NULL, " 　\t", { NULL }, 0, { NULL }, TRUE },
  { NULL, "ー・", { NULL }, 0, { NULL }, TRUE },
};

typedef struct
{
  guint             language;
  const QueryCase  *query_case;
} QueryTest;

static void
test_query (gconstpointer data)
{
  const QueryTest *test = data;
  const QueryCase *c = test->query_case;
  g_autoptr(GListModel) results = mado_search_index_query (indexes[test->language], c->query);

  g_test_message ("“%s” in %s: %u results", c->query, languages[test->language],
                  g_list_model_get_n_items (results));
  check_invariants (datasets[test->language], c->query, results);

  if (c->nothing)
    g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (c->hits) && c->hits[i] != NULL; i++)
    {
      int position = find_result (results, c->hits[i]);

      if (position < 0)
        g_error ("“%s” in %s: %s not found", c->query, languages[test->language], c->hits[i]);
      if (c->top > 0 && position >= (int) c->top)
        g_error ("“%s” in %s: %s is at %d, not in the first %u", c->query,
                 languages[test->language], c->hits[i], position, c->top);
    }

  for (guint i = 0; i < G_N_ELEMENTS (c->non_hits) && c->non_hits[i] != NULL; i++)
    if (find_result (results, c->non_hits[i]) >= 0)
      g_error ("“%s” in %s: %s found", c->query, languages[test->language], c->non_hits[i]);
}

/* @id comes up for each of @queries, with no better match above it. */
static void
check_found_among_best (MadoSearchIndex *index,
                       const char      *id,
                       const char * const *queries)
{
  for (guint q = 0; queries[q] != NULL; q++)
    {
      g_autoptr(GListModel) results = mado_search_index_query (index, queries[q]);
      int position = find_result (results, id);

      if (position < 0)
        g_error ("%s not found by “%s”", id, queries[q]);
      if (score_at (results, (guint) position) != score_at (results, 0))
        g_error ("%s found by “%s” below a better match", id, queries[q]);
    }
}

/* Its organisation and desk in both languages, and each of its numbers as
 * written and as digits. */
static GStrv
contact_queries (MadoContact *ja,
                 MadoContact *en)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *phones = mado_contact_get_phones (ja);

  g_strv_builder_add (builder, mado_contact_get_organisation (ja));
  g_strv_builder_add (builder, mado_contact_get_organisation (en));
  if (mado_contact_get_desk (ja) != NULL)
    {
      g_strv_builder_add (builder, mado_contact_get_desk (ja));
      g_strv_builder_add (builder, mado_contact_get_desk (en));
    }
  for (guint i = 0; i < g_list_model_get_n_items (phones); i++)
    {
      g_autoptr(MadoPhone) phone = g_list_model_get_item (phones, i);
      g_autofree char *digits = mado_phone_dup_digits (phone);

      g_strv_builder_add (builder, mado_phone_get_number (phone));
      g_strv_builder_add (builder, digits);
    }

  return g_strv_builder_end (builder);
}

static void
test_every_contact (void)
{
  GListModel *contacts = mado_dataset_get_contacts (datasets[0]);

  g_assert_cmpuint (g_list_model_get_n_items (contacts), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoContact) ja = g_list_model_get_item (contacts, i);
      MadoContact *en = mado_dataset_lookup_contact (datasets[1], mado_contact_get_id (ja));
      g_auto(GStrv) queries = contact_queries (ja, en);

      for (guint l = 0; l < G_N_ELEMENTS (indexes); l++)
        check_found_among_best (indexes[l], mado_contact_get_id (ja), (const char * const *) queries);
    }
}

/* Every section comes up for its title and its CHECK number. */
static void
test_every_section (void)
{
  GListModel *sections = mado_dataset_get_all_sections (datasets[0]);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(MadoSection) ja = g_list_model_get_item (sections, i);
      MadoSection *en = mado_dataset_lookup_section (datasets[1], mado_section_get_id (ja));
      const char * const queries[] = {
        mado_section_get_title (ja), mado_section_get_title (en),
        mado_section_get_check (ja) != NULL ? mado_section_get_check (ja) : mado_section_get_label (ja),
        NULL
      };

      for (guint l = 0; l < G_N_ELEMENTS (indexes); l++)
        check_found_among_best (indexes[l], mado_section_get_id (ja), queries);
    }
}

/* A match in a name beats one in the body; a whole name beats part of one. */
static void
test_ranking (void)
{
  struct { const char *query; const char *better; const char *worse; } cases[] = {
    { "ホットライン", "consumer-hotline", "moj-jinken110" },
    { "警視庁", "mpd-hotline-9110", "check4-11" },
    { "フィッシング対策協議会", "antiphishing", "prevent1" },
    { "Police", "mpd-hotline-9110", "mpd-phishing110" },
    /* The data names the cyber desk first for "police" and "警察". */
    { "Police", "mpd-cyber", "mpd-hotline-9110" },
    { "警察", "mpd-cyber", "mpd-police-station" },
    { "警察", "mpd-cyber", "npa-online" },
    { "110", "r-emergency", "moj-jinken110" },
    { "110", "r-emergency", "mpd-phishing110" },
    /* An alias counts as part of a name, never as a whole one. */
    { "ransom", "r-ransomware-org", "check4-03" },
    { "0570", "houterasu", "sia-bullying" },
  };

  for (guint l = 0; l < G_N_ELEMENTS (indexes); l++)
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(GListModel) results = mado_search_index_query (indexes[l], cases[i].query);
        int better = find_result (results, cases[i].better);
        int worse = find_result (results, cases[i].worse);

        g_test_message ("“%s” in %s", cases[i].query, languages[l]);
        g_assert_cmpint (better, >=, 0);
        g_assert_cmpint (worse, >=, 0);
        g_assert_cmpuint (score_at (results, (guint) better), >, score_at (results, (guint) worse));
      }
}

static char *
snippet_of (guint       language,
            const char *query,
            const char *id)
{
  g_autoptr(GListModel) results = mado_search_index_query (indexes[language], query);
  g_autoptr(MadoSearchResult) result = NULL;
  int position = find_result (results, id);

  g_assert_cmpint (position, >=, 0);
  result = g_list_model_get_item (results, (guint) position);
  return g_strdup (mado_search_result_get_snippet (result));
}

static void
test_snippets (void)
{
  struct { guint language; const char *query; const char *id; const char *expected; } cases[] = {
    /* The matching part, in the interface's language. */
    { 0, "ふぃっしんぐ", "check4-01", "フィッシングの情報提供先" },
    { 0, "みんなの人権", "sia-bullying", "「みんなの人権110番」" },
    { 1, "human rights hotline", "sia-bullying", "Ministry of Justice human rights hotline" },
    /* A number: the whole number and what it is for. */
    { 0, "0570003110", "moj-jinken110", "0570-003-110（人権相談）" },
    { 1, "０５７０ー００３ー１１０", "moj-jinken110", "0570-003-110 (Human-rights consultations)" },
    { 0, "#9110", "mpd-hotline-9110", "#9110（警察への相談）" },
    { 0, "cs-support", "ipa-cs-support", "cs-support@ipa.go.jp" },
    /* Only the name matched, or only the other language: the description. */
    { 0, "phishing", "antiphishing", "フィッシング詐欺に関する事例情報" },
    { 1, "フィッシング", "antiphishing", "Publishes phishing cases" },
    { 1, "IPA", "ipa-cs-support", "Cybersecurity consultations from companies" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *snippet = snippet_of (cases[i].language, cases[i].query, cases[i].id);

      if (strstr (snippet, cases[i].expected) == NULL)
        g_error ("“%s”, %s: “%s” is not in the snippet “%s”", cases[i].query, cases[i].id,
                 cases[i].expected, snippet);
    }
}

/* A match deep in a long text is shown with context, cut with "…" at both
 * ends, and never longer than the limit. */
static void
test_snippet_cut (void)
{
  g_autofree char *snippet = snippet_of (0, "感染の拡大が試みられた", "check4-03");

  g_assert_true (g_str_has_prefix (snippet, "…"));
  g_assert_nonnull (strstr (snippet, "感染の拡大が試みられた"));
  g_assert_cmpuint (g_utf8_strlen (snippet, -1), <=, MAX_SNIPPET_CHARS);
}

static void
test_empty_query (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (indexes); l++)
    {
      g_autoptr(GListModel) results = mado_search_index_query (indexes[l], "");

      g_assert_true (G_IS_LIST_MODEL (results));
      g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
    }
}

/* A result keeps the index (and so the dataset) alive for its snippet, and
 * lets them go with it. */
static void
test_lifetimes (void)
{
  g_autoptr(GError) error = NULL;
  MadoDataset *dataset = mado_dataset_new_from_resource (DATASET_PATH, "ja", &error);
  MadoSearchIndex *index;
  GListModel *results;
  g_autoptr(MadoSearchResult) result = NULL;

  g_assert_no_error (error);
  index = mado_search_index_new (dataset);
  g_object_add_weak_pointer (G_OBJECT (index), (gpointer *) &index);
  g_assert_true (mado_search_index_get_dataset (index) == dataset);

  results = mado_search_index_query (index, "188");
  result = g_list_model_get_item (results, 0);
  g_assert_finalize_object (results);
  g_object_unref (index);

  g_assert_nonnull (index);
  g_assert_cmpstr (item_id (mado_search_result_get_item (result)), ==, "consumer-hotline");
  g_assert_nonnull (strstr (mado_search_result_get_snippet (result), "188"));

  g_clear_object (&result);
  g_assert_null (index);
  g_assert_finalize_object (dataset);
}

/* Ids survive the trip out of the process and back; anything else names
 * nothing. */
static void
test_item_ids (void)
{
  const char *ids[] = { "contact:mpd-cyber", "section:check4-03", "guide:r-emergency" };
  const char *unknown[] = { "", "contact:", "contact:nobody", "section:check9", "guide:q-emergency",
                            "guide:nothing", "mpd-cyber", "CONTACT:mpd-cyber", "contact:mpd-cyber " };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      GObject *item = mado_search_index_lookup_item (indexes[0], ids[i]);
      g_autofree char *id = NULL;

      g_assert_nonnull (item);
      id = mado_search_index_dup_item_id (item);
      g_assert_cmpstr (id, ==, ids[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    g_assert_null (mado_search_index_lookup_item (indexes[0], unknown[i]));
}

/* Every result of the guide can be reached from the start, as the guide
 * would have led there. */
static void
test_walk_to (void)
{
  GListModel *nodes = mado_dataset_get_guide_nodes (datasets[0]);
  guint n_results = 0;

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(MadoGuideNode) node = g_list_model_get_item (nodes, i);
      g_autoptr(MadoGuideWalk) walk = mado_guide_walk_new (datasets[0]);

      if (mado_guide_node_get_kind (node) != MADO_GUIDE_NODE_KIND_RESULT)
        continue;
      n_results++;
      g_assert_true (mado_search_index_walk_to (indexes[0], walk, node));
      g_assert_true (mado_guide_walk_get_current (walk) == node);
      g_assert_cmpuint (mado_guide_walk_get_n_steps (walk), >, 0);
    }
  g_assert_cmpuint (n_results, >, 10);
}

/* A contact whose card is on several pages opens on its own page, as the
 * data says, not on the first page that shows it. */
static void
test_home_sections (void)
{
  struct { const char *contact; const char *section; } cases[] = {
    { "ipa-anshin", "check4-09" },          /* also on CHECK1, first */
    { "mpd-cyber", "check4-10" },           /* also on CHECK4-04, first */
    { "mpd-police-station", "check4-11" },  /* also on CHECK3-03 and CHECK4-04 */
    { "ipa-todokede", "check4-08" },
    { "nisc", "check4-03" },                /* no home named: the first page */
    { "consumer-hotline", "check3-02" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      MadoSection *section = mado_dataset_find_contact_section (datasets[0], cases[i].contact);

      g_assert_nonnull (section);
      g_assert_cmpstr (mado_section_get_id (section), ==, cases[i].section);
    }
}

/* The bundled dataset with its "search" member replaced by @table (JSON),
 * loaded; returns the error message or NULL. */
static char *
load_with_search_table (const char *table)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (DATASET_PATH, 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) table_parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(MadoDataset) dataset = NULL;
  g_autoptr(GBytes) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                             (gssize) g_bytes_get_size (bytes), NULL));
  g_assert_true (json_parser_load_from_data (table_parser, table, -1, NULL));
  json_object_set_member (json_node_get_object (json_parser_get_root (parser)), "search",
                          json_node_copy (json_parser_get_root (table_parser)));
  json_generator_set_root (generator, json_parser_get_root (parser));
  data = json_generator_to_data (generator, &length);
  edited = g_bytes_new_take (g_steal_pointer (&data), length);
  dataset = mado_dataset_new_from_bytes (edited, "ja", &error);
  g_assert_true ((dataset == NULL) == (error != NULL));
  return error != NULL ? g_strdup (error->message) : NULL;
}

static void
test_search_table_errors (void)
{
  struct { const char *table; const char *message; } cases[] = {
    { "{\"aliases\": [{\"terms\": [\"a\", \"b\"]}], \"homes\": []}", NULL },
    { "{}", NULL },
    { "[]", "$.search: expected an object" },
    { "{\"alias\": []}", "$.search: unknown field “alias”" },
    { "{\"aliases\": {}}", "$.search.aliases: " },
    { "{\"aliases\": [{\"terms\": [\"a\"]}]}", "$.search.aliases[0].terms: needs at least 2" },
    { "{\"aliases\": [{\"terms\": [\"a\", 1]}]}", "$.search.aliases[0].terms[1]: expected a string" },
    { "{\"aliases\": [{\"terms\": [\"a\", \"b\"]}, {\"terms\": [\"a\", \" \"]}]}",
      "$.search.aliases[1].terms[1]: must not be empty" },
    { "{\"aliases\": [{\"terms\": [\"a\", \"b\\nc\"]}]}", "$.search.aliases[0].terms[1]: a search term is one line" },
    { "{\"aliases\": [{\"terms\": [\"a\", \"b\"], \"first\": [\"nobody\"]}]}",
      "$.search.aliases[0].first[0]: " },
    { "{\"aliases\": [{\"words\": [\"a\", \"b\"]}]}", "$.search.aliases[0]: unknown field “words”" },
    { "{\"homes\": [{\"contact\": \"nobody\", \"section\": \"check1\"}]}", "$.search.homes[0].contact: " },
    { "{\"homes\": [{\"contact\": \"ipa-anshin\", \"section\": \"check9\"}]}", "$.search.homes[0].section: " },
    { "{\"homes\": [{\"contact\": \"ipa-anshin\", \"section\": \"check4-10\"}]}",
      "$.search.homes[0].section: the section “check4-10” does not show the card of “ipa-anshin”" },
    { "{\"homes\": [{\"contact\": \"ipa-anshin\", \"section\": \"check1\"}, "
      "{\"contact\": \"ipa-anshin\", \"section\": \"check4-09\"}]}",
      "$.search.homes[1].contact: the contact “ipa-anshin” already has a home section" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = load_with_search_table (cases[i].table);

      g_test_message ("%s → %s", cases[i].table, message != NULL ? message : "(loaded)");
      if (cases[i].message == NULL)
        g_assert_null (message);
      else if (message == NULL || !g_str_has_prefix (message, cases[i].message))
        g_error ("%s: expected “%s…”, got “%s”", cases[i].table, cases[i].message, message);
    }
}

static void
add_query_tests (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint i = 0; i < G_N_ELEMENTS (query_cases); i++)
      {
        const QueryCase *c = &query_cases[i];
        g_autofree char *path = NULL;
        QueryTest *test;

        if (c->language != NULL && !g_str_equal (c->language, languages[l]))
          continue;

        test = g_new0 (QueryTest, 1);
        test->language = l;
        test->query_case = c;
        path = g_strdup_printf ("/search/query/%s/%02u", languages[l], i);
        g_test_add_data_func_full (path, test, test_query, g_free);
      }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* So that messages show the Japanese queries rather than "?". */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  mado_register_resource ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(GError) error = NULL;

      datasets[l] = mado_dataset_new_from_resource (DATASET_PATH, languages[l], &error);
      g_assert_no_error (error);
      indexes[l] = mado_search_index_new (datasets[l]);
    }

  g_test_add_func ("/search/normalize/rules", test_normalize_rules);
  g_test_add_func ("/search/normalize/reference", test_normalize_matches_reference);
  g_test_add_func ("/search/normalize/offsets", test_normalize_offsets);
  g_test_add_func ("/search/normalize/words", test_normalize_words);
  g_test_add_func ("/search/normalize/digits", test_normalize_digits);
  g_test_add_func ("/search/normalize/phone", test_looks_like_phone);
  add_query_tests ();
  g_test_add_func ("/search/every-contact", test_every_contact);
  g_test_add_func ("/search/every-section", test_every_section);
  g_test_add_func ("/search/ranking", test_ranking);
  g_test_add_func ("/search/snippets", test_snippets);
  g_test_add_func ("/search/snippet-cut", test_snippet_cut);
  g_test_add_func ("/search/empty", test_empty_query);
  g_test_add_func ("/search/lifetimes", test_lifetimes);
  g_test_add_func ("/search/item-ids", test_item_ids);
  g_test_add_func ("/search/home-sections", test_home_sections);
  g_test_add_func ("/search/walk-to", test_walk_to);
  g_test_add_func ("/search/table-errors", test_search_table_errors);

  status = g_test_run ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_assert_finalize_object (g_steal_pointer (&indexes[l]));
      g_assert_finalize_object (g_steal_pointer (&datasets[l]));
    }

  return status;
}
