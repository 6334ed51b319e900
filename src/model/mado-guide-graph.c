/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-guide-graph.h"

#include "mado-dataset-error.h"
#include "mado-guide-answer.h"
#include "mado-guide-node.h"

/* The guide is read by a person under stress: every question must lead, in a
 * few answers, to a result. This checks the shape of the whole graph once, at
 * load: every node reachable from the start, and no answer leading back to a
 * question already asked on the way (which would trap the person in a loop).
 * References to unknown nodes are already refused by the reader. */

typedef enum
{
  UNSEEN,
  ON_PATH,
  DONE,
} Mark;

typedef struct
{
  GListModel *nodes;
  GHashTable *index_of;  /* id → index + 1 */
  Mark       *marks;
  GError    **error;
} Walk;

static guint
index_of (Walk       *walk,
          const char *id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (walk->index_of, id)) - 1;
}

/* Depth-first, with the iteration explicit in the recursion depth: the depth is
 * bounded by the number of nodes, which the size limit on the file bounds. */
static gboolean
visit (Walk  *walk,
       guint  index)
{
  g_autoptr(MadoGuideNode) node = g_list_model_get_item (walk->nodes, index);
  GListModel *answers = mado_guide_node_get_answers (node);

  walk->marks[index] = ON_PATH;

  for (guint i = 0; answers != NULL && i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(MadoGuideAnswer) answer = g_list_model_get_item (answers, i);
      const char *next_id = mado_guide_answer_get_next_id (answer);
      guint next = index_of (walk, next_id);

      if (walk->marks[next] == ON_PATH)
        {
          g_set_error (walk->error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_GUIDE_LOOP,
                       "$.guide.nodes[%u].answers[%u].next: “%s” leads back to the "
                       "question “%s”, which was already asked on the way (a loop)",
                       index, i, next_id, next_id);
          return FALSE;
        }
      if (walk->marks[next] == UNSEEN && !visit (walk, next))
        return FALSE;
    }

  walk->marks[index] = DONE;
  return TRUE;
}

gboolean
mado_guide_graph_check (GListModel  *nodes,
                        const char  *start_id,
                        GError     **error)
{
  g_autoptr(GHashTable) index_of_id = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_nodes = g_list_model_get_n_items (nodes);
  g_autofree Mark *marks = g_new0 (Mark, n_nodes);
  Walk walk = { nodes, index_of_id, marks, error };

  for (guint i = 0; i < n_nodes; i++)
    {
      g_autoptr(MadoGuideNode) node = g_list_model_get_item (nodes, i);
      g_hash_table_insert (index_of_id, (gpointer) mado_guide_node_get_id (node),
                           GUINT_TO_POINTER (i + 1));
    }

  if (!visit (&walk, index_of (&walk, start_id)))
    return FALSE;

  for (guint i = 0; i < n_nodes; i++)
    if (marks[i] == UNSEEN)
      {
        g_autoptr(MadoGuideNode) node = g_list_model_get_item (nodes, i);

        g_set_error (error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_GUIDE_UNREACHABLE,
                     "$.guide.nodes[%u]: no answer leads to the node “%s”, so "
                     "nobody can reach it from the start", i, mado_guide_node_get_id (node));
        return FALSE;
      }

  return TRUE;
}
