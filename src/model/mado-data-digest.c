/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <errno.h>
#include <string.h>

#include "mado-data-digest.h"
#include "mado-email.h"
#include "mado-link.h"
#include "mado-phone.h"

/* A digest of the numbers and addresses in a dataset, kept from one start to
 * the next, so that the app can say what changed when an administrator (or a
 * new release) deploys other data. It is text, one value a line:
 * "KIND<TAB>CONTACT-ID<TAB>VALUE", sorted; kind "n" for a number, "a" for an
 * address. Only what a desk dials or opens is kept: wording changes are not
 * worth an alarm. */

static void
add_values (GPtrArray  *lines,
            const char *kind,
            const char *contact_id,
            GListModel *values,
            const char *(*get) (gpointer))
{
  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(GObject) value = g_list_model_get_item (values, i);
      g_ptr_array_add (lines, g_strdup_printf ("%s\t%s\t%s", kind, contact_id, get (value)));
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char *
mado_data_digest_new (MadoDataset *dataset)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GListModel *contacts;
  GString *digest = g_string_new (NULL);

  g_return_val_if_fail (MADO_IS_DATASET (dataset), NULL);

  contacts = mado_dataset_get_contacts (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (contacts, i);
      const char *id = mado_contact_get_id (contact);

      add_values (lines, "n", id, mado_contact_get_phones (contact), (gpointer) mado_phone_get_number);
      add_values (lines, "a", id, mado_contact_get_links (contact), (gpointer) mado_link_get_url);
      add_values (lines, "a", id, mado_contact_get_emails (contact), (gpointer) mado_email_get_address);
    }

  g_ptr_array_sort (lines, compare_strings);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (digest, "%s\n", (char *) g_ptr_array_index (lines, i));
  return g_string_free (digest, FALSE);
}

static void
change_free (gpointer data)
{
  MadoDataChange *change = data;

  g_free (change->contact_id);
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change);
}

/* The values of each contact and kind, "KIND\tID" → list of values. */
static GHashTable *
group_digest (const char *digest)
{
  GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_ptr_array_unref);
  g_auto(GStrv) lines = g_strsplit (digest != NULL ? digest : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 3);
      g_autofree char *key = NULL;
      GPtrArray *values;

      if (g_strv_length (fields) != 3)
        continue;
      key = g_strdup_printf ("%s\t%s", fields[0], fields[1]);
      values = g_hash_table_lookup (groups, key);
      if (values == NULL)
        {
          values = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (groups, g_steal_pointer (&key), values);
        }
      g_ptr_array_add (values, g_strdup (fields[2]));
    }
  return groups;
}

static gboolean
contains (GPtrArray  *values,
          const char *value)
{
  return values != NULL && g_ptr_array_find_with_equal_func (values, value, g_str_equal, NULL);
}

/* The values of @from that @to lacks. */
static GPtrArray *
missing_from (GPtrArray *from,
              GPtrArray *to)
{
  GPtrArray *missing = g_ptr_array_new ();

  for (guint i = 0; from != NULL && i < from->len; i++)
    if (!contains (to, g_ptr_array_index (from, i)))
      g_ptr_array_add (missing, g_ptr_array_index (from, i));
  return missing;
}

/* One contact's values of one kind: a removed value and an added one make a
 * change from the one to the other (in the order of the digest); what is
 * left over was removed or added. */
static void
compare_group (GPtrArray  *changes,
               const char *key,
               GPtrArray  *old_values,
               GPtrArray  *new_values)
{
  g_autoptr(GPtrArray) removed = missing_from (old_values, new_values);
  g_autoptr(GPtrArray) added = missing_from (new_values, old_values);
  g_auto(GStrv) fields = g_strsplit (key, "\t", 2);

  for (guint i = 0; i < MAX (removed->len, added->len); i++)
    {
      MadoDataChange *change = g_new0 (MadoDataChange, 1);

      change->kind = g_str_equal (fields[0], "n") ? MADO_DATA_CHANGE_NUMBER : MADO_DATA_CHANGE_ADDRESS;
      change->contact_id = g_strdup (fields[1]);
      change->old_value = i < removed->len ? g_strdup (g_ptr_array_index (removed, i)) : NULL;
      change->new_value = i < added->len ? g_strdup (g_ptr_array_index (added, i)) : NULL;
      g_ptr_array_add (changes, change);
    }
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const MadoDataChange *x = *(const MadoDataChange * const *) a;
  const MadoDataChange *y = *(const MadoDataChange * const *) b;

  if (x->kind != y->kind)
    return x->kind - y->kind;
  return strcmp (x->contact_id, y->contact_id);
}

/* The changes from @old_digest to @new_digest, numbers first, then by
 * contact; an array of MadoDataChange. */
GPtrArray *
mado_data_digest_compare (const char *old_digest,
                          const char *new_digest)
{
  g_autoptr(GHashTable) old_groups = group_digest (old_digest);
  g_autoptr(GHashTable) new_groups = group_digest (new_digest);
  GPtrArray *changes = g_ptr_array_new_with_free_func (change_free);
  GHashTableIter iter;
  gpointer key, values;

  g_hash_table_iter_init (&iter, old_groups);
  while (g_hash_table_iter_next (&iter, &key, &values))
    compare_group (changes, key, values, g_hash_table_lookup (new_groups, key));
  g_hash_table_iter_init (&iter, new_groups);
  while (g_hash_table_iter_next (&iter, &key, &values))
    if (!g_hash_table_contains (old_groups, key))
      compare_group (changes, key, NULL, values);

  g_ptr_array_sort (changes, compare_changes);
  return changes;
}

guint
mado_data_changes_count (GPtrArray          *changes,
                         MadoDataChangeKind  kind)
{
  guint count = 0;

  for (guint i = 0; i < changes->len; i++)
    if (((MadoDataChange *) g_ptr_array_index (changes, i))->kind == kind)
      count++;
  return count;
}

/* The digest saved at the last start, or NULL at the first (or when it
 * cannot be read: then nothing is said rather than something wrong). */
char *
mado_data_digest_load (const char *path)
{
  char *digest = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &digest, NULL, NULL))
    return NULL;
  return digest;
}

gboolean
mado_data_digest_save (const char  *path,
                       const char  *digest,
                       GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (digest != NULL, FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "Could not create %s: %s", dir, g_strerror (saved));
      return FALSE;
    }
  return g_file_set_contents_full (path, digest, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}
