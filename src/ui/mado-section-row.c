/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mado-phrased-label.h"
#include "mado-section-row.h"

/* A sidebar row: the section's short label (緊急3 · CHECK4) over its title
 * (resources/ui/mado-section-row.ui). Sub-sections are indented under their
 * parent and always shown, so every section is one arrow key away. */
struct _MadoSectionRow
{
  GtkListBoxRow parent_instance;

  MadoSection *section;
  GtkLabel    *kicker_label;
  GtkLabel    *title_label;
};

G_DEFINE_FINAL_TYPE (MadoSectionRow, mado_section_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
mado_section_row_new (MadoSection *section)
{
  g_return_val_if_fail (MADO_IS_SECTION (section), NULL);

  return g_object_new (MADO_TYPE_SECTION_ROW, "section", section, NULL);
}

MadoSection *
mado_section_row_get_section (MadoSectionRow *self)
{
  g_return_val_if_fail (MADO_IS_SECTION_ROW (self), NULL);
  return self->section;
}

/* A sub-section's own label repeats its parent's; its CHECK number is what
 * tells it apart. */
static char *
dup_kicker (MadoSection *section)
{
  const char *check = mado_section_get_check (section);

  if (mado_section_get_depth (section) > 0 && check != NULL)
    return g_strdup (check);
  if (check != NULL)
    return g_strdup_printf ("%s · %s", mado_section_get_label (section), check);
  return g_strdup (mado_section_get_label (section));
}

static void
mado_section_row_constructed (GObject *object)
{
  MadoSectionRow *self = MADO_SECTION_ROW (object);
  const char *title = mado_section_get_title (self->section);
  g_autofree char *kicker = dup_kicker (self->section);
  g_autofree char *accessible = g_strdup_printf ("%s %s", kicker, title);

  G_OBJECT_CLASS (mado_section_row_parent_class)->constructed (object);

  gtk_widget_set_margin_start (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (self)),
                               18 * (int) mado_section_get_depth (self->section));
  gtk_label_set_text (self->kicker_label, kicker);
  mado_label_set_phrased_text (self->title_label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), title);
}

static void
mado_section_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MadoSectionRow *self = MADO_SECTION_ROW (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_section_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MadoSectionRow *self = MADO_SECTION_ROW (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      self->section = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_section_row_dispose (GObject *object)
{
  MadoSectionRow *self = MADO_SECTION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MADO_TYPE_SECTION_ROW);
  g_clear_object (&self->section);

  G_OBJECT_CLASS (mado_section_row_parent_class)->dispose (object);
}

static void
mado_section_row_class_init (MadoSectionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mado_section_row_constructed;
  object_class->get_property = mado_section_row_get_property;
  object_class->set_property = mado_section_row_set_property;
  object_class->dispose = mado_section_row_dispose;

  properties[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL, MADO_TYPE_SECTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mado-section-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoSectionRow, kicker_label);
  gtk_widget_class_bind_template_child (widget_class, MadoSectionRow, title_label);
}

static void
mado_section_row_init (MadoSectionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
