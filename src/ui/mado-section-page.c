/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-a11y.h"
#include "mado-address-row.h"
#include "mado-block.h"
#include "mado-contact-card.h"
#include "mado-page-parts.h"
#include "mado-phrased-label.h"
#include "mado-section-page.h"

/* One section of the guidance, built when it is shown and dropped when another
 * is: title, summary, then its blocks in page order, and links to its
 * sub-sections.
 *
 * Blocks whose source is older than the dataset's current_years come after
 * the current ones, under a muted line with their year ("From 2022"), so
 * that nothing old reads as the present state.
 *
 * Only what fills the first screen is built at once; the rest follows when
 * that screen has been painted, so that a section appears as soon as its top
 * is ready (the text of a long page is most of the work of showing it).
 * Anything that looks into the page first completes it. */
struct _MadoSectionPage
{
  AdwBin parent_instance;

  MadoDataset   *dataset;
  MadoSection   *section;
  int            first_screen;

  GtkWidget     *box;
  GtkLabel      *kicker_label;
  GtkLabel      *title_label;
  GtkLabel      *summary_label;
  GtkWidget     *sheet_button;

  GPtrArray     *blocks;        /* in the order shown: current, then older */
  GDateTime     *today;
  guint          n_current;
  int            older_year;    /* of the last "From …" line, 0 before any */
  guint          n_built;       /* blocks built so far */
  gboolean       complete;
  GdkFrameClock *frame_clock;   /* while waiting for the first paint */
  gulong         after_paint_id;
  guint          rest_id;
};

G_DEFINE_FINAL_TYPE (MadoSectionPage, mado_section_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SECTION,
  PROP_FIRST_SCREEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Titles and headings break only between phrases (mado-phrased-label.c). */
static GtkWidget *
phrased_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = mado_page_parts_text_label (text, css_class);

  mado_label_set_phrased_text (GTK_LABEL (label), text);
  return label;
}

/* The muted line above content older than the dataset's threshold. */
static GtkWidget *
older_line (int year)
{
  g_autofree char *text = NULL;
  GtkWidget *label;

  /* Translators: a muted line above content whose source dates from that
   * year, shown after the current content; %d is a year such as 2022. */
  text = g_strdup_printf (_("From %d"), year);
  label = mado_page_parts_plain_label (text, "dim-label");
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_set_margin_top (label, 12);
  return label;
}

/* A group of reference links. In a current group, links whose own date is
 * older than the threshold follow the others in a list of their own under
 * the muted line (a group that is older as a whole already sits under it). */
static GtkWidget *
links_widget (MadoSectionPage *self,
              MadoBlock       *block)
{
  /* Translators: the heading of a group of reference links (参考情報 on the source page). */
  const char *title = mado_block_get_title (block) ?: _("References");
  guint years = mado_dataset_get_current_years (self->dataset);
  gboolean split = !mado_block_is_older (block, self->today, years);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list = mado_page_parts_boxed_list_new (title);
  GtkWidget *older = NULL;
  GListModel *links = mado_block_get_links (block);
  int older_year = 0;

  gtk_box_append (GTK_BOX (box), phrased_label (title, "heading"));
  gtk_box_append (GTK_BOX (box), list);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(MadoLink) link = g_list_model_get_item (links, i);
      GtkWidget *target = list;

      if (split && mado_link_is_older (link, self->today, years))
        {
          int year = g_date_time_get_year (mado_link_get_date (link));

          if (older == NULL || year != older_year)
            {
              older_year = year;
              gtk_box_append (GTK_BOX (box), older_line (older_year));
              older = mado_page_parts_boxed_list_new (title);
              gtk_box_append (GTK_BOX (box), older);
            }
          target = older;
        }
      gtk_list_box_append (GTK_LIST_BOX (target), mado_address_row_new_for_link (link));
    }
  /* A group whose every link is older than its own date: no empty list. */
  if (gtk_widget_get_first_child (list) == NULL)
    gtk_widget_set_visible (list, FALSE);
  return box;
}

static GtkWidget *
section_link_widget (MadoDataset *dataset,
                     MadoBlock   *block)
{
  MadoSection *target = mado_dataset_lookup_section (dataset, mado_block_get_section_id (block));
  GtkWidget *list = mado_page_parts_boxed_list_new (mado_section_get_title (target));

  gtk_list_box_append (GTK_LIST_BOX (list), mado_page_parts_section_link_row_new (target, mado_block_get_text (block)));
  return list;
}

static GtkWidget *
definition_widget (MadoBlock *block)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  gtk_box_append (GTK_BOX (box), phrased_label (mado_block_get_term (block), "heading"));
  gtk_box_append (GTK_BOX (box), mado_page_parts_text_label (mado_block_get_text (block), NULL));
  return box;
}

static GtkWidget *
block_widget (MadoSectionPage *self,
              MadoBlock       *block)
{
  switch (mado_block_get_kind (block))
    {
    case MADO_BLOCK_KIND_HEADING:
      return phrased_label (mado_block_get_text (block), "title-4");
    case MADO_BLOCK_KIND_PARAGRAPH:
      return mado_page_parts_text_label (mado_block_get_text (block), NULL);
    case MADO_BLOCK_KIND_NOTE:
      return mado_page_parts_text_label (mado_block_get_text (block), "page-note");
    case MADO_BLOCK_KIND_DEFINITION:
      return definition_widget (block);
    case MADO_BLOCK_KIND_STEPS:
      return mado_page_parts_items_new (mado_block_get_items (block), TRUE);
    case MADO_BLOCK_KIND_LIST:
      return mado_page_parts_items_new (mado_block_get_items (block), FALSE);
    case MADO_BLOCK_KIND_LINKS:
      return links_widget (self, block);
    case MADO_BLOCK_KIND_CONTACT:
      return mado_contact_card_new (mado_block_get_contact (block));
    case MADO_BLOCK_KIND_SECTION:
      return section_link_widget (self->dataset, block);
    default:
      g_assert_not_reached ();
    }
}

/* A rough height for @block in pixels, from its kind and the length of its
 * text, without measuring anything: it only decides what is built before
 * the first paint. A block it leaves out shows one frame later. */
static int
estimated_height (MadoBlock *block)
{
  const char *text = mado_block_get_text (block);
  int lines = text != NULL ? 1 + (int) g_utf8_strlen (text, -1) / 40 : 1;

  switch (mado_block_get_kind (block))
    {
    case MADO_BLOCK_KIND_LINKS:
      return 40 + 56 * (int) g_list_model_get_n_items (mado_block_get_links (block));
    case MADO_BLOCK_KIND_CONTACT:
      return 400;
    case MADO_BLOCK_KIND_STEPS:
    case MADO_BLOCK_KIND_LIST:
      return 40 * (int) g_strv_length ((char **) mado_block_get_items (block));
    case MADO_BLOCK_KIND_SECTION:
    case MADO_BLOCK_KIND_DEFINITION:
      return 80 + 24 * lines;
    case MADO_BLOCK_KIND_HEADING:
    case MADO_BLOCK_KIND_PARAGRAPH:
    case MADO_BLOCK_KIND_NOTE:
    default:
      return 18 + 24 * lines;
    }
}

/* The header's height, roughly, as for the blocks. */
static int
estimated_header_height (MadoSection *section)
{
  return 120 + 24 * (1 + (int) g_utf8_strlen (mado_section_get_summary (section), -1) / 40);
}

/* The header's texts: the template (resources/ui/mado-section-page.ui)
 * holds its labels and CHECK2's way to the incident sheet. */
static void
fill_header (MadoSectionPage *self)
{
  const char *check = mado_section_get_check (self->section);
  g_autofree char *kicker = check != NULL
    ? g_strdup_printf ("%s · %s", mado_section_get_label (self->section), check)
    : g_strdup (mado_section_get_label (self->section));

  gtk_label_set_text (self->kicker_label, kicker);
  mado_label_set_phrased_text (self->title_label, mado_section_get_title (self->section));
  gtk_label_set_text (self->summary_label, mado_section_get_summary (self->section));
  /* CHECK2 lists what to have ready before calling: the incident sheet is
   * where the desk writes it down. Other pages drop the button before it is
   * in a window, so that its mnemonic is never registered with one. */
  if (g_str_equal (mado_section_get_id (self->section), "check2"))
    gtk_widget_set_visible (self->sheet_button, TRUE);
  else
    {
      gtk_box_remove (GTK_BOX (self->box), self->sheet_button);
      self->sheet_button = NULL;
    }
}

static void
add_children (MadoSectionPage *self)
{
  GListModel *children = mado_section_get_children (self->section);
  GtkWidget *list;

  if (g_list_model_get_n_items (children) == 0)
    return;

  /* Translators: heading above the list of a section's sub-sections. */
  list = mado_page_parts_boxed_list_new (_("In This Section"));
  gtk_box_append (GTK_BOX (self->box), phrased_label (_("In This Section"), "heading"));
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(MadoSection) child = g_list_model_get_item (children, i);
      gtk_list_box_append (GTK_LIST_BOX (list),
                           mado_page_parts_section_link_row_new (child, mado_section_get_summary (child)));
    }
  gtk_box_append (GTK_BOX (self->box), list);
}

/* The first older block of each year is preceded by a muted line naming the
 * year its source gives. */
static void
add_older_line (MadoSectionPage *self,
                MadoBlock       *block)
{
  int year = g_date_time_get_year (mado_block_get_date (block));

  if (year == self->older_year)
    return;
  self->older_year = year;
  gtk_box_append (GTK_BOX (self->box), older_line (year));
}

/* Builds blocks until about @height pixels of them exist (at least one), or
 * all of them when @height is G_MAXINT. */
static void
build_blocks (MadoSectionPage *self,
              int              height)
{
  int built = 0;

  while (self->n_built < self->blocks->len && (built < height || built == 0))
    {
      MadoBlock *block = g_ptr_array_index (self->blocks, self->n_built++);

      if (self->n_built > self->n_current)
        add_older_line (self, block);
      gtk_box_append (GTK_BOX (self->box), block_widget (self, block));
      if (height != G_MAXINT)
        built += estimated_height (block);
    }
}

static void
stop_waiting_for_paint (MadoSectionPage *self)
{
  if (self->after_paint_id != 0)
    g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
  g_clear_object (&self->frame_clock);
}

static void
stop_waiting (MadoSectionPage *self)
{
  stop_waiting_for_paint (self);
  g_clear_handle_id (&self->rest_id, g_source_remove);
}

static void
complete (MadoSectionPage *self)
{
  if (self->complete)
    return;
  stop_waiting (self);
  build_blocks (self, G_MAXINT);
  add_children (self);
  self->complete = TRUE;
}

static gboolean
build_rest_cb (gpointer user_data)
{
  MadoSectionPage *self = user_data;

  self->rest_id = 0;
  complete (self);
  return G_SOURCE_REMOVE;
}

/* The first screen is on the display: the rest is built when the main loop
 * is next idle, after any input that came meanwhile. */
static void
after_paint_cb (GdkFrameClock   *frame_clock,
                MadoSectionPage *self)
{
  stop_waiting_for_paint (self);
  if (self->rest_id == 0)
    self->rest_id = g_idle_add (build_rest_cb, self);
}

static void
mado_section_page_map (GtkWidget *widget)
{
  MadoSectionPage *self = MADO_SECTION_PAGE (widget);

  GTK_WIDGET_CLASS (mado_section_page_parent_class)->map (widget);

  if (self->complete || self->after_paint_id != 0 || self->rest_id != 0)
    return;
  g_set_object (&self->frame_clock, gtk_widget_get_frame_clock (widget));
  if (self->frame_clock != NULL)
    self->after_paint_id = g_signal_connect (self->frame_clock, "after-paint",
                                             G_CALLBACK (after_paint_cb), self);
  else
    self->rest_id = g_idle_add (build_rest_cb, self);
}

/* The frame clock goes with the window's surface, and its handlers with it:
 * let go of it while unmapped. */
static void
mado_section_page_unmap (GtkWidget *widget)
{
  stop_waiting_for_paint (MADO_SECTION_PAGE (widget));

  GTK_WIDGET_CLASS (mado_section_page_parent_class)->unmap (widget);
}

/* @first_screen is the height the page is seen through, in pixels: what is
 * below it is built after the first paint. */
GtkWidget *
mado_section_page_new (MadoDataset *dataset,
                       MadoSection *section,
                       int          first_screen)
{
  g_return_val_if_fail (MADO_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (MADO_IS_SECTION (section), NULL);

  return g_object_new (MADO_TYPE_SECTION_PAGE,
                       "dataset", dataset,
                       "section", section,
                       "first-screen", MAX (first_screen, 0),
                       NULL);
}

static void
mado_section_page_constructed (GObject *object)
{
  MadoSectionPage *self = MADO_SECTION_PAGE (object);
  int height = self->first_screen;

  G_OBJECT_CLASS (mado_section_page_parent_class)->constructed (object);

  g_assert (self->dataset != NULL && self->section != NULL);
  self->today = g_date_time_new_now_utc ();
  self->blocks = mado_section_arrange_blocks (self->section, self->today,
                                              mado_dataset_get_current_years (self->dataset),
                                              &self->n_current);
  fill_header (self);
  if (height != G_MAXINT)
    height -= estimated_header_height (self->section);
  build_blocks (self, height);
  if (self->n_built == self->blocks->len)
    complete (self);
}

/* Builds what is not built yet, at once. */
void
mado_section_page_complete (MadoSectionPage *self)
{
  g_return_if_fail (MADO_IS_SECTION_PAGE (self));
  complete (self);
}

gboolean
mado_section_page_is_complete (MadoSectionPage *self)
{
  g_return_val_if_fail (MADO_IS_SECTION_PAGE (self), FALSE);
  return self->complete;
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

  complete (self);
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
mado_section_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MadoSectionPage *self = MADO_SECTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;
    case PROP_FIRST_SCREEN:
      g_value_set_int (value, self->first_screen);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_section_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MadoSectionPage *self = MADO_SECTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    case PROP_SECTION:
      self->section = g_value_dup_object (value);
      break;
    case PROP_FIRST_SCREEN:
      self->first_screen = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_section_page_dispose (GObject *object)
{
  MadoSectionPage *self = MADO_SECTION_PAGE (object);

  stop_waiting (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MADO_TYPE_SECTION_PAGE);
  g_clear_object (&self->section);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_date_time_unref);

  G_OBJECT_CLASS (mado_section_page_parent_class)->dispose (object);
}

static void
mado_section_page_class_init (MadoSectionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mado_section_page_constructed;
  object_class->get_property = mado_section_page_get_property;
  object_class->set_property = mado_section_page_set_property;
  object_class->dispose = mado_section_page_dispose;
  widget_class->map = mado_section_page_map;
  widget_class->unmap = mado_section_page_unmap;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, MADO_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL, MADO_TYPE_SECTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The height the page is seen through, in pixels: what is below it is
   * built after the first paint. G_MAXINT builds the whole page at once. */
  properties[PROP_FIRST_SCREEN] =
    g_param_spec_int ("first-screen", NULL, NULL, 0, G_MAXINT, G_MAXINT,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mado-section-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoSectionPage, box);
  gtk_widget_class_bind_template_child (widget_class, MadoSectionPage, kicker_label);
  gtk_widget_class_bind_template_child (widget_class, MadoSectionPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MadoSectionPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MadoSectionPage, sheet_button);
}

static void
mado_section_page_init (MadoSectionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mado_page_parts_forget_selections (adw_bin_get_child (ADW_BIN (self)));
  mado_a11y_name_by_label (self->sheet_button);
}
