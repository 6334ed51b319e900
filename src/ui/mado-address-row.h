/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-email.h"
#include "mado-link.h"
#include "mado-phone.h"
#include "mado-row.h"

G_BEGIN_DECLS

#define MADO_TYPE_ADDRESS_ROW (mado_address_row_get_type ())

G_DECLARE_FINAL_TYPE (MadoAddressRow, mado_address_row, MADO, ADDRESS_ROW, MadoRow)

GtkWidget  *mado_address_row_new_for_phone (MadoPhone      *phone);
GtkWidget  *mado_address_row_new_for_link  (MadoLink       *link);
GtkWidget  *mado_address_row_new_for_email (MadoEmail      *email);

const char *mado_address_row_get_copy_text (MadoAddressRow *self);
const char *mado_address_row_get_uri       (MadoAddressRow *self);
void        mado_address_row_popup_menu    (MadoAddressRow *self);

G_END_DECLS
