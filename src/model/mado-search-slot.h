/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mado-search-hit.h"

G_BEGIN_DECLS

#define MADO_TYPE_SEARCH_SLOT (mado_search_slot_get_type ())

G_DECLARE_FINAL_TYPE (MadoSearchSlot, mado_search_slot, MADO, SEARCH_SLOT, GObject)

MadoSearchSlot *mado_search_slot_new     (MadoSearchHit  *hit);
MadoSearchHit  *mado_search_slot_get_hit (MadoSearchSlot *self);
void            mado_search_slot_set_hit (MadoSearchSlot *self,
                                          MadoSearchHit  *hit);

G_END_DECLS
