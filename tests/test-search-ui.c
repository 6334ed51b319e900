/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Search in the real window on the bundled dataset: type, see the results
 * grouped, open one and find its card in view and focused, open a guide
 * result, see the list change in place as the query grows, get the empty
 * state, close the search and find the section list as it was. */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-contact-card.h"
#include "mado-guide-page.h"
#include "mado-search-list.h"
#include "mado-section-page.h"
#include "mado-test-utils.h"

static MadoApplication *app;

static MadoSearchList *
search_list (MadoWindow *window)
{
  return MADO_SEARCH_LIST (mado_test_find_widget (GTK_WIDGET (window), MADO_TYPE_SEARCH_LIST, NULL));
}

static GtkStack *
sidebar_stack (MadoWindow *window)
{
  GtkWidget *list = GTK_WIDGET (search_list (window));

  while (list != NULL && !GTK_IS_STACK (list))
    list = gtk_widget_get_parent (list);
  return GTK_STACK (list);
}

/* The row of the item at @position, once the list has laid it out (it
 * makes rows only for what is in view). */
static GtkWidget *
row_at (MadoWindow *window,
        guint       position)
{
  MadoSearchList *list = search_list (window);

  for (int i = 0; i < 100 && mado_search_list_get_row (list, position) == NULL; i++)
    mado_test_iterate (20);
  return mado_search_list_get_row (list, position);
}

/* The first result's row: the first item is its group's heading. */
static GtkWidget *
first_row (MadoWindow *window)
{
  if (mado_search_list_get_n_results (search_list (window)) == 0)
    return NULL;
  return row_at (window, 1);
}

/* As a click or Enter on the row would: the row asks its list. */
static void
activate_row (GtkWidget *row,
              guint      position)
{
  g_assert_true (gtk_widget_activate_action (row, "list.activate-item", "u", position));
}

static void
type_query (MadoWindow *window,
            const char *query)
{
  GtkWidget *entry = mado_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), query);
  /* GtkSearchEntry waits 150 ms before it says the text changed, which a
   * busy machine can stretch past any fixed wait: say it now (the entry's
   * own signal later finds the same text). The rows below the first screen
   * come a few at a time after that. */
  g_signal_emit_by_name (entry, "search-changed");
  mado_test_iterate (300);
}

static const char *
page_section_id (MadoWindow *window)
{
  return mado_section_get_id (mado_section_page_get_section (MADO_SECTION_PAGE (mado_window_get_page (window))));
}

static void
test_find_by_number (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GtkWidget *first;
  GtkWidget *card;

  type_query (window, "0570003110");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar_stack (window)), ==, "search");
  g_assert_cmpuint (mado_search_list_get_n_results (search_list (window)), >=, 1);

  first = first_row (window);
  gtk_test_accessible_assert_property (first, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "法務省 人権擁護局 みんなの人権110番");
  activate_row (first, 1);
  mado_test_iterate (100);

  /* Its section is shown and its card marked. */
  g_assert_cmpstr (page_section_id (window), ==, "check3-03");
  card = mado_section_page_find_card (MADO_SECTION_PAGE (mado_window_get_page (window)), "moj-jinken110");
  g_assert_nonnull (card);
  g_assert_true (gtk_widget_has_css_class (card, "highlight"));

  mado_test_destroy_window (window);
}

/* The number of a contact whose card is on several pages opens the page it
 * belongs to, not the first that shows it, and focuses the card. */
static void
test_number_opens_home (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GtkWidget *first;
  GtkWidget *card;
  GtkWidget *focus;

  type_query (window, "03-5805-1731");
  first = first_row (window);
  g_assert_nonnull (first);
  activate_row (first, 1);
  mado_test_iterate (100);

  g_assert_cmpstr (page_section_id (window), ==, "check4-10");
  card = mado_section_page_find_card (MADO_SECTION_PAGE (mado_window_get_page (window)), "mpd-cyber");
  g_assert_nonnull (card);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, card));
  g_assert_true (GTK_IS_LIST_BOX_ROW (focus));

  mado_test_destroy_window (window);
}

/* "110" opens the emergency situation of the guide, walked to as the
 * questions would have led there. */
static void
test_emergency_first (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GtkWidget *first;
  GtkWidget *page;

  type_query (window, "110");
  first = first_row (window);
  gtk_test_accessible_assert_property (first, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "命・安全・お金に差し迫った危険、または進行中の犯罪");
  activate_row (first, 1);
  mado_test_iterate (100);

  page = mado_window_get_page (window);
  g_assert_true (MADO_IS_GUIDE_PAGE (page));
  g_assert_cmpstr (mado_guide_node_get_id (mado_guide_walk_get_current (mado_guide_page_get_walk (MADO_GUIDE_PAGE (page)))),
                   ==, "r-emergency");

  mado_test_destroy_window (window);
}

/* The list's items, each held, so that one freed meanwhile cannot leave
 * its address to a new one, which would pass for an item kept. */
static GPtrArray *
hit_list (MadoWindow *window)
{
  GListModel *hits = mado_search_list_get_hits (search_list (window));
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (hits); i++)
    g_ptr_array_add (list, g_list_model_get_item (hits, i));
  return list;
}

static void
unref_row (gpointer row)
{
  if (row != NULL)
    g_object_unref (row);
}

/* The rows made (those in view), by position; NULL where there is none. */
static GPtrArray *
made_rows (MadoWindow *window)
{
  GListModel *hits = mado_search_list_get_hits (search_list (window));
  GPtrArray *rows = g_ptr_array_new_with_free_func (unref_row);

  for (guint i = 0; i < g_list_model_get_n_items (hits); i++)
    {
      GtkWidget *row = mado_search_list_get_row (search_list (window), i);

      g_ptr_array_add (rows, row != NULL ? g_object_ref (row) : NULL);
    }
  return rows;
}

static guint
count_results (GPtrArray *hits)
{
  guint n = 0;

  for (guint i = 0; i < hits->len; i++)
    if (!mado_search_hit_is_heading (hits->pdata[i]))
      n++;
  return n;
}

/* A query that finds the same keeps every item and every row; a longer one
 * gives what a list built afresh would. */
static void
test_update_in_place (void)
{
  MadoWindow *window = mado_test_window_new (app);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) rows_before = NULL;
  g_autoptr(GPtrArray) rows_after = NULL;
  g_autoptr(GListModel) expected = NULL;
  guint kept = 0;
  guint rows_kept = 0;
  guint rows_made = 0;
  guint n_before;

  type_query (window, "IPA");
  g_assert_nonnull (first_row (window));
  before = hit_list (window);
  rows_before = made_rows (window);
  n_before = count_results (before);
  g_assert_cmpuint (n_before, >, 5);
  g_assert_cmpuint (mado_search_list_get_n_results (search_list (window)), ==, n_before);

  /* The same query in another form (full width) finds the same: every item
   * stays, and every row made stays, showing the same item. */
  type_query (window, "ＩＰＡ");
  g_assert_nonnull (first_row (window));
  after = hit_list (window);
  rows_after = made_rows (window);
  for (guint i = 0; i < after->len; i++)
    if (g_ptr_array_find (before, after->pdata[i], NULL))
      kept++;
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < rows_after->len; i++)
    {
      if (rows_after->pdata[i] != NULL)
        rows_made++;
      if (rows_before->pdata[i] != NULL && rows_after->pdata[i] == rows_before->pdata[i])
        rows_kept++;
    }
  g_test_message ("%u items before, %u after, %u kept; %u rows kept of %u made", before->len,
                  after->len, kept, rows_kept, rows_made);
  g_assert_cmpuint (kept, ==, before->len);
  g_assert_cmpuint (rows_kept, >, 5);
  for (guint i = 0; i < rows_after->len; i++)
    g_assert_true (rows_after->pdata[i] == rows_before->pdata[i]);
  g_clear_pointer (&after, g_ptr_array_unref);

  /* A narrower query: the list is what a list built afresh would be. */
  type_query (window, "IPA 相談");
  after = hit_list (window);
  g_assert_cmpuint (count_results (after), >, 0);
  g_assert_cmpuint (count_results (after), <, n_before);

  /* The same results as the index gives, each once, each kind under one
   * heading. */
  expected = mado_search_index_query (mado_application_get_search_index (app), "IPA 相談");
  g_assert_cmpuint (g_list_model_get_n_items (expected), ==, count_results (after));
  g_assert_true (mado_search_hit_is_heading (after->pdata[0]));
  for (guint i = 0; i < after->len; i++)
    for (guint j = i + 1; j < after->len; j++)
      {
        MadoSearchResult *one = mado_search_hit_get_result (after->pdata[i]);
        MadoSearchResult *other = mado_search_hit_get_result (after->pdata[j]);

        if (one != NULL && other != NULL)
          g_assert_true (mado_search_result_get_item (one) != mado_search_result_get_item (other));
        else if (one == NULL && other == NULL)
          g_assert_cmpint (mado_search_hit_get_kind (after->pdata[i]), !=,
                           mado_search_hit_get_kind (after->pdata[j]));
      }

  /* From nothing to many: every item at once; the rows come with the
   * next layout, for what is in view. */
  mado_search_list_set_query (search_list (window), "xyzzy");
  g_assert_cmpuint (g_list_model_get_n_items (mado_search_list_get_hits (search_list (window))), ==, 0);
  mado_search_list_set_query (search_list (window), "IPA");
  g_assert_cmpuint (mado_search_list_get_n_results (search_list (window)), ==, n_before);
  g_assert_cmpuint (g_list_model_get_n_items (mado_search_list_get_hits (search_list (window))), ==,
                    before->len);
  g_assert_nonnull (first_row (window));

  /* Rows only for what is in view, until the list is scrolled: then the
   * rest, down to the last. */
  g_assert_null (mado_search_list_get_row (search_list (window), before->len - 1));
  for (int i = 0; i < 200 && mado_search_list_get_row (search_list (window), before->len - 1) == NULL; i++)
    {
      guint last = 0;

      /* The last row made brought into view, as the focus moving down
       * would. */
      while (mado_search_list_get_row (search_list (window), last + 1) != NULL)
        last++;
      gtk_widget_activate_action (mado_search_list_get_row (search_list (window), last),
                                  "list.scroll-to-item", "u", last);
      mado_test_iterate (20);
    }
  g_assert_nonnull (mado_search_list_get_row (search_list (window), before->len - 1));

  mado_test_destroy_window (window);
}

/* Typed a character at a time: a row that showed what a hit still shows
 * stays that hit's row, as it was, wherever the hit moved (the list's
 * places move with their hits: mado-search-list.c). */
static void
test_rows_follow_hits (void)
{
  static const char * const queries[] = { "ランサムウェア", "phishing", "IPA 相談" };
  MadoWindow *window = mado_test_window_new (app);
  guint moved = 0;
  guint compared = 0;

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (glong n = 1; n <= g_utf8_strlen (queries[q], -1); n++)
      {
        g_autofree char *prefix = g_utf8_substring (queries[q], 0, n);
        g_autoptr(GPtrArray) hits_before = hit_list (window);
        g_autoptr(GPtrArray) rows_before = made_rows (window);
        g_autoptr(GPtrArray) hits_after = NULL;
        g_autoptr(GPtrArray) rows_after = NULL;

        type_query (window, prefix);
        first_row (window);
        hits_after = hit_list (window);
        rows_after = made_rows (window);
        for (guint i = 0; i < rows_after->len; i++)
          for (guint j = 0; j < rows_before->len; j++)
            {
              if (rows_after->pdata[i] == NULL || rows_before->pdata[j] == NULL ||
                  !mado_search_hit_shows_same (hits_before->pdata[j], hits_after->pdata[i]))
                continue;
              compared++;
              g_assert_true (rows_after->pdata[i] == rows_before->pdata[j]);
              if (i != j)
                moved++;
            }
      }
  g_test_message ("%u rows kept, %u of them moved", compared, moved);
  g_assert_cmpuint (moved, >, 0);

  mado_test_destroy_window (window);
}

/* As the desktop's search hands its terms over: the search opens with them
 * and lists what they find. */
static void
test_start_search (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GtkWidget *entry = mado_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);
  GtkWidget *first;

  mado_window_start_search (window, "ransomware");
  mado_test_iterate (300);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "ransomware");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar_stack (window)), ==, "search");
  first = first_row (window);
  g_assert_nonnull (first);
  gtk_test_accessible_assert_property (first, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "ランサムウェアに感染した（組織）");

  mado_test_destroy_window (window);
}

static void
test_sections_before_contacts (void)
{
  MadoWindow *window = mado_test_window_new (app);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GArray) headers = g_array_new (FALSE, FALSE, sizeof (guint));

  /* Hiragana, for katakana text, in a Japanese interface. */
  type_query (window, "ふぃっしんぐ");
  hits = hit_list (window);
  for (guint i = 0; i < hits->len; i++)
    if (mado_search_hit_is_heading (hits->pdata[i]))
      g_array_append_val (headers, i);

  /* Each heading's row names its group, and is not a result to open. */
  g_assert_cmpuint (headers->len, ==, 3);
  gtk_test_accessible_assert_property (row_at (window, g_array_index (headers, guint, 0)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, _("Situations"));
  gtk_test_accessible_assert_property (row_at (window, g_array_index (headers, guint, 1)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sections"));
  gtk_test_accessible_assert_property (row_at (window, g_array_index (headers, guint, 2)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, _("Contacts"));
  g_assert_cmpuint (g_array_index (headers, guint, 0), ==, 0);

  /* A screen reader hears how many results there are. */
  {
    g_autofree char *count = g_strdup_printf (ngettext ("%u result", "%u results",
                                                        count_results (hits)), count_results (hits));

    gtk_test_accessible_assert_property (mado_test_find_widget (GTK_WIDGET (search_list (window)),
                                                                GTK_TYPE_LIST_VIEW, NULL),
                                         GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, count);
  }

  /* Down from the entry: the focus goes to the first result, past its
   * heading. */
  mado_search_list_focus_first (search_list (window));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == row_at (window, 1) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), row_at (window, 1)));

  /* Enter opens the first result: a situation of the guide. */
  g_signal_emit_by_name (mado_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL),
                         "activate");
  mado_test_iterate (50);
  g_assert_true (MADO_IS_GUIDE_PAGE (mado_window_get_page (window)));

  mado_test_destroy_window (window);
}

static void
test_empty_and_close (void)
{
  MadoWindow *window = mado_test_window_new (app);
  GtkWidget *entry;

  type_query (window, "xyzzy");
  g_assert_cmpuint (mado_search_list_get_n_results (search_list (window)), ==, 0);
  g_assert_nonnull (mado_test_find_widget (GTK_WIDGET (search_list (window)), GTK_TYPE_BUTTON,
                                           NULL));

  /* Escape: the search closes and the sections come back. */
  entry = mado_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_signal_emit_by_name (entry, "stop-search");
  mado_test_iterate (20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar_stack (window)), ==, "sections");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  mado_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "ja", TRUE);
  mado_test_init (&argc, &argv);
  app = mado_test_application_new (NULL);

  g_test_add_func ("/search-ui/find-by-number", test_find_by_number);
  g_test_add_func ("/search-ui/number-opens-home", test_number_opens_home);
  g_test_add_func ("/search-ui/emergency-first", test_emergency_first);
  g_test_add_func ("/search-ui/update-in-place", test_update_in_place);
  g_test_add_func ("/search-ui/rows-follow-hits", test_rows_follow_hits);
  g_test_add_func ("/search-ui/start-search", test_start_search);
  g_test_add_func ("/search-ui/sections-before-contacts", test_sections_before_contacts);
  g_test_add_func ("/search-ui/empty-and-close", test_empty_and_close);

  return g_test_run ();
}
