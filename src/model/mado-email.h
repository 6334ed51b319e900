/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MADO_TYPE_EMAIL (mado_email_get_type ())

G_DECLARE_FINAL_TYPE (MadoEmail, mado_email, MADO, EMAIL, GObject)

const char *mado_email_get_address (MadoEmail *self);
const char *mado_email_get_label   (MadoEmail *self);
char       *mado_email_dup_uri     (MadoEmail *self);

G_END_DECLS
