/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-guide-node.h"

#include "mado-model-private.h"

/* A step of the "what happened?" guide: a question with answers, or a result
 * with the first things to do and whom to contact. */
struct _MadoGuideNode
{
  GObject parent_instance;

  char               *id;
  MadoGuideNodeKind   kind;
  char               *text;
  char               *help;
  GListModel         *answers;
  char               *title;
  char               *urgent;
  char              **steps;
  char              **avoid;
  GListModel         *contacts;
  GListModel         *sections;
  GListModel         *sources;
  char               *situation;
  GListModel         *after_hours;

  /* A result's text in every language, for search: what the situation is
   * called, and what to do. */
  char               *search_names;
  char               *search_body;
};

G_DEFINE_FINAL_TYPE (MadoGuideNode, mado_guide_node, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of MadoGuideNodeKind. */
static const char * const kinds[] = { "question", "result", NULL };
static const char * const question_fields[] = { "id", "kind", "text", "help", "answers", NULL };
static const char * const result_fields[] = {
  "id", "kind", "title", "urgent", "steps", "avoid", "contacts", "sections", "sources",
  "situation", "after_hours", NULL
};

static void
read_question (MadoGuideNode  *self,
               MadoJsonReader *reader,
               JsonObject     *object)
{
  self->text = mado_json_reader_text (reader, object, "text", TRUE, NULL);
  self->help = mado_json_reader_text (reader, object, "help", FALSE, NULL);
  if (mado_json_reader_array (reader, object, "answers", TRUE, 2) == NULL)
    return;
  self->answers = mado_json_reader_list (reader, object, "answers", TRUE, MADO_TYPE_GUIDE_ANSWER,
                                         (MadoJsonReadFunc) mado_guide_answer_new_from_json, NULL);
}

/* The situation a result is about, one of the guide's `situations`, which
 * are read before the nodes. Optional: a result without one shows only the
 * own contacts meant for every situation. */
static void
read_situation (MadoGuideNode  *self,
                MadoJsonReader *reader,
                JsonObject     *object)
{
  MadoSituation *situation;

  if (!json_object_has_member (object, "situation"))
    return;
  situation = mado_json_reader_resolve (reader, "situation", object, "situation");
  if (situation != NULL)
    self->situation = g_strdup (mado_situation_get_id (situation));
}

static void
read_result (MadoGuideNode  *self,
             MadoJsonReader *reader,
             JsonObject     *object)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) body = g_string_new (NULL);

  self->title = mado_json_reader_text (reader, object, "title", TRUE, names);
  self->urgent = mado_json_reader_text (reader, object, "urgent", FALSE, body);
  self->steps = mado_json_reader_text_array (reader, object, "steps", TRUE, body);
  self->avoid = mado_json_reader_text_array (reader, object, "avoid", FALSE, body);
  self->search_names = g_string_free (g_steal_pointer (&names), FALSE);
  self->search_body = g_string_free (g_steal_pointer (&body), FALSE);
  self->contacts = mado_json_reader_references (reader, object, "contacts", "contact",
                                                MADO_TYPE_CONTACT);
  self->sections = mado_json_reader_references (reader, object, "sections", "section",
                                                MADO_TYPE_SECTION);
  self->sources = mado_json_reader_list (reader, object, "sources", FALSE, MADO_TYPE_LINK,
                                         (MadoJsonReadFunc) mado_link_new_source_from_json, NULL);
  read_situation (self, reader, object);
  self->after_hours = mado_json_reader_references (reader, object, "after_hours", "contact",
                                                   MADO_TYPE_CONTACT);

  if (!mado_json_reader_failed (reader) &&
      g_list_model_get_n_items (self->contacts) == 0 &&
      g_list_model_get_n_items (self->sections) == 0)
    mado_json_reader_fail (reader, MADO_DATASET_ERROR_GUIDE_DEAD_END,
                           "the result “%s” names no contact and no section: "
                           "it would leave the person with nowhere to go", self->id);
}

MadoGuideNode *
mado_guide_node_new_from_json (MadoJsonReader *reader,
                               JsonNode       *node,
                               GString        *collect)
{
  g_autoptr(MadoGuideNode) self = g_object_new (MADO_TYPE_GUIDE_NODE, NULL);
  JsonObject *object = mado_json_reader_object (reader, node, NULL);
  int kind;

  if (object == NULL)
    return NULL;

  kind = mado_json_reader_enum (reader, object, "kind", kinds);
  if (kind < 0)
    return NULL;
  self->kind = (MadoGuideNodeKind) kind;

  if (mado_json_reader_object (reader, node, kind == MADO_GUIDE_NODE_KIND_QUESTION
                                             ? question_fields : result_fields) == NULL)
    return NULL;

  self->id = mado_json_reader_id (reader, object, "id");
  if (self->id == NULL)
    return NULL;

  if (self->kind == MADO_GUIDE_NODE_KIND_QUESTION)
    read_question (self, reader, object);
  else
    read_result (self, reader, object);

  if (mado_json_reader_failed (reader) ||
      !mado_json_reader_register (reader, "guide node", self->id, self))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
mado_guide_node_get_id (MadoGuideNode *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (self), NULL);
  return self->id;
}

MadoGuideNodeKind
mado_guide_node_get_kind (MadoGuideNode *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (self), MADO_GUIDE_NODE_KIND_RESULT);
  return self->kind;
}

const char *
mado_guide_node_get_text (MadoGuideNode *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (self), NULL);
  return self->text;
}

const char *
mado_guide_node_get_help (MadoGuideNode *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (self), NULL);
  return self->help;
}

/* NULL for a result. */
GListModel *
mado_guide_node_get_answers (MadoGuideNode *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (self), NULL);
  return self->answers;
}

const char *
mado_guide_node_get_title (MadoGuideNode *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (self), NULL);
  return self->title;
}

const char *
mado_guide_node_get_urgent (MadoGuideNode *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (self), NULL);
  return self->urgent;
}

const char * const *
mado_guide_node_get_steps (MadoGuideNode *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (self), NULL);
  return (const char * const *) self->steps;
}

const char * const *
mado_guide_node_get_avoid (MadoGuideNode *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (self), NULL);
  return (const char * const *) self->avoid;
}

GListModel *
mado_guide_node_get_contacts (MadoGuideNode *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (self), NULL);
  return self->contacts;
}

GListModel *
mado_guide_node_get_sections (MadoGuideNode *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (self), NULL);
  return self->sections;
}

/* The public pages a result's advice comes from (MadoLink, each with the
 * date it gives); empty for a question or a result that cites none. */
GListModel *
mado_guide_node_get_sources (MadoGuideNode *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (self), NULL);
  return self->sources;
}

/* The id of the situation a result is about (a MadoSituation of the
 * dataset), or NULL. */
const char *
mado_guide_node_get_situation (MadoGuideNode *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (self), NULL);
  return self->situation;
}

/* What to offer, in order, while the desk to call first is closed (110, an
 * online window, a 24-hour line): the data names them, never the code.
 * Empty for a question or a result without them. */
GListModel *
mado_guide_node_get_after_hours (MadoGuideNode *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (self), NULL);
  return self->after_hours;
}

/* A result's title in every language, one per line; NULL for a question. */
const char *
mado_guide_node_get_search_names (MadoGuideNode *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (self), NULL);
  return self->search_names;
}

/* A result's urgent line, steps and what to avoid, in every language; NULL
 * for a question. */
const char *
mado_guide_node_get_search_body (MadoGuideNode *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_NODE (self), NULL);
  return self->search_body;
}

static void
mado_guide_node_finalize (GObject *object)
{
  MadoGuideNode *self = MADO_GUIDE_NODE (object);

  g_free (self->id);
  g_free (self->text);
  g_free (self->help);
  g_clear_object (&self->answers);
  g_free (self->title);
  g_free (self->urgent);
  g_strfreev (self->steps);
  g_strfreev (self->avoid);
  g_clear_object (&self->contacts);
  g_clear_object (&self->sections);
  g_clear_object (&self->sources);
  g_free (self->situation);
  g_clear_object (&self->after_hours);

  g_free (self->search_names);
  g_free (self->search_body);

  G_OBJECT_CLASS (mado_guide_node_parent_class)->finalize (object);
}

static void
mado_guide_node_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MadoGuideNode *self = MADO_GUIDE_NODE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_guide_node_class_init (MadoGuideNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mado_guide_node_finalize;
  object_class->get_property = mado_guide_node_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mado_guide_node_init (MadoGuideNode *self)
{
}
