/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every result of the bundled guide, in the real window at 400×760, in the
 * language of MADO_TEST_LANGUAGE (run once with ja, once with en): the
 * number to call first is inside the first screen (its allocation against
 * the scrolled window's page), it has the keyboard focus, Enter copies it,
 * it is a confirmed number, the window does not widen, and the result's own
 * text is no Tab stop, and every source of the result is listed as a link
 * row with its address and date. With MADO_SHOTS_DIR set, it also saves a screenshot of
 * every result, narrow and wide, there. */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-address-row.h"
#include "mado-call-first.h"
#include "mado-contact-card.h"
#include "mado-guide-page.h"
#include "mado-guide-result.h"
#include "mado-home-page.h"
#include "mado-test-utils.h"
#include "mado-text-format.h"

#define NARROW_WIDTH 400
#define NARROW_HEIGHT 760

static MadoApplication *app;
static const char *language;

/* The answers (indices) that lead from the guide's start to @target, by a
 * breadth-first search: the shortest walk. */
static GArray *
path_to (MadoDataset *dataset,
         const char  *target)
{
  g_autoptr(GHashTable) paths = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_array_unref);
  g_autoptr(GQueue) queue = g_queue_new ();
  MadoGuideNode *start = mado_dataset_get_guide_start (dataset);
  GArray *found;

  g_hash_table_insert (paths, (gpointer) mado_guide_node_get_id (start),
                       g_array_new (FALSE, FALSE, sizeof (guint)));
  g_queue_push_tail (queue, start);
  while (!g_queue_is_empty (queue))
    {
      MadoGuideNode *node = g_queue_pop_head (queue);
      GListModel *answers = mado_guide_node_get_answers (node);
      GArray *path = g_hash_table_lookup (paths, mado_guide_node_get_id (node));

      for (guint i = 0; answers != NULL && i < g_list_model_get_n_items (answers); i++)
        {
          g_autoptr(MadoGuideAnswer) answer = g_list_model_get_item (answers, i);
          MadoGuideNode *next = mado_dataset_lookup_guide_node (dataset,
                                                                mado_guide_answer_get_next_id (answer));
          GArray *next_path;

          if (g_hash_table_contains (paths, mado_guide_node_get_id (next)))
            continue;
          next_path = g_array_copy (path);
          g_array_append_val (next_path, i);
          g_hash_table_insert (paths, (gpointer) mado_guide_node_get_id (next), next_path);
          g_queue_push_tail (queue, next);
        }
    }

  found = g_hash_table_lookup (paths, target);
  g_assert_nonnull (found);
  return g_array_ref (found);
}

static MadoWindow *
window_new (int width,
            int height)
{
  GSettings *settings = mado_application_get_settings (app);

  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  return mado_test_window_new (app);
}

static MadoGuidePage *
show_guide (MadoWindow *window)
{
  GtkWidget *page;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-guide", NULL);
  mado_test_iterate (20);
  page = mado_window_get_page (window);
  g_assert_true (MADO_IS_GUIDE_PAGE (page));
  return MADO_GUIDE_PAGE (page);
}

static MadoGuideResult *
walk_to (MadoWindow    *window,
         MadoGuidePage *page,
         MadoGuideNode *result)
{
  MadoGuideWalk *walk = mado_guide_page_get_walk (page);
  g_autoptr(GArray) path = path_to (mado_application_get_dataset (app),
                                    mado_guide_node_get_id (result));
  g_autoptr(GPtrArray) found = NULL;

  mado_guide_walk_restart (walk);
  mado_guide_page_focus_start (page);
  for (guint i = 0; i < path->len; i++)
    g_assert_true (mado_guide_walk_answer (walk, g_array_index (path, guint, i)));
  g_assert_true (mado_guide_walk_get_current (walk) == result);

  found = mado_test_find_all (GTK_WIDGET (page), MADO_TYPE_GUIDE_RESULT);
  g_assert_cmpuint (found->len, ==, 1);
  /* Laid out and painted, as a person would see it. */
  for (guint i = 0; i < 100 && gtk_widget_get_height (found->pdata[0]) == 0; i++)
    mado_test_iterate (20);
  mado_test_iterate (50);
  return found->pdata[0];
}

/* The lowest bottom edge of a number to call first, for the log. */
static double lowest_bottom;

/* @widget's top and bottom in the scrolled window's content. */
static void
assert_on_first_screen (GtkWidget  *widget,
                        const char *what)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  graphene_point_t point;
  double page_size = gtk_adjustment_get_page_size (adjustment);

  g_assert_true (gtk_widget_compute_point (widget, content, &GRAPHENE_POINT_INIT (0, 0), &point));
  if (point.y + gtk_widget_get_height (widget) > page_size || gtk_widget_get_height (widget) <= 0)
    g_error ("%s: %s is at %.0f–%.0f px, below the first screen (%.0f px)", language, what,
             point.y, point.y + gtk_widget_get_height (widget), page_size);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  lowest_bottom = MAX (lowest_bottom, point.y + gtk_widget_get_height (widget));
}

/* No label of the result takes the focus, the desks' cards included: body
 * text is read (and may be selected with the mouse), not tabbed through. */
static void
assert_no_focusable_text (GtkWidget  *root,
                          const char *what)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_focusable (root))
    g_error ("%s: the label “%s” on %s is a Tab stop", language,
             gtk_label_get_text (GTK_LABEL (root)), what);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_no_focusable_text (child, what);
}

/* Tab from the number to call first goes to the next desk's first number or
 * address (or, while the first desk is closed, to what the result offers
 * meanwhile), not to text on the way. */
static void
assert_next_focus (MadoWindow      *window,
                   MadoGuideResult *result,
                   const char      *id)
{
  g_autoptr(GPtrArray) cards = mado_test_find_all (GTK_WIDGET (result), MADO_TYPE_CONTACT_CARD);
  GtkWidget *focus, *after_hours;
  gboolean meanwhile;

  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  if (GTK_IS_LABEL (focus))
    g_error ("%s: %s: Tab from the number goes to the text “%s”", language, id,
             gtk_label_get_text (GTK_LABEL (focus)));
  after_hours = mado_guide_result_get_after_hours_list (result);
  meanwhile = after_hours != NULL && gtk_widget_is_ancestor (focus, after_hours);
  if (!meanwhile && cards->len > 0 && !gtk_widget_is_ancestor (focus, cards->pdata[0]))
    g_error ("%s: %s: Tab from the number goes to a %s outside the next desk's card", language, id,
             G_OBJECT_TYPE_NAME (focus));
  if (cards->len > 0)
    g_assert_true (GTK_IS_LIST_BOX_ROW (focus));

  /* Back where a person expects the focus for the next result. */
  gtk_widget_grab_focus (mado_guide_result_get_call_button (result));
}

static void
save_screenshot (MadoWindow *window,
                 const char *size,
                 const char *id)
{
  const char *dir = g_getenv ("MADO_SHOTS_DIR");
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (content), height = gtk_widget_get_height (content);

  if (dir == NULL)
    return;

  paintable = gtk_widget_paintable_new (content);
  /* Nothing to render until the page has been drawn once. */
  for (guint i = 0; i < 40 && node == NULL; i++)
    {
      mado_test_iterate (50);
      width = gtk_widget_get_width (content);
      height = gtk_widget_get_height (content);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  name = g_strdup_printf ("%s-%s-%s.png", language, size, id);
  path = g_build_filename (dir, name, NULL);
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* Each of the result's sources is a link row that opens its address, with
 * the address and the date under its label; no other link row is a source. */
static guint n_sources_seen;

static void
assert_sources (MadoGuideResult *result,
                MadoGuideNode   *node)
{
  GListModel *sources = mado_guide_node_get_sources (node);
  g_autoptr(GPtrArray) rows = mado_test_find_all (GTK_WIDGET (result), MADO_TYPE_ADDRESS_ROW);
  guint n = sources != NULL ? g_list_model_get_n_items (sources) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MadoLink) link = g_list_model_get_item (sources, i);
      g_autofree char *date = mado_format_date (mado_link_get_date (link));
      gboolean found = FALSE;

      for (guint j = 0; j < rows->len && !found; j++)
        {
          MadoAddressRow *row = rows->pdata[j];
          const char *subtitle = mado_row_get_subtitle (MADO_ROW (row));

          if (g_strcmp0 (mado_address_row_get_uri (row), mado_link_get_url (link)) != 0
              || strstr (subtitle, date) == NULL)
            continue;
          g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (row)));
          g_assert_nonnull (strstr (subtitle, mado_link_get_url (link)));
          g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==, "win.open-uri");
          found = TRUE;
        }
      if (!found)
        g_error ("%s: %s: the source %s (%s) is not listed", language,
                 mado_guide_node_get_id (node), mado_link_get_url (link), date);
    }
  n_sources_seen += n;
}

static void
check_result (MadoWindow      *window,
              MadoGuideResult *result,
              MadoGuideNode   *node)
{
  const char *id = mado_guide_node_get_id (node);
  GtkWidget *call = mado_guide_result_get_call_button (result);
  const char *call_text = mado_guide_result_get_call_text (result);
  g_autoptr(MadoPhone) phone = NULL;
  g_autoptr(MadoContact) first = NULL;
  g_autofree char *copied = NULL;
  int minimum;

  g_assert_nonnull (call);
  assert_on_first_screen (call, id);
  if (gtk_root_get_focus (GTK_ROOT (window)) != call)
    g_error ("%s: %s: the focus is not on the number to call first", language, id);

  /* Never a number marked unconfirmed, and the first confirmed one. */
  first = mado_call_first_pick (mado_guide_node_get_contacts (node), &phone, NULL);
  if (phone != NULL)
    {
      g_assert_cmpstr (call_text, ==, mado_phone_get_number (phone));
      g_assert_true (mado_phone_is_confirmed (phone));
      g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (call)), ==, "win.copy-text");

      /* Enter on the focused button: GtkButton's keybinding activates it. */
      gtk_widget_activate (call);
      mado_test_iterate (400);
      copied = mado_test_read_clipboard (GTK_WIDGET (window));
      g_assert_cmpstr (copied, ==, call_text);
    }
  else
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (call)), ==, "win.open-uri");

  /* Narrow windows never widen: the result fits in 360 px less the page's
   * margins. */
  gtk_widget_measure (GTK_WIDGET (result), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360 - 24);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW_WIDTH);

  assert_no_focusable_text (GTK_WIDGET (result), id);
  assert_sources (result, node);
  assert_next_focus (window, result, id);
}

static void
test_every_result_narrow (void)
{
  MadoWindow *window = window_new (NARROW_WIDTH, NARROW_HEIGHT);
  MadoGuidePage *page = show_guide (window);
  GListModel *nodes = mado_dataset_get_guide_nodes (mado_application_get_dataset (app));
  guint n_results = 0;

  lowest_bottom = 0;
  n_sources_seen = 0;
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(MadoGuideNode) node = g_list_model_get_item (nodes, i);
      MadoGuideResult *result;

      if (mado_guide_node_get_kind (node) != MADO_GUIDE_NODE_KIND_RESULT)
        continue;

      result = walk_to (window, page, node);
      save_screenshot (window, "narrow", mado_guide_node_get_id (node));
      check_result (window, result, node);
      n_results++;
    }
  g_test_message ("%u results checked in %s; the number to call first ends %.0f px down at the lowest",
                  n_results, language, lowest_bottom);
  g_assert_cmpuint (n_results, >=, 30);
  /* The bundled guide cites its pages: a result page without them fails above. */
  g_test_message ("%u sources listed", n_sources_seen);
  g_assert_cmpuint (n_sources_seen, >, 0);

  mado_test_destroy_window (window);
}

static void
test_every_result_wide (void)
{
  MadoWindow *window;
  MadoGuidePage *page;
  GListModel *nodes;

  if (g_getenv ("MADO_SHOTS_DIR") == NULL)
    {
      g_test_skip ("screenshots only (MADO_SHOTS_DIR)");
      return;
    }

  window = window_new (1200, 800);
  page = show_guide (window);
  nodes = mado_dataset_get_guide_nodes (mado_application_get_dataset (app));
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(MadoGuideNode) node = g_list_model_get_item (nodes, i);

      if (mado_guide_node_get_kind (node) != MADO_GUIDE_NODE_KIND_RESULT)
        continue;
      walk_to (window, page, node);
      save_screenshot (window, "wide", mado_guide_node_get_id (node));
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-home", NULL);
  mado_test_iterate (100);
  save_screenshot (window, "wide", "home");

  mado_test_destroy_window (window);
}

/* The home page at start, narrow: it is what the content pane shows, the
 * guide's button has the focus, and Enter asks the emergency question. */
static void
test_home_at_start (void)
{
  MadoWindow *window = window_new (NARROW_WIDTH, NARROW_HEIGHT);
  GtkWidget *focus;

  g_assert_true (MADO_IS_HOME_PAGE (mado_window_get_page (window)));
  /* The first layout of the page, which a busy machine can delay. */
  for (guint i = 0; i < 100 && (gtk_root_get_focus (GTK_ROOT (window)) == NULL
                                || gtk_widget_get_height (gtk_root_get_focus (GTK_ROOT (window))) == 0); i++)
    mado_test_iterate (100);
  save_screenshot (window, "narrow", "home");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_BUTTON (focus));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), ==, "win.show-guide");
  assert_on_first_screen (focus, "the home page's guide button");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW_WIDTH);

  gtk_widget_activate (focus);
  for (guint i = 0; i < 100 && !MADO_IS_GUIDE_PAGE (mado_window_get_page (window)); i++)
    mado_test_iterate (100);
  mado_test_iterate (100);
  g_assert_true (MADO_IS_GUIDE_PAGE (mado_window_get_page (window)));
  g_assert_true (GTK_IS_LIST_BOX_ROW (gtk_root_get_focus (GTK_ROOT (window))));

  mado_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  language = g_getenv ("MADO_TEST_LANGUAGE");
  g_assert_true (g_strcmp0 (language, "ja") == 0 || g_strcmp0 (language, "en") == 0);
  g_setenv ("LANGUAGE", language, TRUE);

  mado_test_init (&argc, &argv);
  app = mado_test_application_new (NULL);

  g_test_add_func ("/guide-result/home-at-start", test_home_at_start);
  g_test_add_func ("/guide-result/every-result-narrow", test_every_result_narrow);
  g_test_add_func ("/guide-result/every-result-wide", test_every_result_wide);

  return g_test_run ();
}
