/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mado-application.h"

G_BEGIN_DECLS

#define MADO_TYPE_SEARCH_PROVIDER (mado_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (MadoSearchProvider, mado_search_provider, MADO, SEARCH_PROVIDER, GObject)

MadoSearchProvider *mado_search_provider_new          (MadoApplication     *application);
gboolean            mado_search_provider_export       (MadoSearchProvider  *self,
                                                       GDBusConnection     *connection,
                                                       const char          *object_path,
                                                       GError             **error);
void                mado_search_provider_unexport     (MadoSearchProvider  *self);
char               *mado_search_provider_dup_main_number (MadoContact      *contact);

G_END_DECLS
