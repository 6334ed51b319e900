/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-address-row.h"
#include "mado-block.h"
#include "mado-contact-card.h"
#include "mado-page-parts.h"
#include "mado-section-page.h"

/* One section of the guidance, built when it is shown and dropped when another
 * is: title, summary, then its blocks in page order, and links to its
 * sub-sections. */
struct _MadoSectionPage
{
  AdwBin parent_instance;

  MadoSection *section;
  GtkWidget   *box;
};

G_DEFINE_FINAL_TYPE (MadoSectionPage, mado_section_page, ADW_TYPE_BIN)

static GtkWidget *
links_widget (MadoBlock *block)
{
  /* Translators: the heading of a group of reference links (参考情報 on the source page). */
  const char *title = mado_block_get_title (block) ?: _("References");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list = mado_boxed_list (title);
  GListModel *links = mado_block_get_links (block);

  gtk_box_append (GTK_BOX (box), mado_text_label (title, "heading"));
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(MadoLink) link = g_list_model_get_item (links, i);
      gtk_list_box_append (GTK_LIST_BOX (list), mado_address_row_new_for_link (link));
    }
  gtk_box_append (GTK_BOX (box), list);
  return box;
}

static GtkWidget *
section_link_widget (MadoDataset *dataset,
                     MadoBlock   *block)
{
  MadoSection *target = mado_dataset_lookup_section (dataset, mado_block_get_section_id (block));
  GtkWidget *list = mado_boxed_list (mado_section_get_title (target));

  gtk_list_box_append (GTK_LIST_BOX (list), mado_section_link_row_new (target, mado_block_get_text (block)));
  return list;
}

static GtkWidget *
definition_widget (MadoBlock *block)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  gtk_box_append (GTK_BOX (box), mado_text_label (mado_block_get_term (block), "heading"));
  gtk_box_append (GTK_BOX (box), mado_text_label (mado_block_get_text (block), NULL));
  return box;
}

static GtkWidget *
block_widget (MadoDataset *dataset,
              MadoBlock   *block)
{
  switch (mado_block_get_kind (block))
    {
    case MADO_BLOCK_KIND_HEADING:
      return mado_text_label (mado_block_get_text (block), "title-4");
    case MADO_BLOCK_KIND_PARAGRAPH:
      return mado_text_label (mado_block_get_text (block), NULL);
    case MADO_BLOCK_KIND_NOTE:
      return mado_text_label (mado_block_get_text (block), "page-note");
    case MADO_BLOCK_KIND_DEFINITION:
      return definition_widget (block);
    case MADO_BLOCK_KIND_STEPS:
      return mado_items_widget (mado_block_get_items (block), TRUE);
    case MADO_BLOCK_KIND_LIST:
      return mado_items_widget (mado_block_get_items (block), FALSE);
    case MADO_BLOCK_KIND_LINKS:
      return links_widget (block);
    case MADO_BLOCK_KIND_CONTACT:
      return mado_contact_card_new (mado_block_get_contact (block));
    case MADO_BLOCK_KIND_SECTION:
      return section_link_widget (dataset, block);
    default:
      g_assert_not_reached ();
    }
}

static void
add_header (MadoSectionPage *self)
{
  const char *check = mado_section_get_check (self->section);
  g_autofree char *kicker = check != NULL
    ? g_strdup_printf ("%s · %s", mado_section_get_label (self->section), check)
    : g_strdup (mado_section_get_label (self->section));
  GtkWidget *title = mado_text_label (mado_section_get_title (self->section), "title-1");

  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_box_append (GTK_BOX (self->box), mado_text_label (kicker, "section-check"));
  gtk_box_append (GTK_BOX (self->box), title);
  gtk_box_append (GTK_BOX (self->box), mado_text_label (mado_section_get_summary (self->section),
                                                   "dim-label"));
}

static void
add_children (MadoSectionPage *self)
{
  GListModel *children = mado_section_get_children (self->section);
  GtkWidget *list;

  if (g_list_model_get_n_items (children) == 0)
    return;

  /* Translators: heading above the list of a section's sub-sections. */
  list = mado_boxed_list (_("In This Section"));
  gtk_box_append (GTK_BOX (self->box), mado_text_label (_("In This Section"), "heading"));
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(MadoSection) child = g_list_model_get_item (children, i);
      gtk_list_box_append (GTK_LIST_BOX (list), mado_section_link_row_new (child, mado_section_get_summary (child)));
    }
  gtk_box_append (GTK_BOX (self->box), list);
}

/* CHECK2 lists what to have ready before calling: the incident sheet is
 * where the desk writes it down. */
static void
add_sheet_button (MadoSectionPage *self)
{
  GtkWidget *button = mado_text_button_new (_("_Fill In the Incident Sheet"), "win.show-sheet",
                                            "suggested-action");

  gtk_widget_set_tooltip_text (button, _("Write down the facts of an incident (Ctrl+I)"));
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "pill");
  gtk_box_append (GTK_BOX (self->box), button);
}

GtkWidget *
mado_section_page_new (MadoDataset *dataset,
                       MadoSection *section)
{
  MadoSectionPage *self;
  GListModel *blocks;

  g_return_val_if_fail (MADO_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (MADO_IS_SECTION (section), NULL);

  self = g_object_new (MADO_TYPE_SECTION_PAGE, NULL);
  self->section = g_object_ref (section);

  add_header (self);
  if (g_str_equal (mado_section_get_id (section), "check2"))
    add_sheet_button (self);
  blocks = mado_section_get_blocks (section);
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(MadoBlock) block = g_list_model_get_item (blocks, i);
      gtk_box_append (GTK_BOX (self->box), block_widget (dataset, block));
    }
  add_children (self);

  return GTK_WIDGET (self);
}

MadoSection *
mado_section_page_get_section (MadoSectionPage *self)
{
  g_return_val_if_fail (MADO_IS_SECTION_PAGE (self), NULL);
  return self->section;
}

/* The first card of @contact_id on the page, or NULL. */
GtkWidget *
mado_section_page_find_card (MadoSectionPage *self,
                             const char      *contact_id)
{
  g_return_val_if_fail (MADO_IS_SECTION_PAGE (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (self->box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (MADO_IS_CONTACT_CARD (child) &&
        g_str_equal (mado_contact_get_id (mado_contact_card_get_contact (MADO_CONTACT_CARD (child))),
                     contact_id))
      return child;

  return NULL;
}

static void
mado_section_page_dispose (GObject *object)
{
  MadoSectionPage *self = MADO_SECTION_PAGE (object);

  g_clear_object (&self->section);

  G_OBJECT_CLASS (mado_section_page_parent_class)->dispose (object);
}

static void
mado_section_page_class_init (MadoSectionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mado_section_page_dispose;
}

static void
mado_section_page_init (MadoSectionPage *self)
{
  adw_bin_set_child (ADW_BIN (self), mado_page_column_new (&self->box));
}
