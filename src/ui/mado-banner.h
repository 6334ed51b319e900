/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MADO_TYPE_BANNER (mado_banner_get_type ())

G_DECLARE_FINAL_TYPE (MadoBanner, mado_banner, MADO, BANNER, GtkWidget)

GtkWidget  *mado_banner_new       (void);
void        mado_banner_show      (MadoBanner *self,
                                   const char *text);
const char *mado_banner_get_text  (MadoBanner *self);
gboolean    mado_banner_get_shown (MadoBanner *self);

G_END_DECLS
