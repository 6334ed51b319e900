/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The files of the incident sheets in their folder, below the store: the
 * lock that keeps a second copy of the app from writing, temporary files
 * left by an interrupted write, and the copies set aside. The write itself
 * is the user stores' one saver (mado-user-file.h). */
int                 mado_incident_files_lock          (const char          *directory,
                                                       GError             **error);
char               *mado_incident_files_recover       (const char          *path);
char               *mado_incident_files_set_aside     (const char          *path,
                                                       GError             **error);
guint               mado_incident_files_remove_copies (const char          *path);

G_END_DECLS
