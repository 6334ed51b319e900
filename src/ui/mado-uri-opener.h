/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MADO_TYPE_URI_OPENER (mado_uri_opener_get_type ())

G_DECLARE_FINAL_TYPE (MadoUriOpener, mado_uri_opener, MADO, URI_OPENER, GObject)

/* Hands @uri to the system and completes @task (transfer full) with a boolean
 * or an error. Replaceable, so tests can observe what would have opened
 * without starting a browser. */
typedef void (*MadoUriLaunchFunc) (GtkWindow  *parent,
                                   const char *uri,
                                   GTask      *task,
                                   gpointer    user_data);

MadoUriOpener *mado_uri_opener_new             (void);
void           mado_uri_opener_set_launch_func (MadoUriOpener       *self,
                                                MadoUriLaunchFunc    func,
                                                gpointer             user_data);
void           mado_uri_opener_open            (MadoUriOpener       *self,
                                                GtkWindow           *parent,
                                                const char          *uri,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean       mado_uri_opener_open_finish     (MadoUriOpener       *self,
                                                GAsyncResult        *result,
                                                GError             **error);

G_END_DECLS
