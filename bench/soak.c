/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The all-day soak: one process, the real window, 10,000 section switches and
 * 10,000 search keystrokes, with the memory measured before and after. A leak
 * or a cache without a bound shows as growth. Prints one line of JSON:
 *   {"pss_kib_before":…, "pss_kib_after":…, "pss_file_kib_before":…,
 *    "pss_file_kib_after":…, "heap_kib_before":…, "heap_kib_after":…,
 *    "switch_us":…, "keystroke_us":…, "keystroke_median_us":…,
 *    "keystroke_p95_us":…, "keystroke_max_us":…, "handler_median_us":…,
 *    "handler_p95_us":…, "handler_max_us":…, "after_longest_median_us":…,
 *    "after_longest_p95_us":…, "after_longest_max_us":…}
 * (switch_us and keystroke_us: wall time, mean; the rest: CPU time.)
 * A keystroke is timed one by one, from setting the search entry's text to
 * the end of the work it queued (the window's handler, the result list's
 * change of rows, idle callbacks); painting comes at the next frame and is
 * not part of it (with MADOGUCHI_SOAK_FRAME set it is: see draw_frame());
 * "handler" is the part before any queued work runs, and
 * "after_longest" the longest single main-loop iteration after it (the
 * longest an input event would wait: queued work, a frame). The figures per keystroke are the CPU time of the main
 * thread (CLOCK_THREAD_CPUTIME_ID): on a machine shared with other work the
 * wall time mostly measures the wait for a CPU.
 * Run by bench/run inside a private display and session. */
#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#endif

#include "mado-section-page.h"
#include "mado-window.h"

/* 10,000 of each by default; MADOGUCHI_SOAK_STEPS sets another number for
 * a quick look, MADOGUCHI_SOAK_SWITCHES another number of section switches
 * (0 to time keystrokes alone). */
static guint n_steps = 10000;
static guint n_switch_steps = 10000;
#define N_SWITCHES n_switch_steps
#define N_KEYSTROKES n_steps

static const char * const queries[] = {
  "フィッシング", "ふぃっしんぐ", "ランサムウェア", "警視庁 相談", "phishing", "ransomware",
  "0570-003-110", "#9110", "IPA 届出", "personal data",
};

/* Proportional set size of this process, and the part of it that maps
 * files (libraries, fonts), in KiB. */
static void
read_memory (guint64 *pss,
             guint64 *pss_file)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  *pss = *pss_file = 0;
  if (!g_file_get_contents ("/proc/self/smaps_rollup", &contents, NULL, NULL))
    return;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "Pss:"))
        *pss = g_ascii_strtoull (lines[i] + 4, NULL, 10);
      else if (g_str_has_prefix (lines[i], "Pss_File:"))
        *pss_file = g_ascii_strtoull (lines[i] + 9, NULL, 10);
    }
}

/* Bytes malloc has handed out and not had back, in KiB: grows with a leak,
 * not with the fragmentation that PSS also counts. */
static guint64
heap_in_use (void)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
  return mallinfo2 ().uordblks / 1024;
#else
  return 0;
#endif
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkWidget *
find (GtkWidget *root,
      GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* CPU time of this thread, in µs. */
static gint64
thread_cpu_us (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

/* Runs what is pending, one main-loop iteration at a time; returns the CPU
 * time of the longest one: how long input would have waited at worst. */
static double
drain_longest (void)
{
  double longest = 0;

  for (;;)
    {
      gint64 start = thread_cpu_us ();
      gboolean dispatched = g_main_context_iteration (NULL, FALSE);
      double us = (double) (thread_cpu_us () - start);

      if (!dispatched)
        return longest;
      longest = MAX (longest, us);
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The median, 95th percentile and largest of @times, sorted in place. */
static void
summarise (GArray *times,
           double *median,
           double *p95,
           double *max)
{
  g_array_sort (times, compare_doubles);
  *median = times->len > 0 ? g_array_index (times, double, times->len / 2) : 0;
  *p95 = times->len > 0 ? g_array_index (times, double, (times->len * 95) / 100) : 0;
  *max = times->len > 0 ? g_array_index (times, double, times->len - 1) : 0;
}

/* With MADOGUCHI_SOAK_FRAME set, each keystroke's time runs on to the end
 * of the next frame drawn: the rows a list makes when it is laid out, and
 * their drawing, are part of it. */
static gboolean with_frame;

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Asks for a frame and runs the main loop until it is drawn; the wait for
 * the frame's time uses no CPU. */
static void
draw_frame (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gulong id;

  if (clock == NULL)
    return;
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

/* Each keystroke is a prefix of a query, as typed; the search entry is set,
 * and its search-changed emitted at once rather than after the entry's
 * delay. Each one's time goes to @times (µs) when not NULL. */
static double
soak_search (MadoWindow *window,
             guint       n_keystrokes,
             GArray     *times,
             GArray     *handler_times,
             GArray     *wait_times)
{
  GtkEditable *entry = GTK_EDITABLE (find (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY));
  gint64 start = g_get_monotonic_time ();
  guint done = 0;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  while (done < n_keystrokes)
    for (guint q = 0; q < G_N_ELEMENTS (queries) && done < n_keystrokes; q++)
      {
        glong length = g_utf8_strlen (queries[q], -1);

        for (glong n = 1; n <= length && done < n_keystrokes; n++, done++)
          {
            g_autofree char *prefix = g_utf8_substring (queries[q], 0, n);
            gint64 keystroke_start = thread_cpu_us ();

            gtk_editable_set_text (entry, prefix);
            /* What the entry emits once typing pauses; the window builds
             * the index on the first one and asks the list. */
            g_signal_emit_by_name (entry, "search-changed");
            if (handler_times != NULL)
              {
                double us = (double) (thread_cpu_us () - keystroke_start);

                g_array_append_val (handler_times, us);
              }
            if (wait_times != NULL)
              {
                double us = drain_longest ();

                g_array_append_val (wait_times, us);
              }
            else
              drain ();
            if (with_frame)
              draw_frame (GTK_WIDGET (window));
            if (times != NULL)
              {
                double us = (double) (thread_cpu_us () - keystroke_start);

                g_array_append_val (times, us);
              }
          }
      }
  gtk_editable_set_text (entry, "");
  drain ();
  return (double) (g_get_monotonic_time () - start) / n_keystrokes;
}

/* The measured keystrokes, in a function of their own: callgrind counts
 * them alone with --toggle-collect=soak_measured_keystrokes, without the
 * warm-up (which builds the search index); with --instr-atstart=no the
 * rest runs at full speed too. */
G_GNUC_NO_INLINE static double
soak_measured_keystrokes (MadoWindow *window,
                          GArray     *times,
                          GArray     *handler_times,
                          GArray     *wait_times)
{
  double us;

  CALLGRIND_START_INSTRUMENTATION;
  us = soak_search (window, N_KEYSTROKES, times, handler_times, wait_times);
  CALLGRIND_STOP_INSTRUMENTATION;
  return us;
}

static double
soak_sections (MadoWindow  *window,
               MadoDataset *dataset,
               guint        n_switches)
{
  GListModel *sections = mado_dataset_get_all_sections (dataset);
  guint n_sections = g_list_model_get_n_items (sections);
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < n_switches; i++)
    {
      g_autoptr(MadoSection) section = g_list_model_get_item (sections, i % n_sections);

      GtkWidget *page;

      mado_window_show_section (window, mado_section_get_id (section));
      /* The whole page, as after its first paint: below the first screen is
       * built then (mado-section-page.c), and is part of a switch's cost. */
      page = mado_window_get_page (window);
      if (MADO_IS_SECTION_PAGE (page))
        mado_section_page_complete (MADO_SECTION_PAGE (page));
      drain ();
    }
  return n_switches > 0 ? (double) (g_get_monotonic_time () - start) / n_switches : 0;
}

static void
activate_cb (GApplication *app)
{
  MadoWindow *window = mado_window_new (MADO_APPLICATION (app));
  MadoDataset *dataset = mado_application_get_dataset (MADO_APPLICATION (app));
  guint64 pss_before, file_before, pss_after, file_after, heap_before, heap_after;
  double switch_us, keystroke_us, median_us, p95_us, max_us;
  double handler_median_us, handler_p95_us, handler_max_us;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) handler_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) wait_times = g_array_new (FALSE, FALSE, sizeof (double));
  double wait_median_us, wait_p95_us, wait_max_us;

  /* A blinking cursor asks for frames of its own: in a slow run
   * (callgrind) they would be counted with the keystrokes. */
  if (with_frame)
    g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);
  gtk_window_present (GTK_WINDOW (window));
  /* Settle: the first frames, the idle work, one pass over every page and a
   * first search, so that what is measured after is growth, not warm-up. */
  for (int i = 0; i < 50; i++)
    {
      g_usleep (10000);
      drain ();
    }
  soak_sections (window, dataset, g_list_model_get_n_items (mado_dataset_get_all_sections (dataset)));
  soak_search (window, 100, NULL, NULL, NULL);
  read_memory (&pss_before, &file_before);
  heap_before = heap_in_use ();

  switch_us = soak_sections (window, dataset, N_SWITCHES);
  keystroke_us = soak_measured_keystrokes (window, times, handler_times, wait_times);
  summarise (times, &median_us, &p95_us, &max_us);
  summarise (handler_times, &handler_median_us, &handler_p95_us, &handler_max_us);
  summarise (wait_times, &wait_median_us, &wait_p95_us, &wait_max_us);
  read_memory (&pss_after, &file_after);
  heap_after = heap_in_use ();

  g_print ("{\"pss_kib_before\": %" G_GUINT64_FORMAT ", \"pss_kib_after\": %" G_GUINT64_FORMAT
           ", \"pss_file_kib_before\": %" G_GUINT64_FORMAT ", \"pss_file_kib_after\": %" G_GUINT64_FORMAT
           ", \"heap_kib_before\": %" G_GUINT64_FORMAT ", \"heap_kib_after\": %" G_GUINT64_FORMAT
           ", \"switch_us\": %.1f, \"keystroke_us\": %.1f, \"keystroke_median_us\": %.1f"
           ", \"keystroke_p95_us\": %.1f, \"keystroke_max_us\": %.1f"
           ", \"handler_median_us\": %.1f, \"handler_p95_us\": %.1f, \"handler_max_us\": %.1f"
           ", \"after_longest_median_us\": %.1f, \"after_longest_p95_us\": %.1f"
           ", \"after_longest_max_us\": %.1f}\n",
           pss_before, pss_after, file_before, file_after, heap_before, heap_after,
           switch_us, keystroke_us, median_us, p95_us, max_us,
           handler_median_us, handler_p95_us, handler_max_us,
           wait_median_us, wait_p95_us, wait_max_us);
  fflush (stdout);
  gtk_window_destroy (GTK_WINDOW (window));
  g_application_quit (app);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MadoApplication) app = NULL;

  if (g_getenv ("MADOGUCHI_SOAK_STEPS") != NULL)
    n_steps = MAX (1, (guint) g_ascii_strtoull (g_getenv ("MADOGUCHI_SOAK_STEPS"), NULL, 10));
  n_switch_steps = n_steps;
  with_frame = g_getenv ("MADOGUCHI_SOAK_FRAME") != NULL;
  if (g_getenv ("MADOGUCHI_SOAK_SWITCHES") != NULL)
    n_switch_steps = (guint) g_ascii_strtoull (g_getenv ("MADOGUCHI_SOAK_SWITCHES"), NULL, 10);

  mado_application_setup_locale (NULL);
  app = mado_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
