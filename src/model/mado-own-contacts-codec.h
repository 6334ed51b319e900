/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mado-own-contact.h"

G_BEGIN_DECLS

/* A file of own contacts is refused past this size: a desk has dozens. */
#define MADO_OWN_CONTACTS_MAX_SIZE (4 * 1024 * 1024)
#define MADO_OWN_CONTACTS_MAX_COUNT 1000

GPtrArray *mado_own_contacts_codec_read  (const char         *data,
                                          gsize               length,
                                          const char * const *situations,
                                          GError            **error);
char      *mado_own_contacts_codec_write (GListModel         *contacts);

G_END_DECLS
