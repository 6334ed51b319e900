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
