/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-a11y.h"
#include "mado-address-row.h"
#include "mado-application.h"
#include "mado-call-first.h"
#include "mado-clock.h"
#include "mado-contact-card.h"
#include "mado-guide-result.h"
#include "mado-own-rows.h"
#include "mado-open-now.h"
#include "mado-page-parts.h"
#include "mado-phone-row.h"
#include "mado-phrased-label.h"
#include "mado-text-format.h"

/* What the guide's walk came to, in the order a desk acts on it: a one-line
 * verdict, then "Call first" with the number in large type (the first focus:
 * Enter copies it), what to have ready, the other desks numbered in order;
 * then the steps, what not to do, the sections to read, the answers given
 * (folded) and the actions. The chrome is the template; the blocks that
 * follow the data are built here. */
struct _MadoGuideResult
{
  AdwBin parent_instance;

  MadoDataset   *dataset;
  MadoGuideWalk *walk;
  MadoContact   *first;
  MadoPhone     *first_phone;
  char          *call_text;
  MadoOwnContacts *own_contacts;
  MadoOwnContact  *own_first;

  GtkWidget *verdict;
  GtkWidget *urgent_box;
  GtkWidget *urgent_label;
  GtkWidget *call_kicker;
  GtkWidget *call_organisation;
  GtkWidget *call_button;
  GtkWidget *call_icon;
  GtkWidget *call_number;
  GtkWidget *call_action_icon;
  GtkWidget *call_detail;
  GtkWidget *own_box;
  GtkWidget *call_open;
  GtkWidget *after_hours_box;
  GtkWidget *after_hours_list;
  GtkWidget *ready_box;
  GtkWidget *others_box;
  GtkWidget *steps_box;
  GtkWidget *sections_box;
  GtkWidget *sources_box;
  GtkWidget *answers_expander;
  GtkWidget *copy_summary_button;
};

enum {
  PROP_0,
  PROP_DATASET,
  PROP_WALK,
  PROP_OWN_CONTACTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MadoGuideResult, mado_guide_result, ADW_TYPE_BIN)

/* The answers given so far, each a row that goes back to change it. */
GtkWidget *
mado_guide_answers_list_new (MadoGuideWalk *walk)
{
  /* Translators: heading above the answers given so far in the guide. */
  GtkWidget *list = mado_page_parts_boxed_list_new (_("Your Answers"));

  g_return_val_if_fail (MADO_IS_GUIDE_WALK (walk), NULL);

  for (guint i = 0; i < mado_guide_walk_get_n_steps (walk); i++)
    {
      MadoGuideNode *question = mado_guide_walk_get_step_node (walk, i);
      MadoGuideAnswer *answer = mado_guide_walk_get_step_answer (walk, i);
      GtkWidget *row = mado_page_parts_action_row_new (mado_guide_node_get_text (question),
                                                       mado_guide_answer_get_label (answer),
                                                       "mado-document-edit-symbolic", "guide.revisit",
                                                       g_variant_new_uint32 (i));
      /* Translators: what activating a row of the answers so far does; %s is the question. */
      g_autofree char *label = g_strdup_printf (_("Change the answer to: %s"),
                                                mado_guide_node_get_text (question));

      mado_page_parts_set_accessible_label (row, label);
      gtk_widget_set_tooltip_text (row, label);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  return list;
}

static MadoGuideNode *
result_node (MadoGuideResult *self)
{
  return mado_guide_walk_get_current (self->walk);
}

static char *
contact_name (MadoContact *contact)
{
  if (mado_contact_get_desk (contact) == NULL)
    return g_strdup (mado_contact_get_organisation (contact));
  /* Translators: an organisation, then its desk, on the "Call first" card. */
  return g_strdup_printf (_("%s · %s"), mado_contact_get_organisation (contact),
                          mado_contact_get_desk (contact));
}

static void
set_detail (MadoGuideResult *self,
            const char      *first,
            const char      *second)
{
  g_autofree char *text = NULL;

  if (first != NULL && second != NULL)
    /* Translators: what a phone number is for, then when it answers. */
    text = g_strdup_printf (_("%s · %s"), first, second);
  else
    text = g_strdup (first != NULL ? first : second);

  gtk_label_set_label (GTK_LABEL (self->call_detail), text);
  gtk_widget_set_visible (self->call_detail, text != NULL);
}

/* The number in large type; the whole button copies it. */
static void
fill_call_phone (MadoGuideResult *self,
                 MadoPhone       *phone)
{
  const char *number = mado_phone_get_number (phone);
  /* Translators: name and tooltip of the button with the number to call first; %s is the number. */
  g_autofree char *label = g_strdup_printf (_("Copy %s"), number);

  /* Translators: above the desk and the number to call first on a guide result. */
  gtk_label_set_label (GTK_LABEL (self->call_kicker), _("Call First"));
  gtk_label_set_label (GTK_LABEL (self->call_number), number);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->call_button), "win.copy-text");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->call_button), "s", number);
  mado_page_parts_set_accessible_label (self->call_button, label);
  gtk_widget_set_tooltip_text (self->call_button, label);
  set_detail (self, mado_phone_get_label (phone), mado_phone_get_hours (phone));
  self->call_text = g_strdup (number);
}

/* No desk of the result has a confirmed number: the first desk's form or
 * address takes the number's place, and activating it opens it. */
static void
fill_call_link (MadoGuideResult *self,
                MadoLink        *link)
{
  /* Translators: name and tooltip of the button that opens the first desk's form or page; %s is its label. */
  g_autofree char *label = g_strdup_printf (_("Open %s"), mado_link_get_label (link));

  /* Translators: above the desk to contact first when it has no phone number to call. */
  gtk_label_set_label (GTK_LABEL (self->call_kicker), _("Contact First"));
  gtk_label_set_label (GTK_LABEL (self->call_number), mado_link_get_label (link));
  gtk_widget_remove_css_class (self->call_number, "call-number");
  gtk_widget_add_css_class (self->call_number, "title-3");
  gtk_image_set_from_icon_name (GTK_IMAGE (self->call_icon), "mado-web-browser-symbolic");
  gtk_image_set_from_icon_name (GTK_IMAGE (self->call_action_icon), "mado-external-link-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->call_button), "win.open-uri");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->call_button), "s",
                                    mado_link_get_url (link));
  mado_page_parts_set_accessible_label (self->call_button, label);
  gtk_widget_set_tooltip_text (self->call_button, mado_link_get_url (link));
  set_detail (self, mado_link_get_url (link), NULL);
  self->call_text = g_strdup (mado_link_get_url (link));
}

/* The desk's own contact tagged for the situation leads: the desk chose
 * it for this case, and the public desks follow, numbered from 2. */
static void
fill_call_own (MadoGuideResult *self,
               MadoOwnContact  *contact)
{
  const char *number = mado_own_contact_get_first_number (contact);
  const char *reference = mado_own_contact_get_reference (contact);
  g_autofree char *name = NULL;
  g_autofree char *label = g_strdup_printf (_("Copy %s"), number);
  g_autofree char *ref = NULL;
  const char *hours = NULL;

  for (guint i = 0; i < mado_own_contact_get_n_phones (contact); i++)
    if (g_str_equal (mado_own_contact_get_phone_number (contact, i), number))
      {
        hours = mado_own_contact_get_phone_hours (contact, i);
        break;
      }
  /* Translators: an own contact on the "Call first" card: its name, then its role. */
  name = g_strdup_printf (_("%s · %s"), mado_own_contact_get_title (contact),
                          mado_own_role_get_label (mado_own_contact_get_role (contact)));
  gtk_label_set_label (GTK_LABEL (self->call_organisation), name);
  gtk_label_set_label (GTK_LABEL (self->call_kicker), _("Call First"));
  gtk_label_set_label (GTK_LABEL (self->call_number), number);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->call_button), "win.copy-text");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->call_button), "s", number);
  mado_page_parts_set_accessible_label (self->call_button, label);
  gtk_widget_set_tooltip_text (self->call_button, label);
  if (*reference != '\0')
    /* Translators: on the "Call first" card of an own contact, what to quote; %s is e.g. a policy number. */
    ref = g_strdup_printf (_("Ref. %s"), reference);
  set_detail (self, hours != NULL && *hours != '\0' ? hours : NULL, ref);
  self->call_text = g_strdup (number);
}

/* Whether the number to call first answers now; while it does not, the
 * result's out-of-hours routes show under it. A screen reader hears it on
 * the button the focus starts on. */
static void
update_open (MadoGuideResult *self)
{
  g_autofree char *before = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) now = NULL;
  MadoOpenState state;

  if (self->first_phone == NULL)
    return;
  before = g_strdup (gtk_label_get_label (GTK_LABEL (self->call_open)));
  text = mado_open_now_apply (GTK_LABEL (self->call_open), self->first_phone);
  /* Most minutes change nothing: leave everything as it is. */
  if (before != NULL && *before != '\0' && g_strcmp0 (before, text) == 0)
    return;
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->call_button),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  now = mado_clock_dup_now (mado_clock_get_default ());
  mado_call_first_phone_state (self->first_phone, now, &state);
  gtk_widget_set_visible (self->after_hours_box,
                          state.kind == MADO_OPEN_CLOSED
                          && gtk_widget_get_first_child (self->after_hours_list) != NULL);
}

/* One way to reach a desk now: its first confirmed number, else its form. */
static GtkWidget *
after_hours_row (MadoContact *contact)
{
  g_autoptr(MadoPhone) phone = mado_call_first_contact_phone (contact);
  g_autofree char *name = contact_name (contact);
  g_autoptr(MadoLink) link = NULL;

  if (phone != NULL)
    return mado_phone_row_new (phone, name, NULL);
  link = mado_call_first_contact_link (contact);
  return link != NULL ? mado_address_row_new_for_link (link) : NULL;
}

static void
fill_after_hours (MadoGuideResult *self)
{
  GListModel *routes = mado_guide_node_get_after_hours (result_node (self));

  for (guint i = 0; routes != NULL && i < g_list_model_get_n_items (routes); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (routes, i);
      GtkWidget *row = contact != self->first ? after_hours_row (contact) : NULL;

      if (row != NULL)
        gtk_list_box_append (GTK_LIST_BOX (self->after_hours_list), row);
    }
  update_open (self);
  if (self->first_phone != NULL && mado_phone_get_schedule (self->first_phone) != NULL
      && mado_schedule_needs_clock (mado_phone_get_schedule (self->first_phone)))
    mado_open_now_watch (GTK_WIDGET (self), self->first_phone, (MadoOpenNowUpdate) update_open);
}

static void
fill_call_first (MadoGuideResult *self)
{
  g_autoptr(MadoPhone) phone = NULL;
  g_autoptr(MadoLink) link = NULL;
  g_autofree char *name = NULL;

  if (self->own_contacts != NULL)
    self->own_first = mado_own_contacts_get_call_first (self->own_contacts,
                                                        mado_guide_node_get_situation (result_node (self)));
  if (self->own_first != NULL)
    {
      g_object_ref (self->own_first);
      fill_call_own (self, self->own_first);
      return;
    }

  self->first = mado_call_first_pick (mado_guide_node_get_contacts (result_node (self)),
                                      &phone, &link);
  if (self->first == NULL || (phone == NULL && link == NULL))
    {
      /* A result that only points to sections: nothing to call. */
      gtk_widget_set_visible (gtk_widget_get_parent (self->call_button), FALSE);
      return;
    }

  name = contact_name (self->first);
  gtk_label_set_label (GTK_LABEL (self->call_organisation), name);
  if (phone != NULL)
    {
      fill_call_phone (self, phone);
      self->first_phone = g_steal_pointer (&phone);
    }
  else
    fill_call_link (self, link);
}

/* The desk's own contacts for the situation, but the one called first:
 * above the public desks. */
static void
fill_own (MadoGuideResult *self)
{
  g_autoptr(GPtrArray) contacts = NULL;

  if (self->own_contacts == NULL)
    return;
  contacts = mado_own_contacts_for_situation (self->own_contacts,
                                              mado_guide_node_get_situation (result_node (self)));
  g_ptr_array_remove (contacts, self->own_first);
  if (contacts->len == 0)
    return;
  gtk_box_append (GTK_BOX (self->own_box), mado_own_contacts_group_new (contacts, FALSE));
  gtk_widget_set_visible (self->own_box, TRUE);
}

/* CHECK2's items, short: one tight list under the number. */
static void
fill_ready (MadoGuideResult *self)
{
  const char * const *items = mado_dataset_get_preparation_items (self->dataset);
  GtkWidget *list;

  if (items == NULL || items[0] == NULL)
    {
      gtk_widget_set_visible (self->ready_box, FALSE);
      return;
    }

  list = mado_page_parts_items_new (items, FALSE);
  gtk_grid_set_row_spacing (GTK_GRID (list), 2);
  gtk_box_append (GTK_BOX (self->ready_box), list);
}

/* A desk's card with its place in the order before it. */
static GtkWidget *
numbered_card (MadoContact *contact,
               guint        number)
{
  /* A grid, as the numbered items are: with the card in a horizontal box,
   * GTK 4.18 found the box reporting a minimum height above its natural one
   * (3088 against 453 px) and warned. */
  GtkWidget *grid = gtk_grid_new ();
  g_autofree char *text = g_strdup_printf ("%u", number);
  GtkWidget *mark = mado_page_parts_plain_label (text, "title-3");
  GtkWidget *card = mado_contact_card_new (contact);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_widget_set_valign (mark, GTK_ALIGN_START);
  gtk_widget_add_css_class (mark, "numeric");
  gtk_widget_set_hexpand (card, TRUE);
  gtk_grid_attach (GTK_GRID (grid), mark, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), card, 1, 0, 1, 1);
  return grid;
}

/* The desks other than the first, numbered from 2 in the result's order. */
static void
fill_others (MadoGuideResult *self)
{
  GListModel *contacts = mado_guide_node_get_contacts (result_node (self));
  guint number = 2;

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (contacts, i);

      if (contact == self->first)
        continue;
      gtk_box_append (GTK_BOX (self->others_box), numbered_card (contact, number++));
    }
  gtk_widget_set_visible (self->others_box, number > 2);
}

static void
add_titled_items (GtkWidget          *box,
                  const char         *title,
                  const char * const *items,
                  gboolean            numbered)
{
  GtkWidget *heading;

  if (items == NULL || items[0] == NULL)
    return;

  heading = mado_page_parts_plain_label (title, "title-4");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), mado_page_parts_items_new (items, numbered));
}

static void
fill_steps (MadoGuideResult *self)
{
  MadoGuideNode *result = result_node (self);

  add_titled_items (self->steps_box, _("First Steps"), mado_guide_node_get_steps (result), TRUE);
  /* Translators: heading above what not to do in a guide result. */
  add_titled_items (self->steps_box, _("What Not to Do"), mado_guide_node_get_avoid (result), FALSE);
  gtk_widget_set_visible (self->steps_box, gtk_widget_get_first_child (self->steps_box) != NULL);
}

static void
fill_sections (MadoGuideResult *self)
{
  GListModel *sections = mado_guide_node_get_sections (result_node (self));
  GtkWidget *list, *heading;

  if (g_list_model_get_n_items (sections) == 0)
    {
      gtk_widget_set_visible (self->sections_box, FALSE);
      return;
    }

  /* Translators: heading above links to the sections a guide result refers to. */
  list = mado_page_parts_boxed_list_new (_("Related Sections"));
  heading = mado_page_parts_plain_label (_("Related Sections"), "title-4");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(MadoSection) section = g_list_model_get_item (sections, i);
      gtk_list_box_append (GTK_LIST_BOX (list), mado_page_parts_section_link_row_new (section, NULL));
    }
  gtk_box_append (GTK_BOX (self->sections_box), heading);
  gtk_box_append (GTK_BOX (self->sections_box), list);
}

/* A source's row: the link row of the section pages (activating opens it
 * through win.open-uri, a button copies it), its address then its date
 * below, so a reader can tell how old the advice is. */
static GtkWidget *
source_row_new (MadoLink *link)
{
  GtkWidget *row = mado_address_row_new_for_link (link);
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;

  if (mado_link_get_date (link) == NULL)
    return row;

  date = mado_format_date (mado_link_get_date (link));
  /* Translators: under a guide result's source, its address then the date it was published or read. */
  subtitle = g_strdup_printf (_("%s · %s"), mado_link_get_url (link), date);
  mado_row_set_subtitle (MADO_ROW (row), subtitle);
  return row;
}

/* The last part of a result: the public pages its advice comes from. */
static void
fill_sources (MadoGuideResult *self)
{
  GListModel *sources = mado_guide_node_get_sources (result_node (self));
  GtkWidget *list;

  if (sources == NULL || g_list_model_get_n_items (sources) == 0)
    {
      gtk_widget_set_visible (self->sources_box, FALSE);
      return;
    }

  /* Translators: screen-reader name of the list of a guide result's sources. */
  list = mado_page_parts_boxed_list_new (_("Sources"));
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(MadoLink) link = g_list_model_get_item (sources, i);

      gtk_list_box_append (GTK_LIST_BOX (list), source_row_new (link));
    }
  gtk_box_append (GTK_BOX (self->sources_box), list);
}

static void
fill_answers (MadoGuideResult *self)
{
  if (mado_guide_walk_get_n_steps (self->walk) == 0)
    {
      gtk_widget_set_visible (self->answers_expander, FALSE);
      return;
    }

  gtk_expander_set_child (GTK_EXPANDER (self->answers_expander),
                          mado_guide_answers_list_new (self->walk));
}

static void
mado_guide_result_constructed (GObject *object)
{
  MadoGuideResult *self = MADO_GUIDE_RESULT (object);
  MadoGuideNode *result;

  G_OBJECT_CLASS (mado_guide_result_parent_class)->constructed (object);

  g_return_if_fail (MADO_IS_DATASET (self->dataset));
  g_return_if_fail (MADO_IS_GUIDE_WALK (self->walk));

  result = result_node (self);
  /* Japanese breaks only between phrases: a verdict in large type split
   * inside a word is hard to read at a glance. */
  mado_label_set_phrased_text (GTK_LABEL (self->verdict), mado_guide_node_get_title (result));
  if (mado_guide_node_get_urgent (result) != NULL)
    {
      gtk_label_set_label (GTK_LABEL (self->urgent_label), mado_guide_node_get_urgent (result));
      gtk_widget_set_visible (self->urgent_box, TRUE);
    }

  /* Without one given, the application's (tests give their own). */
  if (self->own_contacts == NULL && MADO_IS_APPLICATION (g_application_get_default ()))
    self->own_contacts = mado_application_get_own_contacts (MADO_APPLICATION (g_application_get_default ()));
  if (self->own_contacts != NULL)
    g_object_ref (self->own_contacts);
  fill_call_first (self);
  fill_after_hours (self);
  fill_own (self);
  fill_ready (self);
  fill_others (self);
  fill_steps (self);
  fill_sections (self);
  fill_sources (self);
  fill_answers (self);
  /* GTK 4.8 would read "_Copy Summary Copy Summary". */
  mado_a11y_name_by_label (self->copy_summary_button);
}

GtkWidget *
mado_guide_result_new (MadoDataset   *dataset,
                       MadoGuideWalk *walk)
{
  g_return_val_if_fail (MADO_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (MADO_IS_GUIDE_WALK (walk), NULL);

  return g_object_new (MADO_TYPE_GUIDE_RESULT, "dataset", dataset, "walk", walk, NULL);
}

/* The button with the number to call first (or the first desk's form): what
 * the keyboard starts on. */
GtkWidget *
mado_guide_result_get_call_button (MadoGuideResult *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_RESULT (self), NULL);
  return gtk_widget_get_visible (gtk_widget_get_parent (self->call_button)) ? self->call_button : NULL;
}

/* The ways to reach someone while the first desk is closed; NULL while
 * they are not shown. */
GtkWidget *
mado_guide_result_get_after_hours_list (MadoGuideResult *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_RESULT (self), NULL);
  return gtk_widget_get_visible (self->after_hours_box) ? self->after_hours_list : NULL;
}

/* What the call button copies or opens; NULL when there is none. */
const char *
mado_guide_result_get_call_text (MadoGuideResult *self)
{
  g_return_val_if_fail (MADO_IS_GUIDE_RESULT (self), NULL);
  return self->call_text;
}

static void
mado_guide_result_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MadoGuideResult *self = MADO_GUIDE_RESULT (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    case PROP_WALK:
      self->walk = g_value_dup_object (value);
      break;
    case PROP_OWN_CONTACTS:
      self->own_contacts = g_value_get_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_guide_result_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MadoGuideResult *self = MADO_GUIDE_RESULT (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_WALK:
      g_value_set_object (value, self->walk);
      break;
    case PROP_OWN_CONTACTS:
      g_value_set_object (value, self->own_contacts);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_guide_result_dispose (GObject *object)
{
  MadoGuideResult *self = MADO_GUIDE_RESULT (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MADO_TYPE_GUIDE_RESULT);
  g_clear_object (&self->first);
  g_clear_object (&self->own_first);
  g_clear_object (&self->own_contacts);
  g_clear_object (&self->first_phone);
  g_clear_object (&self->walk);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->call_text, g_free);

  G_OBJECT_CLASS (mado_guide_result_parent_class)->dispose (object);
}

static void
mado_guide_result_class_init (MadoGuideResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mado_guide_result_constructed;
  object_class->set_property = mado_guide_result_set_property;
  object_class->get_property = mado_guide_result_get_property;
  object_class->dispose = mado_guide_result_dispose;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, MADO_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WALK] =
    g_param_spec_object ("walk", NULL, NULL, MADO_TYPE_GUIDE_WALK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The desk's own contacts; the application's when not given. */
  properties[PROP_OWN_CONTACTS] =
    g_param_spec_object ("own-contacts", NULL, NULL, MADO_TYPE_OWN_CONTACTS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mado-guide-result.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, verdict);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, urgent_box);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, urgent_label);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, call_kicker);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, call_organisation);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, call_button);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, call_icon);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, call_number);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, call_action_icon);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, call_detail);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, own_box);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, call_open);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, after_hours_box);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, after_hours_list);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, ready_box);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, others_box);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, steps_box);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, sections_box);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, sources_box);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, answers_expander);
  gtk_widget_class_bind_template_child (widget_class, MadoGuideResult, copy_summary_button);
}

static void
mado_guide_result_init (MadoGuideResult *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GTK 4.18 leaves a header menu's items unnamed for screen readers. */
  mado_a11y_name_menus (GTK_WIDGET (self));
}
