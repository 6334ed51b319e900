/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MADO_TYPE_PHONE (mado_phone_get_type ())

G_DECLARE_FINAL_TYPE (MadoPhone, mado_phone, MADO, PHONE, GObject)

const char *mado_phone_get_number (MadoPhone *self);
const char *mado_phone_get_label  (MadoPhone *self);
const char *mado_phone_get_hours  (MadoPhone *self);
char       *mado_phone_dup_digits (MadoPhone *self);

G_END_DECLS
