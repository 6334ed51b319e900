/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-search-slot.h"

/* A place in the list of search results, showing one hit at a time: a new
 * query puts other hits in the same places. A list view bound to places
 * keeps its rows and changes their text, where a list of the hits
 * themselves would have GTK 4.8 make a new row (widgets, style, accessible
 * objects) for every hit that changed and drop the old one. */
struct _MadoSearchSlot
{
  GObject parent_instance;

  MadoSearchHit *hit;
};

enum {
  PROP_0,
  PROP_HIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MadoSearchSlot, mado_search_slot, G_TYPE_OBJECT)

MadoSearchSlot *
mado_search_slot_new (MadoSearchHit *hit)
{
  g_return_val_if_fail (MADO_IS_SEARCH_HIT (hit), NULL);

  return g_object_new (MADO_TYPE_SEARCH_SLOT, "hit", hit, NULL);
}

MadoSearchHit *
mado_search_slot_get_hit (MadoSearchSlot *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_SLOT (self), NULL);
  return self->hit;
}

/* Notifies "hit" only when it is another one. */
void
mado_search_slot_set_hit (MadoSearchSlot *self,
                          MadoSearchHit  *hit)
{
  g_return_if_fail (MADO_IS_SEARCH_SLOT (self));
  g_return_if_fail (MADO_IS_SEARCH_HIT (hit));

  if (g_set_object (&self->hit, hit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIT]);
}

static void
mado_search_slot_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MadoSearchSlot *self = MADO_SEARCH_SLOT (object);

  switch (prop_id)
    {
    case PROP_HIT:
      g_value_set_object (value, self->hit);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_search_slot_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MadoSearchSlot *self = MADO_SEARCH_SLOT (object);

  switch (prop_id)
    {
    case PROP_HIT:
      mado_search_slot_set_hit (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_search_slot_dispose (GObject *object)
{
  MadoSearchSlot *self = MADO_SEARCH_SLOT (object);

  g_clear_object (&self->hit);
  G_OBJECT_CLASS (mado_search_slot_parent_class)->dispose (object);
}

static void
mado_search_slot_class_init (MadoSearchSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = mado_search_slot_get_property;
  object_class->set_property = mado_search_slot_set_property;
  object_class->dispose = mado_search_slot_dispose;

  properties[PROP_HIT] =
    g_param_spec_object ("hit", NULL, NULL, MADO_TYPE_SEARCH_HIT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mado_search_slot_init (MadoSearchSlot *self)
{
}
