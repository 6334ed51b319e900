/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-column-layout.h"

/* Lays children out one under the other, each across the whole width it is
 * given and as tall as it needs at that width: a vertical box that asks its
 * children for their heights at the given width only, never for their
 * widths.
 *
 * That is the point of it, for rows of wrapping labels in a list that a
 * keystroke changes. A list view asks every row for its width before it
 * lays the rows out, and a vertical box answers by asking each label, which
 * in GTK 4.8 lays its text out at width 0 (every place it could break) and
 * at its natural width, and looks up its font's metrics, each time its
 * text changes. The row's width is the list's, whatever its labels would
 * like: so this layout answers with no width of its own, and each label
 * lays its text out once, at the width it is shown at. */
struct _MadoColumnLayout
{
  GtkLayoutManager parent_instance;

  int spacing;
};

G_DEFINE_FINAL_TYPE (MadoColumnLayout, mado_column_layout, GTK_TYPE_LAYOUT_MANAGER)

static void
mado_column_layout_measure (GtkLayoutManager *manager,
                            GtkWidget        *widget,
                            GtkOrientation    orientation,
                            int               for_size,
                            int              *minimum,
                            int              *natural,
                            int              *minimum_baseline,
                            int              *natural_baseline)
{
  MadoColumnLayout *self = MADO_COLUMN_LAYOUT (manager);
  gboolean first = TRUE;

  *minimum = *natural = 0;

  /* No width of its own: see the comment at the top. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    return;
  /* A height for no width in particular (a list view asks that of its
   * rows): the height at the width the row has, which its labels have laid
   * out already, rather than their text on one line. */
  if (for_size < 0 && gtk_widget_get_width (widget) > 0)
    for_size = gtk_widget_get_width (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min, nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, for_size, &min, &nat, NULL, NULL);
      *minimum += min + (first ? 0 : self->spacing);
      *natural += nat + (first ? 0 : self->spacing);
      first = FALSE;
    }
}

static void
mado_column_layout_allocate (GtkLayoutManager *manager,
                             GtkWidget        *widget,
                             int               width,
                             int               height,
                             int               baseline)
{
  MadoColumnLayout *self = MADO_COLUMN_LAYOUT (manager);
  int y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_height;

      if (!gtk_widget_should_layout (child))
        continue;
      /* The measure of the row's height, at this width: cached. */
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &child_height, NULL, NULL);
      gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, child_height }, -1);
      y += child_height + self->spacing;
    }
}

static GtkSizeRequestMode
mado_column_layout_get_request_mode (GtkLayoutManager *manager,
                                     GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mado_column_layout_class_init (MadoColumnLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->measure = mado_column_layout_measure;
  manager_class->allocate = mado_column_layout_allocate;
  manager_class->get_request_mode = mado_column_layout_get_request_mode;
}

static void
mado_column_layout_init (MadoColumnLayout *self)
{
}

GtkLayoutManager *
mado_column_layout_new (int spacing)
{
  MadoColumnLayout *self = g_object_new (MADO_TYPE_COLUMN_LAYOUT, NULL);

  self->spacing = spacing;
  return GTK_LAYOUT_MANAGER (self);
}
