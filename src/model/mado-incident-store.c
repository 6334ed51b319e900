/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "mado-incident-codec.h"
#include "mado-incident-files.h"
#include "mado-incident-store.h"
#include "mado-user-file.h"

/* All incident sheets of the user, newest first, kept in one file in the
 * user's data directory (the Flatpak's own when sandboxed).
 *
 * Nothing is lost: a change schedules one save at most
 * MADO_INCIDENT_STORE_SAVE_DELAY_MS later (the timeout is not pushed back by
 * further changes, so steady typing is still saved twice a second), and
 * flush() saves at once when the window closes or a signal ends the app.
 * The file is written in a thread, from the text of each sheet kept since
 * its last change, so that typing is not held up by 10,000 sheets. One copy
 * of the app at a time keeps the sheets (a lock on the folder); a second
 * one shows them and does not save. A file that cannot be read is renamed
 * aside, never deleted; a sheet that cannot be read is left out, with the
 * file kept aside, and every other one is loaded. Nothing of a sheet's
 * content is logged. */
struct _MadoIncidentStore
{
  GObject parent_instance;

  char               *directory;
  char               *path;
  GPtrArray          *sheets;          /* MadoIncidentSheet, newest first */
  MadoIncidentSheet  *current;
  MadoUserSaver      *saver;
  gboolean            saving_blocked;  /* see load_error for why */
  gboolean            read_only;       /* another copy keeps the sheets */
  GError             *load_error;
  char               *set_aside_path;
  int                 lock_fd;
  GHashTable         *texts;           /* sheet → its JSON, a GRefString */
};

static void mado_incident_store_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MadoIncidentStore, mado_incident_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      mado_incident_store_list_model_init))

G_DEFINE_QUARK (mado-incident-error-quark, mado_incident_error)

enum {
  PROP_0,
  PROP_CURRENT,
  N_PROPS
};

enum {
  SAVE_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define FILE_NAME "incident-sheets.json"

static const MadoUserSaverSpec saver_spec;

/* @directory NULL is the user's data directory; tests pass their own. */
MadoIncidentStore *
mado_incident_store_new (const char *directory)
{
  MadoIncidentStore *self = g_object_new (MADO_TYPE_INCIDENT_STORE, NULL);

  self->directory = directory != NULL
    ? g_strdup (directory)
    : g_build_filename (g_get_user_data_dir (), "madoguchi", NULL);
  self->path = g_build_filename (self->directory, FILE_NAME, NULL);
  self->saver = mado_user_saver_new (&saver_spec, G_OBJECT (self), self->directory, self->path);
  return self;
}

const char *
mado_incident_store_get_path (MadoIncidentStore *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), NULL);
  return self->path;
}

/* What the person must be told about the last load, or NULL: why sheets
 * are missing or cannot be saved, or (MADO_INCIDENT_ERROR_RECOVERED) that
 * changes were recovered. */
const GError *
mado_incident_store_get_load_error (MadoIncidentStore *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), NULL);
  return self->load_error;
}

/* Where an unreadable file was moved, or NULL. */
const char *
mado_incident_store_get_set_aside_path (MadoIncidentStore *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), NULL);
  return self->set_aside_path;
}

/* TRUE when another copy of the app keeps the sheets: this one shows them
 * as they were at its start and must not let them be edited. */
gboolean
mado_incident_store_is_read_only (MadoIncidentStore *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), FALSE);
  return self->read_only;
}

/* Saving, through the one saver of the user's stores. */

/* The text of every sheet, in order: a sheet unchanged since the last save
 * costs a reference, not a serialisation. */
static gpointer
snapshot (GObject *owner)
{
  MadoIncidentStore *self = MADO_INCIDENT_STORE (owner);
  GPtrArray *texts = g_ptr_array_new_full (self->sheets->len, (GDestroyNotify) g_ref_string_release);

  for (guint i = 0; i < self->sheets->len; i++)
    {
      MadoIncidentSheet *sheet = g_ptr_array_index (self->sheets, i);
      char *text = g_hash_table_lookup (self->texts, sheet);

      if (text == NULL)
        {
          g_autofree char *plain = mado_incident_codec_write_sheet (sheet);

          text = g_ref_string_new (plain);
          g_hash_table_insert (self->texts, sheet, text);
        }
      g_ptr_array_add (texts, g_ref_string_acquire (text));
    }
  return texts;
}

/* In the writing thread: typing goes on while 10,000 sheets are joined. */
static GBytes *
join_texts (gpointer data)
{
  GPtrArray *texts = data;

  return mado_incident_codec_join ((const char * const *) texts->pdata, texts->len);
}

static gboolean
check_saving (GObject  *owner,
              GError  **error)
{
  MadoIncidentStore *self = MADO_INCIDENT_STORE (owner);

  if (!self->saving_blocked)
    return TRUE;
  if (error != NULL)
    *error = g_error_copy (self->load_error);
  return FALSE;
}

static void
write_failed (const GError  *reason,
              GError       **error)
{
  g_set_error (error, MADO_INCIDENT_ERROR, MADO_INCIDENT_ERROR_WRITE_FAILED,
               /* Translators: %s says why, e.g. "No space left on device". */
               _("The incident sheets could not be saved (%s). The last saved version is unchanged."),
               reason->message);
}

static const MadoUserSaverSpec saver_spec = {
  .name = "[madoguchi] save incident sheets",
  .delay_ms = MADO_INCIDENT_STORE_SAVE_DELAY_MS,
  .snapshot = snapshot,
  .to_bytes = join_texts,
  .free_snapshot = (GDestroyNotify) g_ptr_array_unref,
  .check = check_saving,
  .write_failed = write_failed,
};

static gboolean
save_now (MadoIncidentStore  *self,
          GError            **error)
{
  return mado_user_saver_flush (self->saver, error);
}

static void
schedule_save (MadoIncidentStore *self)
{
  mado_user_saver_changed (self->saver);
}

gboolean
mado_incident_store_has_unsaved_changes (MadoIncidentStore *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), FALSE);
  return mado_user_saver_has_unsaved_changes (self->saver);
}

/* Saves now whatever was not saved yet: at window close, at a signal and at
 * app shutdown. It waits for a save under way in a thread. On failure the
 * changes stay unsaved and are tried again with the next. */
gboolean
mado_incident_store_flush (MadoIncidentStore  *self,
                           GError            **error)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_now (self, error);
}

/* The list. */

static void
sheet_changed_cb (MadoIncidentSheet *sheet,
                  MadoIncidentStore *self)
{
  g_hash_table_remove (self->texts, sheet);
  schedule_save (self);
}

static void
insert_sheet (MadoIncidentStore *self,
              guint              position,
              MadoIncidentSheet *sheet)
{
  g_signal_connect_object (sheet, "changed", G_CALLBACK (sheet_changed_cb), self, 0);
  g_ptr_array_insert (self->sheets, (int) position, g_object_ref (sheet));
}

static void
forget_sheet (MadoIncidentStore *self,
              MadoIncidentSheet *sheet)
{
  g_signal_handlers_disconnect_by_func (sheet, sheet_changed_cb, self);
  g_hash_table_remove (self->texts, sheet);
}

static void
set_current (MadoIncidentStore *self,
             MadoIncidentSheet *sheet)
{
  if (g_set_object (&self->current, sheet))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
}

/* Adds @sheet as the newest; it becomes the current one if there was none. */
void
mado_incident_store_add (MadoIncidentStore *self,
                         MadoIncidentSheet *sheet)
{
  mado_incident_store_restore (self, sheet, 0);
}

/* Puts @sheet back at @position (clamped to the end): the undo of a
 * removal. */
void
mado_incident_store_restore (MadoIncidentStore *self,
                             MadoIncidentSheet *sheet,
                             guint              position)
{
  g_return_if_fail (MADO_IS_INCIDENT_STORE (self));
  g_return_if_fail (MADO_IS_INCIDENT_SHEET (sheet));
  g_return_if_fail (!g_ptr_array_find (self->sheets, sheet, NULL));

  position = MIN (position, self->sheets->len);
  insert_sheet (self, position, sheet);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  if (self->current == NULL)
    set_current (self, sheet);
  schedule_save (self);
}

/* Removes @sheet and returns where it was: keep the sheet and the position
 * to undo with mado_incident_store_restore(). The current sheet moves to its
 * neighbour. */
guint
mado_incident_store_remove (MadoIncidentStore *self,
                            MadoIncidentSheet *sheet)
{
  g_autoptr(MadoIncidentSheet) removed = NULL;
  guint position;

  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), 0);
  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (sheet), 0);

  if (!g_ptr_array_find (self->sheets, sheet, &position))
    g_return_val_if_reached (0);

  removed = g_ptr_array_steal_index (self->sheets, position);
  forget_sheet (self, removed);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  if (self->current == removed)
    set_current (self, self->sheets->len == 0 ? NULL
                 : g_ptr_array_index (self->sheets, MIN (position, self->sheets->len - 1)));
  schedule_save (self);
  return position;
}

static void
disconnect_all (MadoIncidentStore *self)
{
  for (guint i = 0; i < self->sheets->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->sheets, i),
                                          sheet_changed_cb, self);
  g_hash_table_remove_all (self->texts);
}

/* Forgets every sheet. The file is rewritten at the next save: call
 * mado_incident_store_flush() to have it gone from the disk at once. */
void
mado_incident_store_remove_all (MadoIncidentStore *self)
{
  g_autoptr(GPtrArray) old = NULL;

  g_return_if_fail (MADO_IS_INCIDENT_STORE (self));

  disconnect_all (self);
  old = g_steal_pointer (&self->sheets);
  self->sheets = g_ptr_array_new_with_free_func (g_object_unref);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old->len, 0);
  set_current (self, NULL);
  schedule_save (self);
}

/* "Delete All Sheets": every sheet, from the disk at once, and with them
 * every other copy beside the file (temporary files, files set aside), so
 * that "all deleted" is true. */
gboolean
mado_incident_store_delete_all (MadoIncidentStore  *self,
                                GError            **error)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  mado_incident_store_remove_all (self);
  if (!save_now (self, error))
    return FALSE;
  mado_incident_files_remove_copies (self->path);
  g_clear_pointer (&self->set_aside_path, g_free);
  return TRUE;
}

MadoIncidentSheet *
mado_incident_store_lookup (MadoIncidentStore *self,
                            const char        *id)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->sheets->len; i++)
    {
      MadoIncidentSheet *sheet = g_ptr_array_index (self->sheets, i);

      if (g_str_equal (mado_incident_sheet_get_id (sheet), id))
        return sheet;
    }
  return NULL;
}

/* The sheet the desk is working on: the one shown, and the one a guide
 * result is attached to. NULL only when there are no sheets. */
MadoIncidentSheet *
mado_incident_store_get_current (MadoIncidentStore *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), NULL);
  return self->current;
}

void
mado_incident_store_set_current (MadoIncidentStore *self,
                                 MadoIncidentSheet *sheet)
{
  g_return_if_fail (MADO_IS_INCIDENT_STORE (self));
  g_return_if_fail (sheet == NULL || g_ptr_array_find (self->sheets, sheet, NULL));

  set_current (self, sheet);
}

/* Loading. */

/* The file is there but unusable: move it out of the way so that saving
 * cannot overwrite it, or, if even that fails, do not save at all. */
static gboolean
refuse_file (MadoIncidentStore  *self,
             const GError       *reason,
             GError            **error)
{
  g_autoptr(GError) move_error = NULL;

  self->set_aside_path = mado_incident_files_set_aside (self->path, &move_error);
  if (self->set_aside_path != NULL)
    g_set_error (&self->load_error, MADO_INCIDENT_ERROR, MADO_INCIDENT_ERROR_CORRUPT,
                 /* Translators: the first %s says why (technical), the second is a file name. */
                 _("The saved incident sheets could not be read (%s), so Madoguchi started "
                   "without them. Nothing was deleted: the file was kept as “%s”."),
                 reason->message, self->set_aside_path);
  else
    {
      self->saving_blocked = TRUE;
      g_set_error (&self->load_error, MADO_INCIDENT_ERROR, MADO_INCIDENT_ERROR_UNREADABLE,
                   /* Translators: the first %s says why (technical), the second is a file name. */
                   _("The saved incident sheets could not be read (%s). Changes will not be "
                     "saved until “%s” is moved away or repaired."),
                   reason->message, self->path);
    }

  g_propagate_error (error, g_error_copy (self->load_error));
  return FALSE;
}

/* Some sheets are damaged, the others fine: the others are loaded, and the
 * file as it was is set aside (the damaged sheets are in it) before the
 * others are saved on their own. */
static void
refuse_some (MadoIncidentStore             *self,
             const MadoIncidentCodecReport *report)
{
  g_autoptr(GError) move_error = NULL;

  self->set_aside_path = mado_incident_files_set_aside (self->path, &move_error);
  if (self->set_aside_path == NULL)
    {
      self->saving_blocked = TRUE;
      g_set_error (&self->load_error, MADO_INCIDENT_ERROR, MADO_INCIDENT_ERROR_UNREADABLE,
                   _("The saved incident sheets could not be read (%s). Changes will not be "
                     "saved until “%s” is moved away or repaired."),
                   report->first_problem->message, self->path);
      return;
    }
  g_set_error (&self->load_error, MADO_INCIDENT_ERROR, MADO_INCIDENT_ERROR_PARTLY_CORRUPT,
               /* Translators: %u is how many sheets, the first %s says why
                * (technical), the second is a file name. */
               g_dngettext (GETTEXT_PACKAGE,
                            "%u saved incident sheet could not be read (%s); the other sheets are "
                            "here. Nothing was deleted: the file as it was is kept as “%s”.",
                            "%u saved incident sheets could not be read (%s); the other sheets are "
                            "here. Nothing was deleted: the file as it was is kept as “%s”.",
                            report->n_broken),
               report->n_broken, report->first_problem->message, self->set_aside_path);
  /* The file is gone: the sheets that were read must be on the disk again. */
  mado_user_saver_count_change (self->saver);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  MadoIncidentSheet *sheet_a = *(MadoIncidentSheet **) a;
  MadoIncidentSheet *sheet_b = *(MadoIncidentSheet **) b;

  return g_date_time_compare (mado_incident_sheet_get_created (sheet_b),
                              mado_incident_sheet_get_created (sheet_a));
}

static void
take_sheets (MadoIncidentStore *self,
             GPtrArray         *sheets)
{
  g_ptr_array_sort (sheets, newest_first);
  for (guint i = 0; i < sheets->len; i++)
    insert_sheet (self, i, g_ptr_array_index (sheets, i));
  g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, sheets->len);
  set_current (self, sheets->len > 0 ? g_ptr_array_index (sheets, 0) : NULL);
}

/* Takes the folder's lock. Without it, the sheets are still read, to be
 * shown, but nothing is saved. */
static gboolean
lock_folder (MadoIncidentStore *self)
{
  g_autoptr(GError) error = NULL;

  self->lock_fd = mado_incident_files_lock (self->directory, &error);
  if (self->lock_fd >= 0)
    return TRUE;

  self->saving_blocked = TRUE;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BUSY))
    {
      self->read_only = TRUE;
      g_set_error_literal (&self->load_error, MADO_INCIDENT_ERROR, MADO_INCIDENT_ERROR_IN_USE,
                           _("Another copy of Madoguchi is open and keeps the incident sheets. "
                             "This copy shows them as they were when it started, and cannot "
                             "change them: use the other copy, or close it and start this one "
                             "again."));
    }
  else
    g_set_error (&self->load_error, MADO_INCIDENT_ERROR, MADO_INCIDENT_ERROR_FOLDER_UNUSABLE,
                 /* Translators: %s says why (technical, with the folder's name). */
                 _("The folder of the incident sheets cannot be used (%s). What you write "
                   "now cannot be saved: copy it elsewhere before you quit, and move away "
                   "what is in the folder’s place."),
                 error->message);
  return FALSE;
}

/* Only with the lock: a save cut short is completed. */
static void
recover (MadoIncidentStore *self)
{
  g_autofree char *recovered = mado_incident_files_recover (self->path);

  if (recovered != NULL)
    g_set_error (&self->load_error, MADO_INCIDENT_ERROR, MADO_INCIDENT_ERROR_RECOVERED,
                 /* Translators: %s is a file name. */
                 _("Madoguchi stopped while it saved the incident sheets last time. The "
                   "changes it was saving were recovered from “%s”."),
                 recovered);
}

/* Reads the file once, at startup. A missing file is an empty store. FALSE
 * when something is wrong that the person must know of (@error and
 * mado_incident_store_get_load_error() say what): the file or some sheets
 * were set aside, or saving is off. */
gboolean
mado_incident_store_load (MadoIncidentStore  *self,
                          GError            **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr(GError) reason = NULL;
  g_autoptr(GError) save_error = NULL;
  g_autoptr(GPtrArray) sheets = NULL;
  MadoIncidentCodecReport report = { 0 };
  gboolean locked;

  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), FALSE);
  g_return_val_if_fail (self->sheets->len == 0, FALSE);

  locked = lock_folder (self);
  if (locked)
    recover (self);

  if (g_file_get_contents (self->path, &data, &length, &reason))
    sheets = mado_incident_codec_read (data, length, &report, &reason);
  else if (g_error_matches (reason, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    sheets = g_ptr_array_new ();

  /* Nothing readable: the whole file is set aside, as is. */
  if (sheets != NULL && sheets->len == 0 && report.n_broken > 0)
    {
      g_clear_error (&reason);
      reason = g_steal_pointer (&report.first_problem);
      g_clear_pointer (&sheets, g_ptr_array_unref);
    }
  if (sheets != NULL && report.n_broken > 0 && locked)
    refuse_some (self, &report);
  mado_incident_codec_report_clear (&report);

  if (sheets == NULL && locked)
    return refuse_file (self, reason, error);
  if (sheets != NULL)
    take_sheets (self, sheets);

  /* Some sheets were set aside with the file: the others go back on disk. */
  if (self->set_aside_path != NULL && !save_now (self, &save_error))
    g_message ("%s", save_error->message);
  if (self->load_error == NULL || self->load_error->code == MADO_INCIDENT_ERROR_RECOVERED)
    return TRUE;
  g_propagate_error (error, g_error_copy (self->load_error));
  return FALSE;
}

/* GListModel */

static GType
mado_incident_store_get_item_type (GListModel *model)
{
  return MADO_TYPE_INCIDENT_SHEET;
}

static guint
mado_incident_store_get_n_items (GListModel *model)
{
  return MADO_INCIDENT_STORE (model)->sheets->len;
}

static gpointer
mado_incident_store_get_item (GListModel *model,
                              guint       position)
{
  MadoIncidentStore *self = MADO_INCIDENT_STORE (model);

  if (position >= self->sheets->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->sheets, position));
}

static void
mado_incident_store_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = mado_incident_store_get_item_type;
  iface->get_n_items = mado_incident_store_get_n_items;
  iface->get_item = mado_incident_store_get_item;
}

static void
mado_incident_store_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MadoIncidentStore *self = MADO_INCIDENT_STORE (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      g_value_set_object (value, self->current);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_incident_store_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MadoIncidentStore *self = MADO_INCIDENT_STORE (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      mado_incident_store_set_current (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A store dropped with changes pending still saves them. */
static void
mado_incident_store_dispose (GObject *object)
{
  MadoIncidentStore *self = MADO_INCIDENT_STORE (object);
  g_autoptr(GError) error = NULL;

  if (self->sheets != NULL)
    {
      if (!save_now (self, &error))
        g_message ("Incident sheets not saved: %s", error->message);
      disconnect_all (self);
      g_clear_pointer (&self->sheets, g_ptr_array_unref);
    }
  g_clear_pointer (&self->texts, g_hash_table_unref);
  g_clear_object (&self->current);

  G_OBJECT_CLASS (mado_incident_store_parent_class)->dispose (object);
}

static void
mado_incident_store_finalize (GObject *object)
{
  MadoIncidentStore *self = MADO_INCIDENT_STORE (object);

  g_free (self->directory);
  g_free (self->path);
  g_clear_error (&self->load_error);
  g_free (self->set_aside_path);
  g_clear_pointer (&self->saver, mado_user_saver_free);
  /* Closing the folder lets go of its lock. */
  if (self->lock_fd >= 0)
    close (self->lock_fd);

  G_OBJECT_CLASS (mado_incident_store_parent_class)->finalize (object);
}

static void
mado_incident_store_class_init (MadoIncidentStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = mado_incident_store_get_property;
  object_class->set_property = mado_incident_store_set_property;
  object_class->dispose = mado_incident_store_dispose;
  object_class->finalize = mado_incident_store_finalize;

  properties[PROP_CURRENT] =
    g_param_spec_object ("current", NULL, NULL, MADO_TYPE_INCIDENT_SHEET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* An automatic save failed (the GError says why, for the person); the
   * changes stay pending and are tried again with the next change. */
  signals[SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
mado_incident_store_init (MadoIncidentStore *self)
{
  self->sheets = g_ptr_array_new_with_free_func (g_object_unref);
  self->texts = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ref_string_release);
  self->lock_fd = -1;
}
