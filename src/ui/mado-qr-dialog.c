/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mado-qr.h"
#include "mado-qr-dialog.h"

/* "Show on Phone": a number or an address as a large QR code, so that the
 * person at the desk can call from a mobile phone (tel:) or open a page
 * there, without typing it. The code is drawn with cairo at whatever size
 * the window has, always dark on white with its quiet zone. */
struct _MadoQrDialog
{
  AdwWindow parent_instance;

  char   *uri;
  char   *text;
  MadoQr *qr;

  GtkWidget *code_area;
  GtkLabel  *text_label;
  GtkLabel  *uri_label;
};

G_DEFINE_FINAL_TYPE (MadoQrDialog, mado_qr_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_URI,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* @uri is what the code holds (tel:…, https://…); @text what the desk reads
 * under it (the number as written, the address). */
GtkWidget *
mado_qr_dialog_new (GtkWindow  *parent,
                    const char *uri,
                    const char *text)
{
  g_return_val_if_fail (uri != NULL, NULL);

  return g_object_new (MADO_TYPE_QR_DIALOG,
                       "transient-for", parent,
                       "uri", uri,
                       "text", text != NULL ? text : uri,
                       NULL);
}

const char *
mado_qr_dialog_get_uri (MadoQrDialog *self)
{
  g_return_val_if_fail (MADO_IS_QR_DIALOG (self), NULL);
  return self->uri;
}

/* The drawing area of the code: tests render it to an image and read it. */
GtkWidget *
mado_qr_dialog_get_code (MadoQrDialog *self)
{
  g_return_val_if_fail (MADO_IS_QR_DIALOG (self), NULL);
  return self->code_area;
}

/* The largest square that fits, centred, in whole pixels per module: on
 * screen a module of 7.4 pixels would be drawn 7 or 8 wide, which is
 * harder on a phone's camera than a slightly smaller code. */
static void
draw_code_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  MadoQrDialog *self = MADO_QR_DIALOG (user_data);
  int modules;
  double side;

  if (self->qr == NULL)
    return;
  modules = mado_qr_get_size (self->qr) + 2 * MADO_QR_QUIET_ZONE;
  side = MAX (1, MIN (width, height) / modules) * modules;
  mado_qr_draw (self->qr, cr, floor ((width - side) / 2), floor ((height - side) / 2), side);
}

static void
mado_qr_dialog_constructed (GObject *object)
{
  MadoQrDialog *self = MADO_QR_DIALOG (object);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (mado_qr_dialog_parent_class)->constructed (object);

  self->qr = mado_qr_new (self->uri, &error);
  if (self->qr == NULL)
    g_message ("%s", error->message);

  gtk_label_set_text (self->text_label, self->text);
  gtk_label_set_text (self->uri_label, self->uri);
  gtk_widget_set_visible (GTK_WIDGET (self->uri_label), g_strcmp0 (self->uri, self->text) != 0);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->code_area), draw_code_cb, self, NULL);
  /* A screen reader hears what the picture holds. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->code_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->uri, -1);
}

static void
mado_qr_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MADO_TYPE_QR_DIALOG);

  G_OBJECT_CLASS (mado_qr_dialog_parent_class)->dispose (object);
}

static void
mado_qr_dialog_finalize (GObject *object)
{
  MadoQrDialog *self = MADO_QR_DIALOG (object);

  g_free (self->uri);
  g_free (self->text);
  g_clear_pointer (&self->qr, mado_qr_free);

  G_OBJECT_CLASS (mado_qr_dialog_parent_class)->finalize (object);
}

static void
mado_qr_dialog_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MadoQrDialog *self = MADO_QR_DIALOG (object);

  switch (prop_id)
    {
    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_qr_dialog_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MadoQrDialog *self = MADO_QR_DIALOG (object);

  switch (prop_id)
    {
    case PROP_URI:
      self->uri = g_value_dup_string (value);
      break;
    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_qr_dialog_class_init (MadoQrDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mado_qr_dialog_constructed;
  object_class->dispose = mado_qr_dialog_dispose;
  object_class->finalize = mado_qr_dialog_finalize;
  object_class->get_property = mado_qr_dialog_get_property;
  object_class->set_property = mado_qr_dialog_set_property;

  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/madoguchi/Madoguchi/ui/mado-qr-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoQrDialog, code_area);
  gtk_widget_class_bind_template_child (widget_class, MadoQrDialog, text_label);
  gtk_widget_class_bind_template_child (widget_class, MadoQrDialog, uri_label);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mado_qr_dialog_init (MadoQrDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
