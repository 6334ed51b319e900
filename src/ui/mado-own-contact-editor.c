/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-own-contact-editor.h"
#include "mado-page-parts.h"
#include "mado-validators.h"

/* One own contact as a form. The fixed fields are the template's, bound
 * both ways to the contact; the numbers and the situations follow the data
 * and are built here. What is typed is in the contact at once, and the
 * store saves it within half a second. */
struct _MadoOwnContactEditor
{
  AdwBin parent_instance;

  MadoOwnContacts *store;
  MadoOwnContact  *contact;
  MadoDataset     *dataset;
  GPtrArray       *bindings;

  GtkWidget *title;
  GtkWidget *up_button;
  GtkWidget *down_button;
  GtkWidget *delete_button;
  GtkWidget *role;
  GtkWidget *name;
  GtkWidget *phones_box;
  GtkWidget *email;
  GtkWidget *reference;
  GtkWidget *note;
  GtkWidget *situations;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONTACT,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MadoOwnContactEditor, mado_own_contact_editor, ADW_TYPE_BIN)

static void
bind (MadoOwnContactEditor *self,
      const char           *property,
      gpointer              target,
      const char           *target_property)
{
  GBinding *binding = g_object_bind_property (self->contact, property, target, target_property,
                                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

/* A field that holds something the file cannot keep says so: it is kept
 * on screen, but not saved, until it is right. */
static void
mark_invalid (GtkWidget  *entry,
              gboolean    invalid,
              const char *why)
{
  if (invalid)
    {
      gtk_widget_add_css_class (entry, "error");
      gtk_widget_set_tooltip_text (entry, why);
    }
  else
    {
      gtk_widget_remove_css_class (entry, "error");
      gtk_widget_set_tooltip_text (entry, NULL);
    }
}

static void
email_changed_cb (MadoOwnContactEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->email));

  mark_invalid (self->email, *text != '\0' && !mado_email_address_is_valid (text),
                _("Not an e-mail address: it will not be saved until it is one"));
}

/* The numbers. */

static guint
phone_index (GtkWidget *widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "mado-phone-index"));
}

/* Full-width digits and dashes, as a Japanese input method types them,
 * become the ASCII ones the file and a phone's dialler take. */
static char *
normalize_number (const char *text)
{
  g_autofree char *folded = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* The dashes a Japanese keyboard gives: ー, −, ‐, ―. */
      if (c == 0x30FC || c == 0x2212 || c == 0x2010 || c == 0x2015 || c == 0x2013)
        g_string_append_c (out, '-');
      else
        g_string_append_unichar (out, c);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

static void
phone_changed_cb (GtkEditable          *editable,
                  MadoOwnContactEditor *self)
{
  GtkWidget *row = gtk_widget_get_parent (GTK_WIDGET (editable));
  GtkWidget *number_entry = g_object_get_data (G_OBJECT (row), "mado-number");
  GtkWidget *hours_entry = g_object_get_data (G_OBJECT (row), "mado-hours");
  g_autofree char *number = normalize_number (gtk_editable_get_text (GTK_EDITABLE (number_entry)));
  const char *hours = gtk_editable_get_text (GTK_EDITABLE (hours_entry));
  guint index = phone_index (row);

  mark_invalid (number_entry, *number != '\0' && !mado_phone_number_is_valid (number),
                _("Not a phone number (digits, and “-”, “+”, “#”, “(”, “)” or spaces): it will "
                  "not be saved until it is one"));
  /* An empty slot becomes a number when something is typed in it. */
  if (index > mado_own_contact_get_n_phones (self->contact))
    index = mado_own_contact_get_n_phones (self->contact);
  if (index == mado_own_contact_get_n_phones (self->contact) && *number == '\0' && *hours == '\0')
    return;
  mado_own_contact_set_phone (self->contact, index, number, hours);
}

static GtkWidget *
phone_entry (const char *text,
             const char *label,
             const char *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return entry;
}

/* Names that differ per number, so that a screen reader (and a test) can
 * tell the second number from the first. */
static char *
number_name (guint index)
{
  if (index == 0)
    /* Translators: the name of the first phone number field of an own contact. */
    return g_strdup (_("Phone Number"));
  /* Translators: the name of a further phone number field; %u counts from 2. */
  return g_strdup_printf (_("Phone Number %u"), index + 1);
}

static char *
hours_name (guint index)
{
  if (index == 0)
    /* Translators: the name of the hours field beside the first phone number. */
    return g_strdup (_("Hours"));
  /* Translators: the name of a further hours field; %u counts from 2. */
  return g_strdup_printf (_("Hours %u"), index + 1);
}

static GtkWidget *
phone_row (MadoOwnContactEditor *self,
           guint                 index)
{
  gboolean exists = index < mado_own_contact_get_n_phones (self->contact);
  g_autofree char *number_label = number_name (index);
  g_autofree char *hours_label = hours_name (index);
  /* Translators: the name of the button that removes a phone number; %u counts from 1. */
  g_autofree char *remove_label = g_strdup_printf (_("Remove Number %u"), index + 1);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *number = phone_entry (exists ? mado_own_contact_get_phone_number (self->contact, index) : "",
                                   number_label, _("Phone number"));
  GtkWidget *hours = phone_entry (exists ? mado_own_contact_get_phone_hours (self->contact, index) : "",
                                  hours_label,
                                  /* Translators: placeholder of the hours of an own contact's number. */
                                  _("Hours, e.g. weekdays 9–18"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("mado-list-remove-symbolic");

  gtk_widget_add_css_class (number, "numeric");
  gtk_entry_set_input_purpose (GTK_ENTRY (number), GTK_INPUT_PURPOSE_PHONE);
  g_object_set_data (G_OBJECT (row), "mado-phone-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (row), "mado-number", number);
  g_object_set_data (G_OBJECT (row), "mado-hours", hours);
  g_signal_connect_object (number, "changed", G_CALLBACK (phone_changed_cb), self, 0);
  g_signal_connect_object (hours, "changed", G_CALLBACK (phone_changed_cb), self, 0);

  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  mado_page_parts_set_accessible_label (remove, remove_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "own.remove-phone");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", index);
  gtk_widget_set_sensitive (remove, exists);

  gtk_box_append (GTK_BOX (row), number);
  gtk_box_append (GTK_BOX (row), hours);
  gtk_box_append (GTK_BOX (row), remove);
  return row;
}

/* One row per number, and one empty row to type the first. */
static void
fill_phones (MadoOwnContactEditor *self)
{
  GtkWidget *child;
  guint n = MAX (1, mado_own_contact_get_n_phones (self->contact));

  while ((child = gtk_widget_get_first_child (self->phones_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->phones_box), child);
  for (guint i = 0; i < n; i++)
    gtk_box_append (GTK_BOX (self->phones_box), phone_row (self, i));
}

/* The entry of number @index, or NULL. */
GtkWidget *
mado_own_contact_editor_get_number_entry (MadoOwnContactEditor *self,
                                          guint                 index)
{
  GtkWidget *row;

  g_return_val_if_fail (MADO_IS_OWN_CONTACT_EDITOR (self), NULL);

  row = gtk_widget_get_first_child (self->phones_box);
  for (guint i = 0; row != NULL && i < index; i++)
    row = gtk_widget_get_next_sibling (row);
  return row != NULL ? g_object_get_data (G_OBJECT (row), "mado-number") : NULL;
}

static void
add_phone_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MadoOwnContactEditor *self = MADO_OWN_CONTACT_EDITOR (widget);
  guint n = mado_own_contact_get_n_phones (self->contact);

  /* The empty row of a contact without numbers is the first one. */
  if (n == 0)
    mado_own_contact_add_phone (self->contact, "", "");
  mado_own_contact_add_phone (self->contact, "", "");
  fill_phones (self);
  gtk_widget_grab_focus (mado_own_contact_editor_get_number_entry (self, MAX (n, 1)));
}

static void
remove_phone_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MadoOwnContactEditor *self = MADO_OWN_CONTACT_EDITOR (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (index >= mado_own_contact_get_n_phones (self->contact))
    return;
  mado_own_contact_remove_phone (self->contact, index);
  fill_phones (self);
  gtk_widget_grab_focus (mado_own_contact_editor_get_number_entry (self, index > 0 ? index - 1 : 0));
}

/* The situations. */

static void
situation_toggled_cb (GtkCheckButton       *button,
                      MadoOwnContactEditor *self)
{
  mado_own_contact_set_situation (self->contact, g_object_get_data (G_OBJECT (button), "mado-situation"),
                                  gtk_check_button_get_active (button));
}

static void
fill_situations (MadoOwnContactEditor *self)
{
  GListModel *situations = mado_dataset_get_situations (self->dataset);

  for (guint i = 0; i < g_list_model_get_n_items (situations); i++)
    {
      g_autoptr(MadoSituation) situation = g_list_model_get_item (situations, i);
      GtkWidget *check = gtk_check_button_new_with_label (mado_situation_get_label (situation));

      g_object_set_data_full (G_OBJECT (check), "mado-situation",
                              g_strdup (mado_situation_get_id (situation)), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   mado_own_contact_has_situation (self->contact,
                                                                   mado_situation_get_id (situation)));
      g_signal_connect_object (check, "toggled", G_CALLBACK (situation_toggled_cb), self, 0);
      gtk_flow_box_append (GTK_FLOW_BOX (self->situations), check);
    }
}

/* The order and deletion. */

static void
update_moves (MadoOwnContactEditor *self)
{
  guint position = 0;
  guint n = mado_own_contacts_get_n (self->store);

  for (guint i = 0; i < n; i++)
    if (mado_own_contacts_get (self->store, i) == self->contact)
      position = i;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "own.move-up", position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "own.move-down", position + 1 < n);
}

static guint
position_of (MadoOwnContactEditor *self)
{
  for (guint i = 0; i < mado_own_contacts_get_n (self->store); i++)
    if (mado_own_contacts_get (self->store, i) == self->contact)
      return i;
  return 0;
}

static void
move_up_cb (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  MadoOwnContactEditor *self = MADO_OWN_CONTACT_EDITOR (widget);
  guint position = position_of (self);

  if (position > 0)
    mado_own_contacts_move (self->store, self->contact, position - 1);
}

static void
move_down_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MadoOwnContactEditor *self = MADO_OWN_CONTACT_EDITOR (widget);

  mado_own_contacts_move (self->store, self->contact, position_of (self) + 1);
}

/* The page deletes, so that the toast that undoes it outlives this form. */
static void
delete_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  MadoOwnContactEditor *self = MADO_OWN_CONTACT_EDITOR (widget);

  gtk_widget_activate_action (widget, "own-page.delete", "s", mado_own_contact_get_id (self->contact));
}

static void
name_buttons (MadoOwnContactEditor *self)
{
  /* Translators: the name and tooltip of the button that deletes an own contact; %s is its name or role. */
  g_autofree char *label = g_strdup_printf (_("Delete %s"), mado_own_contact_get_title (self->contact));

  mado_page_parts_set_accessible_label (self->delete_button, label);
  gtk_widget_set_tooltip_text (self->delete_button, label);
}

static void
fill_roles (MadoOwnContactEditor *self)
{
  GtkStringList *roles = gtk_string_list_new (NULL);

  for (guint i = 0; i < MADO_OWN_N_ROLES; i++)
    gtk_string_list_append (roles, mado_own_role_get_label ((MadoOwnRole) i));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->role), G_LIST_MODEL (roles));
  g_object_unref (roles);
}

static void
mado_own_contact_editor_constructed (GObject *object)
{
  MadoOwnContactEditor *self = MADO_OWN_CONTACT_EDITOR (object);

  G_OBJECT_CLASS (mado_own_contact_editor_parent_class)->constructed (object);

  g_return_if_fail (MADO_IS_OWN_CONTACT (self->contact));
  g_return_if_fail (MADO_IS_OWN_CONTACTS (self->store));
  g_return_if_fail (MADO_IS_DATASET (self->dataset));

  fill_roles (self);
  g_ptr_array_add (self->bindings,
                   g_object_ref (g_object_bind_property (self->contact, "title", self->title, "label",
                                                         G_BINDING_SYNC_CREATE)));
  bind (self, "role", self->role, "selected");
  bind (self, "name", self->name, "text");
  bind (self, "email", self->email, "text");
  bind (self, "reference", self->reference, "text");
  bind (self, "note", gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->note)), "text");
  g_signal_connect_object (self->email, "changed", G_CALLBACK (email_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->contact, "notify::title", G_CALLBACK (name_buttons), self,
                           G_CONNECT_SWAPPED);
  fill_phones (self);
  fill_situations (self);
  name_buttons (self);
  update_moves (self);
  g_signal_connect_object (self->store, "items-changed", G_CALLBACK (update_moves), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
mado_own_contact_editor_new (MadoOwnContacts *store,
                             MadoOwnContact  *contact,
                             MadoDataset     *dataset)
{
  return g_object_new (MADO_TYPE_OWN_CONTACT_EDITOR, "store", store, "contact", contact,
                       "dataset", dataset, NULL);
}

MadoOwnContact *
mado_own_contact_editor_get_contact (MadoOwnContactEditor *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT_EDITOR (self), NULL);
  return self->contact;
}

void
mado_own_contact_editor_focus_name (MadoOwnContactEditor *self)
{
  g_return_if_fail (MADO_IS_OWN_CONTACT_EDITOR (self));
  gtk_widget_grab_focus (self->name);
}

static void
mado_own_contact_editor_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  MadoOwnContactEditor *self = MADO_OWN_CONTACT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CONTACT:
      self->contact = g_value_dup_object (value);
      break;
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_own_contact_editor_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  MadoOwnContactEditor *self = MADO_OWN_CONTACT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unbind_all (GPtrArray *bindings)
{
  for (guint i = 0; i < bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (bindings, i));
  g_ptr_array_set_size (bindings, 0);
}

static void
mado_own_contact_editor_dispose (GObject *object)
{
  MadoOwnContactEditor *self = MADO_OWN_CONTACT_EDITOR (object);

  if (self->bindings != NULL)
    unbind_all (self->bindings);
  gtk_widget_dispose_template (GTK_WIDGET (self), MADO_TYPE_OWN_CONTACT_EDITOR);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->contact);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (mado_own_contact_editor_parent_class)->dispose (object);
}

static void
mado_own_contact_editor_class_init (MadoOwnContactEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mado_own_contact_editor_constructed;
  object_class->set_property = mado_own_contact_editor_set_property;
  object_class->get_property = mado_own_contact_editor_get_property;
  object_class->dispose = mado_own_contact_editor_dispose;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MADO_TYPE_OWN_CONTACTS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL, MADO_TYPE_OWN_CONTACT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, MADO_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mado-own-contact-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoOwnContactEditor, title);
  gtk_widget_class_bind_template_child (widget_class, MadoOwnContactEditor, up_button);
  gtk_widget_class_bind_template_child (widget_class, MadoOwnContactEditor, down_button);
  gtk_widget_class_bind_template_child (widget_class, MadoOwnContactEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, MadoOwnContactEditor, role);
  gtk_widget_class_bind_template_child (widget_class, MadoOwnContactEditor, name);
  gtk_widget_class_bind_template_child (widget_class, MadoOwnContactEditor, phones_box);
  gtk_widget_class_bind_template_child (widget_class, MadoOwnContactEditor, email);
  gtk_widget_class_bind_template_child (widget_class, MadoOwnContactEditor, reference);
  gtk_widget_class_bind_template_child (widget_class, MadoOwnContactEditor, note);
  gtk_widget_class_bind_template_child (widget_class, MadoOwnContactEditor, situations);

  gtk_widget_class_install_action (widget_class, "own.move-up", NULL, move_up_cb);
  gtk_widget_class_install_action (widget_class, "own.move-down", NULL, move_down_cb);
  gtk_widget_class_install_action (widget_class, "own.delete", NULL, delete_cb);
  gtk_widget_class_install_action (widget_class, "own.add-phone", NULL, add_phone_cb);
  gtk_widget_class_install_action (widget_class, "own.remove-phone", "u", remove_phone_cb);
}

static void
mado_own_contact_editor_init (MadoOwnContactEditor *self)
{
  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}
