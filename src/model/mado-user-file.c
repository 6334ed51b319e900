/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "mado-user-file.h"

/* Replaces the file at @path (in @directory, made if missing, 0700) with
 * @data: a temporary file, synced, renamed over the old one, so that a kill
 * or a power cut leaves the old file or the new one, never half of one. The
 * file is the user's alone (0600): incident notes and policy numbers are
 * nobody else's business. Safe from any thread. */
gboolean
mado_user_file_replace (const char  *directory,
                        const char  *path,
                        const char  *data,
                        gsize        length,
                        GError     **error)
{
  int saved_errno;

  g_return_val_if_fail (directory != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", directory, g_strerror (saved_errno));
      return FALSE;
    }
  if (!g_file_set_contents_full (path, data, (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, error))
    return FALSE;
  /* Newer GLib (2.84) keeps the mode of the file it replaces: a file that
   * someone made readable to others must not stay so. */
  if (g_chmod (path, 0600) != 0)
    {
      saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* The writer. Writes may come from a thread and from the main thread at
 * once (a flush while a save is under way): the mutex puts them in a row,
 * and the serial of what each one holds keeps an older state from
 * replacing a newer one. Ref-counted, as a write in a thread may outlive
 * its store. */
typedef struct
{
  gatomicrefcount  ref_count;
  GMutex           mutex;
  char            *directory;
  char            *path;
  guint64          written_serial;
} Writer;

static Writer *
writer_new (const char *directory,
            const char *path)
{
  Writer *writer = g_new0 (Writer, 1);

  g_atomic_ref_count_init (&writer->ref_count);
  g_mutex_init (&writer->mutex);
  writer->directory = g_strdup (directory);
  writer->path = g_strdup (path);
  return writer;
}

static Writer *
writer_ref (Writer *writer)
{
  g_atomic_ref_count_inc (&writer->ref_count);
  return writer;
}

static void
writer_unref (Writer *writer)
{
  if (!g_atomic_ref_count_dec (&writer->ref_count))
    return;
  g_mutex_clear (&writer->mutex);
  g_free (writer->directory);
  g_free (writer->path);
  g_free (writer);
}

/* Writes what @to_bytes makes of @snapshot, unless a state newer than
 * @serial is on the disk already (then the bytes are not even made). The
 * error is the file system's. Safe from any thread. */
static gboolean
writer_write (Writer      *writer,
              guint64      serial,
              GBytes    *(*to_bytes) (gpointer),
              gpointer     snapshot,
              GError     **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&writer->mutex);
  g_autoptr(GBytes) bytes = NULL;
  const char *contents;
  gsize length;

  if (serial <= writer->written_serial)
    return TRUE;
  bytes = to_bytes (snapshot);
  contents = g_bytes_get_data (bytes, &length);
  if (!mado_user_file_replace (writer->directory, writer->path, contents, length, error))
    return FALSE;
  writer->written_serial = serial;
  return TRUE;
}

/* The saver. Nothing is lost: a change schedules one save at most
 * delay_ms later (the timeout is not pushed back by further changes, so
 * steady typing is still saved twice a second); the save is written in a
 * thread; flush() saves at once, on the main thread. A failure is said once
 * until a save succeeds again: a folder that refuses every write must not
 * queue a message per keystroke. */
struct _MadoUserSaver
{
  const MadoUserSaverSpec *spec;
  GObject                 *owner;          /* owns the saver */
  Writer                  *writer;
  guint                    save_source;
  guint64                  change_serial;  /* counts the changes */
  guint64                  saved_serial;   /* the change last on the disk */
  gboolean                 failing;        /* a failure was reported */
};

/* @owner owns the saver and frees it in its finalize. */
MadoUserSaver *
mado_user_saver_new (const MadoUserSaverSpec *spec,
                     GObject                 *owner,
                     const char              *directory,
                     const char              *path)
{
  MadoUserSaver *saver;

  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (G_IS_OBJECT (owner), NULL);
  g_return_val_if_fail (directory != NULL && path != NULL, NULL);

  saver = g_new0 (MadoUserSaver, 1);
  saver->spec = spec;
  saver->owner = owner;
  saver->writer = writer_new (directory, path);
  return saver;
}

void
mado_user_saver_free (MadoUserSaver *saver)
{
  if (saver == NULL)
    return;
  g_clear_handle_id (&saver->save_source, g_source_remove);
  writer_unref (saver->writer);
  g_free (saver);
}

gboolean
mado_user_saver_has_unsaved_changes (MadoUserSaver *saver)
{
  g_return_val_if_fail (saver != NULL, FALSE);
  return saver->change_serial != saver->saved_serial;
}

/* No more automatic saves (the store goes): flush() still saves. */
void
mado_user_saver_stop (MadoUserSaver *saver)
{
  g_return_if_fail (saver != NULL);
  g_clear_handle_id (&saver->save_source, g_source_remove);
}

static void
saved (MadoUserSaver *saver,
       guint64        serial)
{
  saver->saved_serial = MAX (saver->saved_serial, serial);
  saver->failing = FALSE;
}

static void
report_failure (MadoUserSaver *saver,
                const GError  *error)
{
  if (saver->failing)
    return;
  saver->failing = TRUE;
  g_signal_emit_by_name (saver->owner, "save-failed", error);
}

/* Saves now whatever was not saved yet. It waits for a save under way in a
 * thread. On failure the changes stay unsaved and are tried again with the
 * next. */
gboolean
mado_user_saver_flush (MadoUserSaver  *saver,
                       GError        **error)
{
  const MadoUserSaverSpec *spec;
  guint64 serial;
  gpointer snapshot;
  g_autoptr(GError) reason = NULL;
  gboolean written;

  g_return_val_if_fail (saver != NULL, FALSE);

  spec = saver->spec;
  serial = saver->change_serial;
  g_clear_handle_id (&saver->save_source, g_source_remove);
  if (!mado_user_saver_has_unsaved_changes (saver))
    return TRUE;
  if (!spec->check (saver->owner, error))
    return FALSE;

  snapshot = spec->snapshot (saver->owner);
  written = writer_write (saver->writer, serial, spec->to_bytes, snapshot, &reason);
  spec->free_snapshot (snapshot);
  if (!written)
    {
      spec->write_failed (reason, error);
      return FALSE;
    }
  saved (saver, serial);
  return TRUE;
}

typedef struct
{
  Writer                  *writer;
  const MadoUserSaverSpec *spec;
  gpointer                 snapshot;
  guint64                  serial;
  GWeakRef                 owner;
  MadoUserSaver           *saver;   /* valid while the owner lives */
} WriteJob;

static void
write_job_free (gpointer data)
{
  WriteJob *job = data;

  writer_unref (job->writer);
  job->spec->free_snapshot (job->snapshot);
  g_weak_ref_clear (&job->owner);
  g_free (job);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;

  if (writer_write (job->writer, job->serial, job->spec->to_bytes, job->snapshot, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void schedule_timeout (MadoUserSaver *saver);

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  WriteJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GObject) owner = g_weak_ref_get (&job->owner);
  g_autoptr(GError) reason = NULL;
  g_autoptr(GError) error = NULL;
  gboolean written = g_task_propagate_boolean (G_TASK (result), &reason);

  /* A store gone meanwhile saved at its dispose: nobody to tell. */
  if (owner == NULL)
    return;
  if (!written)
    {
      job->spec->write_failed (reason, &error);
      report_failure (job->saver, error);
      return;
    }
  saved (job->saver, job->serial);
  /* What was typed while the file was written goes next. */
  if (mado_user_saver_has_unsaved_changes (job->saver))
    schedule_timeout (job->saver);
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  MadoUserSaver *saver = user_data;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  WriteJob *job;

  saver->save_source = 0;
  if (!mado_user_saver_has_unsaved_changes (saver))
    return G_SOURCE_REMOVE;
  if (!saver->spec->check (saver->owner, &error))
    {
      report_failure (saver, error);
      return G_SOURCE_REMOVE;
    }

  job = g_new0 (WriteJob, 1);
  job->writer = writer_ref (saver->writer);
  job->spec = saver->spec;
  job->snapshot = saver->spec->snapshot (saver->owner);
  job->serial = saver->change_serial;
  g_weak_ref_init (&job->owner, saver->owner);
  job->saver = saver;
  task = g_task_new (NULL, NULL, write_done_cb, NULL);
  g_task_set_task_data (task, job, write_job_free);
  g_task_set_source_tag (task, save_timeout_cb);
  g_task_set_name (task, saver->spec->name);
  g_task_run_in_thread (task, write_in_thread);
  return G_SOURCE_REMOVE;
}

static void
schedule_timeout (MadoUserSaver *saver)
{
  /* With saving off, only flush() reports it: not a message per keystroke. */
  if (saver->save_source != 0 || !saver->spec->check (saver->owner, NULL))
    return;
  saver->save_source = g_timeout_add (saver->spec->delay_ms, save_timeout_cb, saver);
  g_source_set_name_by_id (saver->save_source, saver->spec->name);
}

/* Counts a change that must reach the disk at the next save, without
 * scheduling one (the caller flushes). */
void
mado_user_saver_count_change (MadoUserSaver *saver)
{
  g_return_if_fail (saver != NULL);
  saver->change_serial++;
}

/* A change: saved within the spec's delay. */
void
mado_user_saver_changed (MadoUserSaver *saver)
{
  g_return_if_fail (saver != NULL);
  saver->change_serial++;
  schedule_timeout (saver);
}
