/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mado-incident-contact.h"
#include "mado-incident-entry.h"

G_BEGIN_DECLS

/* The text fields of a sheet: its title, the seven CHECK2 items in the order
 * CHECK2 lists them, then what the desk adds. */
typedef enum
{
  MADO_INCIDENT_FIELD_TITLE,
  MADO_INCIDENT_FIELD_DEVICE,
  MADO_INCIDENT_FIELD_OS,
  MADO_INCIDENT_FIELD_SECURITY_SOFTWARE,
  MADO_INCIDENT_FIELD_CLOUD_SERVICES,
  MADO_INCIDENT_FIELD_TIMELINE,
  MADO_INCIDENT_FIELD_SUSPICION,
  MADO_INCIDENT_FIELD_OTHER_DESKS,
  MADO_INCIDENT_FIELD_NOTICED_AT,
  MADO_INCIDENT_FIELD_REPORTED_BY,
  MADO_INCIDENT_FIELD_NOTES,
  MADO_INCIDENT_FIELD_GUIDE_ANSWERS,
  MADO_INCIDENT_N_FIELDS
} MadoIncidentField;

typedef enum
{
  MADO_INCIDENT_ONGOING_UNKNOWN,
  MADO_INCIDENT_ONGOING_YES,
  MADO_INCIDENT_ONGOING_NO,
} MadoIncidentOngoing;

#define MADO_TYPE_INCIDENT_ONGOING (mado_incident_ongoing_get_type ())
GType mado_incident_ongoing_get_type (void) G_GNUC_CONST;

#define MADO_TYPE_INCIDENT_SHEET (mado_incident_sheet_get_type ())

G_DECLARE_FINAL_TYPE (MadoIncidentSheet, mado_incident_sheet, MADO, INCIDENT_SHEET, GObject)

const char          *mado_incident_field_get_property_name  (MadoIncidentField    field);

MadoIncidentSheet   *mado_incident_sheet_new                (void);
const char          *mado_incident_sheet_get_id             (MadoIncidentSheet   *self);
void                 mado_incident_sheet_set_id             (MadoIncidentSheet   *self,
                                                             const char          *id);
GDateTime           *mado_incident_sheet_get_created        (MadoIncidentSheet   *self);
void                 mado_incident_sheet_set_created        (MadoIncidentSheet   *self,
                                                             GDateTime           *created);
GDateTime           *mado_incident_sheet_get_modified       (MadoIncidentSheet   *self);
void                 mado_incident_sheet_set_modified       (MadoIncidentSheet   *self,
                                                             GDateTime           *modified);
const char          *mado_incident_sheet_get_text           (MadoIncidentSheet   *self,
                                                             MadoIncidentField    field);
void                 mado_incident_sheet_set_text           (MadoIncidentSheet   *self,
                                                             MadoIncidentField    field,
                                                             const char          *text);
const char          *mado_incident_sheet_get_title          (MadoIncidentSheet   *self);
void                 mado_incident_sheet_set_title          (MadoIncidentSheet   *self,
                                                             const char          *title);
MadoIncidentOngoing  mado_incident_sheet_get_ongoing        (MadoIncidentSheet   *self);
void                 mado_incident_sheet_set_ongoing        (MadoIncidentSheet   *self,
                                                             MadoIncidentOngoing  ongoing);
gboolean             mado_incident_sheet_add_guide_answers  (MadoIncidentSheet   *self,
                                                             const char          *answers);

GListModel          *mado_incident_sheet_get_contacts       (MadoIncidentSheet   *self);
MadoIncidentContact *mado_incident_sheet_lookup_contact     (MadoIncidentSheet   *self,
                                                             const char          *contact_id);
MadoIncidentContact *mado_incident_sheet_add_contact        (MadoIncidentSheet   *self,
                                                             const char          *contact_id,
                                                             const char          *name);
void                 mado_incident_sheet_insert_contact     (MadoIncidentSheet   *self,
                                                             guint                position,
                                                             MadoIncidentContact *contact);
void                 mado_incident_sheet_append_contacts    (MadoIncidentSheet   *self,
                                                             GPtrArray           *contacts);
guint                mado_incident_sheet_remove_contact     (MadoIncidentSheet   *self,
                                                             MadoIncidentContact *contact);


GListModel          *mado_incident_sheet_get_timeline       (MadoIncidentSheet   *self);
void                 mado_incident_sheet_add_entry          (MadoIncidentSheet   *self,
                                                             MadoIncidentEntry   *entry);
void                 mado_incident_sheet_append_entries     (MadoIncidentSheet   *self,
                                                             GPtrArray           *entries);
guint                mado_incident_sheet_remove_entry       (MadoIncidentSheet   *self,
                                                             MadoIncidentEntry   *entry);

GDateTime           *mado_incident_sheet_get_aware_at       (MadoIncidentSheet   *self);
void                 mado_incident_sheet_set_aware_at       (MadoIncidentSheet   *self,
                                                             GDateTime           *aware_at);
gboolean             mado_incident_sheet_get_duty_answer    (MadoIncidentSheet   *self,
                                                             const char          *question);
void                 mado_incident_sheet_set_duty_answer    (MadoIncidentSheet   *self,
                                                             const char          *question,
                                                             gboolean             yes);
char               **mado_incident_sheet_dup_duty_answers   (MadoIncidentSheet   *self);

G_END_DECLS
