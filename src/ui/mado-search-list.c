/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-column-layout.h"
#include "mado-page-parts.h"
#include "mado-own-contacts-text.h"
#include "mado-search-list.h"
#include "mado-search-slot.h"

/* The sidebar's search results: the desk's own contacts, then the guide's
 * situations, sections and contacts, each group under its heading, best
 * match first, each row with the part of the text that matched. When
 * nothing matches it says so and offers the guided questions instead.
 * Activating a row emits "result-activated".
 *
 * A keystroke changes the items of a list model, not rows: the items that
 * show the same at its start and at its end stay, and one splice replaces
 * those between. The list view shows places (MadoSearchSlot) rather than
 * the items: a place given another item changes its row's text, and rows
 * are made or dropped only as the number of items changes. GTK 4.8's list
 * view makes a row for each of up to 200 items,
 * in view or not, so it is shown a slice of the items, a page at a time:
 * the first page after each keystroke, one more whenever the end of the
 * slice comes within half a screen (scrolling, or the focus moving down).
 * A keystroke that finds fifty results then costs no more than one that
 * finds ten. */

/* More than the first screen of an 800-pixel window shows, headings
 * included. */
#define PAGE_ITEMS 16
struct _MadoSearchList
{
  AdwBin parent_instance;

  MadoSearchIndex *index;
  MadoOwnContacts *own_contacts;
  GListStore      *hits;        /* MadoSearchHit: headings and results */
  GListStore      *slots;       /* MadoSearchSlot: one for each hit, in order */
  GtkSliceListModel *shown;     /* the part of slots the list view has */
  guint            n_results;
  char            *query;
  GtkScrolledWindow *scroller;
  GtkListView     *list_view;
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

static const char *
heading_text (MadoSearchResultKind kind)
{
  switch (kind)
    {
    case MADO_SEARCH_RESULT_KIND_OWN_CONTACT:
      /* Translators: heading of the own contacts found by a search; in Japanese 社内・契約先. */
      return _("Your Organisation");
    case MADO_SEARCH_RESULT_KIND_GUIDE:
      /* Translators: heading of the search results that are
       * situations of the "What Happened?" guide. */
      return _("Situations");
    case MADO_SEARCH_RESULT_KIND_SECTION:
      /* Translators: heading of the section results of a search. */
      return _("Sections");
    case MADO_SEARCH_RESULT_KIND_CONTACT:
    default:
      /* Translators: heading of the contact results of a search. */
      return _("Contacts");
    }
}

/* The parts of a row, made once per row widget; bind_row_cb() fills them
 * for whichever item the row shows. */
typedef struct
{
  GtkWidget   *heading;
  GtkWidget   *title;
  GtkWidget   *snippet;
  GtkListItem *list_item;   /* unowned: it owns the row */
  gulong       changed_id;  /* on the bound slot's notify::hit */
} RowParts;

static void
setup_row_cb (MadoSearchList *self,
              GtkListItem    *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  RowParts *parts = g_new0 (RowParts, 1);

  /* A box's own layout would ask the wrapping labels for their widths
   * whenever a keystroke changes them (mado-column-layout.c). */
  gtk_widget_set_layout_manager (box, mado_column_layout_new (2));

  parts->heading = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (parts->heading), 0);
  gtk_widget_add_css_class (parts->heading, "heading");
  gtk_widget_set_margin_top (parts->heading, 9);
  gtk_widget_set_margin_bottom (parts->heading, 3);
  parts->title = mado_page_parts_row_label_new (NULL, NULL, TRUE);
  parts->snippet = mado_page_parts_row_label_new (NULL, "dim-label", TRUE);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_box_append (GTK_BOX (box), parts->heading);
  gtk_box_append (GTK_BOX (box), parts->title);
  gtk_box_append (GTK_BOX (box), parts->snippet);
  parts->list_item = list_item;
  g_object_set_data_full (G_OBJECT (box), "mado-row-parts", parts, g_free);
  /* Unowned: the list item owns the box. */
  g_object_set_data (G_OBJECT (box), "mado-list-item", list_item);
  gtk_list_item_set_child (list_item, box);
}

/* The accessible name goes on the row that takes the focus, which GTK 4.8
 * gives no other way to reach than as the child's parent. */
static void
set_row_label (GtkListItem *list_item,
               const char  *label)
{
#if GTK_CHECK_VERSION (4, 12, 0)
  /* Newer than the API level pinned for GTK 4.8. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_list_item_set_accessible_label (list_item, label);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  GtkWidget *row = gtk_widget_get_parent (gtk_list_item_get_child (list_item));

  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
#endif
}

static RowParts *
row_parts (GtkListItem *list_item)
{
  return g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "mado-row-parts");
}

/* Fills the row's parts for the hit its place now shows. */
static void
show_hit (RowParts *parts)
{
  GtkListItem *list_item = parts->list_item;
  MadoSearchHit *hit = mado_search_slot_get_hit (gtk_list_item_get_item (list_item));
  MadoSearchResult *result = mado_search_hit_get_result (hit);
  g_autofree char *title = NULL;
  const char *snippet;

  gtk_list_item_set_activatable (list_item, result != NULL);
  gtk_list_item_set_selectable (list_item, result != NULL);
  gtk_widget_set_visible (parts->heading, result == NULL);
  gtk_widget_set_visible (parts->title, result != NULL);
  if (result == NULL)
    {
      gtk_widget_set_visible (parts->snippet, FALSE);
      gtk_label_set_text (GTK_LABEL (parts->heading), heading_text (mado_search_hit_get_kind (hit)));
      set_row_label (list_item, heading_text (mado_search_hit_get_kind (hit)));
      return;
    }

  title = result_title (result);
  snippet = mado_search_result_get_snippet (result);
  gtk_label_set_text (GTK_LABEL (parts->title), title);
  gtk_label_set_text (GTK_LABEL (parts->snippet), snippet != NULL ? snippet : "");
  gtk_widget_set_visible (parts->snippet, snippet != NULL);
  set_row_label (list_item, title);
}

static void
slot_changed_cb (MadoSearchSlot *slot,
                 GParamSpec     *pspec,
                 RowParts       *parts)
{
  show_hit (parts);
}

static void
bind_row_cb (MadoSearchList *self,
             GtkListItem    *list_item)
{
  RowParts *parts = row_parts (list_item);

  parts->changed_id = g_signal_connect (gtk_list_item_get_item (list_item), "notify::hit",
                                        G_CALLBACK (slot_changed_cb), parts);
  show_hit (parts);
}

static void
unbind_row_cb (MadoSearchList *self,
               GtkListItem    *list_item)
{
  RowParts *parts = row_parts (list_item);

  g_clear_signal_handler (&parts->changed_id, gtk_list_item_get_item (list_item));
}

/* The desk's own contacts first (they are whom the desk calls first), then
 * situations, sections and contacts, each under its heading; the index's
 * order (best first) within each. */
static GPtrArray *
group_results (GListModel *ranked,
               guint      *n_results)
{
  static const MadoSearchResultKind order[] = {
    MADO_SEARCH_RESULT_KIND_OWN_CONTACT, MADO_SEARCH_RESULT_KIND_GUIDE, MADO_SEARCH_RESULT_KIND_SECTION, MADO_SEARCH_RESULT_KIND_CONTACT,
  };
  guint n = g_list_model_get_n_items (ranked);
  GPtrArray *grouped = g_ptr_array_new_full (n + G_N_ELEMENTS (order), g_object_unref);

  *n_results = n;
  for (guint pass = 0; pass < G_N_ELEMENTS (order); pass++)
    {
      gboolean headed = FALSE;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(MadoSearchResult) result = g_list_model_get_item (ranked, i);

          if (mado_search_result_get_kind (result) != order[pass])
            continue;
          if (!headed)
            g_ptr_array_add (grouped, mado_search_hit_new_heading (order[pass]));
          headed = TRUE;
          g_ptr_array_add (grouped, mado_search_hit_new_result (result));
        }
    }

  return grouped;
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
shows_same_at (GListModel    *model,
               guint          position,
               MadoSearchHit *hit)
{
  g_autoptr(MadoSearchHit) old = g_list_model_get_item (model, position);

  return mado_search_hit_shows_same (old, hit);
}

/* For arrays whose items are taken out, leaving NULL. */
static void
clear_slot (gpointer slot)
{
  g_clear_object (&slot);
}

/* What a hit is a row for: its item, or for a heading its kind. A hit
 * shows one item at most once per query, so this finds the one place that
 * can show the same (item pointers are never small numbers). */
static gpointer
hit_key (MadoSearchHit *hit)
{
  MadoSearchResult *result = mado_search_hit_get_result (hit);

  if (result == NULL)
    return GUINT_TO_POINTER (mado_search_hit_get_kind (hit) + 1);
  return mado_search_result_get_item (result);
}

/* The place from @candidates (those not taken yet, indexed by @by_key)
 * that shows what @hit shows, or -1: one look-up per hit, as a keystroke
 * on an administrator's large dataset may bring thousands. */
static int
find_same (GPtrArray     *candidates,
           GHashTable    *by_key,
           MadoSearchHit *hit)
{
  gpointer found;
  guint i;

  if (!g_hash_table_lookup_extended (by_key, hit_key (hit), NULL, &found))
    return -1;
  i = GPOINTER_TO_UINT (found);
  if (candidates->pdata[i] == NULL ||
      !mado_search_hit_shows_same (mado_search_slot_get_hit (candidates->pdata[i]), hit))
    return -1;
  return (int) i;
}

/* As many places as hits, each showing the hit at its position; those
 * from @start on may have changed or moved. A place that shows what a hit
 * there shows moves there, and its row with it, as it is (GTK keeps the
 * row of an item that a splice removes and adds back); the other places
 * are given the hits left, and rows are made only for places added. All in
 * one splice. */
static void
update_slots (MadoSearchList *self,
              guint           start)
{
  GListModel *hits = G_LIST_MODEL (self->hits);
  GListModel *slots = G_LIST_MODEL (self->slots);
  guint n_hits = g_list_model_get_n_items (hits);
  guint n_slots = g_list_model_get_n_items (slots);
  g_autoptr(GPtrArray) old = g_ptr_array_new_with_free_func (clear_slot);
  g_autoptr(GPtrArray) placed = g_ptr_array_new_with_free_func (clear_slot);
  g_autoptr(GHashTable) by_key = g_hash_table_new (NULL, NULL);
  guint next_free = 0;

  for (guint i = start; i < n_slots; i++)
    {
      MadoSearchSlot *slot = g_list_model_get_item (slots, i);

      g_hash_table_insert (by_key, hit_key (mado_search_slot_get_hit (slot)), GUINT_TO_POINTER (old->len));
      g_ptr_array_add (old, slot);
    }

  /* Each hit's place: one that showed the same, if any. */
  for (guint i = start; i < n_hits; i++)
    {
      g_autoptr(MadoSearchHit) hit = g_list_model_get_item (hits, i);
      int same = find_same (old, by_key, hit);

      g_ptr_array_add (placed, same >= 0 ? g_steal_pointer (&old->pdata[same]) : NULL);
    }

  /* The others: the places left, then new ones. */
  for (guint i = 0; i < placed->len; i++)
    {
      g_autoptr(MadoSearchHit) hit = g_list_model_get_item (hits, start + i);

      if (placed->pdata[i] == NULL)
        {
          while (next_free < old->len && old->pdata[next_free] == NULL)
            next_free++;
          placed->pdata[i] = next_free < old->len ? g_steal_pointer (&old->pdata[next_free])
                                                  : mado_search_slot_new (hit);
        }
      mado_search_slot_set_hit (placed->pdata[i], hit);
    }

  g_list_store_splice (self->slots, start, n_slots - start, placed->pdata, placed->len);
}

/* Replaces the items with @grouped in one splice of what differs: the items
 * that show the same at the start and at the end stay, and so do their
 * rows. */
static void
update_hits (MadoSearchList *self,
             GPtrArray      *grouped)
{
  GListModel *model = G_LIST_MODEL (self->hits);
  guint n_old = g_list_model_get_n_items (model);
  guint n_new = grouped->len;
  guint start = 0;
  guint end = 0;

  while (start < n_old && start < n_new && shows_same_at (model, start, grouped->pdata[start]))
    start++;
  while (end < n_old - start && end < n_new - start &&
         shows_same_at (model, n_old - 1 - end, grouped->pdata[n_new - 1 - end]))
    end++;

  if (start == n_old && start == n_new)
    return;
  g_list_store_splice (self->hits, start, n_old - start - end,
                       grouped->pdata + start, n_new - start - end);
  update_slots (self, start);
}

/* What a screen reader says of the list: how many results it holds. */
static void
update_count (MadoSearchList *self,
              guint           n_results)
{
  g_autofree char *count = NULL;

  if (n_results == self->n_results)
    return;
  self->n_results = n_results;
  /* Translators: the accessible description of the search results. */
  count = g_strdup_printf (ngettext ("%u result", "%u results", n_results), n_results);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, count, -1);
}

void
mado_search_list_set_query (MadoSearchList *self,
                            const char     *query)
{
  g_autoptr(GListModel) ranked = NULL;
  g_autoptr(GPtrArray) grouped = NULL;
  guint n_results;

  g_return_if_fail (MADO_IS_SEARCH_LIST (self));
  g_return_if_fail (self->index != NULL);

  if (g_strcmp0 (self->query, query) == 0)
    return;
  g_free (self->query);
  self->query = g_strdup (query);

  ranked = mado_search_index_query (self->index, query);
  add_own_results (self, G_LIST_STORE (ranked), query);
  grouped = group_results (ranked, &n_results);
  update_hits (self, grouped);
  update_count (self, n_results);
  /* A new query shows its best results: the top, and one page. (Scrolling
   * a list without items makes GTK warn.) */
  if (n_results > 0 && gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller)) > 0)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_slice_list_model_set_size (self->shown, PAGE_ITEMS);
  /* The stack is the bin's child, not a template child: AdwBin unparents
   * it itself. */
  gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))),
                                    n_results > 0 ? "results" : "empty");
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
      g_list_store_remove_all (self->hits);
      g_list_store_remove_all (self->slots);
      update_count (self, 0);
      g_clear_pointer (&self->query, g_free);
    }
}

/* The number of results, headings not counted. */
guint
mado_search_list_get_n_results (MadoSearchList *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_LIST (self), 0);
  return self->n_results;
}

/**
 * mado_search_list_get_hits:
 *
 * Returns: (transfer none): the list's items, #MadoSearchHit: the headings
 *   and the results, in the order shown
 */
GListModel *
mado_search_list_get_hits (MadoSearchList *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_LIST (self), NULL);
  return G_LIST_MODEL (self->hits);
}

static GtkListItem *
row_list_item (GtkWidget *row)
{
  GtkWidget *child = gtk_widget_get_first_child (row);

  return child != NULL ? g_object_get_data (G_OBJECT (child), "mado-list-item") : NULL;
}

/**
 * mado_search_list_get_row:
 *
 * Returns: (transfer none) (nullable): the row that shows the item at
 *   @position (the widget that takes the focus and carries the accessible
 *   name), or %NULL when it has none: the list makes rows only for what is
 *   in view, once it has been laid out
 */
GtkWidget *
mado_search_list_get_row (MadoSearchList *self,
                          guint           position)
{
  g_autoptr(GObject) hit = NULL;

  g_return_val_if_fail (MADO_IS_SEARCH_LIST (self), NULL);

  hit = g_list_model_get_item (G_LIST_MODEL (self->hits), position);
  if (hit == NULL)
    return NULL;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkListItem *list_item = row_list_item (row);

      if (list_item != NULL && gtk_list_item_get_item (list_item) != NULL &&
          mado_search_slot_get_hit (gtk_list_item_get_item (list_item)) == (MadoSearchHit *) hit &&
          gtk_list_item_get_position (list_item) == position)
        return row;
    }
  return NULL;
}

static void
activate_cb (MadoSearchList *self,
             guint           position)
{
  g_autoptr(MadoSearchHit) hit = g_list_model_get_item (G_LIST_MODEL (self->hits), position);

  if (hit != NULL && !mado_search_hit_is_heading (hit))
    g_signal_emit (self, signals[RESULT_ACTIVATED], 0, mado_search_hit_get_result (hit));
}

/* The first item is always a heading; the first result follows it. */
static guint
first_result_position (MadoSearchList *self)
{
  return self->n_results > 0 ? 1 : GTK_INVALID_LIST_POSITION;
}

/* Enter in the search entry opens the best result; FALSE when there is
 * none. */
gboolean
mado_search_list_activate_first (MadoSearchList *self)
{
  g_return_val_if_fail (MADO_IS_SEARCH_LIST (self), FALSE);

  if (first_result_position (self) == GTK_INVALID_LIST_POSITION)
    return FALSE;
  activate_cb (self, first_result_position (self));
  return TRUE;
}

/* Down from the search entry moves into the results, on the first one. */
void
mado_search_list_focus_first (MadoSearchList *self)
{
  guint position;
  GtkWidget *row;

  g_return_if_fail (MADO_IS_SEARCH_LIST (self));

  position = first_result_position (self);
  if (position == GTK_INVALID_LIST_POSITION)
    return;
  row = mado_search_list_get_row (self, position);
  if (row != NULL)
    gtk_widget_grab_focus (row);
  else
    gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
}

/* One more page of items once the end of those shown is within half a
 * screen of the view. */
static void
adjustment_changed_cb (MadoSearchList *self,
                       GtkAdjustment  *adjustment)
{
  double end = gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment);
  guint size = gtk_slice_list_model_get_size (self->shown);

  if (size >= g_list_model_get_n_items (G_LIST_MODEL (self->slots)))
    return;
  if (end + gtk_adjustment_get_page_size (adjustment) / 2 >= gtk_adjustment_get_upper (adjustment))
    gtk_slice_list_model_set_size (self->shown, size + PAGE_ITEMS);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), MADO_TYPE_SEARCH_LIST);
  g_clear_object (&self->shown);
  g_clear_object (&self->slots);
  g_clear_object (&self->hits);
  g_clear_object (&self->index);
  g_clear_object (&self->own_contacts);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (mado_search_list_parent_class)->dispose (object);
}

static void
mado_search_list_class_init (MadoSearchListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mado_search_list_dispose;

  signals[RESULT_ACTIVATED] =
    g_signal_new ("result-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, MADO_TYPE_SEARCH_RESULT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mado-search-list.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoSearchList, scroller);
  gtk_widget_class_bind_template_child (widget_class, MadoSearchList, list_view);
  gtk_widget_class_bind_template_callback (widget_class, setup_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
}

static void
mado_search_list_init (MadoSearchList *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;
  GtkAdjustment *adjustment;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->hits = g_list_store_new (MADO_TYPE_SEARCH_HIT);
  self->slots = g_list_store_new (MADO_TYPE_SEARCH_SLOT);
  self->shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->slots)), 0, PAGE_ITEMS);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  /* "changed" as the list grows or the window is resized, "value-changed"
   * as it scrolls. */
  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (adjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (adjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);
}
