/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-row-layout.h"

/* Lays children out in a line, centred vertically: each at its natural
 * width, except those that expand horizontally, which share what is left.
 * Heights are measured for the widths given, never widths for a height.
 *
 * That is the point of it. When GTK 4.8 allocates a widget that does not fill
 * its allocation (a valign or halign other than FILL), it first measures the
 * widget's width for the allocated height, and a wrapping label answers that
 * by laying its text out again and again in a search for the narrowest width
 * that fits. libadwaita's action rows centre their text column, so every label
 * in them went through that search on every allocation: on the first page,
 * two thirds of all the text layout before the first frame. Here the text
 * column fills the width the icons and buttons leave and is centred by the
 * layout itself. */
struct _MadoRowLayout
{
  GtkLayoutManager parent_instance;

  int spacing;
};

G_DEFINE_FINAL_TYPE (MadoRowLayout, mado_row_layout, GTK_TYPE_LAYOUT_MANAGER)

static gboolean
expands (GtkWidget *child)
{
  return gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      n++;
  return n;
}

/* Widths for the children laid out in @width, in @widths (one per child that
 * is laid out, in order). Fixed children get their natural widths, or their
 * minimums when even that does not fit; expanding ones share the rest. */
static void
distribute (MadoRowLayout *self,
            GtkWidget     *widget,
            int            width,
            int           *widths,
            guint          n)
{
  g_autofree int *minimums = g_new (int, MAX (n, 1));
  int fixed_min = 0, fixed_nat = 0, flex_min = 0, n_flex = 0;
  int available = n > 0 ? width - self->spacing * (int) (n - 1) : width;
  gboolean use_natural;
  guint i = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min, nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      minimums[i] = min;
      if (expands (child))
        {
          flex_min += min;
          n_flex++;
          widths[i] = min;
        }
      else
        {
          fixed_min += min;
          fixed_nat += nat;
          widths[i] = nat;
        }
      i++;
    }

  use_natural = available - flex_min >= fixed_nat;
  i = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      if (expands (child))
        {
          int left = available - (use_natural ? fixed_nat : fixed_min) - flex_min;

          widths[i] += MAX (left, 0) / MAX (n_flex, 1);
        }
      else if (!use_natural)
        widths[i] = minimums[i];
      i++;
    }
}

static void
mado_row_layout_measure (GtkLayoutManager *manager,
                         GtkWidget        *widget,
                         GtkOrientation    orientation,
                         int               for_size,
                         int              *minimum,
                         int              *natural,
                         int              *minimum_baseline,
                         int              *natural_baseline)
{
  MadoRowLayout *self = MADO_ROW_LAYOUT (manager);
  guint n = count_children (widget);
  g_autofree int *widths = NULL;
  guint i = 0;

  *minimum = *natural = 0;
  if (n == 0)
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Whatever the height: see the comment at the top. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int min, nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &min, &nat, NULL, NULL);
          *minimum += min;
          *natural += nat;
        }
      *minimum += self->spacing * (int) (n - 1);
      *natural += self->spacing * (int) (n - 1);
      return;
    }

  if (for_size >= 0)
    {
      widths = g_new (int, n);
      distribute (self, widget, for_size, widths, n);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min, nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, widths != NULL ? widths[i] : -1, &min, &nat, NULL, NULL);
      *minimum = MAX (*minimum, min);
      *natural = MAX (*natural, nat);
      i++;
    }
}

static void
mado_row_layout_allocate (GtkLayoutManager *manager,
                          GtkWidget        *widget,
                          int               width,
                          int               height,
                          int               baseline)
{
  MadoRowLayout *self = MADO_ROW_LAYOUT (manager);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  guint n = count_children (widget);
  g_autofree int *widths = g_new (int, MAX (n, 1));
  int x = 0;
  guint i = 0;

  distribute (self, widget, width, widths, n);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_height;

      if (!gtk_widget_should_layout (child))
        continue;
      /* Centred here, at the height it needs for its width: a child left to
       * centre itself (valign) would have GTK 4.8 measure its width for the
       * row's height first, the very search this layout avoids. */
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, widths[i], NULL, &child_height, NULL, NULL);
      child_height = MIN (child_height, height);
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { rtl ? width - x - widths[i] : x,
                                                   (height - child_height) / 2,
                                                   widths[i], child_height },
                                -1);
      x += widths[i] + self->spacing;
      i++;
    }
}

static GtkSizeRequestMode
mado_row_layout_get_request_mode (GtkLayoutManager *manager,
                                  GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mado_row_layout_class_init (MadoRowLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->measure = mado_row_layout_measure;
  manager_class->allocate = mado_row_layout_allocate;
  manager_class->get_request_mode = mado_row_layout_get_request_mode;
}

static void
mado_row_layout_init (MadoRowLayout *self)
{
}

GtkLayoutManager *
mado_row_layout_new (int spacing)
{
  MadoRowLayout *self = g_object_new (MADO_TYPE_ROW_LAYOUT, NULL);

  self->spacing = spacing;
  return GTK_LAYOUT_MANAGER (self);
}
