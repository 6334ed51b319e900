/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The choice of dataset: the administrator's over the bundled one, the
 * Flatpak extension over the system data directories, the first of those
 * that holds a dataset; a broken, unreadable or huge administrator file
 * falls back to the bundled data with the reason kept for the banner. */
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "mado-data-digest.h"
#include "mado-data-source.h"
#include "mado-resources.h"

#define BUNDLED "/io/github/madoguchi/Madoguchi/dataset/contacts.json"

typedef struct
{
  char *root;
  char *extension;
  char *first;
  char *second;
  const char *data_dirs[3];
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->root = g_dir_make_tmp ("mado-data-source-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->extension = g_build_filename (fixture->root, "extension", NULL);
  fixture->first = g_build_filename (fixture->root, "first", NULL);
  fixture->second = g_build_filename (fixture->root, "second", NULL);
  fixture->data_dirs[0] = fixture->first;
  fixture->data_dirs[1] = fixture->second;
  fixture->data_dirs[2] = NULL;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->root);
  g_free (fixture->root);
  g_free (fixture->extension);
  g_free (fixture->first);
  g_free (fixture->second);
}

/* Puts @contents as the dataset of @dir (a madoguchi/ below it unless
 * @direct, as in the extension). */
static char *
deploy (const char *dir,
        gboolean    direct,
        const char *contents)
{
  g_autofree char *target = direct ? g_strdup (dir) : g_build_filename (dir, "madoguchi", NULL);
  char *path = g_build_filename (target, MADO_ADMIN_DATASET_NAME, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (target, 0755), ==, 0);
  if (contents != NULL)
    {
      g_file_set_contents (path, contents, -1, &error);
      g_assert_no_error (error);
    }
  return path;
}

static char *
minimal_json (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "minimal.json", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Nothing deployed: the bundled data, no file, no error. */
static void
test_bundled_without_admin (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(MadoDataChoice) choice = NULL;

  choice = mado_data_source_choose (fixture->extension, fixture->data_dirs, BUNDLED, "en");
  g_assert_nonnull (choice->dataset);
  g_assert_cmpint (choice->origin, ==, MADO_DATA_ORIGIN_BUNDLED);
  g_assert_null (choice->admin_file);
  g_assert_no_error (choice->admin_error);
  g_assert_cmpstr (mado_dataset_get_title (choice->dataset), !=, "Test data");
}

static void
test_system_over_bundled (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *json = minimal_json ();
  g_autofree char *path = deploy (fixture->second, FALSE, json);
  g_autoptr(MadoDataChoice) choice = NULL;
  g_autofree char *used = NULL;

  choice = mado_data_source_choose (fixture->extension, fixture->data_dirs, BUNDLED, "en");
  g_assert_no_error (choice->admin_error);
  g_assert_cmpint (choice->origin, ==, MADO_DATA_ORIGIN_SYSTEM);
  g_assert_cmpstr (mado_dataset_get_title (choice->dataset), ==, "Test data");
  used = g_file_get_path (choice->admin_file);
  g_assert_cmpstr (used, ==, path);
}

/* The first data directory that holds a dataset wins; an empty madoguchi/
 * before it does not count. */
static void
test_first_data_dir_wins (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *json = minimal_json ();
  g_autofree char *empty = deploy (fixture->first, FALSE, NULL);
  g_autofree char *second = deploy (fixture->second, FALSE, json);
  g_autofree char *third_root = g_build_filename (fixture->root, "third", NULL);
  g_autofree char *third = deploy (third_root, FALSE, "{");
  const char *dirs[] = { fixture->first, fixture->second, third_root, NULL };
  g_autoptr(GFile) dir = NULL;
  g_autofree char *found = NULL;
  g_autofree char *expected = g_path_get_dirname (second);
  MadoDataOrigin origin = MADO_DATA_ORIGIN_BUNDLED;

  dir = mado_data_source_find_admin_dir (fixture->extension, dirs, &origin);
  g_assert_nonnull (dir);
  found = g_file_get_path (dir);
  g_assert_cmpstr (found, ==, expected);
  g_assert_cmpint (origin, ==, MADO_DATA_ORIGIN_SYSTEM);
}

static void
test_extension_over_system (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *json = minimal_json ();
  g_autofree char *system = deploy (fixture->first, FALSE, "{");
  g_autofree char *extension = deploy (fixture->extension, TRUE, json);
  g_autoptr(MadoDataChoice) choice = NULL;
  g_autofree char *used = NULL;

  choice = mado_data_source_choose (fixture->extension, fixture->data_dirs, BUNDLED, "ja");
  g_assert_no_error (choice->admin_error);
  g_assert_cmpint (choice->origin, ==, MADO_DATA_ORIGIN_EXTENSION);
  g_assert_cmpstr (mado_dataset_get_title (choice->dataset), ==, "テスト用データ");
  used = g_file_get_path (choice->admin_file);
  g_assert_cmpstr (used, ==, extension);
}

/* A broken deployment: the bundled data, and the file and the JSON path of
 * the first error kept for the banner. */
static void
test_invalid_falls_back (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *json = minimal_json ();
  g_autoptr(GString) broken = g_string_new (json);
  g_autofree char *path = NULL;
  g_autoptr(MadoDataChoice) choice = NULL;
  g_autofree char *refused = NULL;

  g_assert_cmpuint (g_string_replace (broken, "03-0000-0000", "call us", 1), ==, 1);
  path = deploy (fixture->first, FALSE, broken->str);
  choice = mado_data_source_choose (fixture->extension, fixture->data_dirs, BUNDLED, "en");
  g_assert_nonnull (choice->dataset);
  g_assert_cmpint (choice->origin, ==, MADO_DATA_ORIGIN_BUNDLED);
  g_assert_cmpstr (mado_dataset_get_title (choice->dataset), !=, "Test data");
  g_assert_error (choice->admin_error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_BAD_PHONE);
  g_assert_true (g_str_has_prefix (choice->admin_error->message, "$.contacts[0].phones[0].number"));
  refused = g_file_get_path (choice->admin_file);
  g_assert_cmpstr (refused, ==, path);
}

/* A file that cannot be read (here a directory in its place) is refused
 * like a broken one. */
static void
test_unreadable_falls_back (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = deploy (fixture->first, FALSE, NULL);
  g_autoptr(MadoDataChoice) choice = NULL;

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  choice = mado_data_source_choose (fixture->extension, fixture->data_dirs, BUNDLED, "en");
  g_assert_nonnull (choice->dataset);
  g_assert_cmpint (choice->origin, ==, MADO_DATA_ORIGIN_BUNDLED);
  g_assert_nonnull (choice->admin_error);
  g_assert_nonnull (choice->admin_file);
}

/* A sparse file of 64 GiB: read whole it would exhaust the memory of the
 * test machine, so passing proves the size is checked first. */
static void
test_huge_refused_before_reading (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *path = deploy (fixture->first, FALSE, "{}");
  g_autoptr(MadoDataChoice) choice = NULL;

  g_assert_cmpint (truncate (path, (off_t) 64 * 1024 * 1024 * 1024), ==, 0);
  choice = mado_data_source_choose (fixture->extension, fixture->data_dirs, BUNDLED, "en");
  g_assert_nonnull (choice->dataset);
  g_assert_cmpint (choice->origin, ==, MADO_DATA_ORIGIN_BUNDLED);
  g_assert_error (choice->admin_error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (choice->admin_error->message, "$:"));
}

/* A number replaced, one added, an address removed: old → new pairs per
 * contact, the rest added or removed; numbers first. */
static void
test_digest_compare (void)
{
  const char *old_digest = "a\tdesk-a\thttps://example.org/a\n"
                           "a\tdesk-b\tmailto:x@example.org\n"
                           "n\tdesk-a\t03-0000-0000\n"
                           "n\tdesk-b\t#9110\n";
  const char *new_digest = "a\tdesk-a\thttps://example.org/a\n"
                           "n\tdesk-a\t03-0000-0000\n"
                           "n\tdesk-b\t#7119\n"
                           "n\tdesk-c\t0120-000-000\n";
  g_autoptr(GPtrArray) changes = mado_data_digest_compare (old_digest, new_digest);
  g_autoptr(GPtrArray) none = mado_data_digest_compare (old_digest, old_digest);
  MadoDataChange *change;

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpuint (mado_data_changes_count (changes, MADO_DATA_CHANGE_NUMBER), ==, 2);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->contact_id, ==, "desk-b");
  g_assert_cmpstr (change->old_value, ==, "#9110");
  g_assert_cmpstr (change->new_value, ==, "#7119");
  change = g_ptr_array_index (changes, 1);
  g_assert_cmpstr (change->contact_id, ==, "desk-c");
  g_assert_null (change->old_value);
  g_assert_cmpstr (change->new_value, ==, "0120-000-000");
  change = g_ptr_array_index (changes, 2);
  g_assert_cmpint (change->kind, ==, MADO_DATA_CHANGE_ADDRESS);
  g_assert_cmpstr (change->old_value, ==, "mailto:x@example.org");
  g_assert_null (change->new_value);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  mado_register_resource ();

#define ADD(name, func) \
  g_test_add ("/data-source/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("bundled-without-admin", test_bundled_without_admin);
  ADD ("system-over-bundled", test_system_over_bundled);
  ADD ("first-data-dir-wins", test_first_data_dir_wins);
  ADD ("extension-over-system", test_extension_over_system);
  ADD ("invalid-falls-back", test_invalid_falls_back);
  ADD ("unreadable-falls-back", test_unreadable_falls_back);
  ADD ("huge-refused-before-reading", test_huge_refused_before_reading);
#undef ADD
  g_test_add_func ("/data-source/digest-compare", test_digest_compare);

  return g_test_run ();
}
