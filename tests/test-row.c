/* SPDX-License-Identifier: GPL-3.0-or-later */
/* MadoRow and its layout, in a real window: the text column takes what the
 * icons and buttons leave and wraps in it, everything is centred, nothing
 * overlaps, right-to-left mirrors it, and the subtitle comes and goes. */
#include "config.h"

#include "mado-address-row.h"
#include "mado-row.h"
#include "mado-row-box.h"
#include "mado-test-utils.h"

#define LONG_TITLE "A title long enough to wrap onto several lines in a window " \
                   "four hundred pixels wide, as the titles of links often are"

typedef struct
{
  GtkWidget *window;
  GtkWidget *row;
  GtkWidget *prefix;
  GtkWidget *suffix;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *list = gtk_list_box_new ();

  fixture->window = gtk_window_new ();
  fixture->row = mado_row_new (LONG_TITLE, "https://example.org/");
  fixture->prefix = gtk_image_new_from_icon_name ("web-browser-symbolic");
  fixture->suffix = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  mado_row_add_prefix (MADO_ROW (fixture->row), fixture->prefix);
  mado_row_add_suffix (MADO_ROW (fixture->row), fixture->suffix);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), fixture->row);
  gtk_window_set_child (GTK_WINDOW (fixture->window), list);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 400, -1);
  if (GPOINTER_TO_INT (data))
    gtk_widget_set_direction (fixture->row, GTK_TEXT_DIR_RTL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  mado_test_iterate (100);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  mado_test_iterate (20);
}

static graphene_rect_t
bounds (Fixture   *fixture,
        GtkWidget *widget)
{
  graphene_rect_t rect;

  g_assert_true (gtk_widget_compute_bounds (widget, fixture->row, &rect));
  return rect;
}

static GtkWidget *
title_column (Fixture *fixture)
{
  return gtk_widget_get_next_sibling (gtk_widget_get_first_child (fixture->row));
}

static void
test_text_takes_the_rest (Fixture       *fixture,
                          gconstpointer  data)
{
  gboolean rtl = GPOINTER_TO_INT (data);
  graphene_rect_t prefix = bounds (fixture, fixture->prefix);
  graphene_rect_t text = bounds (fixture, title_column (fixture));
  graphene_rect_t suffix = bounds (fixture, fixture->suffix);
  graphene_rect_t *start = rtl ? &suffix : &prefix, *end = rtl ? &prefix : &suffix;
  int row_width = gtk_widget_get_width (fixture->row);
  int row_height = gtk_widget_get_height (fixture->row);

  /* In order along the line, without overlapping, within the row; the text
   * column has all the width the others leave but the spacing. */
  g_assert_cmpfloat (start->origin.x, >=, 0);
  g_assert_cmpfloat (start->origin.x + start->size.width, <=, text.origin.x);
  g_assert_cmpfloat (text.origin.x - (start->origin.x + start->size.width), <=, 12);
  g_assert_cmpfloat (text.origin.x + text.size.width, <=, end->origin.x);
  g_assert_cmpfloat (end->origin.x - (text.origin.x + text.size.width), <=, 12);
  g_assert_cmpfloat (end->origin.x + end->size.width, <=, row_width + 28);
  g_assert_cmpfloat (end->origin.x + end->size.width, >=, row_width - 28);

  /* The title wraps, and the row grows to hold it. */
  g_assert_cmpfloat (text.size.height, >, 3 * prefix.size.height);
  g_assert_cmpint (row_height, >=, (int) text.size.height);

  /* Everything is centred on the row's middle. */
  g_assert_cmpfloat (ABS (prefix.origin.y + prefix.size.height / 2 - row_height / 2.0), <=, 1);
  g_assert_cmpfloat (ABS (suffix.origin.y + suffix.size.height / 2 - row_height / 2.0), <=, 1);
  g_assert_cmpfloat (ABS (text.origin.y + text.size.height / 2 - row_height / 2.0), <=, 1);
}

static void
test_narrower_window_taller_row (Fixture       *fixture,
                                 gconstpointer  data)
{
  int height = gtk_widget_get_height (fixture->row);
  int min, nat;

  gtk_widget_measure (fixture->row, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, <, 200);
  g_assert_cmpint (nat, >, 400);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 300, -1);
  mado_test_iterate (100);
  g_assert_cmpint (gtk_widget_get_height (fixture->row), >, height);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_subtitle_comes_and_goes (Fixture       *fixture,
                              gconstpointer  data)
{
  MadoRow *row = MADO_ROW (fixture->row);
  GtkWidget *subtitle = gtk_widget_get_last_child (title_column (fixture));
  guint notified = 0;

  g_signal_connect (row, "notify::subtitle", G_CALLBACK (count_notify), &notified);
  g_assert_cmpstr (mado_row_get_title (row), ==, LONG_TITLE);
  g_assert_cmpstr (mado_row_get_subtitle (row), ==, "https://example.org/");
  g_assert_true (gtk_widget_get_visible (subtitle));

  mado_row_set_subtitle (row, NULL);
  g_assert_null (mado_row_get_subtitle (row));
  g_assert_false (gtk_widget_get_visible (subtitle));
  mado_row_set_subtitle (row, "");
  g_assert_cmpuint (notified, ==, 1);

  g_object_set (row, "subtitle", "again", NULL);
  g_assert_cmpstr (mado_row_get_subtitle (row), ==, "again");
  g_assert_true (gtk_widget_get_visible (subtitle));
  mado_row_set_subtitle (row, "again");
  g_assert_cmpuint (notified, ==, 2);
}

/* GtkBuilder makes address rows from their properties: a number is copied
 * when the row is activated, an address opened; each has the template's
 * right-click gesture, and its chrome beside the title's. */
static void
test_address_row_from_builder (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *number, *site;
  guint n_secondary = 0;
  g_autoptr(GListModel) controllers = NULL;

  g_type_ensure (MADO_TYPE_ADDRESS_ROW);
  gtk_builder_add_from_string (builder,
                               "<interface>"
                               "  <object class='MadoAddressRow' id='number'>"
                               "    <property name='title'>03-0000-0000</property>"
                               "    <property name='copy-text'>03-0000-0000</property>"
                               "  </object>"
                               "  <object class='MadoAddressRow' id='site'>"
                               "    <property name='title'>Example</property>"
                               "    <property name='copy-text'>https://localhost/</property>"
                               "    <property name='uri'>https://localhost/</property>"
                               "  </object>"
                               "</interface>", -1, &error);
  g_assert_no_error (error);
  number = GTK_WIDGET (gtk_builder_get_object (builder, "number"));
  site = GTK_WIDGET (gtk_builder_get_object (builder, "site"));

  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (number)), ==, "win.copy-text");
  g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (number)), NULL),
                   ==, "03-0000-0000");
  g_assert_null (mado_address_row_get_uri (MADO_ADDRESS_ROW (number)));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (site)), ==, "win.open-uri");
  g_assert_cmpstr (mado_address_row_get_uri (MADO_ADDRESS_ROW (site)), ==, "https://localhost/");
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (site)));
  g_assert_cmpstr (mado_row_get_title (MADO_ROW (site)), ==, "Example");

  controllers = gtk_widget_observe_controllers (site);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller) &&
          gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == GDK_BUTTON_SECONDARY)
        n_secondary++;
    }
  g_assert_cmpuint (n_secondary, ==, 1);
}

/* MadoRowBox, as the phone rows' .ui makes it: its children in a line with
 * the spacing given, the expanding label taking what the others leave and
 * wrapping in it, each child centred at its own height, the box a group for
 * screen readers as a GtkBox is. */
static void
test_row_box_from_builder (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box, *image, *label, *button;
  graphene_rect_t box_rect, image_rect, label_rect, button_rect;

  g_type_ensure (MADO_TYPE_ROW_BOX);
  gtk_builder_add_from_string (builder,
                               "<interface>"
                               "  <object class='MadoRowBox' id='box'>"
                               "    <property name='spacing'>12</property>"
                               "    <child><object class='GtkImage' id='image'>"
                               "      <property name='icon-name'>call-start-symbolic</property>"
                               "    </object></child>"
                               "    <child><object class='GtkLabel' id='label'>"
                               "      <property name='label'>" LONG_TITLE "</property>"
                               "      <property name='wrap'>True</property>"
                               "      <property name='xalign'>0</property>"
                               "      <property name='hexpand'>True</property>"
                               "    </object></child>"
                               "    <child><object class='GtkButton' id='button'>"
                               "      <property name='icon-name'>edit-copy-symbolic</property>"
                               "    </object></child>"
                               "  </object>"
                               "</interface>", -1, &error);
  g_assert_no_error (error);
  box = GTK_WIDGET (gtk_builder_get_object (builder, "box"));
  image = GTK_WIDGET (gtk_builder_get_object (builder, "image"));
  label = GTK_WIDGET (gtk_builder_get_object (builder, "label"));
  button = GTK_WIDGET (gtk_builder_get_object (builder, "button"));
  g_assert_true (gtk_widget_get_parent (label) == box);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (box)), ==,
                   GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, -1);
  gtk_window_present (GTK_WINDOW (window));
  mado_test_iterate (100);

  g_assert_true (gtk_widget_compute_bounds (box, box, &box_rect));
  g_assert_true (gtk_widget_compute_bounds (image, box, &image_rect));
  g_assert_true (gtk_widget_compute_bounds (label, box, &label_rect));
  g_assert_true (gtk_widget_compute_bounds (button, box, &button_rect));
  /* In a line, 12 pixels apart, the label filling the middle. */
  g_assert_cmpfloat (image_rect.origin.x, ==, 0);
  g_assert_cmpfloat (label_rect.origin.x, ==, image_rect.size.width + 12);
  g_assert_cmpfloat (button_rect.origin.x, ==, label_rect.origin.x + label_rect.size.width + 12);
  g_assert_cmpfloat (button_rect.origin.x + button_rect.size.width, ==, box_rect.size.width);
  /* The label wraps in what is left: it is the tallest, and the others
   * are centred beside it. */
  g_assert_cmpfloat (label_rect.size.height, >, button_rect.size.height);
  g_assert_cmpfloat (label_rect.size.height, ==, box_rect.size.height);
  g_assert_cmpfloat (button_rect.origin.y, ==, (int) (box_rect.size.height - button_rect.size.height) / 2);
  g_assert_cmpfloat (image_rect.origin.y, ==, (int) (box_rect.size.height - image_rect.size.height) / 2);

  gtk_window_destroy (GTK_WINDOW (window));
  mado_test_iterate (20);
}

int
main (int   argc,
      char *argv[])
{
  mado_test_init (&argc, &argv);

  g_test_add ("/row/text-takes-the-rest", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_text_takes_the_rest, fixture_tear_down);
  g_test_add ("/row/text-takes-the-rest-rtl", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_text_takes_the_rest, fixture_tear_down);
  g_test_add ("/row/narrower-window-taller-row", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_narrower_window_taller_row, fixture_tear_down);
  g_test_add ("/row/subtitle-comes-and-goes", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_subtitle_comes_and_goes, fixture_tear_down);

  g_test_add_func ("/row/address-row-from-builder", test_address_row_from_builder);
  g_test_add_func ("/row/row-box-from-builder", test_row_box_from_builder);

  return g_test_run ();
}
