/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MADO_TYPE_INCIDENT_CONTACT (mado_incident_contact_get_type ())

G_DECLARE_FINAL_TYPE (MadoIncidentContact, mado_incident_contact, MADO, INCIDENT_CONTACT, GObject)

MadoIncidentContact *mado_incident_contact_new           (const char          *contact_id,
                                                          const char          *name);
const char          *mado_incident_contact_get_contact_id (MadoIncidentContact *self);
const char          *mado_incident_contact_get_name       (MadoIncidentContact *self);
gboolean             mado_incident_contact_get_called     (MadoIncidentContact *self);
void                 mado_incident_contact_set_called     (MadoIncidentContact *self,
                                                           gboolean             called);
GDateTime           *mado_incident_contact_get_called_at  (MadoIncidentContact *self);
void                 mado_incident_contact_set_called_at  (MadoIncidentContact *self,
                                                           GDateTime           *called_at);
const char          *mado_incident_contact_get_note       (MadoIncidentContact *self);
void                 mado_incident_contact_set_note       (MadoIncidentContact *self,
                                                           const char          *note);

G_END_DECLS
