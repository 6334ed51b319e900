/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The incident sheets on disk: every field comes back as it was written,
 * Japanese and emoji included; a failed write leaves the old file whole; the
 * file is the user's alone; a damaged file is set aside with its bytes and
 * a message, and the store still starts; changes reach the disk within a
 * second without anyone saving; a removal can be undone in place. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "mado-incident-codec.h"
#include "mado-incident-store.h"
#include "mado-resources.h"
#include "mado-test-files.h"

typedef MadoTestFolder Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  mado_test_folder_set_up (fixture, "incident-sheets.json");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  mado_test_folder_tear_down (fixture);
}

/* The sheets in the file, read as a second copy would. */
static GPtrArray *
read_back (Fixture *fixture)
{
  g_autofree char *data = NULL;
  gsize length;
  MadoIncidentCodecReport report;
  g_autoptr(GError) error = NULL;
  GPtrArray *sheets;

  data = mado_test_read_file (fixture->path, &length);
  sheets = mado_incident_codec_read (data, length, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_broken, ==, 0);
  return sheets;
}

static void
fill_sheet (MadoIncidentSheet *sheet,
            const char        *suffix)
{
  g_autoptr(GDateTime) called_at = g_date_time_new_local (2024, 5, 12, 14, 5, 0);
  MadoIncidentContact *contact;

  for (guint field = 0; field < MADO_INCIDENT_N_FIELDS; field++)
    {
      g_autofree char *text = g_strdup_printf ("項目 %u：ランサムウェア 🔒 “quoted” \\ \"\n2行目 %s",
                                               field, suffix);
      mado_incident_sheet_set_text (sheet, field, text);
    }
  mado_incident_sheet_set_ongoing (sheet, MADO_INCIDENT_ONGOING_YES);

  contact = mado_incident_sheet_add_contact (sheet, "mpd-cyber", "警視庁 サイバー犯罪対策課");
  mado_incident_contact_set_called (contact, TRUE);
  mado_incident_contact_set_called_at (contact, called_at);
  mado_incident_contact_set_note (contact, "受付番号 A-123 📞");
  mado_incident_sheet_add_contact (sheet, "ipa-anshin", "IPA 安心相談窓口");
}

static void
assert_same_contact (MadoIncidentContact *a,
                     MadoIncidentContact *b)
{
  g_assert_cmpstr (mado_incident_contact_get_contact_id (a), ==, mado_incident_contact_get_contact_id (b));
  g_assert_cmpstr (mado_incident_contact_get_name (a), ==, mado_incident_contact_get_name (b));
  g_assert_cmpint (mado_incident_contact_get_called (a), ==, mado_incident_contact_get_called (b));
  g_assert_cmpstr (mado_incident_contact_get_note (a), ==, mado_incident_contact_get_note (b));
  if (mado_incident_contact_get_called_at (a) == NULL)
    g_assert_null (mado_incident_contact_get_called_at (b));
  else
    g_assert_true (g_date_time_equal (mado_incident_contact_get_called_at (a),
                                      mado_incident_contact_get_called_at (b)));
}

static void
assert_same_sheet (MadoIncidentSheet *a,
                   MadoIncidentSheet *b)
{
  GListModel *contacts_a = mado_incident_sheet_get_contacts (a);
  GListModel *contacts_b = mado_incident_sheet_get_contacts (b);

  g_assert_cmpstr (mado_incident_sheet_get_id (a), ==, mado_incident_sheet_get_id (b));
  g_assert_true (g_date_time_equal (mado_incident_sheet_get_created (a), mado_incident_sheet_get_created (b)));
  g_assert_true (g_date_time_equal (mado_incident_sheet_get_modified (a), mado_incident_sheet_get_modified (b)));
  for (guint field = 0; field < MADO_INCIDENT_N_FIELDS; field++)
    g_assert_cmpstr (mado_incident_sheet_get_text (a, field), ==, mado_incident_sheet_get_text (b, field));
  g_assert_cmpint (mado_incident_sheet_get_ongoing (a), ==, mado_incident_sheet_get_ongoing (b));

  g_assert_cmpuint (g_list_model_get_n_items (contacts_a), ==, g_list_model_get_n_items (contacts_b));
  for (guint i = 0; i < g_list_model_get_n_items (contacts_a); i++)
    {
      g_autoptr(MadoIncidentContact) contact_a = g_list_model_get_item (contacts_a, i);
      g_autoptr(MadoIncidentContact) contact_b = g_list_model_get_item (contacts_b, i);
      assert_same_contact (contact_a, contact_b);
    }
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  MadoIncidentStore *store = mado_test_load_incident_store (fixture->directory);
  MadoIncidentStore *loaded;
  g_autoptr(MadoIncidentSheet) older = mado_incident_sheet_new ();
  g_autoptr(MadoIncidentSheet) newer = mado_incident_sheet_new ();
  g_autoptr(MadoIncidentSheet) empty = mado_incident_sheet_new ();
  g_autoptr(GDateTime) yesterday = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day_before = NULL;

  day_before = g_date_time_add_days (yesterday, -2);
  g_clear_pointer (&yesterday, g_date_time_unref);
  yesterday = g_date_time_add_days (day_before, 1);

  fill_sheet (older, "古い");
  mado_incident_sheet_set_created (older, day_before);
  fill_sheet (newer, "新しい 🆕");
  mado_incident_sheet_set_created (newer, yesterday);
  mado_incident_sheet_set_ongoing (empty, MADO_INCIDENT_ONGOING_NO);
  /* Added in the wrong order: the file keeps the newest first anyway. */
  mado_incident_store_add (store, newer);
  mado_incident_store_add (store, older);
  mado_incident_store_add (store, empty);
  mado_test_flush_incident_store (store);
  /* The folder is one copy's at a time: the first lets go of it. */
  g_assert_finalize_object (store);

  loaded = mado_test_load_incident_store (fixture->directory);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (loaded)), ==, 3);
  assert_same_sheet (mado_test_nth_sheet (loaded, 0), empty);
  assert_same_sheet (mado_test_nth_sheet (loaded, 1), newer);
  assert_same_sheet (mado_test_nth_sheet (loaded, 2), older);
  g_assert_true (mado_incident_store_get_current (loaded) == mado_test_nth_sheet (loaded, 0));
  g_assert_null (mado_incident_store_get_load_error (loaded));

  /* Loading is not a change: nothing to save. */
  g_assert_false (mado_incident_store_has_unsaved_changes (loaded));

  g_assert_finalize_object (loaded);
  g_assert_finalize_object (g_steal_pointer (&older));
  g_assert_finalize_object (g_steal_pointer (&newer));
  g_assert_finalize_object (g_steal_pointer (&empty));
}

static void
test_file_mode (Fixture       *fixture,
                gconstpointer  data)
{
  MadoIncidentStore *store = mado_test_load_incident_store (fixture->directory);
  g_autoptr(MadoIncidentSheet) sheet = mado_incident_sheet_new ();
  GStatBuf buf;

  mado_incident_store_add (store, sheet);
  mado_test_flush_incident_store (store);

  g_assert_cmpint (g_stat (fixture->path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (fixture->directory, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);

  /* A file made with a looser mode by someone else comes back as 0600. */
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
  mado_incident_sheet_set_title (sheet, "again");
  mado_test_flush_incident_store (store);
  g_assert_cmpint (g_stat (fixture->path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  g_assert_finalize_object (store);
  g_assert_finalize_object (g_steal_pointer (&sheet));
}

/* A write that fails half-way (here: the file size limit, which holds for
 * root too, unlike permissions) leaves the old file exactly as it was, says
 * so, and keeps the changes to try again. */
static void
test_failed_write_keeps_old_file (Fixture       *fixture,
                                  gconstpointer  data)
{
  MadoIncidentStore *store = mado_test_load_incident_store (fixture->directory);
  g_autoptr(MadoIncidentSheet) sheet = mado_incident_sheet_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) failure = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *big = NULL;
  gsize before_length, after_length;

  mado_incident_sheet_set_title (sheet, "最初の版");
  mado_incident_store_add (store, sheet);
  mado_test_flush_incident_store (store);
  before = mado_test_read_file (fixture->path, &before_length);

  big = g_strnfill (64 * 1024, 'x');
  mado_incident_sheet_set_text (sheet, MADO_INCIDENT_FIELD_NOTES, big);
  signal (SIGXFSZ, SIG_IGN);
  mado_test_limit_file_size (before_length + 16);
  g_assert_false (mado_incident_store_flush (store, &error));
  mado_test_limit_file_size (RLIM_INFINITY);
  g_assert_error (error, MADO_INCIDENT_ERROR, MADO_INCIDENT_ERROR_WRITE_FAILED);
  g_assert_nonnull (strstr (error->message, "could not be saved"));
  g_assert_true (mado_incident_store_has_unsaved_changes (store));

  after = mado_test_read_file (fixture->path, &after_length);
  g_assert_cmpmem (before, before_length, after, after_length);
  /* No temporary file is left behind. */
  g_assert_cmpuint (mado_test_count_files (fixture->directory, NULL), ==, 1);

  /* An automatic save that fails says so through "save-failed". */
  g_signal_connect (store, "save-failed", G_CALLBACK (mado_test_keep_save_failure), &failure);
  mado_test_limit_file_size (before_length + 16);
  mado_incident_sheet_set_title (sheet, "二番目の版");
  while (failure == NULL)
    g_main_context_iteration (NULL, TRUE);
  mado_test_limit_file_size (RLIM_INFINITY);
  g_assert_error (failure, MADO_INCIDENT_ERROR, MADO_INCIDENT_ERROR_WRITE_FAILED);
  g_clear_pointer (&after, g_free);
  after = mado_test_read_file (fixture->path, &after_length);
  g_assert_cmpmem (before, before_length, after, after_length);

  /* The next save writes everything. */
  mado_test_flush_incident_store (store);
  g_clear_pointer (&after, g_free);
  after = mado_test_read_file (fixture->path, &after_length);
  g_assert_nonnull (strstr (after, "二番目の版"));
  g_assert_nonnull (strstr (after, big));

  g_assert_finalize_object (store);
  g_assert_finalize_object (g_steal_pointer (&sheet));
}

typedef struct
{
  const char *name;
  const char *bytes;
  gssize      length;
} Damage;

static const Damage damages[] = {
  { "garbage", "this is not JSON at all", -1 },
  { "truncated", "{\n  \"version\" : 1,\n  \"sheets\" : [\n    {\n      \"id\" : \"a\",\n      \"title\" : \"途中で切", -1 },
  { "empty", "", 0 },
  { "not-utf8", "{ \"version\": 1, \"sheets\": [ { \"title\": \"\xff\xfe\x93\xfa\" } ] }", -1 },
  { "nul-byte", "{ \"version\": 1, \"sheets\": [] }\0garbage", 38 },
  { "wrong-type", "{ \"version\": 1, \"sheets\": [ { \"title\": 42 } ] }", -1 },
  { "bad-date", "{ \"version\": 1, \"sheets\": [ { \"created\": \"yesterday\" } ] }", -1 },
  { "newer-version", "{ \"version\": 2, \"sheets\": [] }", -1 },
  { "not-an-object", "[]", -1 },
  /* Found by fuzzing: json-glib took "\ud8" with two hex digits, and the
   * saved file was not UTF-8. */
  { "malformed-escape", "{ \"version\": 1, \"sheets\": [ { \"title\": \"\\ud8LL \\ude00\" } ] }", -1 },
  { "unknown-escape", "{ \"version\": 1, \"sheets\": [ { \"title\": \"\\x41\" } ] }", -1 },
};

static char *
find_set_aside (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->directory, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "incident-sheets.json.corrupt-"))
      return g_build_filename (fixture->directory, name, NULL);
  return NULL;
}

static void
test_damaged_file (Fixture       *fixture,
                   gconstpointer  data)
{
  const Damage *damage = data;
  gsize length = damage->length < 0 ? strlen (damage->bytes) : (gsize) damage->length;
  MadoIncidentStore *store = mado_incident_store_new (fixture->directory);
  g_autoptr(MadoIncidentSheet) sheet = mado_incident_sheet_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_bytes = NULL;
  g_autofree char *basename = NULL;
  gsize kept_length;

  g_assert_cmpint (g_mkdir_with_parents (fixture->directory, 0700), ==, 0);
  g_file_set_contents (fixture->path, damage->bytes, (gssize) length, &error);
  g_assert_no_error (error);

  g_assert_false (mado_incident_store_load (store, &error));
  g_assert_error (error, MADO_INCIDENT_ERROR, MADO_INCIDENT_ERROR_CORRUPT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  g_assert_null (mado_incident_store_get_current (store));
  g_assert_error (mado_incident_store_get_load_error (store), MADO_INCIDENT_ERROR,
                  MADO_INCIDENT_ERROR_CORRUPT);

  /* Set aside under a dated name, byte for byte, and the message says where. */
  kept = find_set_aside (fixture);
  g_assert_nonnull (kept);
  g_assert_cmpstr (kept, ==, mado_incident_store_get_set_aside_path (store));
  basename = g_path_get_basename (kept);
  g_assert_true (g_regex_match_simple ("^incident-sheets\\.json\\.corrupt-[0-9]{8}-[0-9]{6}$",
                                       basename, 0, 0));
  g_assert_nonnull (strstr (error->message, kept));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  kept_bytes = mado_test_read_file (kept, &kept_length);
  g_assert_cmpmem (kept_bytes, kept_length, damage->bytes, length);

  /* The app goes on: new sheets are saved, and the old file stays as it was. */
  mado_incident_store_add (store, sheet);
  mado_test_flush_incident_store (store);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&kept_bytes, g_free);
  kept_bytes = mado_test_read_file (kept, &kept_length);
  g_assert_cmpmem (kept_bytes, kept_length, damage->bytes, length);

  g_assert_finalize_object (store);
  g_assert_finalize_object (g_steal_pointer (&sheet));
}

/* Two damaged files set aside in the same second both stay. */
static void
test_set_aside_twice (Fixture       *fixture,
                      gconstpointer  data)
{
  g_assert_cmpint (g_mkdir_with_parents (fixture->directory, 0700), ==, 0);
  for (guint i = 0; i < 2; i++)
    {
      MadoIncidentStore *store = mado_incident_store_new (fixture->directory);
      g_autoptr(GError) error = NULL;
      g_autofree char *bytes = g_strdup_printf ("damaged %u", i);

      g_file_set_contents (fixture->path, bytes, -1, &error);
      g_assert_no_error (error);
      g_assert_false (mado_incident_store_load (store, &error));
      g_assert_error (error, MADO_INCIDENT_ERROR, MADO_INCIDENT_ERROR_CORRUPT);
      g_assert_finalize_object (store);
    }

  g_assert_cmpuint (mado_test_count_files (fixture->directory, NULL), ==, 2);
}

/* Typing goes to the disk within a second, even while it goes on: the save
 * is not pushed back by every keystroke. */
static void
test_autosave (Fixture       *fixture,
               gconstpointer  data)
{
  MadoIncidentStore *store = mado_test_load_incident_store (fixture->directory);
  g_autoptr(MadoIncidentSheet) sheet = mado_incident_sheet_new ();
  g_autoptr(GString) typed = g_string_new ("入力中");
  gint64 start, saved_at = 0;

  mado_incident_store_add (store, sheet);
  mado_test_flush_incident_store (store);

  start = g_get_monotonic_time ();
  mado_incident_sheet_set_text (sheet, MADO_INCIDENT_FIELD_TIMELINE, typed->str);
  g_assert_true (mado_incident_store_has_unsaved_changes (store));
  while (g_get_monotonic_time () - start < 1500 * 1000)
    {
      g_usleep (20 * 1000);
      g_string_append (typed, "あ");
      mado_incident_sheet_set_text (sheet, MADO_INCIDENT_FIELD_TIMELINE, typed->str);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (saved_at == 0 && mado_test_file_contains (fixture->path, "入力中"))
        saved_at = g_get_monotonic_time ();
    }
  g_assert_cmpint (saved_at, !=, 0);
  g_assert_cmpint (saved_at - start, <, G_USEC_PER_SEC);

  /* When the typing stops, the rest follows within a second. */
  start = g_get_monotonic_time ();
  while (mado_incident_store_has_unsaved_changes (store))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_assert_true (mado_test_file_contains (fixture->path, typed->str));

  g_assert_finalize_object (store);
  g_assert_finalize_object (g_steal_pointer (&sheet));
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *log)
{
  g_string_append_printf (log, "%u-%u+%u ", position, removed, added);
}

static void
test_remove_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  MadoIncidentStore *store = mado_test_load_incident_store (fixture->directory);
  MadoIncidentSheet *sheets[3];
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GPtrArray) reloaded = NULL;
  guint position;

  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    {
      g_autofree char *title = g_strdup_printf ("sheet %u", i);

      sheets[i] = mado_incident_sheet_new ();
      mado_incident_sheet_set_title (sheets[i], title);
      mado_incident_store_add (store, sheets[i]);
    }
  /* Newest first: 2, 1, 0; the first added became the current one. */
  g_assert_true (mado_test_nth_sheet (store, 0) == sheets[2]);
  g_assert_true (mado_incident_store_get_current (store) == sheets[0]);
  mado_incident_store_set_current (store, sheets[1]);
  mado_test_flush_incident_store (store);

  g_signal_connect (store, "items-changed", G_CALLBACK (items_changed_cb), log);
  position = mado_incident_store_remove (store, sheets[1]);
  g_assert_cmpuint (position, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);
  /* The current one moves to its neighbour. */
  g_assert_true (mado_incident_store_get_current (store) == sheets[0]);
  mado_test_flush_incident_store (store);
  g_assert_false (mado_test_file_contains (fixture->path, "sheet 1"));

  mado_incident_store_restore (store, sheets[1], position);
  g_assert_true (mado_test_nth_sheet (store, 0) == sheets[2]);
  g_assert_true (mado_test_nth_sheet (store, 1) == sheets[1]);
  g_assert_true (mado_test_nth_sheet (store, 2) == sheets[0]);
  g_assert_cmpstr (log->str, ==, "1-1+0 1-0+1 ");
  mado_test_flush_incident_store (store);
  g_assert_true (mado_test_file_contains (fixture->path, "sheet 1"));

  /* Remove all: gone from the file at the next flush. */
  mado_incident_store_remove_all (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  g_assert_null (mado_incident_store_get_current (store));
  g_assert_cmpstr (log->str, ==, "1-1+0 1-0+1 0-3+0 ");
  mado_test_flush_incident_store (store);
  g_assert_false (mado_test_file_contains (fixture->path, "sheet 0"));
  reloaded = read_back (fixture);
  g_assert_cmpuint (reloaded->len, ==, 0);

  /* A removed sheet no longer makes the store save. */
  mado_incident_sheet_set_title (sheets[0], "after removal");
  g_assert_false (mado_incident_store_has_unsaved_changes (store));

  g_assert_finalize_object (store);
  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    g_assert_finalize_object (sheets[i]);
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
test_sheet_changes (void)
{
  MadoIncidentSheet *sheet = mado_incident_sheet_new ();
  g_autoptr(GDateTime) long_ago = g_date_time_new_utc (2000, 1, 1, 0, 0, 0);
  MadoIncidentContact *contact;
  guint changed = 0;
  guint position;

  g_signal_connect (sheet, "changed", G_CALLBACK (count_cb), &changed);
  mado_incident_sheet_set_modified (sheet, long_ago);
  changed = 0;

  mado_incident_sheet_set_text (sheet, MADO_INCIDENT_FIELD_OS, "Windows 11 23H2");
  g_assert_cmpuint (changed, ==, 1);
  g_assert_false (g_date_time_equal (mado_incident_sheet_get_modified (sheet), long_ago));
  /* The same text again is no change. */
  mado_incident_sheet_set_text (sheet, MADO_INCIDENT_FIELD_OS, "Windows 11 23H2");
  g_object_set (sheet, "os", "Windows 11 23H2", NULL);
  g_assert_cmpuint (changed, ==, 1);
  g_object_set (sheet, "security-software", "Defender", NULL);
  g_assert_cmpstr (mado_incident_sheet_get_text (sheet, MADO_INCIDENT_FIELD_SECURITY_SOFTWARE), ==, "Defender");
  g_assert_cmpuint (changed, ==, 2);

  /* Guide answers are added once, after what is there. */
  g_assert_true (mado_incident_sheet_add_guide_answers (sheet, "A"));
  g_assert_false (mado_incident_sheet_add_guide_answers (sheet, "A"));
  g_assert_true (mado_incident_sheet_add_guide_answers (sheet, "B"));
  g_assert_cmpstr (mado_incident_sheet_get_text (sheet, MADO_INCIDENT_FIELD_GUIDE_ANSWERS), ==, "A\n\nB");

  /* A contact is attached once; ticking it records the time. */
  changed = 0;
  contact = mado_incident_sheet_add_contact (sheet, "ipa-anshin", "IPA");
  g_assert_true (mado_incident_sheet_add_contact (sheet, "ipa-anshin", "IPA") == contact);
  g_assert_cmpuint (g_list_model_get_n_items (mado_incident_sheet_get_contacts (sheet)), ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_null (mado_incident_contact_get_called_at (contact));
  mado_incident_contact_set_called (contact, TRUE);
  g_assert_nonnull (mado_incident_contact_get_called_at (contact));
  g_assert_cmpuint (changed, >=, 2);
  changed = 0;
  mado_incident_contact_set_note (contact, "ticket 42");
  g_assert_cmpuint (changed, ==, 1);
  mado_incident_contact_set_called (contact, FALSE);
  g_assert_null (mado_incident_contact_get_called_at (contact));

  g_object_ref (contact);
  position = mado_incident_sheet_remove_contact (sheet, contact);
  g_assert_cmpuint (position, ==, 0);
  changed = 0;
  mado_incident_contact_set_note (contact, "no longer on the sheet");
  g_assert_cmpuint (changed, ==, 0);
  mado_incident_sheet_insert_contact (sheet, position, contact);
  g_assert_true (mado_incident_sheet_lookup_contact (sheet, "ipa-anshin") == contact);

  g_assert_finalize_object (sheet);
  g_assert_finalize_object (contact);
}

/* What the window asks of the store, without a window: a new sheet is the
 * current one; a guide walk goes to the current sheet (a new one if there
 * is none), named after the situation, with the result's desks; a copied
 * number of one of them is a line of the timeline, and any other number is
 * not; a removal is undone once, whatever the Undo buttons pressed. */
static void
test_store_operations (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(MadoIncidentStore) store = mado_incident_store_new (fixture->directory);
  g_autoptr(MadoIncidentStore) second = mado_incident_store_new (fixture->directory);
  g_autoptr(MadoDataset) dataset = mado_test_load_minimal ();
  g_autoptr(MadoGuideWalk) walk = mado_guide_walk_new (dataset);
  g_autoptr(GError) error = NULL;
  MadoIncidentSheet *sheet, *first;
  GListModel *timeline;
  g_autoptr(MadoIncidentEntry) entry = NULL;
  g_autoptr(MadoIncidentContact) desk = NULL;
  guint position;

  mado_incident_store_load (store, &error);
  g_assert_no_error (error);

  /* Attaching with no sheet makes one, named after the situation. */
  g_assert_true (mado_guide_walk_answer (walk, 0));
  sheet = mado_incident_store_attach_walk (store, walk);
  g_assert_true (mado_incident_store_get_current (store) == sheet);
  g_assert_true (g_str_has_prefix (mado_incident_sheet_get_title (sheet), "Virus infection, "));
  g_assert_nonnull (strstr (mado_incident_sheet_get_text (sheet, MADO_INCIDENT_FIELD_GUIDE_ANSWERS), "A virus"));
  g_assert_cmpuint (g_list_model_get_n_items (mado_incident_sheet_get_contacts (sheet)), ==, 1);
  desk = g_list_model_get_item (mado_incident_sheet_get_contacts (sheet), 0);
  g_assert_cmpstr (mado_incident_contact_get_contact_id (desk), ==, "desk-a");
  g_assert_cmpstr (mado_incident_contact_get_name (desk), ==, "Desk A Consultation desk");

  /* A second attach goes to the same sheet; its title stays. */
  g_assert_true (mado_incident_store_attach_walk (store, walk) == sheet);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);

  /* desk-a's number is noted with the desk; desk-b's is not on the sheet. */
  timeline = mado_incident_sheet_get_timeline (sheet);
  g_assert_false (mado_incident_store_note_copied (store, dataset, "03-0000-0009"));
  g_assert_false (mado_incident_store_note_copied (store, NULL, "03-0000-0000"));
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 0);
  g_assert_true (mado_incident_store_note_copied (store, dataset, "03-0000-0000"));
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);
  entry = g_list_model_get_item (timeline, 0);
  g_assert_cmpint (mado_incident_entry_get_kind (entry), ==, MADO_INCIDENT_ENTRY_CALL);
  g_assert_cmpstr (mado_incident_entry_get_text (entry), ==, "Number copied to call: 03-0000-0000");
  g_assert_cmpstr (mado_incident_entry_get_who (entry), ==, "Desk A Consultation desk");

  /* A new sheet is the current one, titled with its time. */
  first = sheet;
  sheet = mado_incident_store_new_sheet (store);
  g_assert_true (mado_incident_store_get_current (store) == sheet);
  g_assert_cmpstr (mado_incident_sheet_get_title (sheet), !=, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);

  /* Undone once, and current again. */
  g_object_ref (first);
  position = mado_incident_store_remove (store, first);
  g_assert_true (mado_incident_store_undo_remove (store, first, position));
  g_assert_false (mado_incident_store_undo_remove (store, first, position));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);
  g_assert_true (mado_incident_store_get_current (store) == first);
  g_object_unref (first);

  /* A copy of the app that cannot keep the sheets writes nothing in them. */
  g_assert_true (mado_incident_store_flush (store, &error));
  g_assert_no_error (error);
  g_assert_false (mado_incident_store_load (second, NULL));
  g_assert_true (mado_incident_store_is_read_only (second));
  mado_incident_store_set_current (second, mado_incident_store_lookup (second, mado_incident_sheet_get_id (first)));
  g_assert_nonnull (mado_incident_store_get_current (second));
  g_assert_false (mado_incident_store_note_copied (second, dataset, "03-0000-0000"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* The dataset of the store's operations reads the holidays from it. */
  mado_register_resource ();

#define ADD(path, func, data) \
  g_test_add ("/incident-store/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("round-trip", test_round_trip, NULL);
  ADD ("file-mode", test_file_mode, NULL);
  ADD ("failed-write-keeps-old-file", test_failed_write_keeps_old_file, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    {
      g_autofree char *path = g_strdup_printf ("/incident-store/damaged-file/%s", damages[i].name);
      g_test_add (path, Fixture, &damages[i], fixture_set_up, test_damaged_file, fixture_tear_down);
    }
  ADD ("set-aside-twice", test_set_aside_twice, NULL);
  ADD ("autosave", test_autosave, NULL);
  ADD ("remove-and-undo", test_remove_and_undo, NULL);
  ADD ("store-operations", test_store_operations, NULL);
#undef ADD
  g_test_add_func ("/incident-store/sheet-changes", test_sheet_changes);

  return g_test_run ();
}
