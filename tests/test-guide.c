/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The "what happened?" guide of the bundled dataset, walked exhaustively: every
 * path ends at a result within four answers, and every CHECK3 and CHECK4
 * sub-section is some result's destination. Then the walk itself: answer,
 * back, change an earlier answer, start again. */
#include <locale.h>
#include <string.h>

#include "mado-call-first.h"
#include "mado-dataset.h"
#include "mado-guide-walk.h"
#include "mado-link.h"
#include "mado-resources.h"

#define BUNDLED "/io/github/madoguchi/Madoguchi/dataset/contacts.json"
#define MAX_ANSWERS 4

static MadoDataset *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  MadoDataset *dataset = mado_dataset_new_from_resource (BUNDLED, "en", &error);

  g_assert_no_error (error);
  return dataset;
}

typedef struct
{
  MadoDataset *dataset;
  GHashTable  *result_sections;
  guint        n_paths;
  guint        longest;
} Exploration;

static void
explore (Exploration   *exploration,
         MadoGuideNode *node,
         guint          depth)
{
  GListModel *answers;

  if (mado_guide_node_get_kind (node) == MADO_GUIDE_NODE_KIND_RESULT)
    {
      GListModel *sections = mado_guide_node_get_sections (node);

      for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
        {
          g_autoptr(MadoSection) section = g_list_model_get_item (sections, i);
          g_hash_table_add (exploration->result_sections, (gpointer) mado_section_get_id (section));
        }
      g_assert_true (g_list_model_get_n_items (mado_guide_node_get_contacts (node)) +
                     g_list_model_get_n_items (sections) > 0);
      g_assert_nonnull (mado_guide_node_get_steps (node));
      exploration->n_paths++;
      exploration->longest = MAX (exploration->longest, depth);
      return;
    }

  if (depth >= MAX_ANSWERS)
    g_error ("the question “%s” is reached only after %u answers",
             mado_guide_node_get_id (node), depth);

  answers = mado_guide_node_get_answers (node);
  g_assert_cmpuint (g_list_model_get_n_items (answers), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(MadoGuideAnswer) answer = g_list_model_get_item (answers, i);
      MadoGuideNode *next = mado_dataset_lookup_guide_node (exploration->dataset,
                                                            mado_guide_answer_get_next_id (answer));
      g_assert_nonnull (next);
      explore (exploration, next, depth + 1);
    }
}

static void
test_every_path_ends (void)
{
  MadoDataset *dataset = load_bundled ();
  g_autoptr(GHashTable) sections = g_hash_table_new (g_str_hash, g_str_equal);
  Exploration exploration = { dataset, sections, 0, 0 };
  GListModel *all = mado_dataset_get_all_sections (dataset);

  explore (&exploration, mado_dataset_get_guide_start (dataset), 0);
  g_test_message ("%u paths, the longest %u answers", exploration.n_paths, exploration.longest);
  g_assert_cmpuint (exploration.longest, <=, MAX_ANSWERS);

  /* Every sub-section of CHECK3 and CHECK4 is where some path leads. */
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(MadoSection) section = g_list_model_get_item (all, i);
      const char *parent = mado_section_get_parent_id (section);

      if (g_strcmp0 (parent, "check3") == 0 || g_strcmp0 (parent, "check4") == 0)
        if (!g_hash_table_contains (sections, mado_section_get_id (section)))
          g_error ("no result of the guide leads to %s", mado_section_get_id (section));
    }

  g_hash_table_remove_all (sections);
  g_assert_finalize_object (dataset);
}

/* Whether a contact that serves @contact_audience may be offered on a path
 * about @path_audience: a contact that serves only organisations is never
 * offered to an individual, nor the reverse. */
static gboolean
audience_fits (MadoAudience contact_audience,
               MadoAudience path_audience)
{
  if (path_audience == MADO_AUDIENCE_UNKNOWN)
    return TRUE;
  if (contact_audience == MADO_AUDIENCE_UNKNOWN || contact_audience == MADO_AUDIENCE_BOTH)
    return TRUE;
  return contact_audience == path_audience;
}

typedef struct
{
  MadoDataset *dataset;
  guint        n_paths[3];   /* by MadoAudience of the path: unknown, organisations, individuals */
  GString     *misfits;
} AudienceWalk;

static void
walk_audience (AudienceWalk  *walk,
               MadoGuideNode *node,
               MadoAudience   audience,
               GString       *path)
{
  gsize length = path->len;
  GListModel *answers;

  g_string_append_printf (path, " → %s", mado_guide_node_get_id (node));
  if (mado_guide_node_get_kind (node) == MADO_GUIDE_NODE_KIND_RESULT)
    {
      GListModel *contacts = mado_guide_node_get_contacts (node);

      walk->n_paths[audience]++;
      for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
        {
          g_autoptr(MadoContact) contact = g_list_model_get_item (contacts, i);

          if (!audience_fits (mado_contact_get_audience (contact), audience))
            g_string_append_printf (walk->misfits, "%s offers %s\n", path->str,
                                    mado_contact_get_id (contact));
        }
      g_string_truncate (path, length);
      return;
    }

  answers = mado_guide_node_get_answers (node);
  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(MadoGuideAnswer) answer = g_list_model_get_item (answers, i);
      MadoAudience said = mado_guide_answer_get_audience (answer);

      walk_audience (walk, mado_dataset_lookup_guide_node (walk->dataset,
                                                           mado_guide_answer_get_next_id (answer)),
                     said != MADO_AUDIENCE_UNKNOWN ? said : audience, path);
    }
  g_string_truncate (path, length);
}

/* On every path, no result offers a contact whose audience excludes the one
 * the answers so far say the path is about (a company is not sent to a desk
 * for individuals, nor a person to one for organisations). */
static void
test_audience_on_every_path (void)
{
  MadoDataset *dataset = load_bundled ();
  g_autoptr(GString) misfits = g_string_new (NULL);
  g_autoptr(GString) path = g_string_new ("start");
  AudienceWalk walk = { dataset, { 0, 0, 0 }, misfits };

  walk_audience (&walk, mado_dataset_get_guide_start (dataset), MADO_AUDIENCE_UNKNOWN, path);
  g_test_message ("paths: %u without an audience, %u for organisations, %u for individuals",
                  walk.n_paths[MADO_AUDIENCE_UNKNOWN], walk.n_paths[MADO_AUDIENCE_ORGANISATIONS],
                  walk.n_paths[MADO_AUDIENCE_INDIVIDUALS]);

  /* The guide does tell the two apart, so the check below has paths to judge. */
  g_assert_cmpuint (walk.n_paths[MADO_AUDIENCE_ORGANISATIONS], >, 10);
  g_assert_cmpuint (walk.n_paths[MADO_AUDIENCE_INDIVIDUALS], >, 10);
  if (misfits->len > 0)
    g_error ("contacts offered to the wrong audience:\n%s", misfits->str);

  g_assert_finalize_object (dataset);
}

/* The judge itself: a desk for individuals does not fit an organisation's
 * path, and the reverse; unknown fits everything. */
static void
test_audience_fits (void)
{
  g_assert_false (audience_fits (MADO_AUDIENCE_INDIVIDUALS, MADO_AUDIENCE_ORGANISATIONS));
  g_assert_false (audience_fits (MADO_AUDIENCE_ORGANISATIONS, MADO_AUDIENCE_INDIVIDUALS));
  g_assert_true (audience_fits (MADO_AUDIENCE_INDIVIDUALS, MADO_AUDIENCE_INDIVIDUALS));
  g_assert_true (audience_fits (MADO_AUDIENCE_BOTH, MADO_AUDIENCE_ORGANISATIONS));
  g_assert_true (audience_fits (MADO_AUDIENCE_UNKNOWN, MADO_AUDIENCE_INDIVIDUALS));
  g_assert_true (audience_fits (MADO_AUDIENCE_ORGANISATIONS, MADO_AUDIENCE_UNKNOWN));
}

/* Every result cites where its advice comes from, each source with an
 * address and a date; the results whose advice goes beyond the guidebook
 * page cite more than the page. */
static void
test_result_sources (void)
{
  MadoDataset *dataset = load_bundled ();
  GListModel *nodes = mado_dataset_get_guide_nodes (dataset);
  const char *beyond[] = { "r-ransomware-org", "r-ransomware-ind", "r-phish-damage",
                           "r-threat-mail", "r-leak-org", "r-defamation-org", "r-emotet-org",
                           NULL };

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(MadoGuideNode) node = g_list_model_get_item (nodes, i);
      GListModel *sources = mado_guide_node_get_sources (node);

      if (mado_guide_node_get_kind (node) != MADO_GUIDE_NODE_KIND_RESULT)
        continue;
      g_assert_cmpuint (g_list_model_get_n_items (sources), >=, 1);
      for (guint j = 0; j < g_list_model_get_n_items (sources); j++)
        {
          g_autoptr(MadoLink) source = g_list_model_get_item (sources, j);

          g_assert_true (g_str_has_prefix (mado_link_get_url (source), "http"));
          g_assert_nonnull (mado_link_get_date (source));
        }
    }

  for (guint i = 0; beyond[i] != NULL; i++)
    {
      MadoGuideNode *node = mado_dataset_lookup_guide_node (dataset, beyond[i]);

      g_assert_cmpuint (g_list_model_get_n_items (mado_guide_node_get_sources (node)), >=, 2);
    }

  g_assert_finalize_object (dataset);
}

/* An emergency comes first: the first question is about immediate danger and
 * its "yes" tells the person to call 110. */
static void
test_emergency_first (void)
{
  MadoDataset *dataset = load_bundled ();
  g_autoptr(MadoGuideWalk) walk = mado_guide_walk_new (dataset);
  MadoGuideNode *result;

  g_assert_true (mado_guide_walk_answer (walk, 0));
  result = mado_guide_walk_get_current (walk);
  g_assert_cmpint (mado_guide_node_get_kind (result), ==, MADO_GUIDE_NODE_KIND_RESULT);
  g_assert_nonnull (strstr (mado_guide_node_get_urgent (result), "110"));

  g_clear_object (&walk);
  g_assert_finalize_object (dataset);
}

static void
test_walk (void)
{
  MadoDataset *dataset = load_bundled ();
  MadoGuideWalk *walk = mado_guide_walk_new (dataset);
  MadoGuideNode *start = mado_dataset_get_guide_start (dataset);
  MadoGuideNode *second;

  g_assert_true (mado_guide_walk_get_current (walk) == start);
  g_assert_cmpuint (mado_guide_walk_get_n_steps (walk), ==, 0);
  g_assert_false (mado_guide_walk_back (walk));
  g_assert_false (mado_guide_walk_answer (walk, 99));

  g_assert_true (mado_guide_walk_answer (walk, 1));
  second = mado_guide_walk_get_current (walk);
  g_assert_true (second != start);
  g_assert_true (mado_guide_walk_answer (walk, 0));
  g_assert_cmpuint (mado_guide_walk_get_n_steps (walk), ==, 2);
  g_assert_true (mado_guide_walk_get_step_node (walk, 1) == second);

  /* Changing the first answer forgets the second. */
  g_assert_true (mado_guide_walk_revisit (walk, 0));
  g_assert_true (mado_guide_walk_get_current (walk) == start);
  g_assert_cmpuint (mado_guide_walk_get_n_steps (walk), ==, 0);

  g_assert_true (mado_guide_walk_answer (walk, 1));
  g_assert_true (mado_guide_walk_back (walk));
  g_assert_true (mado_guide_walk_get_current (walk) == start);

  g_assert_true (mado_guide_walk_answer (walk, 1));
  mado_guide_walk_restart (walk);
  g_assert_true (mado_guide_walk_get_current (walk) == start);
  g_assert_cmpuint (mado_guide_walk_get_n_steps (walk), ==, 0);

  g_assert_finalize_object (walk);
  g_assert_finalize_object (dataset);
}

/* The number a result leads with: the first confirmed one in the desks'
 * order, never one marked unconfirmed; the first desk's form when no desk
 * has a confirmed number. */
static void
test_call_first (void)
{
  g_autoptr(MadoDataset) dataset = load_bundled ();
  g_autoptr(MadoContact) contact = NULL;
  g_autoptr(MadoPhone) phone = NULL;
  g_autoptr(MadoLink) link = NULL;
  g_autoptr(GListStore) empty = g_list_store_new (MADO_TYPE_CONTACT);

  /* JPCERT/CC's page number is doubted: its main line is called first. */
  contact = mado_call_first_pick (mado_guide_node_get_contacts (
                                    mado_dataset_lookup_guide_node (dataset, "r-ransomware-org")),
                                  &phone, &link);
  g_assert_cmpstr (mado_contact_get_id (contact), ==, "jpcert-cc");
  g_assert_cmpstr (mado_phone_get_number (phone), ==, "03-6271-8901");
  g_assert_null (link);
  g_clear_object (&contact);
  g_clear_object (&phone);

  /* No desk of this result has a confirmed number: the first desk's form. */
  contact = mado_call_first_pick (mado_guide_node_get_contacts (
                                    mado_dataset_lookup_guide_node (dataset, "r-mail-received")),
                                  &phone, &link);
  g_assert_cmpstr (mado_contact_get_id (contact), ==, "antiphishing");
  g_assert_null (phone);
  g_assert_nonnull (link);
  g_assert_cmpint (mado_link_get_kind (link), ==, MADO_LINK_KIND_FORM);
  g_clear_object (&contact);
  g_clear_object (&link);

  g_assert_null (mado_call_first_pick (G_LIST_MODEL (empty), &phone, &link));
  g_assert_null (phone);
  g_assert_null (link);
}

/* The home page's numbers: 110, #9110 and the police cyber desk, in order. */
static void
test_home (void)
{
  g_autoptr(MadoDataset) dataset = load_bundled ();
  GListModel *home = mado_dataset_get_home_contacts (dataset);
  const char *numbers[] = { "110", "#9110", "03-5805-1731" };

  g_assert_cmpuint (g_list_model_get_n_items (home), ==, G_N_ELEMENTS (numbers));
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (home, i);
      g_autoptr(MadoPhone) phone = mado_call_first_contact_phone (contact);

      g_assert_cmpstr (mado_phone_get_number (phone), ==, numbers[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  mado_register_resource ();

  g_test_add_func ("/guide/every-path-ends", test_every_path_ends);
  g_test_add_func ("/guide/emergency-first", test_emergency_first);
  g_test_add_func ("/guide/walk", test_walk);
  g_test_add_func ("/guide/audience-fits", test_audience_fits);
  g_test_add_func ("/guide/audience-on-every-path", test_audience_on_every_path);
  g_test_add_func ("/guide/result-sources", test_result_sources);

  g_test_add_func ("/guide/call-first", test_call_first);
  g_test_add_func ("/guide/home", test_home);

  return g_test_run ();
}
