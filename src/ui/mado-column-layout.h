/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MADO_TYPE_COLUMN_LAYOUT (mado_column_layout_get_type ())

G_DECLARE_FINAL_TYPE (MadoColumnLayout, mado_column_layout, MADO, COLUMN_LAYOUT, GtkLayoutManager)

GtkLayoutManager *mado_column_layout_new (int spacing);

G_END_DECLS
