/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The soak's section switch taken apart: runs one step of it (or the whole
 * switch) many times in the real window and prints the heap in use
 * (mallinfo2) after every 1,000, so that the step that grows shows itself.
 *
 *   soak-steps STEP [N]
 *
 * STEP is one of:
 *   switch      the whole switch, as bench/soak does it
 *   select      the sidebar's selection alone (the page is not changed)
 *   focus       the window's focus moved to a sidebar row alone
 *   select-focus both, as mado_window_show_section does them
 *   swap-label  the content pane's child replaced by a new label
 *   swap-page   the content pane's child replaced by a new section page,
 *               with its own action scope, as the window puts it there
 *   swap-bare-page the same page without its own action scope
 *   swap-buttons the content pane's child replaced by a box of 20 buttons
 *               bound to the window's copy action (as the page's rows are)
 *   swap-plain  the same buttons without an action
 *   swap-scoped the same buttons with the action, in a box with its own
 *               action scope (mado_page_parts_own_action_scope)
 *   title       the content pane's title and subtitle set
 *   frame       nothing but a frame drawn
 * N is the number of steps (default 5,000). Every step ends with a frame
 * drawn and the main loop drained, as after a click; with
 * SOAK_STEPS_NO_FRAMES set, only the main loop drained, as bench/soak does.
 *
 * With SOAK_STEPS_EXIT set, the process ends at once after the last step,
 * without tearing the window down: under heaptrack, what is still alive
 * then shows as "leaked", with the stack that allocated it, and two runs of
 * different lengths differ by what the steps made grow. */
#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "bench-frame.h"
#include "mado-page-parts.h"
#include "mado-section-page.h"
#include "mado-section-row.h"
#include "mado-window.h"

static const char *step_name;
static gboolean with_frames = TRUE;
static guint n_steps = 5000;

static guint64
heap_in_use (void)
{
  return mallinfo2 ().uordblks;
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
find_all (GtkWidget *root,
          GType      type,
          GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    find_all (child, type, found);
}

static GtkWidget *
find (GtkWidget *root,
      GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  find_all (root, type, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

typedef struct
{
  MadoWindow        *window;
  MadoDataset       *dataset;
  GListModel        *sections;
  GtkListBox        *sidebar;
  GtkScrolledWindow *scroller;
} Soak;

static void
step (Soak  *soak,
      guint  i)
{
  guint n_sections = g_list_model_get_n_items (soak->sections);
  g_autoptr(MadoSection) section = g_list_model_get_item (soak->sections, i % n_sections);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (soak->sidebar, i % n_sections);

  if (g_str_equal (step_name, "switch"))
    {
      GtkWidget *page;

      mado_window_show_section (soak->window, mado_section_get_id (section));
      page = mado_window_get_page (soak->window);
      if (MADO_IS_SECTION_PAGE (page))
        mado_section_page_complete (MADO_SECTION_PAGE (page));
    }
  else if (g_str_equal (step_name, "select"))
    gtk_list_box_select_row (soak->sidebar, row);
  else if (g_str_equal (step_name, "focus"))
    gtk_window_set_focus (GTK_WINDOW (soak->window), GTK_WIDGET (row));
  else if (g_str_equal (step_name, "select-focus"))
    {
      gtk_list_box_select_row (soak->sidebar, row);
      gtk_window_set_focus (GTK_WINDOW (soak->window), GTK_WIDGET (row));
    }
  else if (g_str_equal (step_name, "swap-label"))
    gtk_scrolled_window_set_child (soak->scroller, gtk_label_new (mado_section_get_title (section)));
  else if (g_str_equal (step_name, "swap-page") || g_str_equal (step_name, "swap-bare-page"))
    {
      GtkWidget *page = mado_section_page_new (soak->dataset, section, 600);

      if (g_str_equal (step_name, "swap-page"))
        mado_page_parts_own_action_scope (page);
      gtk_scrolled_window_set_child (soak->scroller, page);
      mado_section_page_complete (MADO_SECTION_PAGE (page));
    }
  else if (g_str_equal (step_name, "swap-buttons") || g_str_equal (step_name, "swap-plain") ||
           g_str_equal (step_name, "swap-scoped"))
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      for (guint b = 0; b < 20; b++)
        {
          GtkWidget *button = gtk_button_new_with_label (mado_section_get_title (section));

          if (!g_str_equal (step_name, "swap-plain"))
            {
              gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.copy-text");
              gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "0120-000-000");
            }
          gtk_box_append (GTK_BOX (box), button);
        }
      if (g_str_equal (step_name, "swap-scoped"))
        mado_page_parts_own_action_scope (box);
      gtk_scrolled_window_set_child (soak->scroller, box);
    }
  else if (g_str_equal (step_name, "title"))
    {
      /* The content pane's header bar is the scrolled window's sibling. */
      GtkWidget *pane = gtk_widget_get_parent (GTK_WIDGET (soak->scroller));
      AdwWindowTitle *title = ADW_WINDOW_TITLE (find (pane, ADW_TYPE_WINDOW_TITLE));

      adw_window_title_set_title (title, mado_section_get_title (section));
      adw_window_title_set_subtitle (title, mado_section_get_check (section));
    }
  else if (!g_str_equal (step_name, "frame"))
    g_error ("unknown step %s", step_name);

  if (with_frames)
    bench_frame (GTK_WIDGET (soak->window));
  else
    drain ();
}

static void
activate_cb (GApplication *app)
{
  Soak soak = { 0 };
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  guint64 start;

  soak.window = mado_window_new (MADO_APPLICATION (app));
  soak.dataset = mado_application_get_dataset (MADO_APPLICATION (app));
  soak.sections = mado_dataset_get_all_sections (soak.dataset);
  gtk_window_present (GTK_WINDOW (soak.window));
  for (int i = 0; i < 30; i++)
    bench_frame (GTK_WIDGET (soak.window));

  /* The sidebar is the list of section rows; the content pane is the
   * scrolled window around the page. */
  find_all (GTK_WIDGET (soak.window), GTK_TYPE_LIST_BOX, lists);
  for (guint i = 0; i < lists->len && soak.sidebar == NULL; i++)
    if (MADO_IS_SECTION_ROW (gtk_list_box_get_row_at_index (g_ptr_array_index (lists, i), 0)))
      soak.sidebar = g_ptr_array_index (lists, i);
  soak.scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (mado_window_get_page (soak.window),
                                                                GTK_TYPE_SCROLLED_WINDOW));
  g_assert (soak.sidebar != NULL && soak.scroller != NULL);

  /* Only the step itself: the window's reaction to a selection (a new page)
   * is kept out unless the whole switch is measured. */
  if (!g_str_equal (step_name, "switch"))
    g_signal_handlers_block_matched (soak.sidebar, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, soak.window);

  /* Warm-up: every section once. */
  for (guint i = 0; i < 2 * g_list_model_get_n_items (soak.sections); i++)
    step (&soak, i);

  start = heap_in_use ();
  g_print ("%s: heap in use %.1f KiB at start\n", step_name, start / 1024.0);
  for (guint i = 1; i <= n_steps; i++)
    {
      step (&soak, i);
      if (i % 1000 == 0)
        {
          guint64 now = heap_in_use ();
          g_print ("%s: %5u steps  %+8.1f KiB  (%.3f KiB per step)\n", step_name, i,
                   ((double) now - start) / 1024.0, ((double) now - start) / 1024.0 / i);
        }
    }
  if (g_getenv ("SOAK_STEPS_EXIT") != NULL)
    {
      fflush (stdout);
      _exit (0);
    }
  gtk_window_destroy (GTK_WINDOW (soak.window));
  g_application_quit (app);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MadoApplication) app = NULL;

  if (argc < 2)
    {
      g_printerr ("usage: %s STEP [N]\n", argv[0]);
      return 2;
    }
  step_name = argv[1];
  /* As bench/soak does it: the main loop drained after each step, with no
   * wait for a frame. */
  with_frames = g_getenv ("SOAK_STEPS_NO_FRAMES") == NULL;
  if (argc > 2)
    n_steps = MAX (1, (guint) g_ascii_strtoull (argv[2], NULL, 10));

  mado_application_setup_locale (NULL);
  app = mado_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
