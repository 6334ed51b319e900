/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mado-incident-codec.h"
#include "mado-incident-store.h"

/* All incident sheets of the user, newest first, kept in one file in the
 * user's data directory (the Flatpak's own when sandboxed).
 *
 * Nothing is lost: a change schedules one save at most
 * MADO_INCIDENT_STORE_SAVE_DELAY_MS later (the timeout is not pushed back by
 * further changes, so steady typing is still saved twice a second), and
 * flush() saves at once when the window closes. Each save writes a
 * temporary file, syncs it and renames it over the old one, so a kill or a
 * power cut leaves either the old file or the new one. A file that cannot be
 * read is renamed aside, never deleted, and the store starts empty. Nothing
 * of a sheet's content is logged. */
struct _MadoIncidentStore
{
  GObject parent_instance;

  char              *directory;
  char              *path;
  GPtrArray         *sheets;          /* MadoIncidentSheet, newest first */
  MadoIncidentSheet *current;
  guint              save_source;
  gboolean           dirty;
  gboolean           saving_blocked;  /* an unreadable file is in the way */
  GError            *load_error;
  char              *set_aside_path;
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

/* @directory NULL is the user's data directory; tests pass their own. */
MadoIncidentStore *
mado_incident_store_new (const char *directory)
{
  MadoIncidentStore *self = g_object_new (MADO_TYPE_INCIDENT_STORE, NULL);

  self->directory = directory != NULL
    ? g_strdup (directory)
    : g_build_filename (g_get_user_data_dir (), "madoguchi", NULL);
  self->path = g_build_filename (self->directory, FILE_NAME, NULL);
  return self;
}

const char *
mado_incident_store_get_path (MadoIncidentStore *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), NULL);
  return self->path;
}

/* Why the last load found no sheets where a file was, or NULL. */
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

gboolean
mado_incident_store_has_unsaved_changes (MadoIncidentStore *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), FALSE);
  return self->dirty;
}

/* Saving. */

static gboolean
write_file (MadoIncidentStore  *self,
            GError            **error)
{
  g_autoptr(GBytes) bytes = mado_incident_codec_write (G_LIST_MODEL (self));
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (g_mkdir_with_parents (self->directory, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (&local_error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", self->directory, g_strerror (saved_errno));
    }
  else if (g_file_set_contents_full (self->path, data, (gssize) length,
                                     G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                     0600, &local_error))
    {
      /* Newer GLib (2.84) keeps the mode of the file it replaces: a file that
       * someone made readable to others must not stay so. */
      if (g_chmod (self->path, 0600) != 0)
        {
          int saved_errno = errno;
          g_set_error (&local_error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       "%s: %s", self->path, g_strerror (saved_errno));
        }
    }

  if (local_error == NULL)
    return TRUE;

  g_set_error (error, MADO_INCIDENT_ERROR, MADO_INCIDENT_ERROR_WRITE_FAILED,
               /* Translators: %s says why, e.g. "No space left on device". */
               _("The incident sheets could not be saved (%s). The last saved version is unchanged."),
               local_error->message);
  return FALSE;
}

static gboolean
save_now (MadoIncidentStore  *self,
          GError            **error)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!self->dirty)
    return TRUE;

  if (self->saving_blocked)
    {
      g_propagate_error (error, g_error_copy (self->load_error));
      return FALSE;
    }
  if (!write_file (self, error))
    return FALSE;

  self->dirty = FALSE;
  return TRUE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  MadoIncidentStore *self = user_data;
  g_autoptr(GError) error = NULL;

  self->save_source = 0;
  if (!save_now (self, &error))
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);
  return G_SOURCE_REMOVE;
}

static void
schedule_save (MadoIncidentStore *self)
{
  self->dirty = TRUE;
  /* With saving off, only flush() reports it: not a toast per keystroke. */
  if (self->save_source != 0 || self->saving_blocked)
    return;

  self->save_source = g_timeout_add (MADO_INCIDENT_STORE_SAVE_DELAY_MS, save_timeout_cb, self);
  g_source_set_name_by_id (self->save_source, "[madoguchi] save incident sheets");
}

/* Saves now whatever was not saved yet: at window close and app shutdown.
 * On failure the changes stay unsaved and are tried again with the next. */
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
sheet_changed_cb (MadoIncidentStore *self)
{
  schedule_save (self);
}

static void
insert_sheet (MadoIncidentStore *self,
              guint              position,
              MadoIncidentSheet *sheet)
{
  g_signal_connect_object (sheet, "changed", G_CALLBACK (sheet_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_ptr_array_insert (self->sheets, (int) position, g_object_ref (sheet));
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
  g_signal_handlers_disconnect_by_func (removed, sheet_changed_cb, self);
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

/* The file's name with the time appended, and a counter after the first
 * attempt: two files set aside within a second both stay. */
static char *
set_aside_name (const char *path,
                guint       attempt)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  if (attempt == 0)
    return g_strdup_printf ("%s.corrupt-%s", path, stamp);
  return g_strdup_printf ("%s.corrupt-%s-%u", path, stamp, attempt + 1);
}

static gboolean
set_aside (MadoIncidentStore  *self,
           GError            **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (self->path);

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *target_path = set_aside_name (self->path, attempt);
      g_autoptr(GFile) target = g_file_new_for_path (target_path);
      g_autoptr(GError) local_error = NULL;

      /* Without G_FILE_COPY_OVERWRITE: an earlier file set aside is never
       * replaced. */
      if (g_file_move (source, target, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL,
                       &local_error))
        {
          self->set_aside_path = g_steal_pointer (&target_path);
          return TRUE;
        }
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "too many files set aside");
  return FALSE;
}

/* The file is there but unusable: move it out of the way so that saving
 * cannot overwrite it, or, if even that fails, do not save at all. */
static gboolean
refuse_file (MadoIncidentStore  *self,
             const GError       *reason,
             GError            **error)
{
  g_autoptr(GError) move_error = NULL;

  if (set_aside (self, &move_error))
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

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  MadoIncidentSheet *sheet_a = *(MadoIncidentSheet **) a;
  MadoIncidentSheet *sheet_b = *(MadoIncidentSheet **) b;

  return g_date_time_compare (mado_incident_sheet_get_created (sheet_b),
                              mado_incident_sheet_get_created (sheet_a));
}

/* Reads the file once, at startup. A missing file is an empty store. On
 * FALSE the store is empty, the file was set aside (or saving is off), and
 * @error has a message for the person. */
gboolean
mado_incident_store_load (MadoIncidentStore  *self,
                          GError            **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr(GError) reason = NULL;
  g_autoptr(GPtrArray) sheets = NULL;

  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (self), FALSE);
  g_return_val_if_fail (self->sheets->len == 0, FALSE);

  if (g_file_get_contents (self->path, &data, &length, &reason))
    sheets = mado_incident_codec_read (data, length, &reason);
  else if (g_error_matches (reason, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    return TRUE;

  if (sheets == NULL)
    return refuse_file (self, reason, error);

  g_ptr_array_sort (sheets, newest_first);
  for (guint i = 0; i < sheets->len; i++)
    insert_sheet (self, i, g_ptr_array_index (sheets, i));
  g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, sheets->len);
  set_current (self, sheets->len > 0 ? g_ptr_array_index (sheets, 0) : NULL);
  return TRUE;
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
}
