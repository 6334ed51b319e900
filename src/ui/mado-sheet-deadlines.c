/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-a11y.h"
#include "mado-incident-text.h"
#include "mado-page-parts.h"
#include "mado-sheet-deadlines.h"
#include "mado-sheet-entry-row.h"

/* The reporting deadlines of a sheet: when the organisation became aware,
 * the dataset's questions as check buttons, and for each duty that applies
 * its deadlines as dates with the days left, its form and its source.
 * All of it comes from the dataset; the block says it is a reminder, not
 * legal advice. The headings and the time of becoming aware are the
 * template; the questions and the duties are built in C as they are data:
 * a question or a duty more in the dataset is a row more here. */
struct _MadoSheetDeadlines
{
  GtkBox parent_instance;

  MadoIncidentSheet *sheet;     /* construct-only */
  MadoDataset       *dataset;   /* construct-only */
  GDateTime         *now;       /* injected by tests; NULL is the clock */
  GtkWidget         *aware_entry;
  GtkWidget         *now_button;
  GtkWidget         *questions_box;
  GtkWidget         *duties;    /* rebuilt when the answers or the time change */
  char              *shown;     /* what the duties box was built for */
  guint              midnight;  /* the timeout that counts the next day */
};

G_DEFINE_FINAL_TYPE (MadoSheetDeadlines, mado_sheet_deadlines, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_SHEET,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GDateTime *
now_for (MadoSheetDeadlines *self)
{
  return self->now != NULL ? g_date_time_ref (self->now) : g_date_time_new_now_local ();
}

static GtkWidget *
link_button (const char *label,
             const char *url)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *text = gtk_label_new (label);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_button_set_child (GTK_BUTTON (button), text);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, url);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.open-uri");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", url);
  return button;
}

static GtkWidget *
duty_card (MadoSheetDeadlines *self,
           MadoDuty           *duty,
           GArray             *dues)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  MadoLink *form = mado_duty_get_form (duty);
  MadoLink *source = mado_duty_get_source (duty);
  g_autofree char *checked = g_date_time_format (mado_link_get_date (source), "%Y-%m-%d");
  g_autofree char *source_text = NULL;
  g_autofree char *form_text = NULL;

  gtk_widget_add_css_class (card, "card");
  g_object_set (card, "margin-top", 0, NULL);
  mado_page_parts_box_append (card, mado_page_parts_text_label (mado_duty_get_name (duty), "heading"));
  mado_page_parts_box_append (card, mado_page_parts_text_label (mado_duty_get_authority (duty), NULL));
  for (guint i = 0; dues != NULL && i < dues->len; i++)
    {
      const MadoDutyDue *due = &g_array_index (dues, MadoDutyDue, i);
      g_autofree char *when = mado_incident_text_describe_due (due);
      g_autofree char *line = g_strdup_printf ("%s\n%s", due->stage->label, when);

      mado_page_parts_box_append (card, mado_page_parts_text_label (line, due->days_left < 0 ? "error" : due->days_left <= 3 ? "warning" : NULL));
    }
  mado_page_parts_box_append (card, mado_page_parts_text_label (mado_duty_get_counting (duty), "dim-label"));
  /* Translators: a button that opens a report form; %s is the form's name. */
  form_text = g_strdup_printf (_("Form: %s"), mado_link_get_label (form));
  mado_page_parts_box_append (card, link_button (form_text, mado_link_get_url (form)));
  /* Translators: a button that opens the source of a reporting duty; %s is
   * its name, then the date it was checked. */
  source_text = g_strdup_printf (_("Source: %s (checked %s)"), mado_link_get_label (source), checked);
  mado_page_parts_box_append (card, link_button (source_text, mado_link_get_url (source)));
  for (GtkWidget *child = gtk_widget_get_first_child (card); child != NULL; child = gtk_widget_get_next_sibling (child))
    g_object_set (child, "margin-start", 12, "margin-end", 12, NULL);
  g_object_set (gtk_widget_get_first_child (card), "margin-top", 12, NULL);
  g_object_set (gtk_widget_get_last_child (card), "margin-bottom", 12, NULL);
  return card;
}

/* What the duties box depends on, to rebuild it only when that changes:
 * typing elsewhere in the sheet must not take the focus from a link. */
static char *
signature (MadoSheetDeadlines *self,
           GDateTime          *now)
{
  g_auto(GStrv) answers = mado_incident_sheet_dup_duty_answers (self->sheet);
  g_autofree char *joined = g_strjoinv (",", answers);
  GDateTime *aware_at = mado_incident_sheet_get_aware_at (self->sheet);
  g_autofree char *aware = aware_at != NULL ? g_date_time_format_iso8601 (aware_at) : g_strdup ("");
  g_autoptr(GTimeZone) zone = mado_duty_time_zone ();
  g_autoptr(GDateTime) here = g_date_time_to_timezone (now, zone);
  g_autofree char *today = g_date_time_format (here, "%F");

  return g_strdup_printf ("%s|%s|%s", joined, aware, today);
}

static void update_duties (MadoSheetDeadlines *self);

static gboolean
midnight_cb (gpointer data)
{
  MadoSheetDeadlines *self = data;

  self->midnight = 0;
  update_duties (self);
  return G_SOURCE_REMOVE;
}

/* The days left change at midnight, Japan time: the block wakes then, and
 * only then (an app at rest uses no CPU). */
static void
arm_midnight (MadoSheetDeadlines *self,
              GDateTime          *now)
{
  g_autoptr(GTimeZone) zone = mado_duty_time_zone ();
  g_autoptr(GDateTime) here = g_date_time_to_timezone (now, zone);
  g_autoptr(GDateTime) today = g_date_time_new (zone, g_date_time_get_year (here),
                                                g_date_time_get_month (here),
                                                g_date_time_get_day_of_month (here), 0, 0, 0);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (today, 1);
  GTimeSpan left = g_date_time_difference (tomorrow, here);

  g_clear_handle_id (&self->midnight, g_source_remove);
  if (self->now != NULL)
    return;  /* a fixed clock does not move */
  self->midnight = g_timeout_add_seconds ((guint) (left / G_USEC_PER_SEC) + 1, midnight_cb, self);
}

static void
update_duties (MadoSheetDeadlines *self)
{
  g_autoptr(GDateTime) now = now_for (self);
  g_autofree char *shown = signature (self, now);
  g_autoptr(GPtrArray) duties = NULL;
  g_auto(GStrv) answers = NULL;
  GDateTime *aware_at = mado_incident_sheet_get_aware_at (self->sheet);
  GtkWidget *child;

  if (g_strcmp0 (shown, self->shown) == 0)
    return;
  g_free (self->shown);
  self->shown = g_steal_pointer (&shown);
  arm_midnight (self, now);

  while ((child = gtk_widget_get_first_child (self->duties)) != NULL)
    gtk_box_remove (GTK_BOX (self->duties), child);

  duties = mado_incident_text_applying_duties (self->sheet, self->dataset);
  answers = mado_incident_sheet_dup_duty_answers (self->sheet);
  if (duties->len == 0)
    {
      mado_page_parts_box_append (self->duties, mado_page_parts_plain_label (_("None of the reporting duties known to Madoguchi "
                                                         "applies to these answers."), "dim-label"));
      return;
    }
  if (aware_at == NULL)
    mado_page_parts_box_append (self->duties, mado_page_parts_plain_label (_("Fill in when the organisation became aware: the "
                                                       "deadlines count from it."), "warning"));
  for (guint i = 0; i < duties->len; i++)
    {
      MadoDuty *duty = g_ptr_array_index (duties, i);
      g_autoptr(GArray) dues = aware_at != NULL
        ? mado_duty_compute (duty, (const char * const *) answers, aware_at, now) : NULL;

      mado_page_parts_box_append (self->duties, duty_card (self, duty, dues));
    }
}

static void
show_aware_at (MadoSheetDeadlines *self)
{
  GDateTime *aware_at = mado_incident_sheet_get_aware_at (self->sheet);
  g_autoptr(GDateTime) local = aware_at != NULL ? g_date_time_to_local (aware_at) : NULL;
  g_autofree char *text = local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup ("");

  if (!g_str_equal (text, gtk_editable_get_text (GTK_EDITABLE (self->aware_entry))))
    gtk_editable_set_text (GTK_EDITABLE (self->aware_entry), text);
  gtk_widget_remove_css_class (self->aware_entry, "error");
}

static void
apply_aware_at (MadoSheetDeadlines *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->aware_entry));
  g_autoptr(GDateTime) now = now_for (self);
  g_autoptr(GDateTime) time = NULL;

  if (*text == '\0')
    {
      mado_incident_sheet_set_aware_at (self->sheet, NULL);
      return;
    }
  time = mado_sheet_parse_time (text, now);
  if (time == NULL)
    {
      gtk_widget_add_css_class (self->aware_entry, "error");
      gtk_widget_error_bell (self->aware_entry);
      return;
    }
  mado_incident_sheet_set_aware_at (self->sheet, time);
}

static void
aware_now_cb (MadoSheetDeadlines *self)
{
  g_autoptr(GDateTime) now = now_for (self);
  g_autoptr(GDateTime) minute = g_date_time_add_seconds (now, -g_date_time_get_seconds (now));

  mado_incident_sheet_set_aware_at (self->sheet, minute);
}

static void
question_toggled_cb (GtkCheckButton     *button,
                     MadoSheetDeadlines *self)
{
  mado_incident_sheet_set_duty_answer (self->sheet, g_object_get_data (G_OBJECT (button), "mado-question"),
                                       gtk_check_button_get_active (button));
}

static GtkWidget *
question_button (MadoSheetDeadlines     *self,
                 const MadoDutyQuestion *question)
{
  GtkWidget *button = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (question->text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, question->text, -1);
  g_object_set_data_full (G_OBJECT (button), "mado-question", g_strdup (question->id), g_free);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (button),
                               mado_incident_sheet_get_duty_answer (self->sheet, question->id));
  g_signal_connect_object (button, "toggled", G_CALLBACK (question_toggled_cb), self, 0);
  return button;
}

static void
mado_sheet_deadlines_constructed (GObject *object)
{
  MadoSheetDeadlines *self = MADO_SHEET_DEADLINES (object);
  GPtrArray *questions;

  G_OBJECT_CLASS (mado_sheet_deadlines_parent_class)->constructed (object);

  g_return_if_fail (MADO_IS_INCIDENT_SHEET (self->sheet));
  g_return_if_fail (MADO_IS_DATASET (self->dataset));

  mado_a11y_name_by_label (self->now_button);

  questions = mado_dataset_get_duty_questions (self->dataset);
  for (guint i = 0; i < questions->len; i++)
    mado_page_parts_box_append (self->questions_box, question_button (self, g_ptr_array_index (questions, i)));

  show_aware_at (self);
  update_duties (self);
  g_signal_connect_object (self->sheet, "notify::aware-at", G_CALLBACK (show_aware_at), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sheet, "changed", G_CALLBACK (update_duties), self, G_CONNECT_SWAPPED);
}

/* Nothing to show without duties in the dataset: the caller leaves the
 * block out then. */
GtkWidget *
mado_sheet_deadlines_new (MadoIncidentSheet *sheet,
                          MadoDataset       *dataset)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (sheet), NULL);
  g_return_val_if_fail (MADO_IS_DATASET (dataset), NULL);

  return g_object_new (MADO_TYPE_SHEET_DEADLINES, "sheet", sheet, "dataset", dataset, NULL);
}

/* Tests fix the clock. */
void
mado_sheet_deadlines_set_now (MadoSheetDeadlines *self,
                              GDateTime          *now)
{
  g_return_if_fail (MADO_IS_SHEET_DEADLINES (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now != NULL ? g_date_time_ref (now) : NULL;
  update_duties (self);
}

static void
mado_sheet_deadlines_dispose (GObject *object)
{
  MadoSheetDeadlines *self = MADO_SHEET_DEADLINES (object);

  g_clear_handle_id (&self->midnight, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), MADO_TYPE_SHEET_DEADLINES);
  g_clear_object (&self->sheet);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->shown, g_free);

  G_OBJECT_CLASS (mado_sheet_deadlines_parent_class)->dispose (object);
}

static void
mado_sheet_deadlines_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MadoSheetDeadlines *self = MADO_SHEET_DEADLINES (object);

  switch (prop_id)
    {
    case PROP_SHEET:
      g_value_set_object (value, self->sheet);
      break;
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_sheet_deadlines_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MadoSheetDeadlines *self = MADO_SHEET_DEADLINES (object);

  switch (prop_id)
    {
    case PROP_SHEET:
      self->sheet = g_value_dup_object (value);
      break;
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_sheet_deadlines_class_init (MadoSheetDeadlinesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mado_sheet_deadlines_constructed;
  object_class->get_property = mado_sheet_deadlines_get_property;
  object_class->set_property = mado_sheet_deadlines_set_property;
  object_class->dispose = mado_sheet_deadlines_dispose;

  properties[PROP_SHEET] =
    g_param_spec_object ("sheet", NULL, NULL, MADO_TYPE_INCIDENT_SHEET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, MADO_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mado-sheet-deadlines.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoSheetDeadlines, aware_entry);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetDeadlines, now_button);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetDeadlines, questions_box);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetDeadlines, duties);
  gtk_widget_class_bind_template_callback (widget_class, apply_aware_at);
  gtk_widget_class_bind_template_callback (widget_class, aware_now_cb);
}

static void
mado_sheet_deadlines_init (MadoSheetDeadlines *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
