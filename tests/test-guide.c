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
  g_test_add_func ("/guide/call-first", test_call_first);
  g_test_add_func ("/guide/home", test_home);

  return g_test_run ();
}
