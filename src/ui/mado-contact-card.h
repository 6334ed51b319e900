/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-contact.h"

G_BEGIN_DECLS

#define MADO_TYPE_CONTACT_CARD (mado_contact_card_get_type ())

G_DECLARE_FINAL_TYPE (MadoContactCard, mado_contact_card, MADO, CONTACT_CARD, AdwBin)

GtkWidget   *mado_contact_card_new         (MadoContact     *contact);
MadoContact *mado_contact_card_get_contact (MadoContactCard *self);
void         mado_contact_card_highlight   (MadoContactCard *self);

G_END_DECLS
