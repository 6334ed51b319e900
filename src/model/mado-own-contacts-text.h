/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mado-own-contacts.h"

G_BEGIN_DECLS

void  mado_own_contact_append_text    (MadoOwnContact  *contact,
                                       GString         *text);
char *mado_own_contacts_dup_situation_text (MadoOwnContacts *store,
                                            const char      *situation);
gboolean mado_own_contact_matches    (MadoOwnContact  *contact,
                                      const char      *query);
GPtrArray *mado_own_contacts_search  (MadoOwnContacts *store,
                                      const char      *query);
char     *mado_own_contact_dup_snippet (MadoOwnContact *contact);

G_END_DECLS
