/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-phone.h"

#include "mado-model-private.h"

/* One telephone number of a contact, as its source writes it. */
struct _MadoPhone
{
  GObject parent_instance;

  char           *number;
  char           *label;
  char           *hours;
  MadoSchedule   *schedule;
  MadoItemStatus  status;
};

G_DEFINE_FINAL_TYPE (MadoPhone, mado_phone, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_LABEL,
  PROP_HOURS,
  PROP_CONFIRMED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const fields[] = {
  "number", "label", "hours", "schedule", "status", "checked", "change", NULL
};

MadoPhone *
mado_phone_new_from_json (MadoJsonReader *reader,
                          JsonNode       *node,
                          GString        *collect)
{
  g_autoptr(MadoPhone) self = g_object_new (MADO_TYPE_PHONE, NULL);
  JsonObject *object = mado_json_reader_object (reader, node, fields);

  if (object == NULL)
    return NULL;

  self->number = mado_json_reader_string (reader, object, "number", TRUE);
  if (self->number != NULL && !mado_phone_number_is_valid (self->number))
    {
      gsize mark = mado_json_reader_push_member (reader, "number");
      mado_json_reader_fail (reader, MADO_DATASET_ERROR_BAD_PHONE,
                             "“%s” is not a phone number (digits, “-”, “#”, “+”, "
                             "brackets and spaces only)", self->number);
      mado_json_reader_pop (reader, mark);
    }
  self->label = mado_json_reader_text (reader, object, "label", FALSE, collect);
  self->hours = mado_json_reader_text (reader, object, "hours", FALSE, collect);
  if (!mado_json_reader_failed (reader))
    self->schedule = mado_schedule_new_from_json (reader, object, "schedule", collect);
  if (!mado_json_reader_failed (reader))
    mado_item_status_read (&self->status, reader, object, collect);

  if (mado_json_reader_failed (reader))
    return NULL;

  g_string_append_printf (collect, "%s\n", self->number);
  return g_steal_pointer (&self);
}

const char *
mado_phone_get_number (MadoPhone *self)
{
  g_return_val_if_fail (MADO_IS_PHONE (self), NULL);
  return self->number;
}

const char *
mado_phone_get_label (MadoPhone *self)
{
  g_return_val_if_fail (MADO_IS_PHONE (self), NULL);
  return self->label;
}

const char *
mado_phone_get_hours (MadoPhone *self)
{
  g_return_val_if_fail (MADO_IS_PHONE (self), NULL);
  return self->hours;
}

/* When it answers, structured; NULL when the dataset gives no schedule. */
MadoSchedule *
mado_phone_get_schedule (MadoPhone *self)
{
  g_return_val_if_fail (MADO_IS_PHONE (self), NULL);
  return self->schedule;
}

void
mado_phone_inherit_status (MadoPhone         *self,
                           MadoContactStatus  status,
                           GDateTime         *checked,
                           const char        *change)
{
  g_assert (MADO_IS_PHONE (self));
  mado_item_status_inherit (&self->status, status, checked, change);
}

/* Its own status, or its contact's when the number does not give one. */
MadoContactStatus
mado_phone_get_status (MadoPhone *self)
{
  g_return_val_if_fail (MADO_IS_PHONE (self), MADO_CONTACT_STATUS_UNCONFIRMED);
  return self->status.status;
}

GDateTime *
mado_phone_get_checked (MadoPhone *self)
{
  g_return_val_if_fail (MADO_IS_PHONE (self), NULL);
  return self->status.checked;
}

/* Why the number is updated or unconfirmed (its own words, else its
 * contact's); NULL for a number as its source page gives it. */
const char *
mado_phone_get_change (MadoPhone *self)
{
  g_return_val_if_fail (MADO_IS_PHONE (self), NULL);
  return self->status.change;
}

/* A number nobody could confirm is still shown, marked, but never offered as
 * the one to call first. */
gboolean
mado_phone_is_confirmed (MadoPhone *self)
{
  g_return_val_if_fail (MADO_IS_PHONE (self), FALSE);
  return self->status.status != MADO_CONTACT_STATUS_UNCONFIRMED;
}

/* The number as a person would key it in: digits, plus a leading '#' or '+',
 * which are part of what is dialled ("#9110", "+81…"). */
char *
mado_phone_dup_digits (MadoPhone *self)
{
  GString *digits;

  g_return_val_if_fail (MADO_IS_PHONE (self), NULL);

  digits = g_string_new (NULL);
  for (const char *c = self->number; *c; c++)
    if (g_ascii_isdigit (*c) || ((*c == '#' || *c == '+') && digits->len == 0))
      g_string_append_c (digits, *c);

  return g_string_free (digits, FALSE);
}

static void
mado_phone_finalize (GObject *object)
{
  MadoPhone *self = MADO_PHONE (object);

  g_free (self->number);
  g_free (self->label);
  g_free (self->hours);
  g_clear_object (&self->schedule);
  mado_item_status_clear (&self->status);

  G_OBJECT_CLASS (mado_phone_parent_class)->finalize (object);
}

static void
mado_phone_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MadoPhone *self = MADO_PHONE (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_HOURS:
      g_value_set_string (value, self->hours);
      break;
    case PROP_CONFIRMED:
      g_value_set_boolean (value, mado_phone_is_confirmed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_phone_class_init (MadoPhoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mado_phone_finalize;
  object_class->get_property = mado_phone_get_property;

  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOURS] =
    g_param_spec_string ("hours", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONFIRMED] =
    g_param_spec_boolean ("confirmed", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mado_phone_init (MadoPhone *self)
{
}
