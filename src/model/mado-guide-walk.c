/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-guide-walk.h"

/* One person's way through the guide: the questions answered so far and the
 * node they led to. Going back or changing an earlier answer forgets the
 * answers after it, as the person would expect. */
struct _MadoGuideWalk
{
  GObject parent_instance;

  MadoDataset   *dataset;
  GPtrArray     *nodes;    /* MadoGuideNode: the questions answered, in order */
  GPtrArray     *answers;  /* MadoGuideAnswer: the answer given to each */
  MadoGuideNode *current;
};

G_DEFINE_FINAL_TYPE (MadoGuideWalk, mado_guide_walk, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CURRENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_current (MadoGuideWalk *self,
             MadoGuideNode *node)
{
  if (g_set_object (&self->current, node))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
}

MadoGuideWalk *
mado_guide_walk_new (MadoDataset *dataset)
{
  MadoGuideWalk *self;

  g_return_val_if_fail (MADO_IS_DATASET (dataset), NULL);

  self = g_object_new (MADO_TYPE_GUIDE_WALK, NULL);
  self->dataset = g_object_ref (dataset);
  self->current = g_object_ref (mado_dataset_get_guide_start (dataset));
  return self;
}

MadoGuideNode *
mado_guide_walk_get_current (MadoGuideWalk *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_WALK (self), NULL);
  return self->current;
}

guint
mado_guide_walk_get_n_steps (MadoGuideWalk *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_WALK (self), 0);
  return self->nodes->len;
}

MadoGuideNode *
mado_guide_walk_get_step_node (MadoGuideWalk *self,
                               guint          step)
{
  g_return_val_if_fail (MADO_IS_GUIDE_WALK (self), NULL);
  g_return_val_if_fail (step < self->nodes->len, NULL);
  return g_ptr_array_index (self->nodes, step);
}

MadoGuideAnswer *
mado_guide_walk_get_step_answer (MadoGuideWalk *self,
                                 guint          step)
{
  g_return_val_if_fail (MADO_IS_GUIDE_WALK (self), NULL);
  g_return_val_if_fail (step < self->answers->len, NULL);
  return g_ptr_array_index (self->answers, step);
}

/* Takes answer number @answer of the current question; FALSE when the
 * current node is a result or there is no such answer. */
gboolean
mado_guide_walk_answer (MadoGuideWalk *self,
                        guint          answer)
{
  GListModel *answers;
  g_autoptr(MadoGuideAnswer) chosen = NULL;

  g_return_val_if_fail (MADO_IS_GUIDE_WALK (self), FALSE);

  answers = mado_guide_node_get_answers (self->current);
  if (answers == NULL || answer >= g_list_model_get_n_items (answers))
    return FALSE;

  chosen = g_list_model_get_item (answers, answer);
  g_ptr_array_add (self->nodes, g_object_ref (self->current));
  g_ptr_array_add (self->answers, g_object_ref (chosen));
  set_current (self, mado_dataset_lookup_guide_node (self->dataset,
                                                     mado_guide_answer_get_next_id (chosen)));
  return TRUE;
}

/* Returns to the question of @step, forgetting its answer and those after. */
gboolean
mado_guide_walk_revisit (MadoGuideWalk *self,
                         guint          step)
{
  g_autoptr(MadoGuideNode) node = NULL;

  g_return_val_if_fail (MADO_IS_GUIDE_WALK (self), FALSE);

  if (step >= self->nodes->len)
    return FALSE;

  node = g_object_ref (g_ptr_array_index (self->nodes, step));
  g_ptr_array_set_size (self->nodes, step);
  g_ptr_array_set_size (self->answers, step);
  set_current (self, node);
  return TRUE;
}

gboolean
mado_guide_walk_back (MadoGuideWalk *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_WALK (self), FALSE);

  return self->nodes->len > 0 && mado_guide_walk_revisit (self, self->nodes->len - 1);
}

void
mado_guide_walk_restart (MadoGuideWalk *self)
{
  g_return_if_fail (MADO_IS_GUIDE_WALK (self));

  g_ptr_array_set_size (self->nodes, 0);
  g_ptr_array_set_size (self->answers, 0);
  set_current (self, mado_dataset_get_guide_start (self->dataset));
}

static void
mado_guide_walk_dispose (GObject *object)
{
  MadoGuideWalk *self = MADO_GUIDE_WALK (object);

  g_clear_pointer (&self->nodes, g_ptr_array_unref);
  g_clear_pointer (&self->answers, g_ptr_array_unref);
  g_clear_object (&self->current);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (mado_guide_walk_parent_class)->dispose (object);
}

static void
mado_guide_walk_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MadoGuideWalk *self = MADO_GUIDE_WALK (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      g_value_set_object (value, self->current);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_guide_walk_class_init (MadoGuideWalkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mado_guide_walk_dispose;
  object_class->get_property = mado_guide_walk_get_property;

  properties[PROP_CURRENT] =
    g_param_spec_object ("current", NULL, NULL, MADO_TYPE_GUIDE_NODE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mado_guide_walk_init (MadoGuideWalk *self)
{
  self->nodes = g_ptr_array_new_with_free_func (g_object_unref);
  self->answers = g_ptr_array_new_with_free_func (g_object_unref);
}
