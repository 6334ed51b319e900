/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mado-phone.h"

G_BEGIN_DECLS

typedef void (*MadoOpenNowUpdate) (GtkWidget *widget);

char     *mado_open_now_apply (GtkLabel          *label,
                               MadoPhone         *phone);
void      mado_open_now_watch (GtkWidget         *widget,
                               MadoPhone         *phone,
                               MadoOpenNowUpdate  update);
char     *mado_open_now_dup_holiday_note (void);

G_END_DECLS
