/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The soak's growth reduced to GTK alone: a window with one class action
 * ("win.copy-text", as MadoWindow has), a scrolled window, and a box of 20
 * buttons put in it again and again, a frame drawn after each. Prints the
 * heap in use (mallinfo2) after every 1,000 steps.
 *
 *   action-growth MODE [N]
 *
 * MODE is one of:
 *   action   the buttons name the window's action (action-name and target,
 *            as the section pages' rows do)
 *   plain    the same buttons without an action
 *   clicked  the same buttons activating the action from "clicked"
 *            (gtk_widget_activate_action), without naming it
 *   cleared  as action, but the old buttons' action names are cleared
 *            before they are dropped
 *   scroller as action, but the scrolled window is new with each box
 *   boxed    as scroller, in a box that stays (as a window's content pane)
 *   one      as action, but only the first of the 20 buttons names it
 *   scoped   as action, with an (empty) action group inserted in the box:
 *            the box has an action muxer of its own, between the buttons'
 *            and the scrolled window's (what the window does with its pages)
 * N is the number of steps (default 3,000).
 *
 * Why `action` grows (GTK 4.8.3, gtk/gtkactionmuxer.c): a widget that names
 * an action gets an action muxer, whose parent is the muxer of its nearest
 * ancestor that has one; here that is the scrolled window's (it has one for
 * its key bindings), which stays. Each new watcher of "win.copy-text" that
 * registers with the scrolled window's muxer makes that muxer register
 * itself again with its own parent (gtk_action_muxer_register_observer
 * relays every new observer upstream, not only the first), but it takes
 * itself back only once, when its last watcher goes. So every swap of 20
 * buttons leaves 19 stale entries in the window's muxer: a list node there
 * and a weak reference on the scrolled window's muxer, about 36 bytes each,
 * until the scrolled window goes. `one` leaves none; `scoped` makes the
 * box's muxer the only watcher the scrolled window's ever has, and the box's
 * own entries go with it. */
#include <gtk/gtk.h>
#include <malloc.h>

#include "bench-frame.h"

#define GROWTH_TYPE_WINDOW (growth_window_get_type ())
G_DECLARE_FINAL_TYPE (GrowthWindow, growth_window, GROWTH, WINDOW, GtkWindow)

struct _GrowthWindow
{
  GtkWindow parent_instance;
  guint     copies;
};

G_DEFINE_FINAL_TYPE (GrowthWindow, growth_window, GTK_TYPE_WINDOW)

static void
copy_text_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GROWTH_WINDOW (widget)->copies++;
}

static void
growth_window_class_init (GrowthWindowClass *klass)
{
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "win.copy-text", "s", copy_text_cb);
}

static void
growth_window_init (GrowthWindow *self)
{
}

static const char *mode;

static void
clicked_cb (GtkButton *button)
{
  gtk_widget_activate_action (GTK_WIDGET (button), "win.copy-text", "s", "0120-000-000");
}

static GtkWidget *
buttons (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  for (guint i = 0; i < 20; i++)
    {
      GtkWidget *button = gtk_button_new_with_label ("0120-000-000");

      if (g_str_equal (mode, "one") && i > 0)
        ;
      else if (!g_str_equal (mode, "plain") && !g_str_equal (mode, "clicked"))
        {
          gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.copy-text");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "0120-000-000");
        }
      else if (g_str_equal (mode, "clicked"))
        g_signal_connect (button, "clicked", G_CALLBACK (clicked_cb), NULL);
      gtk_box_append (GTK_BOX (box), button);
    }
  if (g_str_equal (mode, "scoped"))
    {
      g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

      gtk_widget_insert_action_group (box, "page", G_ACTION_GROUP (group));
    }
  return box;
}

static void
clear_actions (GtkWidget *widget)
{
  if (GTK_IS_ACTIONABLE (widget))
    gtk_actionable_set_action_name (GTK_ACTIONABLE (widget), NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    clear_actions (child);
}

/* Puts a new box of buttons in @scroller, in place of the old one (or a new
 * scrolled window with it in the window). */
static void
swap (GtkWidget *scroller)
{
  GtkWidget *old = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));

  if (g_str_equal (mode, "scroller") || g_str_equal (mode, "boxed"))
    {
      GtkWidget *fresh = gtk_scrolled_window_new ();
      GtkWidget *parent = gtk_widget_get_parent (scroller);

      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (fresh), buttons ());
      if (GTK_IS_BOX (parent))
        {
          gtk_box_remove (GTK_BOX (parent), scroller);
          gtk_box_append (GTK_BOX (parent), fresh);
        }
      else
        gtk_window_set_child (GTK_WINDOW (parent), fresh);
      return;
    }

  if (old != NULL && g_str_equal (mode, "cleared"))
    clear_actions (old);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), buttons ());
}

static GtkWidget *
current_scroller (GtkWidget *window)
{
  GtkWidget *child = gtk_window_get_child (GTK_WINDOW (window));

  return GTK_IS_SCROLLED_WINDOW (child) ? child : gtk_widget_get_first_child (child);
}

int
main (int   argc,
      char *argv[])
{
  static const char * const modes[] = { "action", "plain", "clicked", "cleared", "scroller", "boxed", "one", "scoped", NULL };
  GtkWidget *window, *scroller;
  guint n_steps = 3000;
  size_t start;

  if (argc < 2 || !g_strv_contains (modes, argv[1]))
    {
      g_printerr ("usage: %s action|plain|clicked|cleared|scroller|boxed|one|scoped [N]\n", argv[0]);
      return 2;
    }
  mode = argv[1];
  if (argc > 2)
    n_steps = MAX (1, (guint) g_ascii_strtoull (argv[2], NULL, 10));

  gtk_init ();
  window = g_object_new (GROWTH_TYPE_WINDOW, "default-width", 400, "default-height", 600, NULL);
  scroller = gtk_scrolled_window_new ();
  if (g_str_equal (mode, "boxed"))
    {
      GtkWidget *pane = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      gtk_box_append (GTK_BOX (pane), scroller);
      gtk_window_set_child (GTK_WINDOW (window), pane);
    }
  else
    gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_present (GTK_WINDOW (window));

  /* Warm-up: the first steps fill caches that then stay. */
  for (guint i = 0; i < 200; i++)
    {
      swap (current_scroller (window));
      bench_frame (window);
    }

  start = mallinfo2 ().uordblks;
  for (guint i = 1; i <= n_steps; i++)
    {
      swap (current_scroller (window));
      bench_frame (window);
      if (i % 1000 == 0)
        {
          double grown = ((double) mallinfo2 ().uordblks - start) / 1024.0;

          g_print ("%s: %5u steps  %+8.1f KiB  (%.3f KiB per step)\n", mode, i, grown, grown / i);
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
