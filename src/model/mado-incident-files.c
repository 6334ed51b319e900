/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mado-incident-codec.h"
#include "mado-incident-error.h"
#include "mado-incident-files.h"

static gboolean
set_errno_error (GError     **error,
                 const char  *path)
{
  int saved_errno = errno;

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "%s: %s", path, g_strerror (saved_errno));
  return FALSE;
}

/* The lock. One copy of the app at a time writes the sheets: two copies
 * (no session bus, so no single instance; or the installed and the
 * development build side by side) would each rewrite the file with their
 * own list, and the last save would win. The lock is flock() on the folder
 * itself, so that no file is added to it; the kernel drops it when the
 * process ends, however it ends. */

/* Returns the descriptor that holds the lock (close it to let go), or -1:
 * G_IO_ERROR_BUSY when another copy holds it, a G_FILE_ERROR when the folder
 * cannot be made or opened. A file system without locks is used without. */
int
mado_incident_files_lock (const char  *directory,
                          GError     **error)
{
  int fd;

  if (g_mkdir_with_parents (directory, 0700) != 0)
    return set_errno_error (error, directory), -1;
  fd = g_open (directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd < 0)
    return set_errno_error (error, directory), -1;
  if (flock (fd, LOCK_EX | LOCK_NB) == 0 || errno != EWOULDBLOCK)
    return fd;

  close (fd);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY, "%s is in use", directory);
  return -1;
}

/* The copies beside the file. */

/* A temporary file of g_file_set_contents(): the name, a dot, six
 * characters. */
static gboolean
is_temporary (const char *name,
              const char *base)
{
  gsize base_length = strlen (base);

  return g_str_has_prefix (name, base) && name[base_length] == '.'
         && strlen (name + base_length + 1) == 6
         && strchr (name + base_length + 1, '-') == NULL;
}

static gboolean
is_set_aside (const char *name,
              const char *base)
{
  gsize base_length = strlen (base);

  return g_str_has_prefix (name, base) && g_str_has_prefix (name + base_length, ".corrupt-");
}

static gint64
modified_ns (const struct stat *buf)
{
  return (gint64) buf->st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + buf->st_mtim.tv_nsec;
}

/* A whole file of sheets that this code wrote: the write was done, only
 * the rename was not. */
static gboolean
is_complete (const char *path)
{
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr(GPtrArray) sheets = NULL;
  MadoIncidentCodecReport report;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return FALSE;
  sheets = mado_incident_codec_read (data, length, &report, NULL);
  mado_incident_codec_report_clear (&report);
  return sheets != NULL && report.n_broken == 0 && report.n_repaired == 0;
}

/* A save cut short (a kill, a power cut) may leave its temporary file: if
 * it is whole and newer than the file, it holds the last changes, and takes
 * the file's place; any other is removed. Returns the name of the one
 * recovered, or NULL. Call with the lock held. */
char *
mado_incident_files_recover (const char *path)
{
  g_autofree char *directory = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  g_autofree char *best = NULL;
  gint64 best_time = G_MININT64;
  struct stat buf;
  const char *name;

  if (dir == NULL)
    return NULL;
  if (lstat (path, &buf) == 0)
    best_time = modified_ns (&buf);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *candidate = NULL;

      if (!is_temporary (name, base))
        continue;
      candidate = g_build_filename (directory, name, NULL);
      if (lstat (candidate, &buf) == 0 && S_ISREG (buf.st_mode)
          && modified_ns (&buf) > best_time && is_complete (candidate))
        {
          if (best != NULL)
            g_unlink (best);
          g_free (best);
          best = g_steal_pointer (&candidate);
          best_time = modified_ns (&buf);
        }
      else
        g_unlink (candidate);
    }

  if (best == NULL || g_rename (best, path) != 0)
    return NULL;
  g_chmod (path, 0600);
  return g_path_get_basename (best);
}

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

/* Moves the file at @path out of the way, never over an earlier one, and
 * returns where it went. */
char *
mado_incident_files_set_aside (const char  *path,
                               GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (path);

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *target_path = set_aside_name (path, attempt);
      g_autoptr(GFile) target = g_file_new_for_path (target_path);
      g_autoptr(GError) local_error = NULL;

      /* Without G_FILE_COPY_OVERWRITE: an earlier file set aside is never
       * replaced. */
      if (g_file_move (source, target, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL,
                       &local_error))
        return g_steal_pointer (&target_path);
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "too many files set aside");
  return NULL;
}

/* Removes every other copy of the sheets beside @path: temporary files and
 * files set aside. "Delete All Sheets" means all of them. Returns how many
 * were removed. */
guint
mado_incident_files_remove_copies (const char *path)
{
  g_autofree char *directory = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;
  guint removed = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *copy = NULL;

      if (!is_temporary (name, base) && !is_set_aside (name, base))
        continue;
      copy = g_build_filename (directory, name, NULL);
      if (g_unlink (copy) == 0)
        removed++;
    }
  return removed;
}
