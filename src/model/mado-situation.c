/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-situation.h"

#include "mado-model-private.h"

/* A kind of incident the guide's results are about (ransomware, a leak, a
 * fake shop…). The desk tags its own contacts with these ids, so that a
 * result can show the organisation's own people for its situation. */
struct _MadoSituation
{
  GObject parent_instance;

  char *id;
  char *label;
};

G_DEFINE_FINAL_TYPE (MadoSituation, mado_situation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const fields[] = { "id", "label", NULL };

MadoSituation *
mado_situation_new_from_json (MadoJsonReader *reader,
                              JsonNode       *node,
                              GString        *collect)
{
  g_autoptr(MadoSituation) self = g_object_new (MADO_TYPE_SITUATION, NULL);
  JsonObject *object = mado_json_reader_object (reader, node, fields);

  if (object == NULL)
    return NULL;

  self->id = mado_json_reader_id (reader, object, "id");
  self->label = mado_json_reader_text (reader, object, "label", TRUE, collect);
  if (mado_json_reader_failed (reader) ||
      !mado_json_reader_register (reader, "situation", self->id, self))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
mado_situation_get_id (MadoSituation *self)
{
  g_return_val_if_fail (MADO_IS_SITUATION (self), NULL);
  return self->id;
}

const char *
mado_situation_get_label (MadoSituation *self)
{
  g_return_val_if_fail (MADO_IS_SITUATION (self), NULL);
  return self->label;
}

static void
mado_situation_finalize (GObject *object)
{
  MadoSituation *self = MADO_SITUATION (object);

  g_free (self->id);
  g_free (self->label);

  G_OBJECT_CLASS (mado_situation_parent_class)->finalize (object);
}

static void
mado_situation_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MadoSituation *self = MADO_SITUATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_situation_class_init (MadoSituationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mado_situation_finalize;
  object_class->get_property = mado_situation_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mado_situation_init (MadoSituation *self)
{
}
