/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-a11y.h"
#include "mado-own-contact-editor.h"
#include "mado-own-contacts-page.h"
#include "mado-own-rows.h"
#include "mado-page-parts.h"
#include "mado-undo-toast.h"

/* The page of the desk's own contacts: a form per contact, in the order the
 * store keeps (which is the order everywhere), rebuilt when the list
 * changes (a few dozen contacts at most). */
struct _MadoOwnContactsPage
{
  AdwBin parent_instance;

  MadoOwnContacts *store;
  MadoDataset     *dataset;

  GtkWidget *add_button;
  GtkWidget *read_only_label;
  GtkWidget *organisation_box;
  GtkWidget *empty_label;
  GtkWidget *contacts_box;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MadoOwnContactsPage, mado_own_contacts_page, ADW_TYPE_BIN)

/* The form of contact @index, or NULL. */
GtkWidget *
mado_own_contacts_page_get_editor (MadoOwnContactsPage *self,
                                   guint                index)
{
  GtkWidget *child;

  g_return_val_if_fail (MADO_IS_OWN_CONTACTS_PAGE (self), NULL);

  child = gtk_widget_get_first_child (self->contacts_box);
  for (guint i = 0; child != NULL && i < index; i++)
    child = gtk_widget_get_next_sibling (child);
  return child;
}

static GtkWidget *
find_editor (MadoOwnContactsPage *self,
             MadoOwnContact      *contact)
{
  for (GtkWidget *child = gtk_widget_get_first_child (self->contacts_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (mado_own_contact_editor_get_contact (MADO_OWN_CONTACT_EDITOR (child)) == contact)
      return child;
  return NULL;
}

/* The forms follow the list. A form already made stays the same widget,
 * moved to its new place, so that the focus and what the person was
 * typing stay with it. */
static void
items_changed_cb (MadoOwnContactsPage *self)
{
  GtkWidget *child = gtk_widget_get_first_child (self->contacts_box);
  GtkWidget *previous = NULL;
  guint n = mado_own_contacts_get_n (self->store);

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);
      MadoOwnContact *contact = mado_own_contact_editor_get_contact (MADO_OWN_CONTACT_EDITOR (child));

      if (mado_own_contacts_lookup (self->store, mado_own_contact_get_id (contact)) != contact)
        gtk_box_remove (GTK_BOX (self->contacts_box), child);
      child = next;
    }
  for (guint i = 0; i < n; i++)
    {
      MadoOwnContact *contact = mado_own_contacts_get (self->store, i);
      GtkWidget *editor = find_editor (self, contact);

      if (editor == NULL)
        {
          editor = mado_own_contact_editor_new (self->store, contact, self->dataset);
          gtk_box_insert_child_after (GTK_BOX (self->contacts_box), editor, previous);
        }
      else
        gtk_box_reorder_child_after (GTK_BOX (self->contacts_box), editor, previous);
      previous = editor;
    }
  gtk_widget_set_visible (self->empty_label, n == 0);
}

static void
add_cb (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  MadoOwnContactsPage *self = MADO_OWN_CONTACTS_PAGE (widget);
  g_autoptr(MadoOwnContact) contact = mado_own_contact_new ();
  GtkWidget *editor;

  mado_own_contacts_add (self->store, contact);
  editor = find_editor (self, contact);
  if (editor != NULL)
    mado_own_contact_editor_focus_name (MADO_OWN_CONTACT_EDITOR (editor));
}

static void
undo_cb (gpointer store,
         gpointer contact,
         guint    position)
{
  mado_own_contacts_insert (store, position, contact);
}

/* Deleting is at once, with a toast to undo it. */
static void
delete_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  MadoOwnContactsPage *self = MADO_OWN_CONTACTS_PAGE (widget);
  MadoOwnContact *found = mado_own_contacts_lookup (self->store, g_variant_get_string (parameter, NULL));
  g_autoptr(MadoOwnContact) contact = NULL;
  g_autofree char *message = NULL;
  g_autoptr(AdwToast) toast = NULL;
  guint position;

  if (found == NULL)
    return;
  /* The store lets go of it: the toast keeps it. */
  contact = g_object_ref (found);
  /* Translators: a toast after deleting an own contact; %s is its name or role. */
  message = g_strdup_printf (_("“%s” deleted"), mado_own_contact_get_title (contact));
  position = mado_own_contacts_remove (self->store, contact);
  /* Whoever shows the page shows the toast; alone, nothing is undone. */
  toast = mado_undo_toast_new (message, undo_cb, self->store, contact, position);
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  gtk_widget_grab_focus (self->add_button);
}

void
mado_own_contacts_page_focus_start (MadoOwnContactsPage *self)
{
  GtkWidget *first;

  g_return_if_fail (MADO_IS_OWN_CONTACTS_PAGE (self));

  first = mado_own_contacts_page_get_editor (self, 0);
  if (first != NULL)
    mado_own_contact_editor_focus_name (MADO_OWN_CONTACT_EDITOR (first));
  else
    gtk_widget_grab_focus (self->add_button);
}

/* The administrator's contacts, as they are used: rows that copy the
 * number, not forms. */
static void
fill_organisation (MadoOwnContactsPage *self)
{
  MadoOwnContacts *organisation = mado_own_contacts_get_organisation (self->store);
  GtkWidget *list;

  if (organisation == NULL || mado_own_contacts_get_n (organisation) == 0)
    return;
  list = mado_page_parts_boxed_list_new (_("From Your Administrator"));
  for (guint i = 0; i < mado_own_contacts_get_n (organisation); i++)
    gtk_list_box_append (GTK_LIST_BOX (list),
                         mado_own_contact_row_new (mado_own_contacts_get (organisation, i)));
  gtk_box_append (GTK_BOX (self->organisation_box), list);
  gtk_widget_set_visible (self->organisation_box, TRUE);
}

static void
mado_own_contacts_page_constructed (GObject *object)
{
  MadoOwnContactsPage *self = MADO_OWN_CONTACTS_PAGE (object);

  G_OBJECT_CLASS (mado_own_contacts_page_parent_class)->constructed (object);

  g_return_if_fail (MADO_IS_OWN_CONTACTS (self->store));
  g_return_if_fail (MADO_IS_DATASET (self->dataset));

  gtk_widget_set_visible (self->read_only_label, mado_own_contacts_is_read_only (self->store));
  fill_organisation (self);
  g_signal_connect_object (self->store, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  items_changed_cb (self);
  mado_a11y_name_by_label (self->add_button);
}

GtkWidget *
mado_own_contacts_page_new (MadoOwnContacts *store,
                            MadoDataset     *dataset)
{
  return g_object_new (MADO_TYPE_OWN_CONTACTS_PAGE, "store", store, "dataset", dataset, NULL);
}

static void
mado_own_contacts_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  MadoOwnContactsPage *self = MADO_OWN_CONTACTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_own_contacts_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  MadoOwnContactsPage *self = MADO_OWN_CONTACTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_own_contacts_page_dispose (GObject *object)
{
  MadoOwnContactsPage *self = MADO_OWN_CONTACTS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MADO_TYPE_OWN_CONTACTS_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (mado_own_contacts_page_parent_class)->dispose (object);
}

static void
mado_own_contacts_page_class_init (MadoOwnContactsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mado_own_contacts_page_constructed;
  object_class->set_property = mado_own_contacts_page_set_property;
  object_class->get_property = mado_own_contacts_page_get_property;
  object_class->dispose = mado_own_contacts_page_dispose;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MADO_TYPE_OWN_CONTACTS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, MADO_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A toast with Undo, for whoever shows the page to show. */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mado-own-contacts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoOwnContactsPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, MadoOwnContactsPage, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, MadoOwnContactsPage, organisation_box);
  gtk_widget_class_bind_template_child (widget_class, MadoOwnContactsPage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, MadoOwnContactsPage, contacts_box);

  gtk_widget_class_install_action (widget_class, "own-page.add", NULL, add_cb);
  gtk_widget_class_install_action (widget_class, "own-page.delete", "s", delete_cb);
}

static void
mado_own_contacts_page_init (MadoOwnContactsPage *self)
{
  g_type_ensure (MADO_TYPE_OWN_CONTACT_EDITOR);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GTK 4.18 leaves a header menu's items unnamed for screen readers. */
  mado_a11y_name_menus (GTK_WIDGET (self));
}
