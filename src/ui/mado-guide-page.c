/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-a11y.h"
#include "mado-application.h"
#include "mado-guide-page.h"
#include "mado-guide-result.h"
#include "mado-guide-summary.h"
#include "mado-page-parts.h"
#include "mado-phrased-label.h"

/* The "what happened?" guide: the answers given so far (each can be changed)
 * and the current question with its answers, or the result, which leads with
 * the number to call (MadoGuideResult). The page follows the walk; the walk
 * outlives the page, so looking at a section and coming back loses nothing.
 * Its chrome is resources/ui/mado-guide-page.ui. */
struct _MadoGuidePage
{
  AdwBin parent_instance;

  MadoDataset   *dataset;
  MadoGuideWalk *walk;

  GtkWidget     *box;
  GtkWidget     *content;
  GtkWidget     *buttons;
  GtkWidget     *back_button;
  GtkWidget     *restart_button;

  GtkWidget     *focus_target;
};

G_DEFINE_FINAL_TYPE (MadoGuidePage, mado_guide_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_WALK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
append (MadoGuidePage *self,
        GtkWidget     *widget)
{
  gtk_box_append (GTK_BOX (self->content), widget);
}

static void
add_answers_so_far (MadoGuidePage *self)
{
  if (mado_guide_walk_get_n_steps (self->walk) == 0)
    return;

  append (self, mado_page_parts_plain_label (_("Your Answers"), "heading"));
  append (self, mado_guide_answers_list_new (self->walk));
}

static void
add_question (MadoGuidePage *self,
              MadoGuideNode *question)
{
  GListModel *answers = mado_guide_node_get_answers (question);
  GtkWidget *title = mado_page_parts_plain_label (mado_guide_node_get_text (question), "title-2");
  GtkWidget *list = mado_page_parts_boxed_list_new (mado_guide_node_get_text (question));

  /* Plain labels: a selectable one would take the focus meant for the
   * answers. */
  mado_label_set_phrased_text (GTK_LABEL (title), mado_guide_node_get_text (question));
  append (self, title);
  if (mado_guide_node_get_help (question) != NULL)
    append (self, mado_page_parts_plain_label (mado_guide_node_get_help (question), "dim-label"));

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(MadoGuideAnswer) answer = g_list_model_get_item (answers, i);
      GtkWidget *row = mado_page_parts_action_row_new (mado_guide_answer_get_label (answer), NULL,
                                                       "mado-go-next-symbolic", "guide.answer",
                                                       g_variant_new_uint32 (i));

      if (i == 0)
        self->focus_target = row;
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  append (self, list);
}

/* A result leads with the number to call; the answers that led to it fold
 * below (MadoGuideResult). */
static void
add_result (MadoGuidePage *self)
{
  GtkWidget *result = mado_guide_result_new (self->dataset, self->walk);

  self->focus_target = mado_guide_result_get_call_button (MADO_GUIDE_RESULT (result));
  append (self, result);
}

static void
rebuild (MadoGuidePage *self)
{
  MadoGuideNode *current = mado_guide_walk_get_current (self->walk);
  gboolean at_result = mado_guide_node_get_kind (current) == MADO_GUIDE_NODE_KIND_RESULT;
  GtkWidget *child, *focus, *scroller;
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
  while ((child = gtk_widget_get_first_child (self->content)) != NULL)
    gtk_box_remove (GTK_BOX (self->content), child);

  if (at_result)
    add_result (self);
  else
    {
      add_answers_so_far (self);
      add_question (self, current);
    }
  gtk_widget_set_visible (self->buttons, !at_result && mado_guide_walk_get_n_steps (self->walk) > 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.back",
                                 mado_guide_walk_get_n_steps (self->walk) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.copy-summary", at_result);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.copy-summary-all", at_result);

  /* A new question or result starts at its top, wherever the last one
   * was scrolled to. */
  scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  if (scroller != NULL)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), 0);

  if (had_focus)
    mado_guide_page_focus_start (self);
}

GtkWidget *
mado_guide_page_new (MadoDataset   *dataset,
                     MadoGuideWalk *walk)
{
  g_return_val_if_fail (MADO_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (MADO_IS_GUIDE_WALK (walk), NULL);

  return g_object_new (MADO_TYPE_GUIDE_PAGE, "dataset", dataset, "walk", walk, NULL);
}

static void
mado_guide_page_constructed (GObject *object)
{
  MadoGuidePage *self = MADO_GUIDE_PAGE (object);

  G_OBJECT_CLASS (mado_guide_page_parent_class)->constructed (object);

  g_assert (self->dataset != NULL && self->walk != NULL);
  g_signal_connect_object (self->walk, "notify::current", G_CALLBACK (rebuild), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
}

MadoGuideWalk *
mado_guide_page_get_walk (MadoGuidePage *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_PAGE (self), NULL);
  return self->walk;
}

/* Focus goes to the first answer, or to the number a result says to call
 * first, so the keyboard carries on where the eye is and Enter copies it. */
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
copy_summary (MadoGuidePage *self,
              gboolean       include_unconfirmed)
{
  GApplication *app = g_application_get_default ();
  MadoOwnContacts *own = MADO_IS_APPLICATION (app)
    ? mado_application_get_own_contacts (MADO_APPLICATION (app)) : NULL;
  g_autofree char *summary = mado_guide_summary_build (self->walk, self->dataset, own,
                                                       include_unconfirmed);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), summary);
  /* Translators: a toast after copying the guide's summary. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s", _("Summary copied"));
}

static void
copy_summary_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  copy_summary (MADO_GUIDE_PAGE (widget), FALSE);
}

static void
copy_summary_all_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  copy_summary (MADO_GUIDE_PAGE (widget), TRUE);
}

static void
mado_guide_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MadoGuidePage *self = MADO_GUIDE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_WALK:
      g_value_set_object (value, self->walk);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_guide_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MadoGuidePage *self = MADO_GUIDE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    case PROP_WALK:
      self->walk = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_guide_page_dispose (GObject *object)
{
  MadoGuidePage *self = MADO_GUIDE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MADO_TYPE_GUIDE_PAGE);
  g_clear_object (&self->walk);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (mado_guide_page_parent_class)->dispose (object);
}

static void
mado_guide_page_class_init (MadoGuidePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mado_guide_page_constructed;
  object_class->get_property = mado_guide_page_get_property;
  object_class->set_property = mado_guide_page_set_property;
  object_class->dispose = mado_guide_page_dispose;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, MADO_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WALK] =
    g_param_spec_object ("walk", NULL, NULL, MADO_TYPE_GUIDE_WALK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mado-guide-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoGuidePage, box);
  gtk_widget_class_bind_template_child (widget_class, MadoGuidePage, content);
  gtk_widget_class_bind_template_child (widget_class, MadoGuidePage, buttons);
  gtk_widget_class_bind_template_child (widget_class, MadoGuidePage, back_button);
  gtk_widget_class_bind_template_child (widget_class, MadoGuidePage, restart_button);

  gtk_widget_class_install_action (widget_class, "guide.answer", "u", answer_cb);
  gtk_widget_class_install_action (widget_class, "guide.revisit", "u", revisit_cb);
  gtk_widget_class_install_action (widget_class, "guide.back", NULL, back_cb);
  gtk_widget_class_install_action (widget_class, "guide.restart", NULL, restart_cb);
  gtk_widget_class_install_action (widget_class, "guide.copy-summary", NULL, copy_summary_cb);
  gtk_widget_class_install_action (widget_class, "guide.copy-summary-all", NULL, copy_summary_all_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, 0, "guide.back", NULL);
}

static void
mado_guide_page_init (MadoGuidePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mado_page_parts_forget_selections (adw_bin_get_child (ADW_BIN (self)));
  mado_a11y_name_by_label (self->back_button);
  mado_a11y_name_by_label (self->restart_button);
}
