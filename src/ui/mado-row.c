/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mado-row-layout.h"
#include "mado-row.h"

/* A list row with a title, an optional subtitle, and widgets before and after
 * them: what libadwaita's AdwActionRow shows, and styled like it
 * (style.css), but laid out by MadoRowLayout, which lays its wrapped text
 * out once per width instead of searching for a width for every height
 * (mado-row-layout.c); its chrome is resources/ui/mado-row.ui. Pages are made of these rows; the cost of a page is
 * mostly the cost of their text. Activation is the list row's own: an action
 * set through GtkActionable, or GtkListBox::row-activated. */
typedef struct
{
  GtkWidget *prefixes;
  GtkWidget *title_box;
  GtkWidget *title;
  GtkWidget *subtitle;
  GtkWidget *suffixes;
} MadoRowPrivate;

static GtkBuildableIface *parent_buildable_iface;

static void mado_row_buildable_init (GtkBuildableIface *iface);

G_DEFINE_TYPE_WITH_CODE (MadoRow, mado_row, GTK_TYPE_LIST_BOX_ROW,
                         G_ADD_PRIVATE (MadoRow)
                         G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, mado_row_buildable_init))

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The template's three children are the row's own, side by side for
 * MadoRowLayout, where a list row would take one child. */
static void
mado_row_buildable_add_child (GtkBuildable *buildable,
                              GtkBuilder   *builder,
                              GObject      *child,
                              const char   *type)
{
  if (GTK_IS_WIDGET (child) && type == NULL)
    gtk_widget_set_parent (GTK_WIDGET (child), GTK_WIDGET (buildable));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
mado_row_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = mado_row_buildable_add_child;
}

GtkWidget *
mado_row_new (const char *title,
              const char *subtitle)
{
  return g_object_new (MADO_TYPE_ROW, "title", title, "subtitle", subtitle, NULL);
}

const char *
mado_row_get_title (MadoRow *self)
{
  MadoRowPrivate *priv = mado_row_get_instance_private (self);

  g_return_val_if_fail (MADO_IS_ROW (self), NULL);
  return gtk_label_get_text (GTK_LABEL (priv->title));
}

void
mado_row_set_title (MadoRow    *self,
                    const char *title)
{
  MadoRowPrivate *priv = mado_row_get_instance_private (self);

  g_return_if_fail (MADO_IS_ROW (self));

  if (g_strcmp0 (title, gtk_label_get_text (GTK_LABEL (priv->title))) == 0)
    return;
  gtk_label_set_text (GTK_LABEL (priv->title), title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* NULL when the row has none. */
const char *
mado_row_get_subtitle (MadoRow *self)
{
  MadoRowPrivate *priv = mado_row_get_instance_private (self);

  g_return_val_if_fail (MADO_IS_ROW (self), NULL);
  return gtk_widget_get_visible (priv->subtitle) ? gtk_label_get_text (GTK_LABEL (priv->subtitle)) : NULL;
}

void
mado_row_set_subtitle (MadoRow    *self,
                       const char *subtitle)
{
  MadoRowPrivate *priv = mado_row_get_instance_private (self);
  gboolean shown = subtitle != NULL && *subtitle != '\0';

  g_return_if_fail (MADO_IS_ROW (self));

  if (g_strcmp0 (mado_row_get_subtitle (self), shown ? subtitle : NULL) == 0)
    return;
  gtk_label_set_text (GTK_LABEL (priv->subtitle), shown ? subtitle : "");
  gtk_widget_set_visible (priv->subtitle, shown);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

void
mado_row_add_prefix (MadoRow   *self,
                     GtkWidget *widget)
{
  MadoRowPrivate *priv = mado_row_get_instance_private (self);

  g_return_if_fail (MADO_IS_ROW (self));

  gtk_box_append (GTK_BOX (priv->prefixes), widget);
  gtk_widget_set_visible (priv->prefixes, TRUE);
}

void
mado_row_add_suffix (MadoRow   *self,
                     GtkWidget *widget)
{
  MadoRowPrivate *priv = mado_row_get_instance_private (self);

  g_return_if_fail (MADO_IS_ROW (self));

  gtk_box_append (GTK_BOX (priv->suffixes), widget);
  gtk_widget_set_visible (priv->suffixes, TRUE);
}

static void
mado_row_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  MadoRow *self = MADO_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, mado_row_get_title (self));
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, mado_row_get_subtitle (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_row_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  MadoRow *self = MADO_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      mado_row_set_title (self, g_value_get_string (value));
      break;
    case PROP_SUBTITLE:
      mado_row_set_subtitle (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_row_dispose (GObject *object)
{
  MadoRow *self = MADO_ROW (object);
  MadoRowPrivate *priv = mado_row_get_instance_private (self);

  /* Not gtk_widget_dispose_template (): GTK 4.8 looks for the template of
   * the instance's own class, which a subclass without one lacks. */
  g_clear_pointer (&priv->prefixes, gtk_widget_unparent);
  g_clear_pointer (&priv->title_box, gtk_widget_unparent);
  g_clear_pointer (&priv->suffixes, gtk_widget_unparent);

  G_OBJECT_CLASS (mado_row_parent_class)->dispose (object);
}

static void
mado_row_class_init (MadoRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = mado_row_get_property;
  object_class->set_property = mado_row_set_property;
  object_class->dispose = mado_row_dispose;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mado-row.ui");
  gtk_widget_class_bind_template_child_private (widget_class, MadoRow, prefixes);
  gtk_widget_class_bind_template_child_private (widget_class, MadoRow, title_box);
  gtk_widget_class_bind_template_child_private (widget_class, MadoRow, title);
  gtk_widget_class_bind_template_child_private (widget_class, MadoRow, subtitle);
  gtk_widget_class_bind_template_child_private (widget_class, MadoRow, suffixes);
}

static void
mado_row_init (MadoRow *self)
{
  /* The same spacing libadwaita 1.2 gives an action row's header. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), mado_row_layout_new (6));
  gtk_widget_init_template (GTK_WIDGET (self));
}
