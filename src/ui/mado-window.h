/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-application.h"
#include "mado-uri-opener.h"

G_BEGIN_DECLS

#define MADO_TYPE_WINDOW (mado_window_get_type ())

G_DECLARE_FINAL_TYPE (MadoWindow, mado_window, MADO, WINDOW, AdwApplicationWindow)

MadoWindow    *mado_window_new              (MadoApplication *application);
gboolean       mado_window_show_section     (MadoWindow      *self,
                                             const char      *section_id);
void           mado_window_show_guide       (MadoWindow      *self);
void           mado_window_show_home        (MadoWindow      *self);
void           mado_window_show_sheet       (MadoWindow      *self);
void           mado_window_show_own_contacts (MadoWindow     *self);
void           mado_window_import_own_contacts (MadoWindow   *self,
                                                GFile        *file);
void           mado_window_export_own_contacts (MadoWindow   *self,
                                                GFile        *file);
void           mado_window_open_item        (MadoWindow      *self,
                                             GObject         *item);
void           mado_window_start_search     (MadoWindow      *self,
                                             const char      *text);
GtkWidget     *mado_window_get_page         (MadoWindow      *self);
MadoUriOpener *mado_window_get_uri_opener   (MadoWindow      *self);
const char    *mado_window_get_last_toast   (MadoWindow      *self);
void           mado_window_add_toast        (MadoWindow      *self,
                                             const char      *text);

G_END_DECLS
