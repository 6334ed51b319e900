/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-contact-card.h"
#include "mado-guide-page.h"
#include "mado-guide-summary.h"
#include "mado-page-parts.h"

/* The "what happened?" guide: the answers given so far (each can be changed),
 * then the current question with its answers, or the result: what to do
 * first, whom to contact in which order, where to read more and what to have
 * ready. The page follows the walk; the walk outlives the page, so looking at
 * a section and coming back loses nothing. */
struct _MadoGuidePage
{
  AdwBin parent_instance;

  MadoDataset   *dataset;
  MadoGuideWalk *walk;
  GtkWidget     *box;
  GtkWidget     *focus_target;
};

G_DEFINE_FINAL_TYPE (MadoGuidePage, mado_guide_page, ADW_TYPE_BIN)

static void
append (MadoGuidePage *self,
        GtkWidget     *widget)
{
  gtk_box_append (GTK_BOX (self->box), widget);
}

static void
add_answers_so_far (MadoGuidePage *self)
{
  guint n_steps = mado_guide_walk_get_n_steps (self->walk);
  GtkWidget *list;

  if (n_steps == 0)
    return;

  /* Translators: heading above the answers given so far in the guide. */
  list = mado_boxed_list (_("Your Answers"));
  append (self, mado_text_label (_("Your Answers"), "heading"));
  for (guint i = 0; i < n_steps; i++)
    {
      MadoGuideNode *question = mado_guide_walk_get_step_node (self->walk, i);
      MadoGuideAnswer *answer = mado_guide_walk_get_step_answer (self->walk, i);
      GtkWidget *row = mado_action_row_new (mado_guide_node_get_text (question),
                                            mado_guide_answer_get_label (answer),
                                            "mado-document-edit-symbolic", "guide.revisit",
                                            g_variant_new_uint32 (i));
      /* Translators: what activating a row of the answers so far does; %s is the question. */
      g_autofree char *label = g_strdup_printf (_("Change the answer to: %s"),
                                                mado_guide_node_get_text (question));

      mado_set_accessible_label (row, label);
      gtk_widget_set_tooltip_text (row, label);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  append (self, list);
}

static GtkWidget *
button (const char *label,
        const char *action_name,
        const char *css_class)
{
  GtkWidget *widget = mado_text_button_new (label, action_name, css_class);

  gtk_widget_add_css_class (widget, "pill");
  return widget;
}

static void
add_buttons (MadoGuidePage *self,
             gboolean       at_result)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  if (at_result)
    {
      self->focus_target = button (_("_Copy Summary"), "guide.copy-summary", "suggested-action");
      gtk_box_append (GTK_BOX (box), self->focus_target);
    }
  if (mado_guide_walk_get_n_steps (self->walk) > 0)
    {
      gtk_box_append (GTK_BOX (box), button (_("_Back"), "guide.back", NULL));
      gtk_box_append (GTK_BOX (box), button (_("_Start Again"), "guide.restart", NULL));
    }
  append (self, box);

  /* On a line of its own: a fourth button would not fit a narrow window. */
  if (at_result)
    {
      /* Translators: adds the answers and the desks of a guide result to the incident sheet. */
      GtkWidget *attach = button (_("_Attach to Incident Sheet"), "win.attach-guide", NULL);

      gtk_widget_set_halign (attach, GTK_ALIGN_CENTER);
      append (self, attach);
    }
}

static void
add_question (MadoGuidePage *self,
              MadoGuideNode *question)
{
  GListModel *answers = mado_guide_node_get_answers (question);
  GtkWidget *title = mado_plain_label (mado_guide_node_get_text (question), "title-2");
  GtkWidget *list = mado_boxed_list (mado_guide_node_get_text (question));

  /* Plain labels: a selectable one would take the focus meant for the
   * answers. */
  append (self, title);
  if (mado_guide_node_get_help (question) != NULL)
    append (self, mado_plain_label (mado_guide_node_get_help (question), "dim-label"));

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(MadoGuideAnswer) answer = g_list_model_get_item (answers, i);
      GtkWidget *row = mado_action_row_new (mado_guide_answer_get_label (answer), NULL,
                                            "mado-go-next-symbolic", "guide.answer",
                                            g_variant_new_uint32 (i));

      if (i == 0)
        self->focus_target = row;
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  append (self, list);
}

static void
add_urgent (MadoGuidePage *self,
            const char    *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = mado_decorative_icon_new ("mado-dialog-warning-symbolic");

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "urgent");
  gtk_widget_add_css_class (icon, "error");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), mado_text_label (text, "heading"));
  append (self, box);
}

static void
add_titled_items (MadoGuidePage      *self,
                  const char         *title,
                  const char * const *items,
                  gboolean            numbered)
{
  if (items == NULL || items[0] == NULL)
    return;

  append (self, mado_text_label (title, "title-4"));
  append (self, mado_items_widget (items, numbered));
}

static void
add_contacts (MadoGuidePage *self,
              GListModel    *contacts)
{
  if (g_list_model_get_n_items (contacts) == 0)
    return;

  /* Translators: heading above the contact cards of a guide result. */
  append (self, mado_text_label (_("Whom to Contact, in This Order"), "title-4"));
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (contacts, i);
      append (self, mado_contact_card_new (contact));
    }
}

static void
add_sections (MadoGuidePage *self,
              GListModel    *sections)
{
  GtkWidget *list;

  if (g_list_model_get_n_items (sections) == 0)
    return;

  /* Translators: heading above links to the sections a guide result refers to. */
  list = mado_boxed_list (_("Related Sections"));
  append (self, mado_text_label (_("Related Sections"), "title-4"));
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(MadoSection) section = g_list_model_get_item (sections, i);
      gtk_list_box_append (GTK_LIST_BOX (list), mado_section_link_row_new (section, NULL));
    }
  append (self, list);
}

static void
add_result (MadoGuidePage *self,
            MadoGuideNode *result)
{
  GtkWidget *title = mado_plain_label (mado_guide_node_get_title (result), "title-1");

  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  append (self, title);
  /* The buttons come first on a result: copying the summary is what the
   * person does next, and the focus there keeps the page scrolled to the top. */
  add_buttons (self, TRUE);
  if (mado_guide_node_get_urgent (result) != NULL)
    add_urgent (self, mado_guide_node_get_urgent (result));
  add_titled_items (self, _("First Steps"), mado_guide_node_get_steps (result), TRUE);
  /* Translators: heading above what not to do in a guide result. */
  add_titled_items (self, _("What Not to Do"), mado_guide_node_get_avoid (result), FALSE);
  add_contacts (self, mado_guide_node_get_contacts (result));
  add_sections (self, mado_guide_node_get_sections (result));
  /* Translators: heading above the CHECK2 items, to prepare before a call. */
  add_titled_items (self, _("Have Ready Before Calling"),
                    mado_dataset_get_preparation_items (self->dataset), FALSE);
}

static void
rebuild (MadoGuidePage *self)
{
  MadoGuideNode *current = mado_guide_walk_get_current (self->walk);
  gboolean at_result = mado_guide_node_get_kind (current) == MADO_GUIDE_NODE_KIND_RESULT;
  GtkWidget *child, *focus;
  gboolean had_focus;
  GtkRoot *root;

  /* The focus may be on a row about to go: take it off first (GTK 4.8 trips
   * over a focus widget removed under it) and give it to the new page after. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  had_focus = focus != NULL && gtk_widget_is_ancestor (focus, self->box);
  if (had_focus)
    gtk_root_set_focus (root, NULL);

  self->focus_target = NULL;
  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);

  add_answers_so_far (self);
  if (at_result)
    add_result (self, current);
  else
    {
      add_question (self, current);
      add_buttons (self, FALSE);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.back",
                                 mado_guide_walk_get_n_steps (self->walk) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.copy-summary", at_result);

  if (had_focus)
    mado_guide_page_focus_start (self);
}

GtkWidget *
mado_guide_page_new (MadoDataset   *dataset,
                     MadoGuideWalk *walk)
{
  MadoGuidePage *self;

  g_return_val_if_fail (MADO_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (MADO_IS_GUIDE_WALK (walk), NULL);

  self = g_object_new (MADO_TYPE_GUIDE_PAGE, NULL);
  self->dataset = g_object_ref (dataset);
  self->walk = g_object_ref (walk);
  g_signal_connect_object (walk, "notify::current", G_CALLBACK (rebuild), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
  return GTK_WIDGET (self);
}

MadoGuideWalk *
mado_guide_page_get_walk (MadoGuidePage *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_PAGE (self), NULL);
  return self->walk;
}

/* Focus goes to the first answer, or to the result's first button, so the
 * keyboard carries on where the eye is. */
void
mado_guide_page_focus_start (MadoGuidePage *self)
{
  g_return_if_fail (MADO_IS_GUIDE_PAGE (self));

  if (self->focus_target != NULL)
    gtk_widget_grab_focus (self->focus_target);
}

static void
answer_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  MadoGuidePage *self = MADO_GUIDE_PAGE (widget);

  mado_guide_walk_answer (self->walk, g_variant_get_uint32 (parameter));
}

static void
revisit_cb (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  MadoGuidePage *self = MADO_GUIDE_PAGE (widget);

  mado_guide_walk_revisit (self->walk, g_variant_get_uint32 (parameter));
}

static void
back_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  MadoGuidePage *self = MADO_GUIDE_PAGE (widget);

  mado_guide_walk_back (self->walk);
}

static void
restart_cb (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  MadoGuidePage *self = MADO_GUIDE_PAGE (widget);

  mado_guide_walk_restart (self->walk);
}

static void
copy_summary_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MadoGuidePage *self = MADO_GUIDE_PAGE (widget);
  g_autofree char *summary = mado_guide_summary_build (self->walk, self->dataset);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), summary);
  /* Translators: a toast after copying the guide's summary. */
  gtk_widget_activate_action (widget, "win.show-toast", "s", _("Summary copied"));
}

static void
mado_guide_page_dispose (GObject *object)
{
  MadoGuidePage *self = MADO_GUIDE_PAGE (object);

  g_clear_object (&self->walk);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (mado_guide_page_parent_class)->dispose (object);
}

static void
mado_guide_page_class_init (MadoGuidePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mado_guide_page_dispose;

  gtk_widget_class_install_action (widget_class, "guide.answer", "u", answer_cb);
  gtk_widget_class_install_action (widget_class, "guide.revisit", "u", revisit_cb);
  gtk_widget_class_install_action (widget_class, "guide.back", NULL, back_cb);
  gtk_widget_class_install_action (widget_class, "guide.restart", NULL, restart_cb);
  gtk_widget_class_install_action (widget_class, "guide.copy-summary", NULL, copy_summary_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, 0, "guide.back", NULL);
}

static void
mado_guide_page_init (MadoGuidePage *self)
{
  adw_bin_set_child (ADW_BIN (self), mado_page_column_new (&self->box));
}
