/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dates on content, against an injected "today": older blocks come after the
 * current ones; the loader checks the dates, the threshold, the sources of
 * guide results and the audience of answers. Built on tests/fixtures/minimal.json. */
#include <string.h>

#include <json-glib/json-glib.h>

#include "mado-dataset.h"
#include "mado-guide-answer.h"
#include "mado-link.h"

static JsonNode *
minimal (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "minimal.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static MadoDataset *
load (JsonNode  *root,
      GError   **error)
{
  g_autofree char *text = json_to_string (root, FALSE);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return mado_dataset_new_from_bytes (bytes, "en", error);
}

static JsonObject *
block (JsonNode *root,
       guint     index)
{
  JsonObject *section = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (root), "sections"), 0);

  return json_array_get_object_element (json_object_get_array_member (section, "blocks"), index);
}

static JsonObject *
guide_node (JsonNode *root,
            guint     index)
{
  JsonObject *guide = json_object_get_object_member (json_node_get_object (root), "guide");

  return json_array_get_object_element (json_object_get_array_member (guide, "nodes"), index);
}

static void
assert_refused (JsonNode         *root,
                MadoDatasetError  code,
                const char       *path)
{
  g_autoptr(GError) error = NULL;
  MadoDataset *dataset = load (root, &error);

  g_assert_null (dataset);
  g_assert_error (error, MADO_DATASET_ERROR, (int) code);
  if (!g_str_has_prefix (error->message, path))
    g_error ("“%s” does not start with %s", error->message, path);
}

/* Block 0 (a heading) dated 2022-03-04; block 6 (links) without a date of
 * its own but whose only link dates from 2021. */
static JsonNode *
dated (void)
{
  JsonNode *root = minimal ();
  JsonObject *links = block (root, 6);

  json_object_set_string_member (block (root, 0), "updated", "2022-03-04");
  json_object_set_string_member (json_array_get_object_element (json_object_get_array_member (links, "links"), 0),
                                 "published", "2021-01-01");
  return root;
}

static void
test_arrange (void)
{
  g_autoptr(JsonNode) root = dated ();
  g_autoptr(GError) error = NULL;
  MadoDataset *dataset = load (root, &error);
  MadoSection *section;
  g_autoptr(GDateTime) late = g_date_time_new_utc (2026, 12, 2, 0, 0, 0);
  g_autoptr(GDateTime) early = g_date_time_new_utc (2023, 6, 1, 0, 0, 0);
  g_autoptr(GPtrArray) blocks = NULL;
  GListModel *all;
  guint n_current = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (mado_dataset_get_current_years (dataset), ==, 2);
  section = mado_dataset_lookup_section (dataset, "check1");
  all = mado_section_get_blocks (section);

  /* In 2026 both are more than two years old: they go last, in page order. */
  blocks = mado_section_arrange_blocks (section, late, 2, &n_current);
  g_assert_cmpuint (blocks->len, ==, g_list_model_get_n_items (all));
  g_assert_cmpuint (n_current, ==, blocks->len - 2);
  g_assert_true (g_ptr_array_index (blocks, n_current) == g_list_model_get_item (all, 0));
  g_object_unref (g_ptr_array_index (blocks, n_current));
  g_assert_true (g_ptr_array_index (blocks, n_current + 1) == g_list_model_get_item (all, 6));
  g_object_unref (g_ptr_array_index (blocks, n_current + 1));
  g_assert_cmpint (g_date_time_get_year (mado_block_get_date (g_ptr_array_index (blocks, n_current + 1))), ==, 2021);
  g_clear_pointer (&blocks, g_ptr_array_unref);

  /* In mid-2023 the 2022 heading is current; the 2021 links are not. */
  blocks = mado_section_arrange_blocks (section, early, 2, &n_current);
  g_assert_cmpuint (n_current, ==, blocks->len - 1);
  g_assert_true (mado_block_is_older (g_ptr_array_index (blocks, n_current), early, 2));
  g_assert_false (mado_block_is_older (g_ptr_array_index (blocks, 0), early, 2));

  /* Undated content is never older. */
  g_assert_false (mado_date_is_older (NULL, late, 2));

  g_clear_pointer (&blocks, g_ptr_array_unref);
  g_assert_finalize_object (dataset);
}

static void
test_current_years (void)
{
  g_autoptr(JsonNode) root = minimal ();
  JsonObject *meta = json_object_get_object_member (json_node_get_object (root), "meta");
  g_autoptr(GError) error = NULL;
  MadoDataset *dataset;

  json_object_set_int_member (meta, "current_years", 5);
  dataset = load (root, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mado_dataset_get_current_years (dataset), ==, 5);
  g_assert_finalize_object (dataset);

  json_object_set_int_member (meta, "current_years", 0);
  assert_refused (root, MADO_DATASET_ERROR_BAD_VALUE, "$.meta.current_years");
}

static void
test_refused_dates (void)
{
  g_autoptr(JsonNode) root = minimal ();
  g_autoptr(JsonNode) late_check = minimal ();
  JsonObject *heading = block (root, 0);
  JsonObject *contact;

  json_object_set_string_member (heading, "published", "2024-01-01");
  json_object_set_string_member (heading, "updated", "2023-01-01");
  assert_refused (root, MADO_DATASET_ERROR_BAD_DATE, "$.sections[0].blocks[0].updated");

  /* reviewed 2026-11-26 cannot precede a contact's check. */
  contact = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (late_check), "contacts"), 1);
  json_object_set_string_member (contact, "checked", "2026-12-01");
  assert_refused (late_check, MADO_DATASET_ERROR_BAD_DATE, "$.contacts[1].checked");
}

static JsonObject *
source (const char *date)
{
  JsonObject *object = json_object_new ();
  JsonObject *label = json_object_new ();

  json_object_set_string_member (label, "ja", "出典");
  json_object_set_string_member (label, "en", "Source");
  json_object_set_string_member (object, "url", "https://example.org/advice");
  json_object_set_object_member (object, "label", label);
  if (date != NULL)
    json_object_set_string_member (object, "date", date);
  return object;
}

static void
test_sources_and_audience (void)
{
  g_autoptr(JsonNode) root = minimal ();
  JsonArray *sources = json_array_new ();
  JsonObject *answer = json_array_get_object_element (
    json_object_get_array_member (guide_node (root, 0), "answers"), 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(MadoGuideAnswer) first = NULL;
  g_autoptr(MadoLink) cited = NULL;
  MadoDataset *dataset;
  MadoGuideNode *result;

  json_array_add_object_element (sources, source ("2025-04-01"));
  json_object_set_array_member (guide_node (root, 1), "sources", sources);
  json_object_set_string_member (answer, "audience", "organisations");
  dataset = load (root, &error);
  g_assert_no_error (error);

  result = mado_dataset_lookup_guide_node (dataset, "r-virus");
  g_assert_cmpuint (g_list_model_get_n_items (mado_guide_node_get_sources (result)), ==, 1);
  cited = g_list_model_get_item (mado_guide_node_get_sources (result), 0);
  g_assert_cmpstr (mado_link_get_url (cited), ==, "https://example.org/advice");
  g_assert_cmpint (g_date_time_get_year (mado_link_get_date (cited)), ==, 2025);
  g_assert_cmpuint (g_list_model_get_n_items (mado_guide_node_get_sources (
    mado_dataset_lookup_guide_node (dataset, "r-unsure"))), ==, 0);
  first = g_list_model_get_item (mado_guide_node_get_answers (mado_dataset_get_guide_start (dataset)), 0);
  g_assert_cmpint (mado_guide_answer_get_audience (first), ==, MADO_AUDIENCE_ORGANISATIONS);
  g_clear_object (&cited);
  g_clear_object (&first);
  g_assert_finalize_object (dataset);

  /* A source needs its date; an answer's audience is one of two words. */
  json_array_add_object_element (sources, source (NULL));
  assert_refused (root, MADO_DATASET_ERROR_MISSING_FIELD, "$.guide.nodes[1].sources[1]");
  json_array_remove_element (sources, 1);
  json_object_set_string_member (answer, "audience", "both");
  assert_refused (root, MADO_DATASET_ERROR_BAD_VALUE, "$.guide.nodes[0].answers[0].audience");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dates/arrange", test_arrange);
  g_test_add_func ("/dates/current-years", test_current_years);
  g_test_add_func ("/dates/refused", test_refused_dates);
  g_test_add_func ("/dates/sources-and-audience", test_sources_and_audience);

  return g_test_run ();
}
