/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mado-phone.h"

G_BEGIN_DECLS

#define MADO_TYPE_PHONE_ROW (mado_phone_row_get_type ())

G_DECLARE_FINAL_TYPE (MadoPhoneRow, mado_phone_row, MADO, PHONE_ROW, GtkListBoxRow)

GtkWidget  *mado_phone_row_new           (MadoPhone    *phone,
                                          const char   *caption,
                                          const char   *default_hours);
MadoPhone  *mado_phone_row_get_phone     (MadoPhoneRow *self);
const char *mado_phone_row_get_copy_text (MadoPhoneRow *self);
const char *mado_phone_row_get_open_text (MadoPhoneRow *self);
void        mado_phone_row_popup_menu    (MadoPhoneRow *self);

G_END_DECLS
