/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-open-now.h"
#include "mado-page-parts.h"
#include "mado-phone-row.h"
#include "mado-qr.h"
#include "mado-row-box.h"

/* A phone number as the desk dials it: large, with what it is for and when it
 * answers, and a copy button. An unconfirmed number is tagged and smaller, its
 * reason in the tooltip and in what a screen reader hears. Contact cards list
 * their numbers with it; a guide result lists its other desks with it, each
 * under a caption. Under the number, whether it answers now ("Open until
 * 17:15"), kept current while the row is on screen. */
struct _MadoPhoneRow
{
  GtkListBoxRow parent_instance;

  MadoPhone *phone;
  char      *caption;
  char      *default_hours;
  GtkWidget *menu;

  GtkLabel  *caption_label;
  GtkLabel  *number_label;
  GtkWidget *unconfirmed_tag;
  GtkLabel  *open_label;
  GtkLabel  *details_label;
  GtkWidget *copy_button;
};

G_DEFINE_FINAL_TYPE (MadoPhoneRow, mado_phone_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_PHONE,
  PROP_CAPTION,
  PROP_DEFAULT_HOURS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* @caption (may be NULL) is shown above the number; @default_hours (may be
 * NULL) stands for the number's hours when it gives none: a contact's hours
 * usually hold for its numbers. */
GtkWidget *
mado_phone_row_new (MadoPhone  *phone,
                    const char *caption,
                    const char *default_hours)
{
  g_return_val_if_fail (MADO_IS_PHONE (phone), NULL);

  return g_object_new (MADO_TYPE_PHONE_ROW,
                       "phone", phone,
                       "caption", caption,
                       "default-hours", default_hours,
                       NULL);
}

MadoPhone *
mado_phone_row_get_phone (MadoPhoneRow *self)
{
  g_return_val_if_fail (MADO_IS_PHONE_ROW (self), NULL);
  return self->phone;
}

const char *
mado_phone_row_get_copy_text (MadoPhoneRow *self)
{
  g_return_val_if_fail (MADO_IS_PHONE_ROW (self), NULL);
  return mado_phone_get_number (self->phone);
}

static char *
dup_details (MadoPhoneRow *self)
{
  const char *label = mado_phone_get_label (self->phone);
  const char *hours = mado_phone_get_hours (self->phone);

  if (hours == NULL)
    hours = self->default_hours;
  if (label != NULL && hours != NULL)
    /* Translators: what a phone number is for, then when it answers. */
    return g_strdup_printf (_("%s · %s"), label, hours);
  return g_strdup (label != NULL ? label : hours);
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* The row is named by what activating it does ("Copy 03-…"), as the address
 * rows are; what the number is for, and any doubt, is its description. */
static void
describe (MadoPhoneRow *self,
          const char   *details,
          const char   *open_text)
{
  const char *number = mado_phone_get_number (self->phone);
  /* Translators: what activating a phone row does; %s is the number. */
  g_autofree char *name = g_strdup_printf (_("Copy %s"), number);
  g_autofree char *description = NULL;

  if (mado_phone_is_confirmed (self->phone) && open_text != NULL && details != NULL)
    /* Translators: a screen reader's description of a phone row: whether it answers now, then what it is for and its hours. */
    description = g_strdup_printf (_("%s. %s"), open_text, details);
  else if (mado_phone_is_confirmed (self->phone))
    description = g_strdup (details != NULL ? details : open_text);
  else
    /* Translators: a screen reader's description of a row that could not be confirmed; %s says why. */
    description = g_strdup_printf (_("Unconfirmed: %s"), mado_phone_get_change (self->phone));

  mado_page_parts_set_accessible_label (GTK_WIDGET (self), name);
  /* The tooltip first: GTK makes a tooltip the description, and the
   * description is what a screen reader should hear. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                               mado_phone_is_confirmed (self->phone) ? name : description);
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    description, -1);
  gtk_widget_set_tooltip_text (self->copy_button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->copy_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* Whether it answers now; the screen reader hears it first. Most minutes
 * change nothing: then nothing is touched, so the tick costs no layout. */
static void
update_open (MadoPhoneRow *self)
{
  g_autofree char *before = g_strdup (gtk_label_get_label (self->open_label));
  g_autofree char *open_text = mado_open_now_apply (self->open_label, self->phone);
  g_autofree char *details = NULL;

  if (before != NULL && *before != '\0' && g_strcmp0 (before, open_text) == 0)
    return;
  details = dup_details (self);
  describe (self, details, open_text);
}

/* The words under the number, for tests and for what the row reads as. */
const char *
mado_phone_row_get_open_text (MadoPhoneRow *self)
{
  g_return_val_if_fail (MADO_IS_PHONE_ROW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->open_label))
         ? gtk_label_get_label (self->open_label) : NULL;
}

/* A number as short as a phone number's usual form fits any width the window
 * takes, so it never wraps and is laid out on one line. A wrapping label is
 * measured at width 0 for its minimum too, which Pango 1.50 does by shaping
 * the number again for every place it could break it: on the home page the
 * three numbers were half the text shaped before the first frame. A longer
 * number (an extension written after it) still wraps rather than widen the
 * window. */
#define NUMBER_WHOLE_CHARS 16

static void
keep_number_whole (GtkLabel   *label,
                   const char *number)
{
  gtk_label_set_wrap (label, g_utf8_strlen (number, -1) > NUMBER_WHOLE_CHARS);
}

static void
mado_phone_row_constructed (GObject *object)
{
  MadoPhoneRow *self = MADO_PHONE_ROW (object);
  const char *number = mado_phone_get_number (self->phone);
  g_autofree char *details = dup_details (self);

  G_OBJECT_CLASS (mado_phone_row_parent_class)->constructed (object);

  set_label (self->caption_label, self->caption);
  set_label (self->number_label, number);
  keep_number_whole (self->number_label, number);
  set_label (self->details_label, details);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s", number);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->copy_button), "s", number);

  if (!mado_phone_is_confirmed (self->phone))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "unconfirmed");
      gtk_widget_set_visible (self->unconfirmed_tag, TRUE);
      gtk_widget_set_tooltip_text (self->unconfirmed_tag, mado_phone_get_change (self->phone));
    }
  update_open (self);

  /* Only weekly hours change with the time: "Open 24 hours" and "Hours
   * unknown" need no timer. */
  if (mado_phone_get_schedule (self->phone) != NULL
      && mado_schedule_needs_clock (mado_phone_get_schedule (self->phone)))
    mado_open_now_watch (GTK_WIDGET (self), self->phone, (MadoOpenNowUpdate) update_open);
}

void
mado_phone_row_popup_menu (MadoPhoneRow *self)
{
  g_return_if_fail (MADO_IS_PHONE_ROW (self));

  /* Built on first use: most rows are never right-clicked. */
  if (self->menu == NULL)
    {
      const char *number = mado_phone_get_number (self->phone);
      g_autofree char *tel = mado_qr_dup_tel_uri (number);

      self->menu = mado_page_parts_copy_menu_new (GTK_WIDGET (self), number, NULL, tel);
    }
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
secondary_click_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    MadoPhoneRow    *self)
{
  mado_phone_row_popup_menu (self);
  mado_page_parts_point_menu (self->menu, GTK_GESTURE (gesture), x, y);
}

static void
popup_menu_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  mado_phone_row_popup_menu (MADO_PHONE_ROW (widget));
}

static void
mado_phone_row_dispose (GObject *object)
{
  MadoPhoneRow *self = MADO_PHONE_ROW (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), MADO_TYPE_PHONE_ROW);

  G_OBJECT_CLASS (mado_phone_row_parent_class)->dispose (object);
}

static void
mado_phone_row_finalize (GObject *object)
{
  MadoPhoneRow *self = MADO_PHONE_ROW (object);

  g_clear_object (&self->phone);
  g_free (self->caption);
  g_free (self->default_hours);

  G_OBJECT_CLASS (mado_phone_row_parent_class)->finalize (object);
}

static void
mado_phone_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MadoPhoneRow *self = MADO_PHONE_ROW (object);

  switch (prop_id)
    {
    case PROP_PHONE:
      g_value_set_object (value, self->phone);
      break;
    case PROP_CAPTION:
      g_value_set_string (value, self->caption);
      break;
    case PROP_DEFAULT_HOURS:
      g_value_set_string (value, self->default_hours);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_phone_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MadoPhoneRow *self = MADO_PHONE_ROW (object);

  switch (prop_id)
    {
    case PROP_PHONE:
      self->phone = g_value_dup_object (value);
      break;
    case PROP_CAPTION:
      self->caption = g_value_dup_string (value);
      break;
    case PROP_DEFAULT_HOURS:
      self->default_hours = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_phone_row_class_init (MadoPhoneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (MADO_TYPE_ROW_BOX);

  object_class->constructed = mado_phone_row_constructed;
  object_class->dispose = mado_phone_row_dispose;
  object_class->finalize = mado_phone_row_finalize;
  object_class->get_property = mado_phone_row_get_property;
  object_class->set_property = mado_phone_row_set_property;

  properties[PROP_PHONE] =
    g_param_spec_object ("phone", NULL, NULL, MADO_TYPE_PHONE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAPTION] =
    g_param_spec_string ("caption", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEFAULT_HOURS] =
    g_param_spec_string ("default-hours", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/madoguchi/Madoguchi/ui/mado-phone-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoPhoneRow, caption_label);
  gtk_widget_class_bind_template_child (widget_class, MadoPhoneRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, MadoPhoneRow, unconfirmed_tag);
  gtk_widget_class_bind_template_child (widget_class, MadoPhoneRow, open_label);
  gtk_widget_class_bind_template_child (widget_class, MadoPhoneRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, MadoPhoneRow, copy_button);

  mado_page_parts_install_popup_menu (widget_class, popup_menu_action_cb);
}

static void
mado_phone_row_init (MadoPhoneRow *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (secondary_click_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}
