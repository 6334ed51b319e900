/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mado-model-types.h"

G_BEGIN_DECLS

#define MADO_TYPE_LINK (mado_link_get_type ())

G_DECLARE_FINAL_TYPE (MadoLink, mado_link, MADO, LINK, GObject)

const char        *mado_link_get_url       (MadoLink  *self);
const char        *mado_link_get_label     (MadoLink  *self);
MadoLinkKind       mado_link_get_kind      (MadoLink  *self);
gboolean           mado_link_get_encrypted (MadoLink  *self);
MadoContactStatus  mado_link_get_status    (MadoLink  *self);
GDateTime         *mado_link_get_checked   (MadoLink  *self);
const char        *mado_link_get_change    (MadoLink  *self);
gboolean           mado_link_is_confirmed  (MadoLink  *self);
GDateTime         *mado_link_get_date      (MadoLink  *self);
gboolean           mado_link_is_older      (MadoLink  *self,
                                            GDateTime *today,
                                            guint      current_years);

gboolean           mado_date_is_older      (GDateTime *date,
                                            GDateTime *today,
                                            guint      current_years);

G_END_DECLS
