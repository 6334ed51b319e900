/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MADO_TYPE_ROW_LAYOUT (mado_row_layout_get_type ())

G_DECLARE_FINAL_TYPE (MadoRowLayout, mado_row_layout, MADO, ROW_LAYOUT, GtkLayoutManager)

GtkLayoutManager *mado_row_layout_new (int spacing);

G_END_DECLS
