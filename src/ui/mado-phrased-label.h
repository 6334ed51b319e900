/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void           mado_label_set_phrased_text (GtkLabel   *label,
                                            const char *text);
PangoAttrList *mado_phrase_attributes_new  (const char *text);

G_END_DECLS
