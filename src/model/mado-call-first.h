/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mado-contact.h"
#include "mado-link.h"
#include "mado-phone.h"
#include "mado-schedule.h"

G_BEGIN_DECLS

MadoPhone   *mado_call_first_contact_phone      (MadoContact  *contact);
MadoContact *mado_call_first_pick               (GListModel   *contacts,
                                                 MadoPhone   **phone,
                                                 MadoLink    **link);

void         mado_call_first_phone_state        (MadoPhone     *phone,
                                                 GDateTime     *now,
                                                 MadoOpenState *state);
char        *mado_call_first_dup_state_text     (MadoPhone     *phone,
                                                 GDateTime     *now);

G_END_DECLS
