/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Puts back what a deletion took, from the data given to the toast. */
typedef void (*MadoUndoFunc) (gpointer data);

AdwToast   *mado_undo_toast_new      (const char     *text,
                                      MadoUndoFunc    undo,
                                      gpointer        data,
                                      GDestroyNotify  free_data);
const char *mado_undo_toast_get_text (AdwToast       *toast);

G_END_DECLS
