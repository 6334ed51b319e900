/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mado-duty.h"
#include "mado-json-reader.h"

G_BEGIN_DECLS

gboolean mado_duty_read_table (MadoJsonReader  *reader,
                               JsonObject      *top,
                               GPtrArray      **questions,
                               GListModel     **duties);

G_END_DECLS
