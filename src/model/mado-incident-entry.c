/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-incident-entry.h"
#include "mado-incident-private.h"

/* One line of an incident's timeline. It keeps two times: when it
 * happened, which orders the timeline and can be changed (an earlier event
 * is often learnt later), and when it was written down, which never
 * changes: the record shows what was known when. */
struct _MadoIncidentEntry
{
  GObject parent_instance;

  MadoIncidentEntryKind  kind;
  GDateTime             *happened;
  GDateTime             *written;
  char                  *text;
  char                  *who;        /* the desk or person called */
  char                  *reference;  /* the ticket or case number they gave */
};

G_DEFINE_FINAL_TYPE (MadoIncidentEntry, mado_incident_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_HAPPENED,
  PROP_WRITTEN,
  PROP_TEXT,
  PROP_WHO,
  PROP_REFERENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Also the names on disk. */
static const char * const kind_names[] = { "event", "action", "call" };

GType
mado_incident_entry_kind_get_type (void)
{
  static gsize type = 0;
  static const GEnumValue values[] = {
    { MADO_INCIDENT_ENTRY_EVENT, "MADO_INCIDENT_ENTRY_EVENT", "event" },
    { MADO_INCIDENT_ENTRY_ACTION, "MADO_INCIDENT_ENTRY_ACTION", "action" },
    { MADO_INCIDENT_ENTRY_CALL, "MADO_INCIDENT_ENTRY_CALL", "call" },
    { 0, NULL, NULL },
  };

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("MadoIncidentEntryKind", values));
  return type;
}

const char *
mado_incident_entry_kind_to_string (MadoIncidentEntryKind kind)
{
  g_return_val_if_fail (kind < MADO_INCIDENT_ENTRY_N_KINDS, NULL);
  return kind_names[kind];
}

gboolean
mado_incident_entry_kind_from_string (const char            *name,
                                      MadoIncidentEntryKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (name, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

/* @written is now when NULL; @happened is @written when NULL. */
MadoIncidentEntry *
mado_incident_entry_new (MadoIncidentEntryKind  kind,
                         GDateTime             *happened,
                         GDateTime             *written)
{
  MadoIncidentEntry *self;
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (kind < MADO_INCIDENT_ENTRY_N_KINDS, NULL);

  if (written == NULL)
    written = now = g_date_time_new_now_local ();
  self = g_object_new (MADO_TYPE_INCIDENT_ENTRY, "kind", kind, NULL);
  self->written = g_date_time_ref (written);
  self->happened = g_date_time_ref (happened != NULL ? happened : written);
  return self;
}

GDateTime *
mado_incident_entry_get_happened (MadoIncidentEntry *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_ENTRY (self), NULL);
  return self->happened;
}

void
mado_incident_entry_set_happened (MadoIncidentEntry *self,
                                  GDateTime         *happened)
{
  g_return_if_fail (MADO_IS_INCIDENT_ENTRY (self));
  g_return_if_fail (happened != NULL);

  if (mado_incident_same_time (self->happened, happened))
    return;
  g_clear_pointer (&self->happened, g_date_time_unref);
  self->happened = g_date_time_ref (happened);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAPPENED]);
}

GDateTime *
mado_incident_entry_get_written (MadoIncidentEntry *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_ENTRY (self), NULL);
  return self->written;
}

MadoIncidentEntryKind
mado_incident_entry_get_kind (MadoIncidentEntry *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_ENTRY (self), MADO_INCIDENT_ENTRY_EVENT);
  return self->kind;
}

void
mado_incident_entry_set_kind (MadoIncidentEntry     *self,
                              MadoIncidentEntryKind  kind)
{
  g_return_if_fail (MADO_IS_INCIDENT_ENTRY (self));
  g_return_if_fail (kind < MADO_INCIDENT_ENTRY_N_KINDS);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

#define TEXT_ACCESSORS(field, PROP)                                              \
const char *                                                                     \
mado_incident_entry_get_##field (MadoIncidentEntry *self)                        \
{                                                                                \
  g_return_val_if_fail (MADO_IS_INCIDENT_ENTRY (self), NULL);                    \
  return self->field;                                                            \
}                                                                                \
                                                                                 \
void                                                                             \
mado_incident_entry_set_##field (MadoIncidentEntry *self,                        \
                                 const char        *value)                       \
{                                                                                \
  g_return_if_fail (MADO_IS_INCIDENT_ENTRY (self));                              \
  if (mado_incident_set_text (&self->field, value))                              \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);                \
}

TEXT_ACCESSORS (text, PROP_TEXT)
TEXT_ACCESSORS (who, PROP_WHO)
TEXT_ACCESSORS (reference, PROP_REFERENCE)

/* The timeline's order: by when it happened, then by when it was written
 * (two things noted for one minute stay in the order they were noted). */
int
mado_incident_entry_compare (MadoIncidentEntry *a,
                             MadoIncidentEntry *b)
{
  int order = g_date_time_compare (a->happened, b->happened);

  return order != 0 ? order : g_date_time_compare (a->written, b->written);
}

static void
mado_incident_entry_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MadoIncidentEntry *self = MADO_INCIDENT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_HAPPENED:
      g_value_set_boxed (value, self->happened);
      break;
    case PROP_WRITTEN:
      g_value_set_boxed (value, self->written);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_WHO:
      g_value_set_string (value, self->who);
      break;
    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_incident_entry_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MadoIncidentEntry *self = MADO_INCIDENT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      mado_incident_entry_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_HAPPENED:
      if (g_value_get_boxed (value) != NULL)
        mado_incident_entry_set_happened (self, g_value_get_boxed (value));
      break;
    case PROP_TEXT:
      mado_incident_entry_set_text (self, g_value_get_string (value));
      break;
    case PROP_WHO:
      mado_incident_entry_set_who (self, g_value_get_string (value));
      break;
    case PROP_REFERENCE:
      mado_incident_entry_set_reference (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_incident_entry_finalize (GObject *object)
{
  MadoIncidentEntry *self = MADO_INCIDENT_ENTRY (object);

  g_clear_pointer (&self->happened, g_date_time_unref);
  g_clear_pointer (&self->written, g_date_time_unref);
  g_free (self->text);
  g_free (self->who);
  g_free (self->reference);

  G_OBJECT_CLASS (mado_incident_entry_parent_class)->finalize (object);
}

static void
mado_incident_entry_class_init (MadoIncidentEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = mado_incident_entry_get_property;
  object_class->set_property = mado_incident_entry_set_property;
  object_class->finalize = mado_incident_entry_finalize;

  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, MADO_TYPE_INCIDENT_ENTRY_KIND,
                                             MADO_INCIDENT_ENTRY_EVENT, flags);
  properties[PROP_HAPPENED] = g_param_spec_boxed ("happened", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_WRITTEN] = g_param_spec_boxed ("written", NULL, NULL, G_TYPE_DATE_TIME,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", flags);
  properties[PROP_WHO] = g_param_spec_string ("who", NULL, NULL, "", flags);
  properties[PROP_REFERENCE] = g_param_spec_string ("reference", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mado_incident_entry_init (MadoIncidentEntry *self)
{
  self->text = g_strdup ("");
  self->who = g_strdup ("");
  self->reference = g_strdup ("");
}
