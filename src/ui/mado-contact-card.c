/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-address-row.h"
#include "mado-contact-card.h"
#include "mado-page-parts.h"
#include "mado-phone-row.h"
#include "mado-phrased-label.h"
#include "mado-row.h"
#include "mado-text-format.h"

/* One contact on one card, in the order a desk uses it (DESIGN.md, "What the
 * screens put first"): its name; its numbers, large, then its forms, e-mail
 * and web; numbers nobody could confirm last, tagged; what it handles and
 * whom it serves; and, folded, where the facts come from and what changed.
 * The chrome is the template (mado-contact-card.ui); the rows come from the
 * data. */
struct _MadoContactCard
{
  AdwBin parent_instance;

  MadoContact *contact;
  guint        highlight_id;

  GtkLabel    *name_label;
  GtkLabel    *desk_label;
  GtkListBox  *reach_list;
  GtkWidget   *about_box;
  GtkLabel    *handles_label;
  GtkLabel    *serves_label;
  GtkWidget   *sources_expander;
  GtkLabel    *checked_label;
  GtkListBox  *sources_list;
};

G_DEFINE_FINAL_TYPE (MadoContactCard, mado_contact_card, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
audience_text (MadoAudience audience)
{
  switch (audience)
    {
    case MADO_AUDIENCE_ORGANISATIONS:
      return _("For organisations");
    case MADO_AUDIENCE_INDIVIDUALS:
      return _("For individuals");
    case MADO_AUDIENCE_BOTH:
      return _("For organisations and individuals");
    case MADO_AUDIENCE_UNKNOWN:
    default:
      return NULL;
    }
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

/* Confirmed numbers first, or, with @confirmed FALSE, the others. */
static void
add_phones (MadoContactCard *self,
            gboolean         confirmed)
{
  GListModel *phones = mado_contact_get_phones (self->contact);

  for (guint i = 0; i < g_list_model_get_n_items (phones); i++)
    {
      g_autoptr(MadoPhone) phone = g_list_model_get_item (phones, i);

      if (mado_phone_is_confirmed (phone) == confirmed)
        gtk_list_box_append (self->reach_list,
                             mado_phone_row_new (phone, NULL,
                                                 mado_contact_get_hours (self->contact)));
    }
}

/* Forms first (they are how most desks take a report), web pages after the
 * e-mail addresses. */
static void
add_links (MadoContactCard *self,
           gboolean         forms)
{
  GListModel *links = mado_contact_get_links (self->contact);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(MadoLink) link = g_list_model_get_item (links, i);

      if ((mado_link_get_kind (link) == MADO_LINK_KIND_FORM) == forms)
        gtk_list_box_append (self->reach_list, mado_address_row_new_for_link (link));
    }
}

static void
add_emails (MadoContactCard *self)
{
  GListModel *emails = mado_contact_get_emails (self->contact);

  for (guint i = 0; i < g_list_model_get_n_items (emails); i++)
    {
      g_autoptr(MadoEmail) email = g_list_model_get_item (emails, i);
      gtk_list_box_append (self->reach_list, mado_address_row_new_for_email (email));
    }
}

static void
build_reach (MadoContactCard *self)
{
  add_phones (self, TRUE);
  add_links (self, TRUE);
  add_emails (self);
  add_links (self, FALSE);
  /* A number nobody could confirm is never the first thing to dial. */
  add_phones (self, FALSE);
}

static void
build_about (MadoContactCard *self)
{
  const char *audience = audience_text (mado_contact_get_audience (self->contact));
  const char *hours = mado_contact_get_hours (self->contact);
  const char * const *notes = mado_contact_get_notes (self->contact);
  g_autofree char *serves = NULL;

  if (audience != NULL && hours != NULL)
    /* Translators: whom a desk serves, then its hours. */
    serves = g_strdup_printf (_("%s · %s"), audience, hours);
  else
    serves = g_strdup (audience != NULL ? audience : hours);

  set_label (self->handles_label, mado_contact_get_handles (self->contact));
  set_label (self->serves_label, serves);
  if (notes[0] != NULL)
    gtk_box_append (GTK_BOX (self->about_box), mado_page_parts_items_new (notes, FALSE));
}

static void
add_source_row (MadoContactCard *self,
                const char      *title,
                const char      *text)
{
  GtkWidget *row = mado_row_new (title, text);
  g_autofree char *accessible = g_strdup_printf ("%s: %s", title, text);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  mado_page_parts_set_accessible_label (row, accessible);
  gtk_list_box_append (self->sources_list, row);
}

/* What a number or address says of itself, where it differs from its
 * contact: its mark is on its row, its reason here too. */
static void
add_item_changes (MadoContactCard *self)
{
  const char *contact_change = mado_contact_get_change (self->contact);
  GListModel *phones = mado_contact_get_phones (self->contact);
  GListModel *links = mado_contact_get_links (self->contact);

  for (guint i = 0; i < g_list_model_get_n_items (phones); i++)
    {
      g_autoptr(MadoPhone) phone = g_list_model_get_item (phones, i);
      const char *change = mado_phone_get_change (phone);

      if (change != NULL && g_strcmp0 (change, contact_change) != 0)
        add_source_row (self, mado_phone_get_number (phone), change);
    }
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(MadoLink) link = g_list_model_get_item (links, i);
      const char *change = mado_link_get_change (link);

      if (change != NULL && g_strcmp0 (change, contact_change) != 0)
        add_source_row (self, mado_link_get_label (link), change);
    }
}

static void
build_sources (MadoContactCard *self)
{
  MadoContactStatus status = mado_contact_get_status (self->contact);
  g_autofree char *checked = mado_format_date (mado_contact_get_checked (self->contact));
  /* Translators: the subtitle of a contact card's folded "Sources and changes"; %s is a date. */
  g_autofree char *subtitle = g_strdup_printf (_("Checked %s"), checked);

  gtk_label_set_text (self->checked_label, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sources_expander),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
  if (status == MADO_CONTACT_STATUS_UPDATED)
    add_source_row (self, _("Changed since the source page"),
                    mado_contact_get_change (self->contact));
  else if (status == MADO_CONTACT_STATUS_UNCONFIRMED)
    add_source_row (self, _("Not re-verified: check before relying on it"),
                    mado_contact_get_change (self->contact));
  add_item_changes (self);
  /* Translators: a row under a contact card naming where its facts come from. */
  add_source_row (self, _("Source"), mado_contact_get_source (self->contact));
}

static void
mado_contact_card_constructed (GObject *object)
{
  MadoContactCard *self = MADO_CONTACT_CARD (object);
  const char *organisation = mado_contact_get_organisation (self->contact);

  G_OBJECT_CLASS (mado_contact_card_parent_class)->constructed (object);

  /* Names break only between phrases (mado-phrased-label.c). */
  mado_label_set_phrased_text (self->name_label, organisation);
  if (mado_contact_get_desk (self->contact) != NULL)
    {
      mado_label_set_phrased_text (self->desk_label, mado_contact_get_desk (self->contact));
      gtk_widget_set_visible (GTK_WIDGET (self->desk_label), TRUE);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  organisation, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reach_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, organisation, -1);
  build_reach (self);
  gtk_widget_set_visible (GTK_WIDGET (self->reach_list),
                          gtk_widget_get_first_child (GTK_WIDGET (self->reach_list)) != NULL);
  build_about (self);
  build_sources (self);
}

GtkWidget *
mado_contact_card_new (MadoContact *contact)
{
  g_return_val_if_fail (MADO_IS_CONTACT (contact), NULL);

  return g_object_new (MADO_TYPE_CONTACT_CARD, "contact", contact, NULL);
}

MadoContact *
mado_contact_card_get_contact (MadoContactCard *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT_CARD (self), NULL);
  return self->contact;
}

static gboolean
unhighlight_cb (gpointer user_data)
{
  MadoContactCard *self = user_data;

  gtk_widget_remove_css_class (GTK_WIDGET (self), "highlight");
  self->highlight_id = 0;
  return G_SOURCE_REMOVE;
}

/* Marks the card for a moment, so the eye finds it after a jump from search or
 * the guide. A one-shot timeout: nothing runs once it is over. */
void
mado_contact_card_highlight (MadoContactCard *self)
{
  g_return_if_fail (MADO_IS_CONTACT_CARD (self));

  gtk_widget_add_css_class (GTK_WIDGET (self), "highlight");
  g_clear_handle_id (&self->highlight_id, g_source_remove);
  self->highlight_id = g_timeout_add_seconds (2, unhighlight_cb, self);
}

static void
mado_contact_card_dispose (GObject *object)
{
  MadoContactCard *self = MADO_CONTACT_CARD (object);

  g_clear_handle_id (&self->highlight_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), MADO_TYPE_CONTACT_CARD);
  g_clear_object (&self->contact);

  G_OBJECT_CLASS (mado_contact_card_parent_class)->dispose (object);
}

static void
mado_contact_card_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MadoContactCard *self = MADO_CONTACT_CARD (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_contact_card_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MadoContactCard *self = MADO_CONTACT_CARD (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      self->contact = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_contact_card_class_init (MadoContactCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mado_contact_card_constructed;
  object_class->dispose = mado_contact_card_dispose;
  object_class->get_property = mado_contact_card_get_property;
  object_class->set_property = mado_contact_card_set_property;

  properties[PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL, MADO_TYPE_CONTACT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/madoguchi/Madoguchi/ui/mado-contact-card.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoContactCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, MadoContactCard, desk_label);
  gtk_widget_class_bind_template_child (widget_class, MadoContactCard, reach_list);
  gtk_widget_class_bind_template_child (widget_class, MadoContactCard, about_box);
  gtk_widget_class_bind_template_child (widget_class, MadoContactCard, handles_label);
  gtk_widget_class_bind_template_child (widget_class, MadoContactCard, serves_label);
  gtk_widget_class_bind_template_child (widget_class, MadoContactCard, sources_expander);
  gtk_widget_class_bind_template_child (widget_class, MadoContactCard, checked_label);
  gtk_widget_class_bind_template_child (widget_class, MadoContactCard, sources_list);
}

static void
mado_contact_card_init (MadoContactCard *self)
{
  g_type_ensure (MADO_TYPE_PHONE_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));
}
