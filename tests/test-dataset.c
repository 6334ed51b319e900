/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The loader: the bundled dataset loads in both languages, the minimal
 * fixture comes out field by field, and every malformed fixture is refused
 * with the right code and the JSON path of its defect. */
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "mado-dataset.h"
#include "mado-block.h"
#include "mado-email.h"
#include "mado-guide-answer.h"
#include "mado-link.h"
#include "mado-phone.h"
#include "mado-resources.h"

#define BUNDLED "/io/github/madoguchi/Madoguchi/dataset/contacts.json"

static MadoDataset *
load_fixture (const char  *name,
              const char  *language,
              GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return mado_dataset_new_from_file (file, language, error);
}

static void
test_minimal_contact (void)
{
  g_autoptr(GError) error = NULL;
  MadoDataset *dataset = load_fixture ("minimal.json", "en", &error);
  MadoContact *desk;
  g_autoptr(MadoPhone) phone = NULL;
  g_autoptr(MadoLink) secure = NULL;
  g_autoptr(MadoLink) plain = NULL;
  g_autoptr(MadoEmail) email = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *mailto = NULL;

  g_assert_no_error (error);
  desk = mado_dataset_lookup_contact (dataset, "desk-a");
  g_assert_nonnull (desk);
  g_assert_cmpstr (mado_contact_get_organisation (desk), ==, "Desk A");
  g_assert_cmpstr (mado_contact_get_desk (desk), ==, "Consultation desk");
  g_assert_cmpint (mado_contact_get_audience (desk), ==, MADO_AUDIENCE_BOTH);
  g_assert_cmpint (mado_contact_get_status (desk), ==, MADO_CONTACT_STATUS_UPDATED);
  g_assert_cmpstr (mado_contact_get_change (desk), ==, "The number changed");
  g_assert_cmpstr (mado_contact_get_notes (desk)[0], ==, "Businesses are not accepted");
  g_assert_cmpint (g_date_time_get_year (mado_contact_get_checked (desk)), ==, 2025);

  phone = g_list_model_get_item (mado_contact_get_phones (desk), 0);
  g_assert_cmpstr (mado_phone_get_number (phone), ==, "03-0000-0000");
  g_assert_cmpstr (mado_phone_get_label (phone), ==, "Consultations");
  digits = mado_phone_dup_digits (phone);
  g_assert_cmpstr (digits, ==, "0300000000");

  secure = g_list_model_get_item (mado_contact_get_links (desk), 0);
  plain = g_list_model_get_item (mado_contact_get_links (desk), 1);
  g_assert_true (mado_link_get_encrypted (secure));
  g_assert_false (mado_link_get_encrypted (plain));
  g_assert_cmpint (mado_link_get_kind (plain), ==, MADO_LINK_KIND_GUIDE);

  email = g_list_model_get_item (mado_contact_get_emails (desk), 0);
  mailto = mado_email_dup_uri (email);
  g_assert_cmpstr (mailto, ==, "mailto:desk@example.org");

  /* Search must find a contact by its name in both languages. */
  g_assert_nonnull (strstr (mado_contact_get_search_names (desk), "窓口A"));
  g_assert_nonnull (strstr (mado_contact_get_search_names (desk), "Desk A"));
  g_assert_nonnull (strstr (mado_contact_get_search_body (desk), "03-0000-0000"));

  g_clear_object (&phone);
  g_clear_object (&secure);
  g_clear_object (&plain);
  g_clear_object (&email);
  g_assert_finalize_object (dataset);
}

static int
year_of (GDateTime *date)
{
  g_assert_nonnull (date);
  return g_date_time_get_year (date);
}

/* A phone or link takes the status, date and reason its contact gives unless
 * it says otherwise; an unconfirmed number is never the primary one. */
static void
test_minimal_item_status (void)
{
  g_autoptr(GError) error = NULL;
  MadoDataset *dataset = load_fixture ("minimal.json", "en", &error);
  MadoContact *desk_a, *desk_b;
  g_autoptr(MadoPhone) inherited = NULL;
  g_autoptr(MadoPhone) doubtful = NULL;
  g_autoptr(MadoPhone) hotline = NULL;
  g_autoptr(MadoLink) published = NULL;
  g_autoptr(MadoLink) moved = NULL;

  g_assert_no_error (error);
  desk_a = mado_dataset_lookup_contact (dataset, "desk-a");
  desk_b = mado_dataset_lookup_contact (dataset, "desk-b");

  inherited = g_list_model_get_item (mado_contact_get_phones (desk_a), 0);
  g_assert_cmpint (mado_phone_get_status (inherited), ==, MADO_CONTACT_STATUS_UPDATED);
  g_assert_cmpint (year_of (mado_phone_get_checked (inherited)), ==, 2025);
  g_assert_cmpstr (mado_phone_get_change (inherited), ==, "The number changed");
  g_assert_true (mado_phone_is_confirmed (inherited));
  g_assert_true (mado_contact_get_primary_phone (desk_a) == inherited);

  /* desk-b lists an unconfirmed number first: the primary one skips it. */
  doubtful = g_list_model_get_item (mado_contact_get_phones (desk_b), 0);
  hotline = g_list_model_get_item (mado_contact_get_phones (desk_b), 1);
  g_assert_cmpint (mado_phone_get_status (doubtful), ==, MADO_CONTACT_STATUS_UNCONFIRMED);
  g_assert_false (mado_phone_is_confirmed (doubtful));
  g_assert_cmpstr (mado_phone_get_change (doubtful), ==, "Not known to answer");
  g_assert_cmpint (year_of (mado_phone_get_checked (doubtful)), ==, 2024);
  g_assert_cmpint (mado_phone_get_status (hotline), ==, MADO_CONTACT_STATUS_AS_PUBLISHED);
  g_assert_null (mado_phone_get_change (hotline));
  g_assert_cmpint (year_of (mado_phone_get_checked (hotline)), ==, 2023);
  g_assert_true (mado_contact_get_primary_phone (desk_b) == hotline);

  /* An as-published link on an updated contact says nothing of the change. */
  published = g_list_model_get_item (mado_contact_get_links (desk_a), 0);
  moved = g_list_model_get_item (mado_contact_get_links (desk_a), 1);
  g_assert_cmpint (mado_link_get_status (published), ==, MADO_CONTACT_STATUS_AS_PUBLISHED);
  g_assert_null (mado_link_get_change (published));
  g_assert_true (mado_link_is_confirmed (published));
  g_assert_cmpint (year_of (mado_link_get_checked (published)), ==, 2025);
  g_assert_false (mado_link_is_confirmed (moved));
  g_assert_cmpstr (mado_link_get_change (moved), ==, "It may have moved");
  g_assert_cmpint (year_of (mado_link_get_checked (moved)), ==, 2024);

  /* An item's own reason is found by search, in both languages. */
  g_assert_nonnull (strstr (mado_contact_get_search_body (desk_b), "つながるか未確認"));
  g_assert_nonnull (strstr (mado_contact_get_search_body (desk_a), "It may have moved"));

  g_clear_object (&inherited);
  g_clear_object (&doubtful);
  g_clear_object (&hotline);
  g_clear_object (&published);
  g_clear_object (&moved);
  g_assert_finalize_object (dataset);
}

/* The numbers the source material itself doubts are marked as such in the
 * bundled data, each with its reason, and no contact lists an unconfirmed
 * number before a confirmed one. */
static void
test_bundled_unconfirmed_numbers (void)
{
  static const struct { const char *contact; const char *number; } doubted[] = {
    { "jpcert-cc", "03-6811-0610" },
    { "ipa-jcrat", "03-5978-7599" },
  };
  g_autoptr(GError) error = NULL;
  MadoDataset *dataset = mado_dataset_new_from_resource (BUNDLED, "en", &error);
  GListModel *contacts;
  guint n_unconfirmed = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (doubted); i++)
    {
      MadoContact *contact = mado_dataset_lookup_contact (dataset, doubted[i].contact);
      GListModel *phones = mado_contact_get_phones (contact);
      gboolean found = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (phones); j++)
        {
          g_autoptr(MadoPhone) phone = g_list_model_get_item (phones, j);

          if (!g_str_equal (mado_phone_get_number (phone), doubted[i].number))
            continue;
          found = TRUE;
          g_assert_false (mado_phone_is_confirmed (phone));
          g_assert_nonnull (strstr (mado_phone_get_change (phone), "confirm"));
        }
      g_assert_true (found);
    }

  contacts = mado_dataset_get_contacts (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (contacts, i);
      GListModel *phones = mado_contact_get_phones (contact);
      gboolean seen_unconfirmed = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (phones); j++)
        {
          g_autoptr(MadoPhone) phone = g_list_model_get_item (phones, j);

          if (!mado_phone_is_confirmed (phone))
            {
              seen_unconfirmed = TRUE;
              n_unconfirmed++;
              g_assert_nonnull (mado_phone_get_change (phone));
            }
          else if (seen_unconfirmed)
            g_error ("%s lists the confirmed %s after an unconfirmed number",
                     mado_contact_get_id (contact), mado_phone_get_number (phone));
        }
    }
  g_assert_cmpuint (n_unconfirmed, >=, G_N_ELEMENTS (doubted));

  /* The police switchboard is valid even though one of the card's links is
   * doubtful: the doubt sits on that link only. */
  g_assert_nonnull (mado_contact_get_primary_phone (mado_dataset_lookup_contact (dataset,
                                                                                 "mpd-police-station")));
  g_assert_null (mado_contact_get_primary_phone (mado_dataset_lookup_contact (dataset, "ipa-jcrat")));

  g_assert_finalize_object (dataset);
}

static void
test_minimal_sections (void)
{
  g_autoptr(GError) error = NULL;
  MadoDataset *dataset = load_fixture ("minimal.json", "ja", &error);
  MadoSection *parent, *child;
  g_autoptr(MadoBlock) steps = NULL;
  g_autoptr(MadoBlock) contact = NULL;
  g_autoptr(MadoBlock) pointer = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mado_dataset_get_sections (dataset)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (mado_dataset_get_all_sections (dataset)), ==, 2);

  parent = mado_dataset_lookup_section (dataset, "check1");
  child = mado_dataset_lookup_section (dataset, "check1-01");
  g_assert_cmpstr (mado_section_get_title (parent), ==, "最初の章");
  g_assert_cmpstr (mado_section_get_check (child), ==, "CHECK1-01");
  g_assert_cmpstr (mado_section_get_parent_id (child), ==, "check1");
  g_assert_cmpuint (mado_section_get_depth (child), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (mado_section_get_blocks (parent)), ==, 9);

  steps = g_list_model_get_item (mado_section_get_blocks (parent), 4);
  g_assert_cmpint (mado_block_get_kind (steps), ==, MADO_BLOCK_KIND_STEPS);
  g_assert_cmpuint (g_strv_length ((char **) mado_block_get_items (steps)), ==, 2);
  g_assert_cmpstr (mado_block_get_items (steps)[1], ==, "二");

  contact = g_list_model_get_item (mado_section_get_blocks (parent), 7);
  g_assert_true (mado_block_get_contact (contact) == mado_dataset_lookup_contact (dataset, "desk-a"));
  pointer = g_list_model_get_item (mado_section_get_blocks (parent), 8);
  g_assert_cmpstr (mado_block_get_section_id (pointer), ==, "check1-01");

  g_clear_object (&steps);
  g_clear_object (&contact);
  g_clear_object (&pointer);
  g_assert_finalize_object (dataset);
}

static void
test_minimal_guide (void)
{
  g_autoptr(GError) error = NULL;
  MadoDataset *dataset = load_fixture ("minimal.json", "en", &error);
  MadoGuideNode *start, *result;
  g_autoptr(MadoGuideAnswer) answer = NULL;

  g_assert_no_error (error);
  start = mado_dataset_get_guide_start (dataset);
  g_assert_cmpint (mado_guide_node_get_kind (start), ==, MADO_GUIDE_NODE_KIND_QUESTION);
  g_assert_cmpstr (mado_guide_node_get_text (start), ==, "What happened?");

  answer = g_list_model_get_item (mado_guide_node_get_answers (start), 0);
  result = mado_dataset_lookup_guide_node (dataset, mado_guide_answer_get_next_id (answer));
  g_assert_cmpint (mado_guide_node_get_kind (result), ==, MADO_GUIDE_NODE_KIND_RESULT);
  g_assert_cmpstr (mado_guide_node_get_urgent (result), ==, "Disconnect from the network");
  g_assert_cmpstr (mado_guide_node_get_avoid (result)[0], ==, "Do not switch it off");
  g_assert_cmpuint (g_list_model_get_n_items (mado_guide_node_get_contacts (result)), ==, 1);

  g_clear_object (&answer);
  g_assert_finalize_object (dataset);
}

static const struct {
  const char *name;
  MadoDatasetError code;
} error_codes[] = {
#define CODE(c) { #c, MADO_DATASET_ERROR_##c }
  CODE (INVALID_JSON), CODE (NOT_UTF8), CODE (TOO_LARGE), CODE (TOO_DEEP),
  CODE (WRONG_TYPE), CODE (MISSING_FIELD), CODE (UNKNOWN_FIELD),
  CODE (MISSING_LANGUAGE), CODE (EMPTY_VALUE), CODE (BAD_VALUE), CODE (BAD_ID),
  CODE (DUPLICATE_ID), CODE (UNKNOWN_REFERENCE), CODE (BAD_SCHEME), CODE (BAD_PHONE),
  CODE (BAD_EMAIL), CODE (BAD_DATE), CODE (UNSUPPORTED_VERSION),
  CODE (GUIDE_UNREACHABLE), CODE (GUIDE_LOOP), CODE (GUIDE_DEAD_END),
#undef CODE
};

static MadoDatasetError
code_from_name (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (error_codes); i++)
    if (g_str_equal (error_codes[i].name, name))
      return error_codes[i].code;

  g_error ("cases.tsv names an unknown error code “%s”", name);
}

static void
test_invalid_fixture (gconstpointer data)
{
  g_auto(GStrv) fields = g_strsplit (data, "\t", 3);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "fixtures", "invalid", fields[0], NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *prefix = g_strconcat (fields[2], ": ", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MadoDataset) dataset = mado_dataset_new_from_file (file, "en", &error);

  g_assert_null (dataset);
  g_assert_error (error, MADO_DATASET_ERROR, (int) code_from_name (fields[1]));
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("%s: expected the message to start with “%s”, got “%s”",
             fields[0], prefix, error->message);
}

static void
add_invalid_fixture_tests (void)
{
  /* Made by the build from minimal.json (tests/fixtures/make-invalid.py). */
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "fixtures", "invalid", "cases.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_cases = 0;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    g_error ("cannot read %s", path);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *test_path = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 2);
      test_path = g_strdup_printf ("/dataset/invalid/%s", fields[0]);
      g_test_add_data_func_full (test_path, g_strdup (lines[i]), test_invalid_fixture, g_free);
      n_cases++;
    }

  /* The issue asks for at least twenty kinds of defect. */
  g_assert_cmpuint (n_cases, >=, 20);
}

/* The built-in dataset is read at start without the scan of its raw input
 * (mado_dataset_new_from_resource): the same bytes pass every check here,
 * read as a file is, so a change to the data that the scan would refuse
 * fails the build's tests instead. */
static void
test_bundled_file_checks (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_uri ("resource://" BUNDLED);
  g_autoptr(MadoDataset) checked = mado_dataset_new_from_file (file, "ja", &error);
  g_autoptr(MadoDataset) trusted = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (checked);
  trusted = mado_dataset_new_from_resource (BUNDLED, "ja", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mado_dataset_get_contacts (checked)), ==,
                    g_list_model_get_n_items (mado_dataset_get_contacts (trusted)));
  g_assert_cmpuint (g_list_model_get_n_items (mado_dataset_get_all_sections (checked)), ==,
                    g_list_model_get_n_items (mado_dataset_get_all_sections (trusted)));
}

static void
test_too_large (void)
{
  g_autofree char *data = g_malloc (MADO_DATASET_MAX_SIZE + 2);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MadoDataset) dataset = NULL;

  memset (data, ' ', MADO_DATASET_MAX_SIZE + 1);
  data[MADO_DATASET_MAX_SIZE + 1] = '\0';
  bytes = g_bytes_new_take (g_steal_pointer (&data), MADO_DATASET_MAX_SIZE + 1);
  dataset = mado_dataset_new_from_bytes (bytes, "en", &error);

  g_assert_null (dataset);
  g_assert_error (error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_TOO_LARGE);
}

/* A 100 MB file given by path is refused by its size, before it is read. */
static void
test_huge_file (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "mado-huge-XXXXXX.json", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MadoDataset) dataset = NULL;
  int fd = g_mkstemp (path);

  g_assert_cmpint (fd, >=, 0);
  /* Sparse: it costs no disk and no time. */
  g_assert_cmpint (ftruncate (fd, 100 * 1024 * 1024), ==, 0);
  close (fd);

  file = g_file_new_for_path (path);
  dataset = mado_dataset_new_from_file (file, "en", &error);
  g_assert_null (dataset);
  g_assert_error (error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "$: the file is 104857600 bytes"));
  g_unlink (path);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MadoDataset) dataset = load_fixture ("no-such-file.json", "en", &error);

  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}


/* The language follows LANGUAGE, as gettext does, when none is forced. */
static void
test_bundled_follows_language (void)
{
  static const struct {
    const char *language;
    const char *check1_title;
  } cases[] = {
    { "ja", "今、世の中で起きているセキュリティ被害は？" },
    { "en", "What security incidents are happening right now?" },
    { "ja_JP:en", "今、世の中で起きているセキュリティ被害は？" },
    { "fr", "What security incidents are happening right now?" },
  };
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      MadoDataset *dataset;

      g_setenv ("LANGUAGE", cases[i].language, TRUE);
      dataset = mado_dataset_new_from_resource (BUNDLED, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (mado_section_get_title (mado_dataset_lookup_section (dataset, "check1")),
                       ==, cases[i].check1_title);
      g_assert_finalize_object (dataset);
    }

  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
}

/* The shape of the bundled dataset, as counted on the source pages. */
static void
test_bundled_shape (void)
{
  g_autoptr(GError) error = NULL;
  MadoDataset *dataset = mado_dataset_new_from_resource (BUNDLED, "ja", &error);
  static const char * const top[] = { "check1", "check2", "check3", "check4", "prevent1", "prevent2" };
  GListModel *sections;

  g_assert_no_error (error);
  sections = mado_dataset_get_sections (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, G_N_ELEMENTS (top));
  for (guint i = 0; i < G_N_ELEMENTS (top); i++)
    {
      g_autoptr(MadoSection) section = g_list_model_get_item (sections, i);
      g_assert_cmpstr (mado_section_get_id (section), ==, top[i]);
    }

  g_assert_cmpuint (g_list_model_get_n_items (mado_section_get_children (
                      mado_dataset_lookup_section (dataset, "check3"))), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (mado_section_get_children (
                      mado_dataset_lookup_section (dataset, "check4"))), ==, 11);
  g_assert_cmpuint (g_list_model_get_n_items (mado_dataset_get_all_sections (dataset)), ==, 20);

  /* The police, IPA and JPCERT/CC appear in several sections as one contact. */
  g_assert_nonnull (mado_dataset_lookup_contact (dataset, "jpcert-cc"));
  g_assert_nonnull (mado_dataset_lookup_contact (dataset, "ipa-anshin"));
  g_assert_nonnull (mado_dataset_lookup_contact (dataset, "mpd-cyber"));

  g_assert_finalize_object (dataset);
}

static void
test_pick_language (void)
{
  const char *japanese[] = { "ja_JP.UTF-8", "ja_JP", "ja", "C", NULL };
  const char *english[] = { "en_GB.UTF-8", "en_GB", "en", "C", NULL };
  const char *c_only[] = { "C", NULL };
  const char *french_then_ja[] = { "fr_FR", "fr", "ja", "C", NULL };
  const char *german[] = { "de_DE", "de", "C", NULL };
  const char *javanese[] = { "jv", "C", NULL };

  g_assert_cmpstr (mado_dataset_pick_language (japanese), ==, "ja");
  g_assert_cmpstr (mado_dataset_pick_language (english), ==, "en");
  g_assert_cmpstr (mado_dataset_pick_language (c_only), ==, "en");
  g_assert_cmpstr (mado_dataset_pick_language (french_then_ja), ==, "ja");
  g_assert_cmpstr (mado_dataset_pick_language (german), ==, "en");
  g_assert_cmpstr (mado_dataset_pick_language (javanese), ==, "en");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  mado_register_resource ();

  g_test_add_func ("/dataset/minimal/contact", test_minimal_contact);
  g_test_add_func ("/dataset/minimal/item-status", test_minimal_item_status);
  g_test_add_func ("/dataset/minimal/sections", test_minimal_sections);
  g_test_add_func ("/dataset/minimal/guide", test_minimal_guide);
  g_test_add_func ("/dataset/bundled/file-checks", test_bundled_file_checks);
  g_test_add_func ("/dataset/too-large", test_too_large);
  g_test_add_func ("/dataset/missing-file", test_missing_file);
  g_test_add_func ("/dataset/huge-file", test_huge_file);
  g_test_add_func ("/dataset/pick-language", test_pick_language);
  g_test_add_func ("/dataset/bundled/follows-language", test_bundled_follows_language);
  g_test_add_func ("/dataset/bundled/shape", test_bundled_shape);
  g_test_add_func ("/dataset/bundled/unconfirmed-numbers", test_bundled_unconfirmed_numbers);
  add_invalid_fixture_tests ();

  return g_test_run ();
}
