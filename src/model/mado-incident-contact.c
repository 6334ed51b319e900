/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-incident-contact.h"
#include "mado-incident-private.h"

/* A contact attached to an incident sheet: which desk (its dataset id, and
 * its name as it was when attached, so the sheet still reads right if a later
 * dataset drops the contact), whether it was called and when, and a note such
 * as the ticket number the desk gave. */
struct _MadoIncidentContact
{
  GObject parent_instance;

  char      *contact_id;
  char      *name;
  gboolean   called;
  GDateTime *called_at;
  char      *note;
};

G_DEFINE_FINAL_TYPE (MadoIncidentContact, mado_incident_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CONTACT_ID,
  PROP_NAME,
  PROP_CALLED,
  PROP_CALLED_AT,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

MadoIncidentContact *
mado_incident_contact_new (const char *contact_id,
                           const char *name)
{
  g_return_val_if_fail (contact_id != NULL, NULL);

  return g_object_new (MADO_TYPE_INCIDENT_CONTACT,
                       "contact-id", contact_id,
                       "name", name,
                       NULL);
}

const char *
mado_incident_contact_get_contact_id (MadoIncidentContact *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_CONTACT (self), NULL);
  return self->contact_id;
}

const char *
mado_incident_contact_get_name (MadoIncidentContact *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_CONTACT (self), NULL);
  return self->name;
}

gboolean
mado_incident_contact_get_called (MadoIncidentContact *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_CONTACT (self), FALSE);
  return self->called;
}

GDateTime *
mado_incident_contact_get_called_at (MadoIncidentContact *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_CONTACT (self), NULL);
  return self->called_at;
}

const char *
mado_incident_contact_get_note (MadoIncidentContact *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_CONTACT (self), NULL);
  return self->note;
}

void
mado_incident_contact_set_called_at (MadoIncidentContact *self,
                                     GDateTime           *called_at)
{
  g_return_if_fail (MADO_IS_INCIDENT_CONTACT (self));

  if (mado_incident_same_time (self->called_at, called_at))
    return;

  g_clear_pointer (&self->called_at, g_date_time_unref);
  self->called_at = called_at != NULL ? g_date_time_ref (called_at) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALLED_AT]);
}

/* Ticking "called" records the time, which is what the desk reads back
 * later ("called 14:05"); unticking forgets it, as the call did not happen. */
void
mado_incident_contact_set_called (MadoIncidentContact *self,
                                  gboolean             called)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (MADO_IS_INCIDENT_CONTACT (self));

  called = !!called;
  if (self->called == called)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  self->called = called;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALLED]);
  if (called)
    now = g_date_time_new_now_local ();
  mado_incident_contact_set_called_at (self, now);
  g_object_thaw_notify (G_OBJECT (self));
}

void
mado_incident_contact_set_note (MadoIncidentContact *self,
                                const char          *note)
{
  g_return_if_fail (MADO_IS_INCIDENT_CONTACT (self));

  /* Never NULL: entries bound to it would be handed NULL otherwise. */
  if (mado_incident_set_text (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

static void
mado_incident_contact_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MadoIncidentContact *self = MADO_INCIDENT_CONTACT (object);

  switch (prop_id)
    {
    case PROP_CONTACT_ID:
      g_value_set_string (value, self->contact_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CALLED:
      g_value_set_boolean (value, self->called);
      break;
    case PROP_CALLED_AT:
      g_value_set_boxed (value, self->called_at);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_incident_contact_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MadoIncidentContact *self = MADO_INCIDENT_CONTACT (object);

  switch (prop_id)
    {
    case PROP_CONTACT_ID:
      mado_incident_set_text (&self->contact_id, g_value_get_string (value));
      break;
    case PROP_NAME:
      mado_incident_set_text (&self->name, g_value_get_string (value));
      break;
    case PROP_CALLED:
      mado_incident_contact_set_called (self, g_value_get_boolean (value));
      break;
    case PROP_CALLED_AT:
      mado_incident_contact_set_called_at (self, g_value_get_boxed (value));
      break;
    case PROP_NOTE:
      mado_incident_contact_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_incident_contact_finalize (GObject *object)
{
  MadoIncidentContact *self = MADO_INCIDENT_CONTACT (object);

  g_free (self->contact_id);
  g_free (self->name);
  g_clear_pointer (&self->called_at, g_date_time_unref);
  g_free (self->note);

  G_OBJECT_CLASS (mado_incident_contact_parent_class)->finalize (object);
}

static void
mado_incident_contact_class_init (MadoIncidentContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct_only = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  GParamFlags writable = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = mado_incident_contact_get_property;
  object_class->set_property = mado_incident_contact_set_property;
  object_class->finalize = mado_incident_contact_finalize;

  properties[PROP_CONTACT_ID] = g_param_spec_string ("contact-id", NULL, NULL, NULL, construct_only);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, construct_only);
  properties[PROP_CALLED] = g_param_spec_boolean ("called", NULL, NULL, FALSE, writable);
  properties[PROP_CALLED_AT] = g_param_spec_boxed ("called-at", NULL, NULL, G_TYPE_DATE_TIME, writable);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", writable);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mado_incident_contact_init (MadoIncidentContact *self)
{
  self->contact_id = g_strdup ("");
  self->name = g_strdup ("");
  self->note = g_strdup ("");
}
