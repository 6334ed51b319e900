/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <unistd.h>

#include "mado-dataset-error.h"
#include "mado-incident-files.h"
#include "mado-own-contacts-codec.h"
#include "mado-own-contacts.h"
#include "mado-user-file.h"

/* The desk's own contacts, in the desk's order, kept in one small file in
 * the user's data folder beside the incident sheets.
 *
 * Saved like the sheets: a change schedules one save at most
 * MADO_OWN_CONTACTS_SAVE_DELAY_MS later, flush() saves at once (window
 * closed, a signal, end of session), the file is replaced whole and is the
 * user's alone (one saver, MadoUserSaver, serves both stores).
 * A file that cannot be read is set aside, never deleted. The folder's lock
 * is the incident store's (a second lock on the same folder from the same
 * process would fail): the application says, with set_read_only(), when
 * another copy of the app holds it. */
static const MadoUserSaverSpec saver_spec;

struct _MadoOwnContacts
{
  GObject parent_instance;

  char      *directory;
  char      *path;
  GStrv      situations;      /* the dataset's situation ids, or NULL */
  GPtrArray *contacts;        /* MadoOwnContact */
  MadoUserSaver *saver;
  gboolean   saving_blocked;  /* the file could not be set aside */
  gboolean   read_only;
  gboolean   organisation_wide; /* the administrator's: read-only, tags checked */
  MadoOwnContacts *organisation; /* listed before these, or NULL */
  GError    *load_error;
  char      *set_aside_path;
};

static void mado_own_contacts_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MadoOwnContacts, mado_own_contacts, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      mado_own_contacts_list_model_init))

G_DEFINE_QUARK (mado-own-contacts-error-quark, mado_own_contacts_error)

enum {
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* @directory NULL is the user's data folder; tests pass their own.
 * @situations are the ids an imported contact may be tagged with (NULL:
 * any well-formed id). */
MadoOwnContacts *
mado_own_contacts_new (const char         *directory,
                       const char * const *situations)
{
  MadoOwnContacts *self = g_object_new (MADO_TYPE_OWN_CONTACTS, NULL);

  self->directory = directory != NULL
    ? g_strdup (directory)
    : g_build_filename (g_get_user_data_dir (), "madoguchi", NULL);
  self->path = g_build_filename (self->directory, MADO_OWN_CONTACTS_FILE_NAME, NULL);
  self->situations = g_strdupv ((char **) situations);
  self->saver = mado_user_saver_new (&saver_spec, G_OBJECT (self), self->directory, self->path);
  return self;
}

/* The organisation-wide contacts an administrator put in @directory (their
 * data location, beside the dataset): read-only, and loaded as strictly
 * as an import (a tag must name a situation of @situations). */
MadoOwnContacts *
mado_own_contacts_new_organisation (const char         *directory,
                                    const char * const *situations)
{
  MadoOwnContacts *self;

  g_return_val_if_fail (directory != NULL, NULL);

  self = mado_own_contacts_new (directory, situations);
  self->read_only = TRUE;
  self->organisation_wide = TRUE;
  return self;
}

/* The administrator's contacts, which come before the desk's in every list
 * a result, the home page or a search makes (never in the desk's file). */
void
mado_own_contacts_set_organisation (MadoOwnContacts *self,
                                    MadoOwnContacts *organisation)
{
  g_return_if_fail (MADO_IS_OWN_CONTACTS (self));
  g_return_if_fail (organisation == NULL || MADO_IS_OWN_CONTACTS (organisation));
  g_return_if_fail (organisation != self);

  g_set_object (&self->organisation, organisation);
}

MadoOwnContacts *
mado_own_contacts_get_organisation (MadoOwnContacts *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (self), NULL);
  return self->organisation;
}

const char *
mado_own_contacts_get_path (MadoOwnContacts *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (self), NULL);
  return self->path;
}

/* Why the contacts could not be read at the last load, or NULL. */
const GError *
mado_own_contacts_get_load_error (MadoOwnContacts *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (self), NULL);
  return self->load_error;
}

const char *
mado_own_contacts_get_set_aside_path (MadoOwnContacts *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (self), NULL);
  return self->set_aside_path;
}

/* Another copy of the app keeps the data folder: this one shows the
 * contacts and never writes them. */
void
mado_own_contacts_set_read_only (MadoOwnContacts *self,
                                 gboolean         read_only)
{
  g_return_if_fail (MADO_IS_OWN_CONTACTS (self));
  self->read_only = !!read_only;
}

gboolean
mado_own_contacts_is_read_only (MadoOwnContacts *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (self), FALSE);
  return self->read_only;
}

/* Saving, through the one saver of the user's stores: the text is made on
 * the main thread (a few dozen contacts: well under a millisecond) and
 * written in a thread. */

static gpointer
snapshot (GObject *owner)
{
  g_autofree char *text = mado_own_contacts_codec_write (G_LIST_MODEL (owner));
  gsize length = strlen (text);

  return g_bytes_new_take (g_steal_pointer (&text), length);
}

static GBytes *
bytes_of (gpointer snapshot)
{
  return g_bytes_ref (snapshot);
}

static gboolean
check_writable (GObject  *owner,
                GError  **error)
{
  MadoOwnContacts *self = MADO_OWN_CONTACTS (owner);

  if (!self->read_only && !self->saving_blocked)
    return TRUE;
  g_set_error_literal (error, MADO_OWN_CONTACTS_ERROR, MADO_OWN_CONTACTS_ERROR_READ_ONLY,
                       _("Your own contacts cannot be saved by this copy of Madoguchi."));
  return FALSE;
}

static void
write_failed (const GError  *reason,
              GError       **error)
{
  g_set_error (error, MADO_OWN_CONTACTS_ERROR, MADO_OWN_CONTACTS_ERROR_WRITE_FAILED,
               /* Translators: %s says why, e.g. "No space left on device". */
               _("Your own contacts could not be saved (%s). The last saved version is "
                 "unchanged."),
               reason->message);
}

static const MadoUserSaverSpec saver_spec = {
  .name = "[madoguchi] save own contacts",
  .delay_ms = MADO_OWN_CONTACTS_SAVE_DELAY_MS,
  .snapshot = snapshot,
  .to_bytes = bytes_of,
  .free_snapshot = (GDestroyNotify) g_bytes_unref,
  .check = check_writable,
  .write_failed = write_failed,
};

gboolean
mado_own_contacts_has_unsaved_changes (MadoOwnContacts *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (self), FALSE);
  return mado_user_saver_has_unsaved_changes (self->saver);
}

static gboolean
save_now (MadoOwnContacts  *self,
          GError          **error)
{
  return mado_user_saver_flush (self->saver, error);
}

static void
schedule_save (MadoOwnContacts *self)
{
  mado_user_saver_changed (self->saver);
}

/* Saves now whatever was not saved yet. On failure the changes stay
 * pending and are tried again with the next change. */
gboolean
mado_own_contacts_flush (MadoOwnContacts  *self,
                         GError          **error)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_now (self, error);
}

/* The list. */

static void
contact_changed_cb (MadoOwnContact  *contact,
                    MadoOwnContacts *self)
{
  schedule_save (self);
}

/* A contact added without an id gets one: search results and imports find
 * it again by it. */
static void
give_id (MadoOwnContact *contact)
{
  g_autofree char *uuid = NULL;
  g_autofree char *id = NULL;

  if (mado_own_contact_get_id (contact)[0] != '\0')
    return;
  uuid = g_uuid_string_random ();
  id = g_strconcat ("own-", uuid, NULL);
  mado_own_contact_set_id (contact, id);
}

static void
take (MadoOwnContacts *self,
      guint            position,
      MadoOwnContact  *contact)
{
  give_id (contact);
  g_signal_connect_object (contact, "changed", G_CALLBACK (contact_changed_cb), self, 0);
  g_ptr_array_insert (self->contacts, (int) position, g_object_ref (contact));
}

guint
mado_own_contacts_get_n (MadoOwnContacts *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (self), 0);
  return self->contacts->len;
}

/* The contact at @index (borrowed). */
MadoOwnContact *
mado_own_contacts_get (MadoOwnContacts *self,
                       guint            index)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (self), NULL);
  g_return_val_if_fail (index < self->contacts->len, NULL);
  return g_ptr_array_index (self->contacts, index);
}

MadoOwnContact *
mado_own_contacts_lookup (MadoOwnContacts *self,
                          const char      *id)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->contacts->len; i++)
    {
      MadoOwnContact *contact = g_ptr_array_index (self->contacts, i);

      if (g_str_equal (mado_own_contact_get_id (contact), id))
        return contact;
    }
  return NULL;
}

void
mado_own_contacts_add (MadoOwnContacts *self,
                       MadoOwnContact  *contact)
{
  g_return_if_fail (MADO_IS_OWN_CONTACTS (self));
  mado_own_contacts_insert (self, self->contacts->len, contact);
}

/* Inserts @contact at @position (clamped to the end): also the undo of a
 * removal. */
void
mado_own_contacts_insert (MadoOwnContacts *self,
                          guint            position,
                          MadoOwnContact  *contact)
{
  g_return_if_fail (MADO_IS_OWN_CONTACTS (self));
  g_return_if_fail (MADO_IS_OWN_CONTACT (contact));
  g_return_if_fail (!g_ptr_array_find (self->contacts, contact, NULL));

  position = MIN (position, self->contacts->len);
  take (self, position, contact);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  schedule_save (self);
}

/* Removes @contact and returns where it was, for an undo. */
guint
mado_own_contacts_remove (MadoOwnContacts *self,
                          MadoOwnContact  *contact)
{
  g_autoptr(MadoOwnContact) removed = NULL;
  guint position;

  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (self), 0);
  if (!g_ptr_array_find (self->contacts, contact, &position))
    g_return_val_if_reached (0);

  removed = g_ptr_array_steal_index (self->contacts, position);
  g_signal_handlers_disconnect_by_func (removed, contact_changed_cb, self);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  schedule_save (self);
  return position;
}

/* Moves @contact to @position (clamped): the desk's order is the order of
 * every list of own contacts, the card's included. */
void
mado_own_contacts_move (MadoOwnContacts *self,
                        MadoOwnContact  *contact,
                        guint            position)
{
  g_autoptr(MadoOwnContact) moved = NULL;
  guint from;

  g_return_if_fail (MADO_IS_OWN_CONTACTS (self));
  if (!g_ptr_array_find (self->contacts, contact, &from))
    g_return_if_reached ();

  position = MIN (position, self->contacts->len - 1);
  if (position == from)
    return;
  moved = g_ptr_array_steal_index (self->contacts, from);
  g_ptr_array_insert (self->contacts, (int) position, g_steal_pointer (&moved));
  g_list_model_items_changed (G_LIST_MODEL (self), MIN (from, position),
                              MAX (from, position) - MIN (from, position) + 1,
                              MAX (from, position) - MIN (from, position) + 1);
  schedule_save (self);
}

static void
append_matching (GPtrArray       *matching,
                 MadoOwnContacts *store,
                 const char      *situation,
                 gboolean         tagged)
{
  for (guint i = 0; store != NULL && i < store->contacts->len; i++)
    {
      MadoOwnContact *contact = g_ptr_array_index (store->contacts, i);

      if (tagged ? mado_own_contact_has_situation (contact, situation)
                 : mado_own_contact_is_for_every_situation (contact))
        g_ptr_array_add (matching, contact);
    }
}

/* The contacts a guide result about @situation shows, in the desk's order:
 * first those tagged for it, then those for every situation; within each,
 * the organisation's (set_organisation()) before the desk's. @situation
 * NULL (a result that names none) gives only those for every situation.
 * Borrowed contacts, in a new array. */
GPtrArray *
mado_own_contacts_for_situation (MadoOwnContacts *self,
                                 const char      *situation)
{
  GPtrArray *matching;

  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (self), NULL);

  matching = g_ptr_array_new ();
  append_matching (matching, self->organisation, situation, TRUE);
  append_matching (matching, self, situation, TRUE);
  append_matching (matching, self->organisation, situation, FALSE);
  append_matching (matching, self, situation, FALSE);
  return matching;
}

/* The own contact to call first for @situation: the first one tagged for
 * it that has a number, or NULL. A contact for every situation never takes
 * the place of the desk the result names: the desk tagged it for none in
 * particular. */
MadoOwnContact *
mado_own_contacts_get_call_first (MadoOwnContacts *self,
                                  const char      *situation)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (self), NULL);

  if (self->organisation != NULL)
    {
      MadoOwnContact *shared = mado_own_contacts_get_call_first (self->organisation, situation);

      if (shared != NULL)
        return shared;
    }
  for (guint i = 0; situation != NULL && i < self->contacts->len; i++)
    {
      MadoOwnContact *contact = g_ptr_array_index (self->contacts, i);

      if (mado_own_contact_has_situation (contact, situation)
          && mado_own_contact_get_first_number (contact) != NULL)
        return contact;
    }
  return NULL;
}

/* Loading. */

static void
refuse_file (MadoOwnContacts *self,
             const GError    *reason)
{
  g_autoptr(GError) move_error = NULL;

  self->set_aside_path = mado_incident_files_set_aside (self->path, &move_error);
  if (self->set_aside_path != NULL)
    {
      g_set_error (&self->load_error, MADO_OWN_CONTACTS_ERROR, MADO_OWN_CONTACTS_ERROR_CORRUPT,
                   /* Translators: the first %s says why (technical), the second is a file name. */
                   _("Your own contacts could not be read (%s), so Madoguchi started without "
                     "them. Nothing was deleted: the file was kept as “%s”."),
                   reason->message, self->set_aside_path);
      return;
    }
  self->saving_blocked = TRUE;
  g_set_error (&self->load_error, MADO_OWN_CONTACTS_ERROR, MADO_OWN_CONTACTS_ERROR_UNREADABLE,
               /* Translators: the first %s says why (technical), the second is a file name. */
               _("Your own contacts could not be read (%s). Changes will not be saved until "
                 "“%s” is moved away or repaired."),
               reason->message, self->path);
}

static void
take_all (MadoOwnContacts *self,
          GPtrArray       *contacts)
{
  for (guint i = 0; i < contacts->len; i++)
    {
      mado_own_contact_set_shared (g_ptr_array_index (contacts, i), self->organisation_wide);
      take (self, i, g_ptr_array_index (contacts, i));
    }
  g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, contacts->len);
}

/* Reads the file once, at startup. A missing file is an empty list. FALSE
 * when the file could not be read (it is then set aside): @error says what
 * to tell the person. Tags are not checked against the situations here: a
 * tag the dataset in use lacks only matches no result, and the desk's file
 * is not set aside for it. */
gboolean
mado_own_contacts_load (MadoOwnContacts  *self,
                        GError          **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr(GError) reason = NULL;
  g_autoptr(GPtrArray) contacts = NULL;

  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (self), FALSE);
  g_return_val_if_fail (self->contacts->len == 0, FALSE);

  /* The administrator's file is checked as an import is. */
  if (g_file_get_contents (self->path, &data, &length, &reason))
    contacts = mado_own_contacts_codec_read (data, length,
                                             self->organisation_wide
                                             ? (const char * const *) self->situations : NULL,
                                             &reason);
  else if (g_error_matches (reason, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    return TRUE;

  if (contacts == NULL)
    {
      /* The administrator's file is theirs to fix. */
      if (self->organisation_wide)
        g_set_error (&self->load_error, MADO_OWN_CONTACTS_ERROR, MADO_OWN_CONTACTS_ERROR_INVALID,
                     /* Translators: the first %s is a file, the second says what is wrong and where. */
                     _("The organisation’s contacts in %s are not shown: %s"),
                     self->path, reason->message);
      /* Another copy of the app keeps the folder: it decides. */
      else if (self->read_only)
        g_set_error (&self->load_error, MADO_OWN_CONTACTS_ERROR, MADO_OWN_CONTACTS_ERROR_UNREADABLE,
                     _("Your own contacts could not be read (%s)."), reason->message);
      else
        refuse_file (self, reason);
      g_propagate_error (error, g_error_copy (self->load_error));
      return FALSE;
    }
  take_all (self, contacts);
  return TRUE;
}

/* Import and export. */

static GPtrArray *
read_import (MadoOwnContacts  *self,
             GFile            *file,
             GError          **error)
{
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  GPtrArray *contacts = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, &local_error);
  if (info != NULL && g_file_info_get_size (info) > MADO_OWN_CONTACTS_MAX_SIZE)
    g_set_error (&local_error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_TOO_LARGE,
                 "$: the file is larger than %d bytes", MADO_OWN_CONTACTS_MAX_SIZE);
  else if (info != NULL && g_file_load_contents (file, NULL, &data, &length, NULL, &local_error))
    contacts = mado_own_contacts_codec_read (data, length,
                                             (const char * const *) self->situations,
                                             &local_error);
  if (contacts != NULL)
    return contacts;

  name = g_file_get_parse_name (file);
  g_set_error (error, MADO_OWN_CONTACTS_ERROR, MADO_OWN_CONTACTS_ERROR_INVALID,
               /* Translators: the first %s is a file name, the second says
                * what is wrong and where, e.g. "$.contacts[2].role: …". */
               _("“%s” was not imported: %s. Nothing was changed."),
               name, local_error->message);
  return NULL;
}

/* Adds the contacts of @file after the desk's own. A contact with the id
 * of one the desk has replaces it in place (an administrator's new
 * version of the same list); one equal to a contact the desk has is
 * skipped (importing twice adds nothing). A file with any error changes
 * nothing: @error names the file and the JSON path. */
gboolean
mado_own_contacts_import (MadoOwnContacts  *self,
                          GFile            *file,
                          guint            *n_added,
                          guint            *n_updated,
                          GError          **error)
{
  g_autoptr(GPtrArray) contacts = NULL;
  guint added = 0, updated = 0;

  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  contacts = read_import (self, file, error);
  if (contacts == NULL)
    return FALSE;

  for (guint i = 0; i < contacts->len; i++)
    {
      MadoOwnContact *incoming = g_ptr_array_index (contacts, i);
      const char *id = mado_own_contact_get_id (incoming);
      MadoOwnContact *existing = id[0] != '\0' ? mado_own_contacts_lookup (self, id) : NULL;
      gboolean duplicate = FALSE;

      for (guint j = 0; existing == NULL && j < self->contacts->len; j++)
        duplicate |= mado_own_contact_equal (incoming, g_ptr_array_index (self->contacts, j));
      if (existing != NULL && !mado_own_contact_equal (existing, incoming))
        {
          guint position = mado_own_contacts_remove (self, existing);

          mado_own_contacts_insert (self, position, incoming);
          updated++;
        }
      else if (existing == NULL && !duplicate)
        {
          mado_own_contacts_add (self, incoming);
          added++;
        }
    }
  if (n_added != NULL)
    *n_added = added;
  if (n_updated != NULL)
    *n_updated = updated;
  return TRUE;
}

/* Writes every own contact to @file, in the format import reads, readable
 * by the user alone: it holds policy and contract numbers. */
gboolean
mado_own_contacts_export (MadoOwnContacts  *self,
                          GFile            *file,
                          GError          **error)
{
  g_autofree char *text = NULL;
  g_autofree char *directory = NULL;

  g_return_val_if_fail (MADO_IS_OWN_CONTACTS (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = mado_own_contacts_codec_write (G_LIST_MODEL (self));
  if (g_file_peek_path (file) != NULL)
    {
      directory = g_path_get_dirname (g_file_peek_path (file));
      return mado_user_file_replace (directory, g_file_peek_path (file), text, strlen (text),
                                     error);
    }
  return g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}

/* From the command line: no window, and maybe a running copy of the app
 * that keeps the folder. */

/* Imports @file into the own contacts kept in @directory (NULL: the user's
 * data folder) and saves them. Refused while a copy of the app keeps the
 * folder: it would write its own list over the import. */
gboolean
mado_own_contacts_import_into_folder (const char         *directory,
                                      const char * const *situations,
                                      GFile              *file,
                                      guint              *n_added,
                                      guint              *n_updated,
                                      GError            **error)
{
  g_autoptr(MadoOwnContacts) store = mado_own_contacts_new (directory, situations);
  g_autoptr(GError) lock_error = NULL;
  g_autoptr(GError) load_error = NULL;
  gboolean done;
  int lock_fd;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  lock_fd = mado_incident_files_lock (store->directory, &lock_error);
  if (lock_fd < 0)
    {
      if (g_error_matches (lock_error, G_IO_ERROR, G_IO_ERROR_BUSY))
        g_set_error_literal (error, MADO_OWN_CONTACTS_ERROR, MADO_OWN_CONTACTS_ERROR_READ_ONLY,
                             _("Madoguchi is open: import from its menu, or quit it and "
                               "try again. Nothing was changed."));
      else
        g_propagate_error (error, g_steal_pointer (&lock_error));
      return FALSE;
    }

  /* A damaged file is set aside as at any start, and said. */
  if (!mado_own_contacts_load (store, &load_error))
    g_printerr ("%s\n", load_error->message);
  done = mado_own_contacts_import (store, file, n_added, n_updated, error)
         && mado_own_contacts_flush (store, error);
  close (lock_fd);
  return done;
}

/* Writes the own contacts kept in @directory (NULL: the user's data
 * folder) to @file. */
gboolean
mado_own_contacts_export_folder (const char  *directory,
                                 GFile       *file,
                                 guint       *n_contacts,
                                 GError     **error)
{
  g_autoptr(MadoOwnContacts) store = mado_own_contacts_new (directory, NULL);

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* Read only: a copy of the app may keep the folder, and an export must
   * not set a file aside under it. */
  store->read_only = TRUE;
  if (!mado_own_contacts_load (store, error))
    return FALSE;
  if (n_contacts != NULL)
    *n_contacts = store->contacts->len;
  return mado_own_contacts_export (store, file, error);
}

/* GListModel */

static GType
mado_own_contacts_get_item_type (GListModel *model)
{
  return MADO_TYPE_OWN_CONTACT;
}

static guint
mado_own_contacts_get_n_items (GListModel *model)
{
  return MADO_OWN_CONTACTS (model)->contacts->len;
}

static gpointer
mado_own_contacts_get_item (GListModel *model,
                            guint       position)
{
  MadoOwnContacts *self = MADO_OWN_CONTACTS (model);

  if (position >= self->contacts->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->contacts, position));
}

static void
mado_own_contacts_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = mado_own_contacts_get_item_type;
  iface->get_n_items = mado_own_contacts_get_n_items;
  iface->get_item = mado_own_contacts_get_item;
}

/* A store dropped with changes pending still saves them. */
static void
mado_own_contacts_dispose (GObject *object)
{
  MadoOwnContacts *self = MADO_OWN_CONTACTS (object);
  g_autoptr(GError) error = NULL;

  if (self->contacts != NULL)
    {
      if (!self->read_only && !save_now (self, &error))
        g_message ("Own contacts not saved: %s", error->message);
      for (guint i = 0; i < self->contacts->len; i++)
        g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->contacts, i),
                                              contact_changed_cb, self);
      g_clear_pointer (&self->contacts, g_ptr_array_unref);
    }
  mado_user_saver_stop (self->saver);
  g_clear_object (&self->organisation);

  G_OBJECT_CLASS (mado_own_contacts_parent_class)->dispose (object);
}

static void
mado_own_contacts_finalize (GObject *object)
{
  MadoOwnContacts *self = MADO_OWN_CONTACTS (object);

  g_free (self->directory);
  g_free (self->path);
  g_strfreev (self->situations);
  g_clear_pointer (&self->saver, mado_user_saver_free);
  g_clear_error (&self->load_error);
  g_free (self->set_aside_path);

  G_OBJECT_CLASS (mado_own_contacts_parent_class)->finalize (object);
}

static void
mado_own_contacts_class_init (MadoOwnContactsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mado_own_contacts_dispose;
  object_class->finalize = mado_own_contacts_finalize;

  /* An automatic save failed (the GError says why, for the person). */
  signals[SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
mado_own_contacts_init (MadoOwnContacts *self)
{
  self->contacts = g_ptr_array_new_with_free_func (g_object_unref);
}
