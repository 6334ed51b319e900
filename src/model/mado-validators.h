/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean mado_id_is_valid            (const char *id);
gboolean mado_phone_number_is_valid  (const char *number);
gboolean mado_email_address_is_valid (const char *address);
gboolean mado_date_is_valid          (const char *date);
gboolean mado_uri_scheme_is_allowed  (const char *uri);

G_END_DECLS
