/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The administrator's data in the window: a broken deployment leaves the
 * desk on the bundled data with a banner that names the file and the JSON
 * path of the error; a valid one is used and no banner shows. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mado-banner.h"
#include "mado-data-changes.h"
#include "mado-test-alert.h"
#include "mado-test-utils.h"

static char *
make_admin_dir (const char *contents,
                char      **dataset_path)
{
  g_autoptr(GError) error = NULL;
  char *root = g_dir_make_tmp ("mado-admin-XXXXXX", &error);
  g_autofree char *dir = g_build_filename (root, "madoguchi", NULL);

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  *dataset_path = g_build_filename (dir, "contacts.json", NULL);
  g_file_set_contents (*dataset_path, contents, -1, &error);
  g_assert_no_error (error);
  return root;
}

static char *
fixture_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "minimal.json", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static MadoApplication *
app_with_admin_dir (const char *root)
{
  MadoApplication *app = mado_application_new ();
  const char *dirs[] = { root, NULL };
  g_autofree char *no_extension = g_build_filename (root, "no-extension", NULL);
  g_autoptr(GError) error = NULL;

  mado_application_set_data_locations (app, no_extension, dirs);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

static void
remove_admin_dir (const char *root,
                  const char *dataset_path)
{
  g_autofree char *dir = g_path_get_dirname (dataset_path);

  g_remove (dataset_path);
  g_rmdir (dir);
  g_rmdir (root);
}

static void
test_banner_names_file_and_path (void)
{
  g_autofree char *json = fixture_text ();
  g_autoptr(GString) broken = g_string_new (json);
  g_autofree char *dataset_path = NULL;
  g_autofree char *root = NULL;
  g_autoptr(MadoApplication) app = NULL;
  MadoWindow *window;
  MadoBanner *banner;
  const char *text;
  GtkWidget *dismiss;
  g_autofree char *provenance = NULL;

  g_string_replace (broken, "https://example.org/a", "ftp://example.org/a", 1);
  root = make_admin_dir (broken->str, &dataset_path);
  app = app_with_admin_dir (root);
  window = mado_test_window_new (app);

  banner = MADO_BANNER (mado_test_find_widget (GTK_WIDGET (window), MADO_TYPE_BANNER, NULL));
  g_assert_nonnull (banner);
  g_assert_true (mado_banner_get_shown (banner));
  text = mado_banner_get_text (banner);
  g_assert_nonnull (strstr (text, dataset_path));
  g_assert_nonnull (strstr (text, "$.contacts[0].links[0].url"));
  /* The desk still has the bundled data. */
  g_assert_cmpint (mado_application_get_data_choice (app)->origin, ==, MADO_DATA_ORIGIN_BUNDLED);
  g_assert_cmpstr (mado_dataset_get_title (mado_application_get_dataset (app)), !=, "Test data");
  g_assert_cmpstr (mado_dataset_get_title (mado_application_get_dataset (app)), !=, "テスト用データ");
  /* Dismissed, it leaves the window (and the accessibility tree). */
  dismiss = mado_test_find_widget (GTK_WIDGET (banner), GTK_TYPE_BUTTON, NULL);
  g_signal_emit_by_name (dismiss, "clicked");
  mado_test_iterate (50);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (banner)));
  provenance = mado_application_dup_provenance (app);
  g_assert_null (strstr (provenance, dataset_path));

  mado_test_destroy_window (window);
  remove_admin_dir (root, dataset_path);
}

static void
test_valid_admin_data_without_banner (void)
{
  g_autofree char *json = fixture_text ();
  g_autofree char *dataset_path = NULL;
  g_autofree char *root = make_admin_dir (json, &dataset_path);
  g_autoptr(MadoApplication) app = app_with_admin_dir (root);
  MadoWindow *window = mado_test_window_new (app);
  MadoBanner *banner;
  g_autofree char *provenance = NULL;
  g_autofree char *home_text = NULL;

  banner = MADO_BANNER (mado_test_find_widget (GTK_WIDGET (window), MADO_TYPE_BANNER, NULL));
  g_assert_false (mado_banner_get_shown (banner));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (banner)));
  g_assert_cmpint (mado_application_get_data_choice (app)->origin, ==, MADO_DATA_ORIGIN_SYSTEM);
  g_assert_nonnull (mado_dataset_lookup_contact (mado_application_get_dataset (app), "desk-a"));
  provenance = mado_application_dup_provenance (app);
  g_assert_nonnull (strstr (provenance, dataset_path));
  /* The home page says it too, beside the data's date. */
  mado_window_show_home (window);
  mado_test_iterate (50);
  home_text = mado_test_collect_text (GTK_WIDGET (window));
  g_assert_nonnull (strstr (home_text, provenance));
  g_assert_nonnull (strstr (provenance, mado_dataset_get_title (mado_application_get_dataset (app))));

  mado_test_destroy_window (window);
  remove_admin_dir (root, dataset_path);
}

/* The digest the last start left: that of the minimal fixture. */
static void
save_last_digest (void)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(MadoDataset) dataset = mado_dataset_new_from_file (file, NULL, &error);
  g_autofree char *digest = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "madoguchi", "data-digest", NULL);

  g_assert_no_error (error);
  digest = mado_data_digest_new (dataset);
  mado_data_digest_save (path, digest, &error);
  g_assert_no_error (error);
}

/* The toast that counts the changes stays until it is dismissed. A number
 * copied meanwhile is confirmed at once, in front of it (a queued
 * confirmation would come only after the person dismissed the other), and
 * the waiting toast comes back once the confirmation has gone. */
static void
assert_copy_confirmed_before (MadoWindow *window,
                              const char *waiting)
{
  g_autofree char *shown = NULL;
  gboolean back = FALSE;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-text", "s", "03-1111-1111"));
  mado_test_iterate (1000);
  shown = mado_test_collect_text (GTK_WIDGET (window));
  g_assert_nonnull (strstr (shown, mado_window_get_last_toast (window)));
  g_assert_nonnull (strstr (shown, "03-1111-1111"));
  g_assert_null (strstr (shown, waiting));

  for (guint i = 0; i < 100 && !back; i++)
    {
      g_autofree char *now = NULL;

      mado_test_iterate (100);
      now = mado_test_collect_text (GTK_WIDGET (window));
      back = strstr (now, waiting) != NULL;
    }
  g_assert_true (back);
}

/* The administrator changed two numbers and one link since the last start:
 * the toast counts them, its button lists exactly those three, old → new. */
static void
test_what_changed (void)
{
  g_autofree char *json = fixture_text ();
  g_autoptr(GString) changed = g_string_new (json);
  g_autofree char *dataset_path = NULL;
  g_autofree char *root = NULL;
  g_autoptr(MadoApplication) app = NULL;
  g_auto(GStrv) lines = NULL;
  MadoWindow *window;
  GPtrArray *changes;
  GtkWidget *dialog;
  g_autofree char *summary = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  save_last_digest ();
  g_assert_cmpuint (g_string_replace (changed, "03-0000-0000", "03-1111-1111", 0), ==, 1);
  g_assert_cmpuint (g_string_replace (changed, "\"#9110\"", "\"#7119\"", 0), ==, 1);
  g_assert_cmpuint (g_string_replace (changed, "https://example.org/a\"", "https://example.org/b\"", 0), ==, 1);
  root = make_admin_dir (changed->str, &dataset_path);
  app = app_with_admin_dir (root);
  window = mado_test_window_new (app);

  changes = mado_application_get_data_changes (app);
  g_assert_nonnull (changes);
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpuint (mado_data_changes_count (changes, MADO_DATA_CHANGE_NUMBER), ==, 2);
  g_assert_cmpuint (mado_data_changes_count (changes, MADO_DATA_CHANGE_ADDRESS), ==, 1);
  summary = mado_data_changes_dup_summary (changes);
  g_assert_cmpstr (mado_window_get_last_toast (window), ==, summary);
  if (g_str_equal (mado_dataset_get_language (mado_application_get_dataset (app)), "en"))
    g_assert_cmpstr (summary, ==, "2 numbers and 1 address changed since you last opened Madoguchi");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-data-changes", NULL));
  mado_test_iterate (50);
  dialog = mado_test_find_alert ();
  g_assert_nonnull (dialog);
  heading = mado_test_alert_dup_heading (dialog);
  body = mado_test_alert_dup_body (dialog);
  g_assert_cmpstr (heading, !=, summary);
  g_assert_cmpstr (heading, !=, "");
  /* The count first, then the list. */
  lines = g_strsplit (body, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_cmpstr (lines[0], ==, summary);
  g_assert_cmpstr (lines[1], ==, "");
  /* Numbers first, then addresses; each line names its contact. */
  g_assert_true (g_str_has_suffix (lines[2], ": 03-0000-0000 → 03-1111-1111"));
  g_assert_true (g_str_has_suffix (lines[3], ": #9110 → #7119"));
  g_assert_true (g_str_has_suffix (lines[4], ": https://example.org/a → https://example.org/b"));
  g_assert_true (g_str_has_prefix (lines[2], mado_contact_get_organisation (
    mado_dataset_lookup_contact (mado_application_get_dataset (app), "desk-a"))));

  mado_test_alert_respond (dialog, "close");
  mado_test_iterate (20);
  g_assert_null (mado_test_find_alert ());

  assert_copy_confirmed_before (window, summary);
  mado_test_destroy_window (window);
  remove_admin_dir (root, dataset_path);
}

/* An administrator's own-contacts.json alone in the data locations (no
 * dataset): its contacts lead the home page, marked organisation-wide and
 * read-only on the page of own contacts, and one tagged for ransomware is
 * called first there. A file with a tag that names no situation is not
 * used, and a toast names the file and the JSON path. */
static void
own_contacts_dir (const char *fixture,
                  char      **root,
                  char      **path)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", "own-contacts", fixture, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;

  *root = g_dir_make_tmp ("mado-admin-XXXXXX", &error);
  g_assert_no_error (error);
  dir = g_build_filename (*root, "madoguchi", NULL);
  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  g_file_get_contents (source, &contents, NULL, &error);
  g_assert_no_error (error);
  *path = g_build_filename (dir, "own-contacts.json", NULL);
  g_file_set_contents (*path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
test_organisation_contacts (void)
{
  g_autofree char *root = NULL;
  g_autofree char *path = NULL;
  g_autoptr(MadoApplication) app = NULL;
  MadoOwnContacts *own;
  MadoWindow *window;
  g_autofree char *home = NULL;
  g_autofree char *page = NULL;

  own_contacts_dir ("valid.json", &root, &path);
  app = app_with_admin_dir (root);
  own = mado_application_get_own_contacts (app);
  g_assert_nonnull (mado_own_contacts_get_organisation (own));
  g_assert_null (mado_application_get_organisation_error (app));
  g_assert_cmpstr (mado_own_contact_get_id (mado_own_contacts_get_call_first (own, "ransomware")), ==,
                   "own-insurer");

  window = mado_test_window_new (app);
  home = mado_test_collect_text (mado_window_get_page (window));
  g_assert_nonnull (strstr (home, "0120-000-000"));
  g_assert_nonnull (strstr (home, "organisation-wide"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-own-contacts", NULL);
  mado_test_iterate (20);
  page = mado_test_collect_text (mado_window_get_page (window));
  g_assert_nonnull (strstr (page, "From Your Administrator"));
  g_assert_nonnull (strstr (page, "03-0000-0000"));
  /* Not the desk's to edit: no form holds them. */
  g_assert_cmpuint (mado_own_contacts_get_n (own), ==, 0);
  mado_test_destroy_window (window);
  remove_admin_dir (root, path);
}

static void
test_organisation_contacts_refused (void)
{
  g_autofree char *root = NULL;
  g_autofree char *path = NULL;
  g_autoptr(MadoApplication) app = NULL;
  MadoWindow *window;

  own_contacts_dir ("unknown-situation.json", &root, &path);
  app = app_with_admin_dir (root);
  g_assert_null (mado_own_contacts_get_organisation (mado_application_get_own_contacts (app)));
  window = mado_test_window_new (app);
  g_assert_nonnull (strstr (mado_window_get_last_toast (window), path));
  g_assert_nonnull (strstr (mado_window_get_last_toast (window),
                            "$.contacts[0].situations[1]: there is no situation with the id “ransomwear”"));
  mado_test_destroy_window (window);
  remove_admin_dir (root, path);
}

int
main (int   argc,
      char *argv[])
{
  mado_test_init (&argc, &argv);

  mado_test_add_in_subprocess ("/admin-data/banner-names-file-and-path", test_banner_names_file_and_path);
  mado_test_add_in_subprocess ("/admin-data/valid-without-banner", test_valid_admin_data_without_banner);
  mado_test_add_in_subprocess ("/admin-data/what-changed", test_what_changed);
  mado_test_add_in_subprocess ("/admin-data/organisation-contacts", test_organisation_contacts);
  mado_test_add_in_subprocess ("/admin-data/organisation-contacts-refused",
                               test_organisation_contacts_refused);

  return g_test_run ();
}
