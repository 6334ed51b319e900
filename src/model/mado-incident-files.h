/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The files of the incident sheets in their folder, below the store: the
 * lock that keeps a second copy of the app from writing, the write itself
 * (in a thread), temporary files left by an interrupted write, and the
 * copies set aside. GLib only, no GObject: the writer is used from a
 * thread. */
typedef struct _MadoIncidentWriter MadoIncidentWriter;

MadoIncidentWriter *mado_incident_writer_new          (const char          *directory,
                                                       const char          *path);
MadoIncidentWriter *mado_incident_writer_ref          (MadoIncidentWriter  *writer);
void                mado_incident_writer_unref        (MadoIncidentWriter  *writer);
gboolean            mado_incident_writer_write        (MadoIncidentWriter  *writer,
                                                       GPtrArray           *sheets,
                                                       guint64              serial,
                                                       GError             **error);
void                mado_incident_writer_write_async  (MadoIncidentWriter  *writer,
                                                       GPtrArray           *sheets,
                                                       guint64              serial,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean            mado_incident_writer_write_finish (GAsyncResult        *result,
                                                       guint64             *serial,
                                                       GError             **error);

int                 mado_incident_files_lock          (const char          *directory,
                                                       GError             **error);
char               *mado_incident_files_recover       (const char          *path);
char               *mado_incident_files_set_aside     (const char          *path,
                                                       GError             **error);
guint               mado_incident_files_remove_copies (const char          *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MadoIncidentWriter, mado_incident_writer_unref)

G_END_DECLS
