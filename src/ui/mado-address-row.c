/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-address-row.h"
#include "mado-page-parts.h"
#include "mado-qr.h"
#include "mado-row.h"

/* A row for one way of reaching a contact: a phone number (activating copies
 * it), a web address or an e-mail address (activating opens it; a button
 * copies it). Every row has a context menu (right click, Menu, Shift+F10) with
 * Copy and, where it applies, Open. All of it goes through the window's
 * win.copy-text and win.open-uri actions, so the keyboard, the mouse, the
 * accessibility tree and the tests reach the same code. */
struct _MadoAddressRow
{
  MadoRow parent_instance;

  char       *copy_text;
  char       *uri;
  GtkWidget  *menu;
};

G_DEFINE_FINAL_TYPE (MadoAddressRow, mado_address_row, MADO_TYPE_ROW)

enum {
  PROP_0,
  PROP_COPY_TEXT,
  PROP_URI,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_icon (MadoAddressRow *self,
          const char     *icon_name,
          const char     *tooltip,
          gboolean        prefix)
{
  GtkWidget *icon;

  /* An icon with a tooltip says something (not encrypted) and is named;
   * the others only decorate. */
  if (tooltip != NULL)
    {
      icon = gtk_image_new_from_icon_name (icon_name);
      gtk_widget_set_tooltip_text (icon, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
    }
  else
    icon = mado_page_parts_decorative_icon_new (icon_name);

  if (prefix)
    mado_row_add_prefix (MADO_ROW (self), icon);
  else
    mado_row_add_suffix (MADO_ROW (self), icon);
}

static void
add_copy_button (MadoAddressRow *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("mado-edit-copy-symbolic");
  /* Translators: tooltip and screen-reader name of a button; %s is a phone number or address. */
  g_autofree char *label = g_strdup_printf (_("Copy %s"), self->copy_text);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.copy-text");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", self->copy_text);
  mado_row_add_suffix (MADO_ROW (self), button);
}

/* The row's accessible name says what activating it does, so a screen reader
 * user hears "Copy 03-5978-7509" rather than a bare number. */
static void
set_accessible_label (MadoAddressRow *self,
                      const char     *label,
                      const char     *tooltip)
{
  mado_page_parts_set_accessible_label (GTK_WIDGET (self), label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
}

/* The doubt sits on the address it concerns, where the eye is when choosing
 * it; a screen reader hears it as the row's description. */
static void
mark_unconfirmed (MadoAddressRow *self,
                  const char     *reason)
{
  /* Translators: a screen reader's description of a row that could not be confirmed; %s says why. */
  g_autofree char *description = g_strdup_printf (_("Unconfirmed: %s"), reason);

  gtk_widget_add_css_class (GTK_WIDGET (self), "unconfirmed");
  mado_row_add_suffix (MADO_ROW (self), mado_page_parts_unconfirmed_tag_new (reason));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
}

static MadoAddressRow *
address_row_new (const char *title,
                 const char *subtitle,
                 const char *copy_text,
                 const char *uri)
{
  return g_object_new (MADO_TYPE_ADDRESS_ROW,
                       "title", title,
                       "subtitle", subtitle,
                       "copy-text", copy_text,
                       "uri", uri,
                       NULL);
}

/* Activating the row opens its uri, or copies its copy-text when there is
 * nothing to open. */
static void
mado_address_row_constructed (GObject *object)
{
  MadoAddressRow *self = MADO_ADDRESS_ROW (object);

  G_OBJECT_CLASS (mado_address_row_parent_class)->constructed (object);

  g_assert (self->copy_text != NULL);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s",
                                    self->uri != NULL ? self->uri : self->copy_text);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self),
                                  self->uri != NULL ? "win.open-uri" : "win.copy-text");
}

GtkWidget *
mado_address_row_new_for_phone (MadoPhone *phone)
{
  const char *number = mado_phone_get_number (phone);
  const char *label = mado_phone_get_label (phone);
  const char *hours = mado_phone_get_hours (phone);
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  MadoAddressRow *self;

  if (label != NULL && hours != NULL)
    /* Translators: what a phone number is for, then when it answers. */
    subtitle = g_strdup_printf (_("%s · %s"), label, hours);
  else
    subtitle = g_strdup (label != NULL ? label : hours);

  self = address_row_new (number, subtitle, number, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self), "numeric");
  add_icon (self, "mado-call-start-symbolic", NULL, TRUE);
  add_icon (self, "mado-edit-copy-symbolic", NULL, FALSE);
  /* Translators: what activating a phone row does; %s is the number. */
  accessible = g_strdup_printf (_("Copy %s"), number);
  set_accessible_label (self, accessible, accessible);
  return GTK_WIDGET (self);
}

GtkWidget *
mado_address_row_new_for_link (MadoLink *link)
{
  const char *url = mado_link_get_url (link);
  g_autofree char *accessible = NULL;
  MadoAddressRow *self;

  self = address_row_new (mado_link_get_label (link), url, url, url);
  add_icon (self, mado_link_get_kind (link) == MADO_LINK_KIND_FORM
                  ? "mado-document-edit-symbolic" : "mado-web-browser-symbolic", NULL, TRUE);
  if (!mado_link_get_encrypted (link))
    add_icon (self, "mado-channel-insecure-symbolic",
              /* Translators: tooltip of a warning icon beside a plain-http web address. */
              _("Not encrypted: this page is served over plain http"), FALSE);
  if (!mado_link_is_confirmed (link))
    mark_unconfirmed (self, mado_link_get_change (link));
  add_copy_button (self);
  add_icon (self, "mado-external-link-symbolic", NULL, FALSE);
  /* Translators: what activating a link row does; %s is the link's label. */
  accessible = g_strdup_printf (_("Open %s"), mado_link_get_label (link));
  set_accessible_label (self, accessible, url);
  return GTK_WIDGET (self);
}

GtkWidget *
mado_address_row_new_for_email (MadoEmail *email)
{
  const char *address = mado_email_get_address (email);
  g_autofree char *uri = mado_email_dup_uri (email);
  g_autofree char *accessible = NULL;
  MadoAddressRow *self;

  self = address_row_new (address, mado_email_get_label (email), address, uri);
  add_icon (self, "mado-mail-unread-symbolic", NULL, TRUE);
  add_copy_button (self);
  /* Translators: what activating an e-mail row does; %s is the address. */
  accessible = g_strdup_printf (_("Write to %s"), address);
  set_accessible_label (self, accessible, accessible);
  return GTK_WIDGET (self);
}

const char *
mado_address_row_get_copy_text (MadoAddressRow *self)
{
  g_return_val_if_fail (MADO_IS_ADDRESS_ROW (self), NULL);
  return self->copy_text;
}

/* NULL for a phone number: there is nothing to open. */
const char *
mado_address_row_get_uri (MadoAddressRow *self)
{
  g_return_val_if_fail (MADO_IS_ADDRESS_ROW (self), NULL);
  return self->uri;
}

void
mado_address_row_popup_menu (MadoAddressRow *self)
{
  g_return_if_fail (MADO_IS_ADDRESS_ROW (self));

  /* Built on first use: most rows are never right-clicked. */
  if (self->menu == NULL)
    {
      /* A number's code dials it; an address's opens it. */
      g_autofree char *tel = self->uri == NULL ? mado_qr_dup_tel_uri (self->copy_text) : NULL;

      self->menu = mado_page_parts_copy_menu_new (GTK_WIDGET (self), self->copy_text, self->uri,
                                                  self->uri != NULL ? self->uri : tel);
    }

  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
secondary_click_cb (MadoAddressRow  *self,
                    int              n_press,
                    double           x,
                    double           y,
                    GtkGestureClick *gesture)
{
  mado_address_row_popup_menu (self);
  if (self->menu != NULL)
    gtk_popover_set_pointing_to (GTK_POPOVER (self->menu),
                                 &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
popup_menu_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  mado_address_row_popup_menu (MADO_ADDRESS_ROW (widget));
}

static void
mado_address_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MadoAddressRow *self = MADO_ADDRESS_ROW (object);

  switch (prop_id)
    {
    case PROP_COPY_TEXT:
      g_value_set_string (value, self->copy_text);
      break;
    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_address_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MadoAddressRow *self = MADO_ADDRESS_ROW (object);

  switch (prop_id)
    {
    case PROP_COPY_TEXT:
      self->copy_text = g_value_dup_string (value);
      break;
    case PROP_URI:
      self->uri = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_address_row_dispose (GObject *object)
{
  MadoAddressRow *self = MADO_ADDRESS_ROW (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);

  G_OBJECT_CLASS (mado_address_row_parent_class)->dispose (object);
}

static void
mado_address_row_finalize (GObject *object)
{
  MadoAddressRow *self = MADO_ADDRESS_ROW (object);

  g_free (self->copy_text);
  g_free (self->uri);

  G_OBJECT_CLASS (mado_address_row_parent_class)->finalize (object);
}

static void
mado_address_row_class_init (MadoAddressRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mado_address_row_constructed;
  object_class->get_property = mado_address_row_get_property;
  object_class->set_property = mado_address_row_set_property;
  object_class->dispose = mado_address_row_dispose;
  object_class->finalize = mado_address_row_finalize;

  /* What the row copies, and what it opens (NULL for a phone number: it
   * copies instead). */
  properties[PROP_COPY_TEXT] =
    g_param_spec_string ("copy-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mado-address-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, secondary_click_cb);

  gtk_widget_class_install_action (widget_class, "row.popup-menu", NULL, popup_menu_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "row.popup-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "row.popup-menu", NULL);
}

static void
mado_address_row_init (MadoAddressRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
