/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The desk's own contacts on disk: every field comes back as it was
 * written (Japanese, emoji, a long note); the file is the user's alone; a
 * failed write leaves the old file whole; a damaged file is set aside with
 * its bytes; a bad file to import names the JSON path and changes nothing;
 * a tag that names no situation is refused; the guide's results find the
 * contacts tagged for them first. */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "mado-data-source.h"
#include "mado-dataset.h"
#include "mado-own-contacts.h"
#include "mado-own-contacts-codec.h"
#include "mado-resources.h"
#include "mado-test-files.h"

static const char * const situations[] = { "ransomware", "leak", "fake-shop", NULL };

typedef MadoTestFolder Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  mado_test_folder_set_up (fixture, MADO_OWN_CONTACTS_FILE_NAME);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  mado_test_folder_tear_down (fixture);
}

static MadoOwnContacts *
load_store (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  MadoOwnContacts *store = mado_own_contacts_new (fixture->directory, situations);

  g_assert_true (mado_own_contacts_load (store, &error));
  g_assert_no_error (error);
  return store;
}

static void
flush (MadoOwnContacts *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mado_own_contacts_flush (store, &error));
  g_assert_no_error (error);
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "own-contacts", name, NULL);
}

static MadoOwnContact *
full_contact (void)
{
  MadoOwnContact *contact = mado_own_contact_new ();
  g_autofree char *long_note = NULL;
  GString *note = g_string_new (NULL);
  const char * const tags[] = { "ransomware", "leak", NULL };

  /* 60,000 characters of mixed scripts: more than any real note. */
  for (guint i = 0; i < 2000; i++)
    g_string_append (note, "保険の証券番号を先に伝える🔐 \"quoted\"\\ \n");
  long_note = g_string_free (note, FALSE);

  mado_own_contact_set_role (contact, MADO_OWN_ROLE_INSURER);
  mado_own_contact_set_name (contact, "東京海上 サイバー事故受付 🛡️");
  mado_own_contact_add_phone (contact, "0120-000-000", "24時間・年中無休");
  mado_own_contact_add_phone (contact, "+81 3-0000-0000", "");
  mado_own_contact_set_email (contact, "jiko@example.invalid");
  mado_own_contact_set_reference (contact, "証券番号 AB-1234567／契約者 株式会社窓口");
  mado_own_contact_set_note (contact, long_note);
  mado_own_contact_set_situations (contact, tags);
  return contact;
}

static void
assert_same_contact (MadoOwnContact *a,
                     MadoOwnContact *b)
{
  g_assert_cmpstr (mado_own_contact_get_id (a), ==, mado_own_contact_get_id (b));
  g_assert_cmpint (mado_own_contact_get_role (a), ==, mado_own_contact_get_role (b));
  g_assert_cmpstr (mado_own_contact_get_name (a), ==, mado_own_contact_get_name (b));
  g_assert_cmpuint (mado_own_contact_get_n_phones (a), ==, mado_own_contact_get_n_phones (b));
  for (guint i = 0; i < mado_own_contact_get_n_phones (a); i++)
    {
      g_assert_cmpstr (mado_own_contact_get_phone_number (a, i), ==,
                       mado_own_contact_get_phone_number (b, i));
      g_assert_cmpstr (mado_own_contact_get_phone_hours (a, i), ==,
                       mado_own_contact_get_phone_hours (b, i));
    }
  g_assert_cmpstr (mado_own_contact_get_email (a), ==, mado_own_contact_get_email (b));
  g_assert_cmpstr (mado_own_contact_get_reference (a), ==, mado_own_contact_get_reference (b));
  g_assert_cmpstr (mado_own_contact_get_note (a), ==, mado_own_contact_get_note (b));
  g_assert_true (g_strv_equal (mado_own_contact_get_situations (a),
                               mado_own_contact_get_situations (b)));
  g_assert_true (mado_own_contact_equal (a, b));
}

/* Every field of every role comes back the same, in the same order. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  MadoOwnContacts *store = load_store (fixture);
  g_autoptr(MadoOwnContact) full = full_contact ();
  MadoOwnContacts *again;
  struct stat buf;

  mado_own_contacts_add (store, full);
  for (guint role = 0; role < MADO_OWN_N_ROLES; role++)
    {
      g_autoptr(MadoOwnContact) contact = mado_own_contact_new ();
      g_autofree char *name = g_strdup_printf ("役割 %u 🙂", role);

      mado_own_contact_set_role (contact, role);
      mado_own_contact_set_name (contact, name);
      mado_own_contacts_add (store, contact);
    }
  g_assert_cmpstr (mado_own_contact_get_id (full), !=, "");
  flush (store);

  g_assert_cmpint (g_stat (fixture->path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (fixture->directory, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);

  again = load_store (fixture);
  g_assert_cmpuint (mado_own_contacts_get_n (again), ==, MADO_OWN_N_ROLES + 1);
  for (guint i = 0; i < mado_own_contacts_get_n (store); i++)
    assert_same_contact (mado_own_contacts_get (store, i), mado_own_contacts_get (again, i));
  g_assert_false (mado_own_contacts_has_unsaved_changes (again));

  g_assert_finalize_object (again);
  g_assert_finalize_object (store);
}

/* A file that someone made readable to others is the user's alone again
 * after the next save. */
static void
test_mode_restored (Fixture       *fixture,
                    gconstpointer  data)
{
  MadoOwnContacts *store = load_store (fixture);
  g_autoptr(MadoOwnContact) contact = mado_own_contact_new ();
  struct stat buf;

  mado_own_contacts_add (store, contact);
  flush (store);
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
  mado_own_contact_set_name (contact, "変更");
  flush (store);
  g_assert_cmpint (g_stat (fixture->path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_finalize_object (store);
}

/* Nobody saves: a change reaches the disk on its own, soon. The wait is a
 * bounded loop on the condition, not a timing: a busy machine only makes it
 * slower. */
static void
test_autosave (Fixture       *fixture,
               gconstpointer  data)
{
  MadoOwnContacts *store = load_store (fixture);
  g_autoptr(MadoOwnContact) contact = mado_own_contact_new ();
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  mado_own_contacts_add (store, contact);
  mado_own_contact_set_name (contact, "打ちかけの名前");
  /* The file is written in a thread; the store hears that it is done on
   * the main loop, a moment later. */
  while ((!mado_test_file_contains (fixture->path, "打ちかけの名前") || mado_own_contacts_has_unsaved_changes (store))
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (mado_test_file_contains (fixture->path, "打ちかけの名前"));
  g_assert_false (mado_own_contacts_has_unsaved_changes (store));
  g_assert_finalize_object (store);
}

/* A write cut short (the file size limit, which holds for root too) leaves
 * the old file exactly as it was, says so once, and keeps the changes for
 * the next save. */
static void
test_failed_write (Fixture       *fixture,
                   gconstpointer  data)
{
  MadoOwnContacts *store = load_store (fixture);
  g_autoptr(MadoOwnContact) contact = mado_own_contact_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) failure = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *big = g_strnfill (64 * 1024, 'x');
  gsize before_length, after_length;

  mado_own_contact_set_name (contact, "最初の版");
  mado_own_contacts_add (store, contact);
  flush (store);
  before = mado_test_read_file (fixture->path, &before_length);

  mado_own_contact_set_note (contact, big);
  signal (SIGXFSZ, SIG_IGN);
  mado_test_limit_file_size (before_length + 16);
  g_assert_false (mado_own_contacts_flush (store, &error));
  mado_test_limit_file_size (RLIM_INFINITY);
  g_assert_error (error, MADO_OWN_CONTACTS_ERROR, MADO_OWN_CONTACTS_ERROR_WRITE_FAILED);
  g_assert_true (mado_own_contacts_has_unsaved_changes (store));
  after = mado_test_read_file (fixture->path, &after_length);
  g_assert_cmpmem (before, before_length, after, after_length);
  g_assert_cmpuint (mado_test_count_files (fixture->directory, NULL), ==, 1);

  /* An automatic save that fails says so. */
  g_signal_connect (store, "save-failed", G_CALLBACK (mado_test_keep_save_failure), &failure);
  mado_test_limit_file_size (before_length + 16);
  mado_own_contact_set_name (contact, "二番目の版");
  while (failure == NULL)
    g_main_context_iteration (NULL, TRUE);
  mado_test_limit_file_size (RLIM_INFINITY);
  g_assert_error (failure, MADO_OWN_CONTACTS_ERROR, MADO_OWN_CONTACTS_ERROR_WRITE_FAILED);

  flush (store);
  g_clear_pointer (&after, g_free);
  after = mado_test_read_file (fixture->path, &after_length);
  g_assert_nonnull (strstr (after, "二番目の版"));
  g_assert_nonnull (strstr (after, big));
  g_assert_finalize_object (store);
}

/* A damaged file is moved aside with its bytes, the app starts with no own
 * contacts, says where the file went, and saves again. */
static void
test_damaged_file_set_aside (Fixture       *fixture,
                             gconstpointer  data)
{
  static const char damaged[] = "{ \"version\": 1, \"contacts\": [ { \"role\": \"csirt\", \"na";
  g_autoptr(MadoOwnContacts) store = mado_own_contacts_new (fixture->directory, situations);
  g_autoptr(MadoOwnContact) contact = mado_own_contact_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  const char *aside;
  gsize kept_length;

  g_assert_cmpint (g_mkdir_with_parents (fixture->directory, 0700), ==, 0);
  g_assert_true (g_file_set_contents (fixture->path, damaged, -1, NULL));

  g_assert_false (mado_own_contacts_load (store, &error));
  g_assert_error (error, MADO_OWN_CONTACTS_ERROR, MADO_OWN_CONTACTS_ERROR_CORRUPT);
  aside = mado_own_contacts_get_set_aside_path (store);
  g_assert_nonnull (aside);
  g_assert_nonnull (strstr (error->message, aside));
  g_assert_cmpuint (mado_own_contacts_get_n (store), ==, 0);
  kept = mado_test_read_file (aside, &kept_length);
  g_assert_cmpmem (kept, kept_length, damaged, strlen (damaged));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  mado_own_contact_set_name (contact, "新しい連絡先");
  mado_own_contacts_add (store, contact);
  flush (store);
  g_assert_true (mado_test_file_contains (fixture->path, "新しい連絡先"));
  /* The damaged copy is still there. */
  g_assert_true (g_file_test (aside, G_FILE_TEST_EXISTS));
}

typedef struct
{
  const char *file;
  const char *message;
} BadFile;

static const BadFile bad_files[] = {
  { "bad-role.json", "$.contacts[1].role: “boss” is not one of:" },
  { "bad-number.json", "$.contacts[0].phones[0].number: “0120-XXX-XXX” is not a phone number" },
  { "unknown-situation.json",
    "$.contacts[0].situations[1]: there is no situation with the id “ransomwear”" },
  { "bad-email.json", "$.contacts[0].email: “nobody” is not an e-mail address" },
  { "future-version.json", "$.version: version 2 is not supported" },
  { "unknown-field.json", "$.contacts[0]" },
  { "wrong-type.json", "$.contacts[0].name: expected a string" },
  { "duplicate-id.json", "$.contacts[1].id: the own contact id “a” is used twice" },
  { "truncated.json", "$" },
  { "missing-number.json", "$.contacts[0].phones[0]: missing required field “number”" },
  { "not-an-object.json", "$" },
};

/* Each bad file is refused with the path of what is wrong, and an import of
 * it leaves the list and the file on disk exactly as they were. */
static void
test_bad_imports (Fixture       *fixture,
                  gconstpointer  data)
{
  MadoOwnContacts *store = load_store (fixture);
  g_autoptr(MadoOwnContact) contact = full_contact ();
  g_autofree char *before = NULL;
  gsize before_length;

  mado_own_contacts_add (store, contact);
  flush (store);
  before = mado_test_read_file (fixture->path, &before_length);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = fixture_path (bad_files[i].file);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      gsize after_length;
      guint added = 99;

      g_test_message ("%s", bad_files[i].file);
      g_assert_false (mado_own_contacts_import (store, file, &added, NULL, &error));
      g_assert_error (error, MADO_OWN_CONTACTS_ERROR, MADO_OWN_CONTACTS_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, bad_files[i].message));
      g_assert_nonnull (strstr (error->message, bad_files[i].file));
      g_assert_cmpuint (added, ==, 99);
      g_assert_cmpuint (mado_own_contacts_get_n (store), ==, 1);
      g_assert_false (mado_own_contacts_has_unsaved_changes (store));
      after = mado_test_read_file (fixture->path, &after_length);
      g_assert_cmpmem (before, before_length, after, after_length);
    }
  g_assert_finalize_object (store);
}

/* The codec alone: with the dataset's situations a made-up tag is refused;
 * without them (the desk's own file) only its form is checked. */
static void
test_unknown_tag (void)
{
  static const char text[] =
    "{ \"version\": 1, \"contacts\": [ { \"role\": \"lawyer\", \"situations\": [ \"leak\", \"nope\" ] } ] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contacts = NULL;

  contacts = mado_own_contacts_codec_read (text, strlen (text), situations, &error);
  g_assert_null (contacts);
  g_assert_error (error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_UNKNOWN_REFERENCE);
  g_assert_cmpstr (error->message, ==,
                   "$.contacts[0].situations[1]: there is no situation with the id “nope”");

  contacts = mado_own_contacts_codec_read (text, strlen (text), NULL, NULL);
  g_assert_nonnull (contacts);
  g_assert_cmpuint (contacts->len, ==, 1);
}

/* The bundled dataset's situations are what own contacts are tagged with:
 * every guide result names one, and each one is named by a result. */
static void
test_dataset_situations (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MadoDataset) dataset =
    mado_dataset_new_from_resource ("/io/github/madoguchi/Madoguchi/dataset/contacts.json", "en",
                                    &error);
  GListModel *nodes, *known;
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_no_error (error);
  known = mado_dataset_get_situations (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (known), >=, 10);
  g_assert_nonnull (mado_dataset_lookup_situation (dataset, "ransomware"));
  g_assert_null (mado_dataset_lookup_situation (dataset, "ransomwear"));

  nodes = mado_dataset_get_guide_nodes (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(MadoGuideNode) node = g_list_model_get_item (nodes, i);
      const char *situation = mado_guide_node_get_situation (node);

      if (mado_guide_node_get_kind (node) != MADO_GUIDE_NODE_KIND_RESULT)
        continue;
      g_assert_nonnull (situation);
      g_assert_nonnull (mado_dataset_lookup_situation (dataset, situation));
      g_hash_table_add (used, (gpointer) situation);
    }
  for (guint i = 0; i < g_list_model_get_n_items (known); i++)
    {
      g_autoptr(MadoSituation) situation = g_list_model_get_item (known, i);
      g_assert_true (g_hash_table_contains (used, mado_situation_get_id (situation)));
    }
}

/* An import adds the file's contacts after the desk's, replaces one with
 * the same id in place, and adds nothing the second time. */
static void
test_import_merge (Fixture       *fixture,
                   gconstpointer  data)
{
  MadoOwnContacts *store = load_store (fixture);
  g_autofree char *path = fixture_path ("valid.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MadoOwnContact) mine = mado_own_contact_new ();
  g_autoptr(MadoOwnContact) old_insurer = mado_own_contact_new ();
  g_autoptr(GError) error = NULL;
  guint added, updated;

  mado_own_contact_set_name (mine, "自分で入れた連絡先");
  mado_own_contacts_add (store, mine);
  mado_own_contact_set_id (old_insurer, "own-insurer");
  mado_own_contact_set_role (old_insurer, MADO_OWN_ROLE_INSURER);
  mado_own_contact_set_name (old_insurer, "古い保険窓口");
  mado_own_contacts_add (store, old_insurer);

  g_assert_true (mado_own_contacts_import (store, file, &added, &updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (updated, ==, 1);
  g_assert_cmpuint (mado_own_contacts_get_n (store), ==, 3);
  g_assert_true (mado_own_contacts_get (store, 0) == mine);
  g_assert_cmpstr (mado_own_contact_get_name (mado_own_contacts_get (store, 1)), ==,
                   "サイバー保険 事故受付");
  g_assert_cmpstr (mado_own_contact_get_reference (mado_own_contacts_get (store, 1)), ==,
                   "証券番号 AB-1234567");
  g_assert_cmpstr (mado_own_contact_get_id (mado_own_contacts_get (store, 2)), ==, "own-csirt");
  g_assert_cmpuint (mado_own_contact_get_n_phones (mado_own_contacts_get (store, 2)), ==, 2);

  g_assert_true (mado_own_contacts_import (store, file, &added, &updated, &error));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (updated, ==, 0);
  g_assert_cmpuint (mado_own_contacts_get_n (store), ==, 3);

  /* The import is saved like any change. */
  flush (store);
  g_assert_true (mado_test_file_contains (fixture->path, "証券番号 AB-1234567"));
  g_assert_finalize_object (store);
}

/* What is exported imports into an empty store as the same contacts. */
static void
test_export_round_trip (Fixture       *fixture,
                        gconstpointer  data)
{
  MadoOwnContacts *store = load_store (fixture);
  g_autoptr(MadoOwnContacts) other = NULL;
  g_autoptr(MadoOwnContact) contact = full_contact ();
  g_autofree char *other_directory = g_build_filename (fixture->base, "other", NULL);
  g_autofree char *export_path = g_build_filename (fixture->base, "export", "own.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (export_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *other_file = NULL;
  g_autofree char *export_dir = NULL;
  struct stat buf;
  guint added;

  mado_own_contacts_add (store, contact);
  g_assert_true (mado_own_contacts_export (store, file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (export_path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  other = mado_own_contacts_new (other_directory, situations);
  g_assert_true (mado_own_contacts_load (other, NULL));
  g_assert_true (mado_own_contacts_import (other, file, &added, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  assert_same_contact (contact, mado_own_contacts_get (other, 0));

  g_assert_true (mado_own_contacts_flush (other, NULL));
  other_file = g_build_filename (other_directory, MADO_OWN_CONTACTS_FILE_NAME, NULL);
  g_unlink (other_file);
  g_rmdir (other_directory);
  g_unlink (export_path);
  export_dir = g_path_get_dirname (export_path);
  g_rmdir (export_dir);
  g_assert_finalize_object (store);
}

/* A guide result shows the contacts tagged for its situation first, then
 * those for every situation; the one to call first is tagged and has a
 * number. */
static void
test_for_situation (Fixture       *fixture,
                    gconstpointer  data)
{
  MadoOwnContacts *store = load_store (fixture);
  g_autoptr(MadoOwnContact) everyone = mado_own_contact_new ();
  g_autoptr(MadoOwnContact) lawyer = mado_own_contact_new ();
  g_autoptr(MadoOwnContact) insurer = mado_own_contact_new ();
  g_autoptr(GPtrArray) leak = NULL;
  g_autoptr(GPtrArray) shop = NULL;
  g_autoptr(GPtrArray) none = NULL;

  mado_own_contact_add_phone (everyone, "03-0000-0001", "");
  mado_own_contact_set_situation (lawyer, "leak", TRUE);
  mado_own_contact_set_situation (insurer, "leak", TRUE);
  mado_own_contact_set_situation (insurer, "ransomware", TRUE);
  mado_own_contact_add_phone (insurer, "0120-000-000", "");
  mado_own_contacts_add (store, everyone);
  mado_own_contacts_add (store, lawyer);
  mado_own_contacts_add (store, insurer);

  leak = mado_own_contacts_for_situation (store, "leak");
  g_assert_cmpuint (leak->len, ==, 3);
  g_assert_true (leak->pdata[0] == lawyer);
  g_assert_true (leak->pdata[1] == insurer);
  g_assert_true (leak->pdata[2] == everyone);
  /* The lawyer has no number: the insurer is called first. */
  g_assert_true (mado_own_contacts_get_call_first (store, "leak") == insurer);

  shop = mado_own_contacts_for_situation (store, "fake-shop");
  g_assert_cmpuint (shop->len, ==, 1);
  g_assert_true (shop->pdata[0] == everyone);
  g_assert_null (mado_own_contacts_get_call_first (store, "fake-shop"));
  none = mado_own_contacts_for_situation (store, NULL);
  g_assert_cmpuint (none->len, ==, 1);

  /* Untagging makes a contact one for every situation. */
  mado_own_contact_set_situation (lawyer, "leak", FALSE);
  g_assert_true (mado_own_contact_is_for_every_situation (lawyer));

  /* Reordering changes who is called first. */
  mado_own_contact_set_situation (lawyer, "ransomware", TRUE);
  mado_own_contact_add_phone (lawyer, "03-0000-0002", "");
  g_assert_true (mado_own_contacts_get_call_first (store, "ransomware") == lawyer);
  mado_own_contacts_move (store, insurer, 0);
  g_assert_true (mado_own_contacts_get (store, 0) == insurer);
  g_assert_true (mado_own_contacts_get_call_first (store, "ransomware") == insurer);

  g_assert_cmpuint (mado_own_contacts_remove (store, insurer), ==, 0);
  g_assert_cmpuint (mado_own_contacts_get_n (store), ==, 2);
  g_assert_finalize_object (store);
}

/* A read-only copy shows the contacts and never writes. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(MadoOwnContacts) store = mado_own_contacts_new (fixture->directory, situations);
  g_autoptr(MadoOwnContact) contact = mado_own_contact_new ();
  g_autoptr(GError) error = NULL;

  mado_own_contacts_set_read_only (store, TRUE);
  g_assert_true (mado_own_contacts_load (store, NULL));
  mado_own_contacts_add (store, contact);
  g_assert_false (mado_own_contacts_flush (store, &error));
  g_assert_error (error, MADO_OWN_CONTACTS_ERROR, MADO_OWN_CONTACTS_ERROR_READ_ONLY);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
copy_fixture (const char *name,
              const char *directory)
{
  g_autofree char *source = fixture_path (name);
  g_autofree char *target = g_build_filename (directory, "own-contacts.json", NULL);
  g_autofree char *data = NULL;
  gsize length;

  g_assert_cmpint (g_mkdir_with_parents (directory, 0755), ==, 0);
  data = mado_test_read_file (source, &length);
  g_assert_true (g_file_set_contents (target, data, (gssize) length, NULL));
}

/* The administrator's organisation-wide contacts: found beside the
 * administrator's dataset, or alone in the data locations; read-only and
 * checked as an import is; listed before the desk's own. */
static void
test_organisation (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *system = g_build_filename (fixture->base, "system", NULL);
  g_autofree char *admin = g_build_filename (system, "madoguchi", NULL);
  const char *data_dirs[] = { "/nonexistent", system, NULL };
  g_autoptr(GFile) found = NULL;
  g_autofree char *found_path = NULL;
  g_autoptr(MadoOwnContacts) organisation = NULL;
  g_autoptr(MadoOwnContacts) refused = NULL;
  g_autoptr(MadoOwnContact) mine = mado_own_contact_new ();
  g_autoptr(MadoOwnContact) mine_everywhere = mado_own_contact_new ();
  g_autoptr(GPtrArray) ransomware = NULL;
  g_autoptr(GError) error = NULL;
  MadoOwnContacts *store = load_store (fixture);
  g_autofree char *kept = NULL;

  g_assert_null (mado_data_source_find_own_contacts_dir (NULL, data_dirs));
  copy_fixture ("valid.json", admin);
  found = mado_data_source_find_own_contacts_dir (NULL, data_dirs);
  g_assert_nonnull (found);
  found_path = g_file_get_path (found);
  g_assert_cmpstr (found_path, ==, admin);

  organisation = mado_own_contacts_new_organisation (found_path, situations);
  g_assert_true (mado_own_contacts_load (organisation, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mado_own_contacts_get_n (organisation), ==, 2);
  g_assert_true (mado_own_contact_is_shared (mado_own_contacts_get (organisation, 0)));
  g_assert_true (mado_own_contacts_is_read_only (organisation));

  mado_own_contact_add_phone (mine, "03-1111-2222", "");
  mado_own_contact_set_situation (mine, "ransomware", TRUE);
  mado_own_contacts_add (store, mine);
  mado_own_contacts_add (store, mine_everywhere);
  g_assert_false (mado_own_contact_is_shared (mine));
  mado_own_contacts_set_organisation (store, organisation);

  /* Tagged (the organisation's, then the desk's), then for every situation
   * (the same). */
  ransomware = mado_own_contacts_for_situation (store, "ransomware");
  g_assert_cmpuint (ransomware->len, ==, 4);
  g_assert_cmpstr (mado_own_contact_get_id (ransomware->pdata[0]), ==, "own-insurer");
  g_assert_true (ransomware->pdata[1] == mine);
  g_assert_cmpstr (mado_own_contact_get_id (ransomware->pdata[2]), ==, "own-csirt");
  g_assert_true (ransomware->pdata[3] == mine_everywhere);
  g_assert_cmpstr (mado_own_contact_get_id (mado_own_contacts_get_call_first (store, "ransomware")), ==,
                   "own-insurer");

  /* Never written into the desk's file. */
  flush (store);
  kept = mado_test_read_file (fixture->path, NULL);
  g_assert_null (strstr (kept, "own-insurer"));
  g_assert_nonnull (strstr (kept, "03-1111-2222"));

  /* A tag that names no situation: not shown, the file and path said, the
   * file left where it is. */
  copy_fixture ("unknown-situation.json", admin);
  refused = mado_own_contacts_new_organisation (admin, situations);
  g_assert_false (mado_own_contacts_load (refused, &error));
  g_assert_error (error, MADO_OWN_CONTACTS_ERROR, MADO_OWN_CONTACTS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, admin));
  g_assert_nonnull (strstr (error->message, "$.contacts[0].situations[1]"));
  g_assert_cmpuint (mado_own_contacts_get_n (refused), ==, 0);
  g_assert_null (mado_own_contacts_get_set_aside_path (refused));

  g_clear_object (&organisation);
  mado_own_contacts_set_organisation (store, NULL);
  g_assert_finalize_object (store);
  {
    g_autofree char *file = g_build_filename (admin, "own-contacts.json", NULL);
    g_unlink (file);
    g_rmdir (admin);
    g_rmdir (system);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  mado_register_resource ();

#define ADD(name, func) \
  g_test_add ("/own-contacts/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("round-trip", test_round_trip);
  ADD ("mode-restored", test_mode_restored);
  ADD ("autosave", test_autosave);
  ADD ("failed-write", test_failed_write);
  ADD ("damaged-file-set-aside", test_damaged_file_set_aside);
  ADD ("bad-imports", test_bad_imports);
  ADD ("import-merge", test_import_merge);
  ADD ("export-round-trip", test_export_round_trip);
  ADD ("for-situation", test_for_situation);
  ADD ("read-only", test_read_only);
  ADD ("organisation", test_organisation);
#undef ADD
  g_test_add_func ("/own-contacts/unknown-tag", test_unknown_tag);
  g_test_add_func ("/own-contacts/dataset-situations", test_dataset_situations);

  return g_test_run ();
}
