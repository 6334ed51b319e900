/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MADO_TYPE_ROW_BOX (mado_row_box_get_type ())

G_DECLARE_FINAL_TYPE (MadoRowBox, mado_row_box, MADO, ROW_BOX, GtkWidget)

G_END_DECLS
