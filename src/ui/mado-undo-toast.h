/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Puts @item back into @container, at @position, where a deletion took
 * it from. */
typedef void (*MadoUndoFunc) (gpointer container,
                              gpointer item,
                              guint    position);

AdwToast   *mado_undo_toast_new      (const char   *text,
                                      MadoUndoFunc  undo,
                                      gpointer      container,
                                      gpointer      item,
                                      guint         position);
const char *mado_undo_toast_get_text (AdwToast     *toast);

G_END_DECLS
