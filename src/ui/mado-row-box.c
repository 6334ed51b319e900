/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-row-box.h"
#include "mado-row-layout.h"

/* A horizontal line of children laid out by MadoRowLayout, for use in .ui
 * files where a GtkBox would hold wrapping labels centred in the row: each
 * child at the height its width needs, centred by the layout, so GTK 4.8
 * never measures a wrapping label's width for a height (see
 * mado-row-layout.c). Children are added with <child>, as to a box. */
struct _MadoRowBox
{
  GtkWidget parent_instance;
};

enum {
  PROP_0,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MadoRowBox, mado_row_box, GTK_TYPE_WIDGET)

static void
mado_row_box_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SPACING:
      /* Set at construction (its default too): the layout is made with it. */
      gtk_widget_set_layout_manager (GTK_WIDGET (object), mado_row_layout_new (g_value_get_int (value)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_row_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (mado_row_box_parent_class)->dispose (object);
}

static void
mado_row_box_class_init (MadoRowBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->set_property = mado_row_box_set_property;
  object_class->dispose = mado_row_box_dispose;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_WRITABLE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* As a GtkBox is, for screen readers. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mado_row_box_init (MadoRowBox *self)
{
}
