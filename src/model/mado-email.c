/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-email.h"

#include "mado-model-private.h"

/* An e-mail address of a contact. */
struct _MadoEmail
{
  GObject parent_instance;

  char *address;
  char *label;
};

G_DEFINE_FINAL_TYPE (MadoEmail, mado_email, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ADDRESS,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const fields[] = { "address", "label", NULL };

MadoEmail *
mado_email_new_from_json (MadoJsonReader *reader,
                          JsonNode       *node,
                          GString        *collect)
{
  g_autoptr(MadoEmail) self = g_object_new (MADO_TYPE_EMAIL, NULL);
  JsonObject *object = mado_json_reader_object (reader, node, fields);

  if (object == NULL)
    return NULL;

  self->address = mado_json_reader_string (reader, object, "address", TRUE);
  if (self->address != NULL && !mado_email_address_is_valid (self->address))
    {
      gsize mark = mado_json_reader_push_member (reader, "address");
      mado_json_reader_fail (reader, MADO_DATASET_ERROR_BAD_EMAIL,
                             "“%s” is not an e-mail address of the form "
                             "name@example.jp", self->address);
      mado_json_reader_pop (reader, mark);
    }
  self->label = mado_json_reader_text (reader, object, "label", FALSE, collect);

  if (mado_json_reader_failed (reader))
    return NULL;

  g_string_append_printf (collect, "%s\n", self->address);
  return g_steal_pointer (&self);
}

const char *
mado_email_get_address (MadoEmail *self)
{
  g_return_val_if_fail (MADO_IS_EMAIL (self), NULL);
  return self->address;
}

const char *
mado_email_get_label (MadoEmail *self)
{
  g_return_val_if_fail (MADO_IS_EMAIL (self), NULL);
  return self->label;
}

char *
mado_email_dup_uri (MadoEmail *self)
{
  g_return_val_if_fail (MADO_IS_EMAIL (self), NULL);
  return g_strconcat ("mailto:", self->address, NULL);
}

static void
mado_email_finalize (GObject *object)
{
  MadoEmail *self = MADO_EMAIL (object);

  g_free (self->address);
  g_free (self->label);

  G_OBJECT_CLASS (mado_email_parent_class)->finalize (object);
}

static void
mado_email_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MadoEmail *self = MADO_EMAIL (object);

  switch (prop_id)
    {
    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_email_class_init (MadoEmailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mado_email_finalize;
  object_class->get_property = mado_email_get_property;

  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mado_email_init (MadoEmail *self)
{
}
