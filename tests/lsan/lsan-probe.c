/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A probe for the sanitized build's leak checking (check-lsan.sh runs it):
 * it opens the display and draws a window with GL, so that the GL driver is
 * loaded and used as in a test that does not keep GL out, and with --leak
 * it also loses a block of its own. LeakSanitizer, with tests/lsan.supp,
 * must stay silent about the driver and report the lost block.
 */
#include <gtk/gtk.h>
#include <stdlib.h>
#include <string.h>

/* The volatile stores cannot be optimised away, so the block is allocated
 * and its last reference really dropped. */
static char *volatile sink;

/* Loses a block on purpose; the name is what check-lsan.sh finds in the
 * report. Not static and not inlined, so that it is a frame of its own. */
void mado_lsan_probe_lose_block (void);

G_GNUC_NO_INLINE void
mado_lsan_probe_lose_block (void)
{
  sink = malloc (96);
  memset (sink, 'x', 96);
  sink = NULL;
}

static gboolean
quit_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* A GL context made current, as GSK's GL renderer would, so that the driver
 * does its own allocations; no context (no GL here) is fine too. */
static void
use_gl (GtkWidget *window)
{
  g_autoptr(GdkGLContext) context = NULL;
  g_autoptr(GError) error = NULL;

  context = gdk_surface_create_gl_context (gtk_native_get_surface (GTK_NATIVE (window)), &error);
  if (context == NULL || !gdk_gl_context_realize (context, &error))
    {
      g_print ("# no GL context: %s\n", error ? error->message : "none");
      return;
    }
  gdk_gl_context_make_current (context);
  g_print ("# GL context realized\n");
  gdk_gl_context_clear_current ();
}

int
main (int    argc,
      char **argv)
{
  gboolean done = FALSE;
  GtkWidget *window;

  /* First: by the end, nothing on the stack or in a register still holds
   * the address. */
  if (argc > 1 && strcmp (argv[1], "--leak") == 0)
    mado_lsan_probe_lose_block ();

  gtk_init ();
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("窓口"));
  gtk_window_present (GTK_WINDOW (window));
  use_gl (window);
  g_timeout_add (300, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
