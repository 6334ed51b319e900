/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mado-banner.h"

/* A message across the top of the window until it is dismissed, like
 * libadwaita's AdwBanner (1.3), which the 1.2 floor lacks; GtkInfoBar is
 * deprecated from GTK 4.10. */
struct _MadoBanner
{
  GtkWidget    parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *label;
};

G_DEFINE_FINAL_TYPE (MadoBanner, mado_banner, GTK_TYPE_WIDGET)

GtkWidget *
mado_banner_new (void)
{
  return g_object_new (MADO_TYPE_BANNER, NULL);
}

/* Shows @text (plain text: file names may hold markup characters). */
void
mado_banner_show (MadoBanner *self,
                  const char *text)
{
  g_return_if_fail (MADO_IS_BANNER (self));
  g_return_if_fail (text != NULL);

  gtk_label_set_text (self->label, text);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}

const char *
mado_banner_get_text (MadoBanner *self)
{
  g_return_val_if_fail (MADO_IS_BANNER (self), NULL);
  return gtk_label_get_text (self->label);
}

gboolean
mado_banner_get_shown (MadoBanner *self)
{
  g_return_val_if_fail (MADO_IS_BANNER (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self))
         && gtk_revealer_get_reveal_child (self->revealer);
}

/* Hidden once slid away, so that it leaves the accessibility tree and the
 * focus chain. */
static void
child_revealed_cb (MadoBanner *self)
{
  if (!gtk_revealer_get_child_revealed (self->revealer))
    gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

static void
dismiss_clicked_cb (MadoBanner *self)
{
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
}

static void
mado_banner_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MADO_TYPE_BANNER);
  G_OBJECT_CLASS (mado_banner_parent_class)->dispose (object);
}

static void
mado_banner_class_init (MadoBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mado_banner_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mado-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoBanner, revealer);
  gtk_widget_class_bind_template_child (widget_class, MadoBanner, label);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, child_revealed_cb);
}

static void
mado_banner_init (MadoBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
