/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mado-model-types.h"
#include "mado-phone.h"

G_BEGIN_DECLS

#define MADO_TYPE_CONTACT (mado_contact_get_type ())

G_DECLARE_FINAL_TYPE (MadoContact, mado_contact, MADO, CONTACT, GObject)

const char         *mado_contact_get_id            (MadoContact *self);
const char         *mado_contact_get_organisation  (MadoContact *self);
const char         *mado_contact_get_desk          (MadoContact *self);
const char         *mado_contact_get_handles       (MadoContact *self);
MadoAudience        mado_contact_get_audience      (MadoContact *self);
const char         *mado_contact_get_hours         (MadoContact *self);
GListModel         *mado_contact_get_phones        (MadoContact *self);
MadoPhone          *mado_contact_get_primary_phone (MadoContact *self);
GListModel         *mado_contact_get_links         (MadoContact *self);
GListModel         *mado_contact_get_emails        (MadoContact *self);
const char * const *mado_contact_get_notes         (MadoContact *self);
MadoContactStatus   mado_contact_get_status        (MadoContact *self);
const char         *mado_contact_get_change        (MadoContact *self);
const char         *mado_contact_get_source        (MadoContact *self);
GDateTime          *mado_contact_get_checked       (MadoContact *self);
const char         *mado_contact_get_search_names  (MadoContact *self);
const char         *mado_contact_get_search_body   (MadoContact *self);

G_END_DECLS
