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

/* The children that take part in the layout, in order. */
static GPtrArray *
laid_out_children (GtkWidget *widget)
{
  GPtrArray *children = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      g_ptr_array_add (children, child);
  return children;
}

static int
total_spacing (MadoRowLayout *self,
               GPtrArray     *children)
{
  return children->len > 1 ? self->spacing * (int) (children->len - 1) : 0;
}

/* Widths for @children laid out in @width, one each in @widths. Fixed
 * children get their natural widths, or their minimums when even that does
 * not fit; those that expand share the rest. */
static void
distribute (MadoRowLayout *self,
            GPtrArray     *children,
            int            width,
            int           *widths)
{
  g_autofree int *minimums = g_new (int, MAX (children->len, 1));
  int fixed_min = 0, fixed_nat = 0, flex_min = 0, n_flex = 0, left;
  int available = width - total_spacing (self, children);
  gboolean use_natural;

  for (guint i = 0; i < children->len; i++)
    {
      GtkWidget *child = children->pdata[i];
      int nat;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimums[i], &nat, NULL, NULL);
      if (gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL))
        {
          flex_min += minimums[i];
          n_flex++;
          widths[i] = -1;
        }
      else
        {
          fixed_min += minimums[i];
          fixed_nat += nat;
          widths[i] = nat;
        }
    }

  use_natural = available - flex_min >= fixed_nat;
  left = MAX (available - (use_natural ? fixed_nat : fixed_min) - flex_min, 0);
  for (guint i = 0; i < children->len; i++)
    if (widths[i] < 0)
      widths[i] = minimums[i] + left / MAX (n_flex, 1);
    else if (!use_natural)
      widths[i] = minimums[i];
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
  g_autoptr(GPtrArray) children = laid_out_children (widget);
  g_autofree int *widths = NULL;

  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Whatever the height: see the comment at the top. */
      for (guint i = 0; i < children->len; i++)
        {
          int min, nat;

          gtk_widget_measure (children->pdata[i], orientation, -1, &min, &nat, NULL, NULL);
          *minimum += min;
          *natural += nat;
        }
      *minimum += total_spacing (self, children);
      *natural += total_spacing (self, children);
      return;
    }

  if (for_size >= 0)
    {
      widths = g_new (int, MAX (children->len, 1));
      distribute (self, children, for_size, widths);
    }
  for (guint i = 0; i < children->len; i++)
    {
      int min, nat;

      gtk_widget_measure (children->pdata[i], orientation, widths != NULL ? widths[i] : -1,
                          &min, &nat, NULL, NULL);
      *minimum = MAX (*minimum, min);
      *natural = MAX (*natural, nat);
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
  g_autoptr(GPtrArray) children = laid_out_children (widget);
  g_autofree int *widths = g_new (int, MAX (children->len, 1));
  int x = 0;

  distribute (self, children, width, widths);
  for (guint i = 0; i < children->len; i++)
    {
      int child_height;

      /* Centred here, at the height it needs for its width: a child left to
       * centre itself (valign) would have GTK 4.8 measure its width for the
       * row's height first, the very search this layout avoids. */
      gtk_widget_measure (children->pdata[i], GTK_ORIENTATION_VERTICAL, widths[i],
                          NULL, &child_height, NULL, NULL);
      child_height = MIN (child_height, height);
      gtk_widget_size_allocate (children->pdata[i],
                                &(GtkAllocation) { rtl ? width - x - widths[i] : x,
                                                   (height - child_height) / 2,
                                                   widths[i], child_height },
                                -1);
      x += widths[i] + self->spacing;
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
