/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mado-incident-sheet.h"

G_BEGIN_DECLS

/* The version written into the file; a file of another version is refused
 * (and so set aside, never overwritten) rather than half understood. */
#define MADO_INCIDENT_FILE_VERSION 1

GBytes    *mado_incident_codec_write (GListModel  *sheets);
GPtrArray *mado_incident_codec_read  (const char  *data,
                                      gsize        length,
                                      GError     **error);

G_END_DECLS
