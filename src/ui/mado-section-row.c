/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-page-parts.h"
#include "mado-phrased-label.h"
#include "mado-section-row.h"

/* A sidebar row: the section's short label (緊急3 · CHECK4) over its title.
 * Sub-sections are indented under their parent and always shown, so every
 * section is one arrow key away. */
struct _MadoSectionRow
{
  GtkListBoxRow parent_instance;

  MadoSection *section;
};

G_DEFINE_FINAL_TYPE (MadoSectionRow, mado_section_row, GTK_TYPE_LIST_BOX_ROW)

GtkWidget *
mado_section_row_new (MadoSection *section)
{
  MadoSectionRow *self = g_object_new (MADO_TYPE_SECTION_ROW, NULL);
  const char *check = mado_section_get_check (section);
  guint depth = mado_section_get_depth (section);
  g_autofree char *kicker = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title;

  self->section = g_object_ref (section);

  /* A sub-section's own label repeats its parent's; its CHECK number is what
   * tells it apart. */
  if (depth > 0 && check != NULL)
    kicker = g_strdup (check);
  else if (check != NULL)
    kicker = g_strdup_printf ("%s · %s", mado_section_get_label (section), check);
  else
    kicker = g_strdup (mado_section_get_label (section));

  gtk_widget_set_margin_start (box, 18 * (int) depth);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_box_append (GTK_BOX (box), mado_page_parts_row_label_new (kicker, "caption", FALSE));
  title = mado_page_parts_row_label_new (NULL, NULL, TRUE);
  /* Two lines at most: they break between phrases, not inside a word. */
  mado_label_set_phrased_text (GTK_LABEL (title), mado_section_get_title (section));
  gtk_box_append (GTK_BOX (box), title);
  gtk_widget_add_css_class (gtk_widget_get_first_child (box), "dim-label");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  accessible = g_strdup_printf ("%s %s", kicker, mado_section_get_title (section));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), mado_section_get_title (section));
  return GTK_WIDGET (self);
}

MadoSection *
mado_section_row_get_section (MadoSectionRow *self)
{
  g_return_val_if_fail (MADO_IS_SECTION_ROW (self), NULL);
  return self->section;
}

static void
mado_section_row_dispose (GObject *object)
{
  MadoSectionRow *self = MADO_SECTION_ROW (object);

  g_clear_object (&self->section);

  G_OBJECT_CLASS (mado_section_row_parent_class)->dispose (object);
}

static void
mado_section_row_class_init (MadoSectionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mado_section_row_dispose;
}

static void
mado_section_row_init (MadoSectionRow *self)
{
}
