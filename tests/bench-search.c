/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How fast search is, and how it grows: the time to build the index, and the
 * time per keystroke while realistic queries are typed one character at a
 * time, on the bundled dataset and on a synthetic one many times larger.
 *
 * Not a test: run it by hand, on a quiet machine.
 *
 *   bench-search [--scale 100] [--language ja] [--csv]
 *
 * The synthetic dataset repeats the real contacts and sections with their
 * ids suffixed (-r1, -r2, …) and their references fixed. The loader refuses
 * a file over MADO_DATASET_MAX_SIZE (46 copies of the dataset of 2026-12-02;
 * fewer as it grows), so a larger scale is made of several datasets as large
 * as the loader takes, each with its own index, all queried on every
 * keystroke: the work per keystroke is the same as one index over all of
 * them, plus a call per index. */
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <json-glib/json-glib.h>

#include "mado-resources.h"
#include "mado-search-index.h"
#include "mado-search-result.h"

#define DATASET_PATH "/io/github/madoguchi/Madoguchi/dataset/contacts.json"
/* Copies tried in one dataset at first; fewer when they are over the
 * loader's limit. */
#define COPIES_PER_DATASET 50
/* Each timed batch runs at least this long, so the clock's resolution and
 * its own cost do not show. */
#define MIN_BATCH_NS (2 * G_GINT64_CONSTANT (1000000))
#define N_BATCHES 5
/* What a results list shows without scrolling. */
#define VISIBLE_ROWS 10

/* Typed as a person at the desk would: Japanese, with the input method's
 * hiragana, English, numbers with and without dashes, two words. */
static const char * const default_queries[] = {
  "フィッシング",
  "ふぃっしんぐ",
  "ランサムウェア",
  "個人情報の漏えい",
  "警視庁 フィッシング",
  "phishing",
  "ransomware",
  "human rights",
  "IPA 届出",
  "0570-003-110",
  "0359787509",
  "#9110",
  "cs-support@ipa.go.jp",
  NULL
};
static const char * const *queries = default_queries;

typedef struct
{
  const char *name;
  guint       scale;
  GPtrArray  *datasets;
  GPtrArray  *indexes;
  guint       n_items;
  double      load_ms;
  double      build_ms;
  double      median_us;
  double      worst_us;
  char       *worst_query;
  double      snippets_us;
} Run;

/* CLOCK_MONOTONIC, or with --cpu-time the thread's CPU time, which a busy
 * machine's other processes disturb less. */
static clockid_t clock_id = CLOCK_MONOTONIC;

static gint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (clock_id, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static char *
suffixed (const char *id,
          guint       copy)
{
  return g_strdup_printf ("%s-r%u", id, copy);
}

static void
suffix_member (JsonObject *object,
               const char *member,
               guint       copy)
{
  g_autofree char *id = suffixed (json_object_get_string_member (object, member), copy);

  json_object_set_string_member (object, member, id);
}

/* A section, its blocks' references to contacts and sections, and its
 * children, all pointing at copy @copy. */
static void
suffix_section (JsonObject *section,
                guint       copy)
{
  suffix_member (section, "id", copy);

  if (json_object_has_member (section, "blocks"))
    {
      JsonArray *blocks = json_object_get_array_member (section, "blocks");

      for (guint i = 0; i < json_array_get_length (blocks); i++)
        {
          JsonObject *block = json_array_get_object_element (blocks, i);
          const char *type = json_object_get_string_member (block, "type");

          if (g_str_equal (type, "contact") || g_str_equal (type, "section"))
            suffix_member (block, "id", copy);
        }
    }

  if (json_object_has_member (section, "children"))
    {
      JsonArray *children = json_object_get_array_member (section, "children");

      for (guint i = 0; i < json_array_get_length (children); i++)
        suffix_section (json_array_get_object_element (children, i), copy);
    }
}

/* json_node_copy() shares objects and arrays; a copy to edit needs its own. */
static JsonNode *
deep_copy (JsonNode *node)
{
  JsonNode *copy;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_object_new ();
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &name, &member))
          json_object_set_member (object, name, deep_copy (member));
        copy = json_node_init_object (json_node_alloc (), object);
        json_object_unref (object);
        return copy;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_array_new ();

        for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
          json_array_add_element (array, deep_copy (json_array_get_element (json_node_get_array (node), i)));
        copy = json_node_init_array (json_node_alloc (), array);
        json_array_unref (array);
        return copy;
      }
    default:
      return json_node_copy (node);
    }
}

static void
append_copies (JsonArray *to,
               JsonArray *from,
               guint      copy,
               gboolean   sections)
{
  for (guint i = 0; i < json_array_get_length (from); i++)
    {
      JsonNode *node = deep_copy (json_array_get_element (from, i));

      if (copy > 0 && sections)
        suffix_section (json_node_get_object (node), copy);
      else if (copy > 0)
        suffix_member (json_node_get_object (node), "id", copy);
      json_array_add_element (to, node);
    }
}

/* The real dataset with copies @first … @last of its contacts and sections
 * added. The originals stay, since the guide refers to them. */
static GBytes *
replicate (JsonNode *original,
           guint     first,
           guint     last)
{
  JsonObject *original_object = json_node_get_object (original);
  JsonArray *contacts = json_object_get_array_member (original_object, "contacts");
  JsonArray *sections = json_object_get_array_member (original_object, "sections");
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonArray *all_contacts = json_array_new ();
  JsonArray *all_sections = json_array_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length = 0;
  char *data;

  append_copies (all_contacts, contacts, 0, FALSE);
  append_copies (all_sections, sections, 0, TRUE);
  for (guint copy = first; copy <= last; copy++)
    {
      append_copies (all_contacts, contacts, copy, FALSE);
      append_copies (all_sections, sections, copy, TRUE);
    }
  /* Meta and guide as they are: they are only read. */
  json_object_set_member (object, "meta", json_object_dup_member (original_object, "meta"));
  json_object_set_array_member (object, "contacts", all_contacts);
  json_object_set_array_member (object, "sections", all_sections);
  json_object_set_member (object, "guide", json_object_dup_member (original_object, "guide"));
  root = json_node_init_object (json_node_alloc (), object);

  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &length);
  return g_bytes_new_take (data, length);
}

/* Copies @first … @first + *@here - 2 and the originals, as many of them
 * (*@here, lowered if need be) as fit under the loader's limit. */
static GBytes *
replicate_within_limit (JsonNode *original,
                        guint     first,
                        guint    *here)
{
  for (;;)
    {
      g_autoptr(GBytes) bytes = replicate (original, first, first + *here - 2);
      gsize length = g_bytes_get_size (bytes);

      if (length <= MADO_DATASET_MAX_SIZE)
        return g_steal_pointer (&bytes);
      if (*here <= 2)
        g_error ("2 copies make %" G_GSIZE_FORMAT " bytes, over the loader's limit", length);
      /* Proportionally fewer, and one less so that it ends. */
      *here = MAX (2, MIN (*here - 1, (guint) ((double) *here * MADO_DATASET_MAX_SIZE / length)));
    }
}

static void
add_dataset (Run        *run,
             GBytes     *bytes,
             const char *language)
{
  g_autoptr(GError) error = NULL;
  MadoDataset *dataset;
  MadoSearchIndex *index;
  gint64 start = now_ns ();

  dataset = mado_dataset_new_from_bytes (bytes, language, &error);
  if (dataset == NULL)
    g_error ("the synthetic dataset does not load: %s", error->message);
  run->load_ms += (double) (now_ns () - start) / 1e6;

  start = now_ns ();
  index = mado_search_index_new (dataset);
  run->build_ms += (double) (now_ns () - start) / 1e6;

  run->n_items += g_list_model_get_n_items (mado_dataset_get_contacts (dataset)) +
                  g_list_model_get_n_items (mado_dataset_get_all_sections (dataset));
  g_ptr_array_add (run->datasets, dataset);
  g_ptr_array_add (run->indexes, index);
}

/* @scale copies in all, the original being the first, in datasets of at
 * most COPIES_PER_DATASET copies. Each dataset has the originals (its guide
 * refers to them), which count as one of its copies. */
static void
load_run (Run        *run,
          JsonNode   *original,
          GBytes     *real,
          const char *language)
{
  guint remaining = run->scale;
  guint next = 1;
  guint per_dataset = COPIES_PER_DATASET;

  if (run->scale == 1)
    {
      add_dataset (run, real, language);
      return;
    }

  while (remaining > 0)
    {
      guint here = MIN (remaining, per_dataset);
      g_autoptr(GBytes) bytes = replicate_within_limit (original, next, &here);

      per_dataset = MIN (per_dataset, here);
      add_dataset (run, bytes, language);
      next += here - 1;
      remaining -= here;
    }
}

/* One keystroke: the query on every index, the results dropped as the next
 * keystroke would, with the visible rows' snippets if @snippets. */
static void
keystroke (Run        *run,
           const char *query,
           gboolean    snippets)
{
  for (guint i = 0; i < run->indexes->len; i++)
    {
      GListModel *results = mado_search_index_query (run->indexes->pdata[i], query);

      for (guint row = 0; snippets && row < MIN (VISIBLE_ROWS, g_list_model_get_n_items (results)); row++)
        {
          g_autoptr(MadoSearchResult) result = g_list_model_get_item (results, row);

          mado_search_result_get_snippet (result);
        }
      g_object_unref (results);
    }
}

/* The time of one keystroke in µs: the median over batches of the mean of a
 * batch, a batch being long enough to time. */
static double
time_keystroke (Run        *run,
                const char *query,
                gboolean    snippets)
{
  g_autoptr(GArray) batches = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 start = now_ns ();
  guint repeat;

  keystroke (run, query, snippets);
  repeat = (guint) CLAMP (MIN_BATCH_NS / MAX (now_ns () - start, 1), 1, 100000);

  for (guint b = 0; b < N_BATCHES; b++)
    {
      double mean;

      start = now_ns ();
      for (guint r = 0; r < repeat; r++)
        keystroke (run, query, snippets);
      mean = (double) (now_ns () - start) / repeat / 1e3;
      g_array_append_val (batches, mean);
    }

  return median (batches);
}

static void
time_typing (Run *run)
{
  g_autoptr(GArray) plain = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) with_snippets = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint q = 0; queries[q] != NULL; q++)
    for (const char *end = g_utf8_next_char (queries[q]);; end = g_utf8_next_char (end))
      {
        g_autofree char *prefix = g_strndup (queries[q], (gsize) (end - queries[q]));
        double us = time_keystroke (run, prefix, FALSE);
        double snippet_us = time_keystroke (run, prefix, TRUE);

        g_array_append_val (plain, us);
        g_array_append_val (with_snippets, snippet_us);
        if (us > run->worst_us)
          {
            run->worst_us = us;
            g_free (run->worst_query);
            run->worst_query = g_steal_pointer (&prefix);
          }
        if (*end == '\0')
          break;
      }

  run->median_us = median (plain);
  run->snippets_us = median (with_snippets);
}

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->indexes, g_ptr_array_unref);
  g_clear_pointer (&run->datasets, g_ptr_array_unref);
  g_clear_pointer (&run->worst_query, g_free);
}

static void
print_table (Run *runs,
             guint n_runs)
{
  Run *real = &runs[0];

  g_print ("%-8s %7s %9s %9s %12s %12s %14s  %s\n", "dataset", "items", "load ms", "build ms",
           "median µs", "worst µs", "+snippets µs", "worst keystroke");
  for (guint i = 0; i < n_runs; i++)
    g_print ("%-8s %7u %9.1f %9.2f %12.1f %12.1f %14.1f  “%s”\n", runs[i].name, runs[i].n_items,
             runs[i].load_ms, runs[i].build_ms, runs[i].median_us, runs[i].worst_us,
             runs[i].snippets_us, runs[i].worst_query);
  for (guint i = 1; i < n_runs; i++)
    g_print ("ratio %s/1×: items %.0f, build %.1f, median %.1f, worst %.1f (%u datasets)\n", runs[i].name,
             (double) runs[i].n_items / real->n_items, runs[i].build_ms / real->build_ms,
             runs[i].median_us / real->median_us, runs[i].worst_us / real->worst_us,
             runs[i].datasets->len);
}

static void
print_csv (Run  *runs,
           guint n_runs)
{
  g_print ("dataset,items,load_ms,build_ms,keystroke_median_us,keystroke_worst_us,snippets_median_us\n");
  for (guint i = 0; i < n_runs; i++)
    g_print ("%s,%u,%.2f,%.3f,%.2f,%.2f,%.2f\n", runs[i].name, runs[i].n_items, runs[i].load_ms,
             runs[i].build_ms, runs[i].median_us, runs[i].worst_us, runs[i].snippets_us);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— time search on the real and a larger dataset");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) real = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *scale_name = NULL;
  g_autofree char *language = g_strdup ("ja");
  g_auto(GStrv) typed = NULL;
  gboolean csv = FALSE;
  gboolean cpu_time = FALSE;
  int scale = 100;
  GOptionEntry entries[] = {
    { "scale", 's', 0, G_OPTION_ARG_INT, &scale, "Copies of the dataset in the large run (default 100)", "N" },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &language, "Dataset language (default ja)", "LANG" },
    { "query", 'q', 0, G_OPTION_ARG_STRING_ARRAY, &typed, "Type this instead of the built-in queries (repeatable)", "TEXT" },
    { "cpu-time", 0, 0, G_OPTION_ARG_NONE, &cpu_time, "Measure CPU time rather than elapsed time", NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, "Print CSV instead of a table", NULL },
    { NULL }
  };
  Run runs[2] = { { 0 } };

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || scale < 2)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--scale must be at least 2");
      return 2;
    }

  if (cpu_time)
    clock_id = CLOCK_THREAD_CPUTIME_ID;
  if (typed != NULL)
    queries = (const char * const *) typed;

  mado_register_resource ();
  real = g_resources_lookup_data (DATASET_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (real == NULL || !json_parser_load_from_data (parser, g_bytes_get_data (real, NULL),
                                                   (gssize) g_bytes_get_size (real), &error))
    g_error ("cannot read the dataset: %s", error->message);

  scale_name = g_strdup_printf ("%d×", scale);
  runs[0] = (Run) { .name = "1×", .scale = 1 };
  runs[1] = (Run) { .name = scale_name, .scale = (guint) scale };
  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      runs[i].datasets = g_ptr_array_new_with_free_func (g_object_unref);
      runs[i].indexes = g_ptr_array_new_with_free_func (g_object_unref);
      load_run (&runs[i], json_parser_get_root (parser), real, language);
      time_typing (&runs[i]);
    }

  if (csv)
    print_csv (runs, G_N_ELEMENTS (runs));
  else
    print_table (runs, G_N_ELEMENTS (runs));

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    run_clear (&runs[i]);

  return 0;
}
