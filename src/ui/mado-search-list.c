/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-page-parts.h"
#include "mado-own-contacts-text.h"
#include "mado-search-list.h"

/* The sidebar's search results: the guide's situations first, then sections,
 * then contacts, each group best match first, each row with the part of the
 * text that matched. When nothing matches it says so and offers the guided
 * questions instead. Activating a row emits "result-activated".
 *
 * A keystroke changes the list in place: the rows that stay the same (same
 * item, same snippet) at its start and at its end are kept, and only those
 * between are replaced. Of the new rows, those of the first screen are made
 * at once; the rest follow a few at a time when the main loop is idle, so
 * that a keystroke that finds fifty results costs no more than one that
 * finds ten, and the next keystroke is never kept waiting. */

/* More than the first screen of an 800-pixel window shows (six results
 * and their headings). */
#define FIRST_ROWS 8
#define ROWS_PER_IDLE 8
struct _MadoSearchList
{
  AdwBin parent_instance;

  MadoSearchIndex *index;
  MadoOwnContacts *own_contacts;
  GListStore      *results;
  GPtrArray       *pending;     /* results still to add, in order */
  guint            pending_at;  /* where the first of them goes */
  guint            fill_id;
  char            *query;
  GtkWidget       *stack;
  GtkListBox      *list_box;
};

G_DEFINE_FINAL_TYPE (MadoSearchList, mado_search_list, ADW_TYPE_BIN)

enum {
  RESULT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
result_title (MadoSearchResult *result)
{
  MadoSection *section = mado_search_result_get_section (result);
  MadoContact *contact = mado_search_result_get_contact (result);
  MadoGuideNode *node = mado_search_result_get_guide_node (result);

  if (mado_search_result_get_kind (result) == MADO_SEARCH_RESULT_KIND_OWN_CONTACT)
    return g_strdup (mado_own_contact_get_title (MADO_OWN_CONTACT (mado_search_result_get_item (result))));

  if (node != NULL)
    return g_strdup (mado_guide_node_get_title (node));

  if (section != NULL)
    return mado_section_get_check (section) != NULL
      ? g_strdup_printf ("%s  %s", mado_section_get_check (section), mado_section_get_title (section))
      : g_strdup (mado_section_get_title (section));

  if (mado_contact_get_desk (contact) != NULL)
    return g_strdup_printf ("%s %s", mado_contact_get_organisation (contact),
                            mado_contact_get_desk (contact));
  return g_strdup (mado_contact_get_organisation (contact));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  MadoSearchResult *result = item;
  g_autofree char *title = result_title (result);
  const char *snippet = mado_search_result_get_snippet (result);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_box_append (GTK_BOX (box), mado_page_parts_row_label_new (title, NULL, TRUE));
  if (snippet != NULL)
    gtk_box_append (GTK_BOX (box), mado_page_parts_row_label_new (snippet, "dim-label", TRUE));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data_full (G_OBJECT (row), "mado-result", g_object_ref (result), g_object_unref);
  return row;
}

static MadoSearchResult *
row_result (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "mado-result");
}

/* A heading above the first row of each kind. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  MadoSearchResultKind kind = mado_search_result_get_kind (row_result (row));
  GtkWidget *header;

  if (before != NULL && mado_search_result_get_kind (row_result (before)) == kind)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (kind == MADO_SEARCH_RESULT_KIND_OWN_CONTACT
                          /* Translators: heading of the own contacts found by a search; in Japanese 社内・契約先. */
                          ? _("Your Organisation")
                          : kind == MADO_SEARCH_RESULT_KIND_GUIDE
                          /* Translators: heading of the search results that are
                           * situations of the "What Happened?" guide. */
                          ? _("Situations")
                          : kind == MADO_SEARCH_RESULT_KIND_SECTION
                          /* Translators: heading of the section results of a search. */
                          ? _("Sections")
                          /* Translators: heading of the contact results of a search. */
                          : _("Contacts"));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_top (header, 12);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_list_box_row_set_header (row, header);
}

/* The desk's own contacts first (they are whom the desk calls first), then
 * situations, sections and contacts; the index's order (best first) within
 * each. */
static GPtrArray *
group_results (GListModel *ranked)
{
  static const MadoSearchResultKind order[] = {
    MADO_SEARCH_RESULT_KIND_OWN_CONTACT, MADO_SEARCH_RESULT_KIND_GUIDE, MADO_SEARCH_RESULT_KIND_SECTION, MADO_SEARCH_RESULT_KIND_CONTACT,
  };
  GPtrArray *grouped = g_ptr_array_new_full (g_list_model_get_n_items (ranked), g_object_unref);

  for (guint pass = 0; pass < G_N_ELEMENTS (order); pass++)
    for (guint i = 0; i < g_list_model_get_n_items (ranked); i++)
      {
        MadoSearchResult *result = g_list_model_get_item (ranked, i);

        if (mado_search_result_get_kind (result) == order[pass])
          g_ptr_array_add (grouped, result);
        else
          g_object_unref (result);
      }

  return grouped;
}

/* Whether the row of @old can stay for @new: it shows the same. */
static gboolean
same_row (MadoSearchResult *old,
          MadoSearchResult *new)
{
  return mado_search_result_get_item (old) == mado_search_result_get_item (new) &&
         g_strcmp0 (mado_search_result_get_snippet (old), mado_search_result_get_snippet (new)) == 0;
}

static void
add_own_results (MadoSearchList *self,
                 GListStore     *ranked,
                 const char     *query)
{
  g_autoptr(GPtrArray) found = NULL;

  if (self->own_contacts == NULL)
    return;
  found = mado_own_contacts_search (self->own_contacts, query);
  for (guint i = 0; i < found->len; i++)
    {
      g_autofree char *snippet = mado_own_contact_dup_snippet (found->pdata[i]);
      g_autoptr(MadoSearchResult) result = mado_search_result_new_for_own (found->pdata[i], snippet);

      g_list_store_insert (ranked, i, result);
    }
}

static gboolean
fill_cb (gpointer user_data)
{
  MadoSearchList *self = user_data;
  guint n = MIN (ROWS_PER_IDLE, self->pending->len);

  g_list_store_splice (self->results, self->pending_at, 0, self->pending->pdata, n);
  g_ptr_array_remove_range (self->pending, 0, n);
  self->pending_at += n;
  if (self->pending->len > 0)
    return G_SOURCE_CONTINUE;

  self->fill_id = 0;
  return G_SOURCE_REMOVE;
}

static void
stop_filling (MadoSearchList *self)
{
  g_clear_handle_id (&self->fill_id, g_source_remove);
  g_ptr_array_set_size (self->pending, 0);
}

/* Replaces the results with @grouped, keeping the rows that stay the same
 * at the start and at the end: one items-changed over what differs, with
 * the rows below the first screen added later (fill_cb()). */
static void
update_results (MadoSearchList *self,
                GPtrArray      *grouped)
{
  GListModel *model = G_LIST_MODEL (self->results);
  guint n_old;
  guint n_new = grouped->len;
  guint start = 0;
  guint end = 0;
  guint n_changed;
  guint n_now;

  stop_filling (self);
  n_old = g_list_model_get_n_items (model);

  for (; start < n_old && start < n_new; start++)
    {
      g_autoptr(MadoSearchResult) old = g_list_model_get_item (model, start);

      if (!same_row (old, g_ptr_array_index (grouped, start)))
        break;
    }
  for (; end < n_old - start && end < n_new - start; end++)
    {
      g_autoptr(MadoSearchResult) old = g_list_model_get_item (model, n_old - 1 - end);

      if (!same_row (old, g_ptr_array_index (grouped, n_new - 1 - end)))
        break;
    }

  if (start == n_old && start == n_new)
    return;

  n_changed = n_new - start - end;
  n_now = start < FIRST_ROWS ? MIN (n_changed, FIRST_ROWS - start) : 0;
  g_list_store_splice (self->results, start, n_old - start - end, grouped->pdata + start, n_now);
  if (n_now == n_changed)
    return;

  for (guint i = start + n_now; i < n_new - end; i++)
    g_ptr_array_add (self->pending, g_object_ref (g_ptr_array_index (grouped, i)));
  self->pending_at = start + n_now;
  self->fill_id = g_idle_add (fill_cb, self);
}

void
mado_search_list_set_query (MadoSearchList *self,
                            const char     *query)
{
  g_autoptr(GListModel) ranked = NULL;
  g_autoptr(GPtrArray) grouped = NULL;

  g_return_if_fail (MADO_IS_SEARCH_LIST (self));
  g_return_if_fail (self->index != NULL);

  if (g_strcmp0 (self->query, query) == 0)
    return;
  g_free (self->query);
  self->query = g_strdup (query);

  ranked = mado_search_index_query (self->index, query);
  add_own_results (self, G_LIST_STORE (ranked), query);
  grouped = group_results (ranked);
  update_results (self, grouped);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                    grouped->len > 0 ? "results" : "empty");
}

/* The desk's own contacts, searched beside the index: they change while
 * the app runs. */
void
mado_search_list_set_own_contacts (MadoSearchList  *self,
                                   MadoOwnContacts *own_contacts)
{
  g_return_if_fail (MADO_IS_SEARCH_LIST (self));
  g_return_if_fail (own_contacts == NULL || MADO_IS_OWN_CONTACTS (own_contacts));

  g_set_object (&self->own_contacts, own_contacts);
}

void
mado_search_list_set_index (MadoSearchList  *self,
                            MadoSearchIndex *index)
{
  g_return_if_fail (MADO_IS_SEARCH_LIST (self));

  /* Results of another index would point into another dataset. */
  if (g_set_object (&self->index, index))
    {
      stop_filling (self);
      g_list_store_remove_all (self->results);
      g_clear_pointer (&self->query, g_free);
    }
}

guint
mado_search_list_get_n_results (MadoSearchList *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_LIST (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->results)) + self->pending->len;
}

GtkListBox *
mado_search_list_get_list_box (MadoSearchList *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_LIST (self), NULL);
  return self->list_box;
}

/* Down from the search entry moves into the results. */
void
mado_search_list_focus_first (MadoSearchList *self)
{
  GtkListBoxRow *first;

  g_return_if_fail (MADO_IS_SEARCH_LIST (self));

  first = gtk_list_box_get_row_at_index (self->list_box, 0);
  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
}

static void
row_activated_cb (MadoSearchList *self,
                  GtkListBoxRow  *row)
{
  g_signal_emit (self, signals[RESULT_ACTIVATED], 0, row_result (row));
}

static GtkWidget *
build_empty_state (void)
{
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *button = mado_page_parts_text_button_new (_("_What Happened?"), "win.show-guide", NULL);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "mado-system-search-symbolic");
  /* Translators: shown when a search finds nothing. */
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Results"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _("Try other words, or answer a few questions to find "
                                     "whom to contact."));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  adw_status_page_set_child (ADW_STATUS_PAGE (status), button);
  gtk_widget_add_css_class (status, "compact");
  return status;
}

GtkWidget *
mado_search_list_new (void)
{
  return g_object_new (MADO_TYPE_SEARCH_LIST, NULL);
}

static void
mado_search_list_dispose (GObject *object)
{
  MadoSearchList *self = MADO_SEARCH_LIST (object);

  g_clear_handle_id (&self->fill_id, g_source_remove);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_object (&self->results);
  g_clear_object (&self->index);
  g_clear_object (&self->own_contacts);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (mado_search_list_parent_class)->dispose (object);
}

static void
mado_search_list_class_init (MadoSearchListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mado_search_list_dispose;

  signals[RESULT_ACTIVATED] =
    g_signal_new ("result-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, MADO_TYPE_SEARCH_RESULT);
}

static void
mado_search_list_init (MadoSearchList *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "navigation-sidebar");
  /* Translators: the accessible name of the list of search results. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search Results"), -1);
  gtk_list_box_set_header_func (self->list_box, update_header, NULL, NULL);
  self->results = g_list_store_new (MADO_TYPE_SEARCH_RESULT);
  self->pending = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->results), create_row, NULL, NULL);
  g_signal_connect_swapped (self->list_box, "row-activated", G_CALLBACK (row_activated_cb), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list_box));

  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), scroller, "results");
  gtk_stack_add_named (GTK_STACK (self->stack), build_empty_state (), "empty");
  gtk_widget_set_vexpand (self->stack, TRUE);
  adw_bin_set_child (ADW_BIN (self), self->stack);
}
