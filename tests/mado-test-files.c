/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests of the user stores share: a folder of their own, reading
 * back what was written, a write cut short, and the minimal dataset. GLib
 * only: the model tests link it without a display. */
#include "config.h"

#include <string.h>

#include "mado-test-files.h"

void
mado_test_folder_set_up (MadoTestFolder *folder,
                         const char     *file_name)
{
  g_autoptr(GError) error = NULL;

  folder->base = g_dir_make_tmp ("mado-test-XXXXXX", &error);
  g_assert_no_error (error);
  folder->directory = g_build_filename (folder->base, "madoguchi", NULL);
  folder->path = g_build_filename (folder->directory, file_name, NULL);
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                                                   NULL, NULL);
  GFileInfo *info;
  GFile *child;

  while (children != NULL && g_file_enumerator_iterate (children, &info, &child, NULL, NULL) && info != NULL)
    remove_tree (child);
  g_file_delete (file, NULL, NULL);
}

void
mado_test_folder_tear_down (MadoTestFolder *folder)
{
  g_autoptr(GFile) base = g_file_new_for_path (folder->base);

  remove_tree (base);
  g_clear_pointer (&folder->base, g_free);
  g_clear_pointer (&folder->directory, g_free);
  g_clear_pointer (&folder->path, g_free);
}

char *
mado_test_read_file (const char *path,
                     gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);
  return data;
}

/* The files in @directory whose name starts with @prefix (NULL: all). */
guint
mado_test_count_files (const char *directory,
                       const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (prefix == NULL || g_str_has_prefix (name, prefix))
      n++;
  return n;
}

/* Writes past @size bytes fail, for root too (unlike permissions): a write
 * cut short half-way. */
void
mado_test_limit_file_size (rlim_t size)
{
  struct rlimit limit;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  limit.rlim_cur = size;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
}

/* A "save-failed" handler of either store: the failure is said once. */
void
mado_test_keep_save_failure (gpointer       store,
                             const GError  *error,
                             GError       **failure)
{
  g_assert_null (*failure);
  *failure = g_error_copy (error);
}

MadoDataset *
mado_test_load_minimal (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MadoDataset *dataset = mado_dataset_new_from_file (file, "en", &error);

  g_assert_no_error (error);
  return dataset;
}

gboolean
mado_test_file_contains (const char *path,
                         const char *text)
{
  g_autofree char *data = NULL;

  return g_file_get_contents (path, &data, NULL, NULL) && strstr (data, text) != NULL;
}

/* The incident store of @directory, loaded without a problem. */
MadoIncidentStore *
mado_test_load_incident_store (const char *directory)
{
  MadoIncidentStore *store = mado_incident_store_new (directory);
  g_autoptr(GError) error = NULL;

  g_assert_true (mado_incident_store_load (store, &error));
  g_assert_no_error (error);
  return store;
}

/* The store keeps its own reference: a borrowed one. */
MadoIncidentSheet *
mado_test_nth_sheet (MadoIncidentStore *store,
                     guint              position)
{
  MadoIncidentSheet *sheet = g_list_model_get_item (G_LIST_MODEL (store), position);

  g_object_unref (sheet);
  return sheet;
}

void
mado_test_flush_incident_store (MadoIncidentStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mado_incident_store_flush (store, &error));
  g_assert_no_error (error);
  g_assert_false (mado_incident_store_has_unsaved_changes (store));
}
