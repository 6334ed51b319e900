/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mado-contact.h"
#include "mado-model-types.h"

G_BEGIN_DECLS

#define MADO_TYPE_BLOCK (mado_block_get_type ())

G_DECLARE_FINAL_TYPE (MadoBlock, mado_block, MADO, BLOCK, GObject)

MadoBlockKind       mado_block_get_kind       (MadoBlock *self);
const char         *mado_block_get_text       (MadoBlock *self);
const char         *mado_block_get_term       (MadoBlock *self);
const char         *mado_block_get_title      (MadoBlock *self);
const char * const *mado_block_get_items      (MadoBlock *self);
GListModel         *mado_block_get_links      (MadoBlock *self);
MadoContact        *mado_block_get_contact    (MadoBlock *self);
const char         *mado_block_get_section_id (MadoBlock *self);
GDateTime          *mado_block_get_date       (MadoBlock *self);
gboolean            mado_block_is_older       (MadoBlock *self,
                                               GDateTime *today,
                                               guint      current_years);

G_END_DECLS
