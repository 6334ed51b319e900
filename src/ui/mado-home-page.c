/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-a11y.h"
#include "mado-application.h"
#include "mado-call-first.h"
#include "mado-home-page.h"
#include "mado-own-rows.h"
#include "mado-open-now.h"
#include "mado-page-parts.h"
#include "mado-phone-row.h"
#include "mado-phrased-label.h"
#include "mado-text-format.h"

/* Where the app starts: "What happened?" with the guide one key away, the
 * numbers the dataset names for any time (its guide's "home" list; the code
 * names no desk), and the date the data was last checked. Light on purpose:
 * it is the first frame. */
struct _MadoHomePage
{
  AdwBin parent_instance;

  MadoDataset *dataset;

  GtkWidget *title;
  GtkWidget *question;
  GtkWidget *guide_button;
  GtkWidget *own_box;
  GtkWidget *numbers_box;
  GtkWidget *numbers_list;
  GtkWidget *reviewed;
};

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MadoHomePage, mado_home_page, ADW_TYPE_BIN)

/* One number, as on a card: large, copied on activation, with whether it
 * answers now under it; the desk's name above. */
static GtkWidget *
number_row (MadoContact *contact,
            MadoPhone   *phone)
{
  const char *name = mado_contact_get_desk (contact) != NULL
    ? mado_contact_get_desk (contact) : mado_contact_get_organisation (contact);
  GtkWidget *row = mado_phone_row_new (phone, name, NULL);

  gtk_widget_add_css_class (row, "home-number");
  return row;
}

static void
fill_numbers (MadoHomePage *self)
{
  GListModel *contacts = mado_dataset_get_home_contacts (self->dataset);
  guint shown = 0;

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (contacts, i);
      g_autoptr(MadoPhone) phone = mado_call_first_contact_phone (contact);

      /* A number marked unconfirmed is not one to offer at any time. */
      if (phone == NULL)
        continue;
      gtk_list_box_append (GTK_LIST_BOX (self->numbers_list), number_row (contact, phone));
      shown++;
    }
  gtk_widget_set_visible (self->numbers_box, shown > 0);
}

/* The desk's own contacts, all of them in the desk's order, and the way to
 * add or edit them. */
static void
fill_own (MadoHomePage *self)
{
  GApplication *app = g_application_get_default ();
  MadoOwnContacts *own;
  g_autoptr(GPtrArray) contacts = g_ptr_array_new ();

  if (!MADO_IS_APPLICATION (app) || mado_application_get_own_contacts (MADO_APPLICATION (app)) == NULL)
    {
      gtk_widget_set_visible (self->own_box, FALSE);
      return;
    }
  own = mado_application_get_own_contacts (MADO_APPLICATION (app));
  /* The administrator's, for every desk, first. */
  if (mado_own_contacts_get_organisation (own) != NULL)
    for (guint i = 0; i < mado_own_contacts_get_n (mado_own_contacts_get_organisation (own)); i++)
      g_ptr_array_add (contacts, mado_own_contacts_get (mado_own_contacts_get_organisation (own), i));
  for (guint i = 0; i < mado_own_contacts_get_n (own); i++)
    g_ptr_array_add (contacts, mado_own_contacts_get (own, i));
  gtk_box_append (GTK_BOX (self->own_box), mado_own_contacts_group_new (contacts, TRUE));
}

/* Beside the date, where the data came from, when an administrator
 * supplied it (the built-in data needs no word here; About names it). */
static char *
dup_admin_provenance (MadoHomePage *self)
{
  GApplication *app = g_application_get_default ();
  const MadoDataChoice *choice;

  if (!MADO_IS_APPLICATION (app))
    return NULL;
  choice = mado_application_get_data_choice (MADO_APPLICATION (app));
  if (choice == NULL || choice->origin == MADO_DATA_ORIGIN_BUNDLED || choice->dataset != self->dataset)
    return NULL;
  return mado_application_dup_provenance (MADO_APPLICATION (app));
}

static void
mado_home_page_constructed (GObject *object)
{
  MadoHomePage *self = MADO_HOME_PAGE (object);
  g_autofree char *date = NULL;
  g_autofree char *reviewed = NULL;
  g_autofree char *provenance = NULL;
  g_autofree char *holidays = NULL;

  G_OBJECT_CLASS (mado_home_page_parent_class)->constructed (object);

  g_return_if_fail (MADO_IS_DATASET (self->dataset));

  /* The title's text is the template's, translated; set again so that
   * Japanese breaks only between phrases, as the question below. */
  mado_label_set_phrased_text (GTK_LABEL (self->title), gtk_label_get_text (GTK_LABEL (self->title)));
  mado_label_set_phrased_text (GTK_LABEL (self->question),
                               mado_guide_node_get_text (mado_dataset_get_guide_start (self->dataset)));
  fill_own (self);
  fill_numbers (self);

  date = mado_format_date (mado_dataset_get_reviewed (self->dataset));
  /* Translators: at the foot of the home page; %s is a date. */
  reviewed = g_strdup_printf (_("Data last checked on %s"), date);
  holidays = mado_open_now_dup_holiday_note ();
  provenance = dup_admin_provenance (self);
  if (provenance != NULL)
    {
      g_autofree char *all = g_strdup_printf ("%s\n%s\n%s", reviewed, holidays, provenance);
      gtk_label_set_label (GTK_LABEL (self->reviewed), all);
    }
  else
    {
      g_autofree char *both = g_strdup_printf ("%s\n%s", reviewed, holidays);
      gtk_label_set_label (GTK_LABEL (self->reviewed), both);
    }

  /* GTK 4.8 would read a mnemonic button as "_Answer… Answer…". */
  mado_a11y_name_by_label (self->guide_button);
}

GtkWidget *
mado_home_page_new (MadoDataset *dataset)
{
  g_return_val_if_fail (MADO_IS_DATASET (dataset), NULL);

  return g_object_new (MADO_TYPE_HOME_PAGE, "dataset", dataset, NULL);
}

/* The focus starts on the guide's button: Enter asks the first question. */
void
mado_home_page_focus_start (MadoHomePage *self)
{
  g_return_if_fail (MADO_IS_HOME_PAGE (self));

  gtk_widget_grab_focus (self->guide_button);
}

static void
mado_home_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MadoHomePage *self = MADO_HOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_home_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MadoHomePage *self = MADO_HOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_home_page_dispose (GObject *object)
{
  MadoHomePage *self = MADO_HOME_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MADO_TYPE_HOME_PAGE);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (mado_home_page_parent_class)->dispose (object);
}

static void
mado_home_page_class_init (MadoHomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mado_home_page_constructed;
  object_class->set_property = mado_home_page_set_property;
  object_class->get_property = mado_home_page_get_property;
  object_class->dispose = mado_home_page_dispose;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, MADO_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mado-home-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoHomePage, title);
  gtk_widget_class_bind_template_child (widget_class, MadoHomePage, question);
  gtk_widget_class_bind_template_child (widget_class, MadoHomePage, guide_button);
  gtk_widget_class_bind_template_child (widget_class, MadoHomePage, own_box);
  gtk_widget_class_bind_template_child (widget_class, MadoHomePage, numbers_box);
  gtk_widget_class_bind_template_child (widget_class, MadoHomePage, numbers_list);
  gtk_widget_class_bind_template_child (widget_class, MadoHomePage, reviewed);
}

static void
mado_home_page_init (MadoHomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
