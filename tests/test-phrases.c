/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The phrases of Japanese titles: the bundled file loads and knows the
 * dataset's titles, lookups give the byte offsets of phrase starts, and a
 * malformed file is refused with the JSON path of its defect. */
#include <locale.h>
#include <string.h>

#include "mado-dataset.h"
#include "mado-dataset-error.h"
#include "mado-phrases.h"
#include "mado-resources.h"
#include "mado-section.h"

static MadoPhrases *
phrases_from_string (const char  *json,
                     GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return mado_phrases_new_from_bytes (bytes, error);
}

static MadoPhrases *
bundled_phrases (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/io/github/madoguchi/Madoguchi/dataset/ja-phrases.json",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  MadoPhrases *phrases;

  g_assert_no_error (error);
  phrases = mado_phrases_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  return phrases;
}

static void
test_lookup (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MadoPhrases) phrases = phrases_from_string (
    "{\"_comment\": \"x\", \"phrases\": [[\"ランサムウェアに\", \"感染した\"]], \"interface\": [[\"窓口\"]]}", &error);
  const guint *offsets;
  guint n = 99;

  g_assert_no_error (error);
  g_assert_cmpuint (mado_phrases_get_n_texts (phrases), ==, 2);

  offsets = mado_phrases_lookup (phrases, "ランサムウェアに感染した", &n);
  g_assert_nonnull (offsets);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (offsets[0], ==, 0);
  g_assert_cmpuint (offsets[1], ==, strlen ("ランサムウェアに"));
  g_assert_cmpuint (offsets[2], ==, strlen ("ランサムウェアに感染した"));

  offsets = mado_phrases_lookup (phrases, "窓口", &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (offsets[1], ==, strlen ("窓口"));

  g_assert_null (mado_phrases_lookup (phrases, "ランサムウェア", &n));
  g_assert_cmpuint (n, ==, 0);
}

static void
test_malformed (void)
{
  static const struct {
    const char *json;
    const char *message;
  } cases[] = {
    { "{\"phrases\": {}}", "$.phrases: expected an array" },
    { "{}", "$.phrases: expected an array" },
    { "[]", "$: expected an object" },
    { "{\"phrases\": [], \"interface\": 1}", "$.interface: expected an array" },
    { "{\"phrases\": [], \"interface\": [[\"a\", 2]]}", "$.interface[0][1]: expected a non-empty string" },
    { "{\"phrases\": [[]]}", "$.phrases[0]: expected a non-empty array of phrases" },
    { "{\"phrases\": [[\"a\"], \"b\"]}", "$.phrases[1]: expected a non-empty array of phrases" },
    { "{\"phrases\": [[\"a\", 3]]}", "$.phrases[0][1]: expected a non-empty string" },
    { "{\"phrases\": [[\"a\", \"\"]]}", "$.phrases[0][1]: expected a non-empty string" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MadoPhrases) phrases = phrases_from_string (cases[i].json, &error);

      g_assert_null (phrases);
      g_assert_error (error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_WRONG_TYPE);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }

  {
    g_autoptr(GError) error = NULL;
    g_assert_null (phrases_from_string ("{\"phrases\": [", &error));
    g_assert_nonnull (error);
  }
}

static void
check_section_titles (MadoPhrases *phrases,
                      GListModel  *sections,
                      guint       *n_checked)
{
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(MadoSection) section = g_list_model_get_item (sections, i);
      const char *title = mado_section_get_title (section);
      guint n;

      if (mado_phrases_lookup (phrases, title, &n) == NULL)
        g_error ("no phrases for the section title “%s”", title);
      (*n_checked)++;
      check_section_titles (phrases, mado_section_get_children (section), n_checked);
    }
}

/* The committed file and the bundled dataset agree (the "phrases" test
 * checks every field; this checks what the app really looks up). */
static void
test_bundled (void)
{
  g_autoptr(MadoPhrases) phrases = bundled_phrases ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MadoDataset) dataset = NULL;
  guint n_checked = 0;

  g_setenv ("LANGUAGE", "ja", TRUE);
  dataset = mado_dataset_new_from_resource ("/io/github/madoguchi/Madoguchi/dataset/contacts.json",
                                            "ja", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mado_phrases_get_n_texts (phrases), >=, 100);
  check_section_titles (phrases, mado_dataset_get_sections (dataset), &n_checked);
  g_assert_cmpuint (n_checked, >=, 20);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  mado_register_resource ();

  g_test_add_func ("/phrases/lookup", test_lookup);
  g_test_add_func ("/phrases/malformed", test_malformed);
  g_test_add_func ("/phrases/bundled", test_bundled);

  return g_test_run ();
}
