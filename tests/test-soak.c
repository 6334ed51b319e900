/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The desk keeps the window open all day: 2,000 section switches in the real
 * window must leave the heap in use where it was, within the noise measured
 * (the bound below). Heap in use is what malloc has handed out and not had
 * back (mallinfo2), which grows with a leak or a cache without a bound, not
 * with fragmentation. */
#include <malloc.h>

#include "mado-section-page.h"
#include "mado-test-utils.h"

#define N_WARM_UP 200
#define N_SWITCHES 2000

/* Measured on Debian 12 (GTK 4.8.3, libadwaita 1.2.2) with minimal.json and
 * the switch below, 2026-12-02, heap in use after 1,000 / 2,000 switches,
 * since each page has an action scope of its own (set_content in
 * mado-window.c: GTK 4.8 kept an entry per action-bound row of every page
 * shown). Eight runs under meson test (MALLOC_PERTURB_ and MALLOC_CHECK_
 * set; most let a cache go once early on): -665.9 / -676.7,
 * -697.5 / -713.0, -667.3 / -648.7, -544.4 / -555.7, -547.4 / -559.9,
 * -515.2 / -521.8, +7.8 / +5.5 and -513.7 / -525.9 KiB; two by hand
 * (MALLOC_CHECK_ alone): -0.5 / -0.5 and -0.2 / +1.0 KiB. The second 1,000
 * switches moved by -15.5 to +18.6 KiB: noise around nothing. Before the
 * scope the second 1,000 grew by 23.6 to 51.6 KiB in six runs (38 to 52 in
 * five), and the whole run by +102 KiB when no cache was let go. The
 * second half's bound lets the noise measured pass with 11 KiB to spare
 * and fails at 31 bytes a switch: a new leak of a small object per switch,
 * or the growth before the scope in five runs of six; a one-time drop
 * cannot hide growth there. The whole run's bound fails the same growth
 * when no drop comes. */
#define BOUND_KIB 40
#define BOUND_SECOND_HALF_KIB 30

/* Measured in the Flatpak's runtime (GTK 4.18.6, libadwaita 1.7.6, GLib
 * 2.84.4: build-aux/flatpak's stand-in), 2026-12-02, the same switches,
 * heap in use after 1,000 / 2,000 switches, six runs in meson's test
 * environment (MALLOC_PERTURB_ and MALLOC_CHECK_ set), three side by side:
 * +90.4 / +139.5, +53.2 / +150.2, +76.7 / +171.8, +84.1 / +170.5,
 * +94.9 / +144.2 and +82.0 / +178.2 KiB. The second 1,000 switches grew by
 * 49.1, 97.0, 95.1, 86.4, 49.3 and 96.2 KiB (94 once before): up to 97
 * bytes per switch, twice GTK 4.8's 51 then, and noisier; GTK 4.18's
 * share is not yet explained. These were measured before the pages had an
 * action scope of their own and not since (the Flatpak is not built on
 * every change): the bounds stay at about 30 bytes per switch above the
 * largest growth measured then, until they are measured again. A GTK
 * between 4.8 and 4.18, or after it, takes the bounds of the nearer one
 * below. */
#define BOUND_418_KIB 240
#define BOUND_418_SECOND_HALF_KIB 130

/* The bounds of the GTK this runs on: each was measured on its own. */
static void
get_bounds (gssize *total_kib,
            gssize *second_half_kib)
{
  if (gtk_get_minor_version () >= 18)
    {
      *total_kib = BOUND_418_KIB;
      *second_half_kib = BOUND_418_SECOND_HALF_KIB;
    }
  else
    {
      *total_kib = BOUND_KIB;
      *second_half_kib = BOUND_SECOND_HALF_KIB;
    }
}

static gsize
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
switch_sections (MadoWindow *window,
                 GListModel *sections,
                 guint       n)
{
  guint n_sections = g_list_model_get_n_items (sections);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MadoSection) section = g_list_model_get_item (sections, i % n_sections);
      GtkWidget *page;

      g_assert_true (mado_window_show_section (window, mado_section_get_id (section)));
      page = mado_window_get_page (window);
      g_assert_true (MADO_IS_SECTION_PAGE (page));
      g_assert_true (mado_section_page_get_section (MADO_SECTION_PAGE (page)) == section);
      /* The whole page, as after its first paint. */
      mado_section_page_complete (MADO_SECTION_PAGE (page));
      drain ();
    }
}

static void
test_soak_switches (void)
{
  g_autoptr(MadoApplication) app = mado_test_application_new ("minimal.json");
  MadoWindow *window = mado_test_window_new (app);
  GListModel *sections = mado_dataset_get_all_sections (mado_application_get_dataset (app));
  gssize before, middle, after;
  gssize bound_kib, bound_second_half_kib;

  g_assert_cmpuint (g_list_model_get_n_items (sections), >=, 2);

  /* Every page built once and the caches filled before counting. */
  switch_sections (window, sections, N_WARM_UP);
  mado_test_iterate (50);
  before = heap_in_use ();
  switch_sections (window, sections, N_SWITCHES / 2);
  middle = heap_in_use ();
  switch_sections (window, sections, N_SWITCHES / 2);
  mado_test_iterate (50);
  after = heap_in_use ();

  g_test_message ("heap in use: %.1f KiB before, %+.1f KiB after %u switches, %+.1f KiB after %u",
                  before / 1024.0, (middle - before) / 1024.0, N_SWITCHES / 2,
                  (after - before) / 1024.0, N_SWITCHES);
  get_bounds (&bound_kib, &bound_second_half_kib);
  g_assert_cmpint ((after - before) / 1024, <=, bound_kib);
  g_assert_cmpint ((after - middle) / 1024, <=, bound_second_half_kib);

  mado_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  mado_test_init (&argc, &argv);
  g_test_add_func ("/soak/switches", test_soak_switches);
  return g_test_run ();
}
