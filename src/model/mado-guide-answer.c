/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-guide-answer.h"

#include "mado-model-private.h"

/* One answer to a guide question, and the node it leads to. */
struct _MadoGuideAnswer
{
  GObject parent_instance;

  char         *label;
  char         *next_id;
  MadoAudience  audience;
};

G_DEFINE_FINAL_TYPE (MadoGuideAnswer, mado_guide_answer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_NEXT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const fields[] = { "label", "next", "audience", NULL };
/* An answer says whom the rest of the path is about; "both" and "unknown"
 * are what leaving it out means. In the order of MadoAudience, from 1. */
static const char * const audiences[] = { "organisations", "individuals", NULL };

MadoGuideAnswer *
mado_guide_answer_new_from_json (MadoJsonReader *reader,
                                 JsonNode       *node,
                                 GString        *collect)
{
  g_autoptr(MadoGuideAnswer) self = g_object_new (MADO_TYPE_GUIDE_ANSWER, NULL);
  JsonObject *object = mado_json_reader_object (reader, node, fields);
  gsize mark;

  if (object == NULL)
    return NULL;

  self->label = mado_json_reader_text (reader, object, "label", TRUE, collect);
  self->next_id = mado_json_reader_id (reader, object, "next");
  if (json_object_has_member (object, "audience"))
    self->audience = (MadoAudience) (mado_json_reader_enum (reader, object, "audience", audiences) + 1);
  if (mado_json_reader_failed (reader))
    return NULL;

  /* The node may come later in the file. */
  mark = mado_json_reader_push_member (reader, "next");
  mado_json_reader_defer_reference (reader, "guide node", self->next_id);
  mado_json_reader_pop (reader, mark);

  return g_steal_pointer (&self);
}

const char *
mado_guide_answer_get_label (MadoGuideAnswer *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_ANSWER (self), NULL);
  return self->label;
}

const char *
mado_guide_answer_get_next_id (MadoGuideAnswer *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_ANSWER (self), NULL);
  return self->next_id;
}

/* MADO_AUDIENCE_ORGANISATIONS or MADO_AUDIENCE_INDIVIDUALS when choosing this
 * answer says whom the path is about, MADO_AUDIENCE_UNKNOWN otherwise. */
MadoAudience
mado_guide_answer_get_audience (MadoGuideAnswer *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_ANSWER (self), MADO_AUDIENCE_UNKNOWN);
  return self->audience;
}

static void
mado_guide_answer_finalize (GObject *object)
{
  MadoGuideAnswer *self = MADO_GUIDE_ANSWER (object);

  g_free (self->label);
  g_free (self->next_id);

  G_OBJECT_CLASS (mado_guide_answer_parent_class)->finalize (object);
}

static void
mado_guide_answer_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MadoGuideAnswer *self = MADO_GUIDE_ANSWER (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_NEXT_ID:
      g_value_set_string (value, self->next_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_guide_answer_class_init (MadoGuideAnswerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mado_guide_answer_finalize;
  object_class->get_property = mado_guide_answer_get_property;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NEXT_ID] =
    g_param_spec_string ("next-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mado_guide_answer_init (MadoGuideAnswer *self)
{
}
