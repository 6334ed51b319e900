/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mado-incident-text.h"

/* The timeline and the reporting deadlines of a sheet as text: plain (to
 * paste into a mail), Markdown (to export) and CSV (the timeline, for a
 * spreadsheet or a report form). GLib only, in the sheet's language (the
 * interface's), so that it is tested without a display. */

const char *
mado_incident_text_kind_label (MadoIncidentEntryKind kind)
{
  switch (kind)
    {
    case MADO_INCIDENT_ENTRY_ACTION:
      /* Translators: a kind of timeline entry: something the organisation did. */
      return C_("timeline entry", "Action");
    case MADO_INCIDENT_ENTRY_CALL:
      /* Translators: a kind of timeline entry: a desk called. */
      return C_("timeline entry", "Call");
    case MADO_INCIDENT_ENTRY_EVENT:
    default:
      /* Translators: a kind of timeline entry: something that happened. */
      return C_("timeline entry", "Event");
    }
}

/* As the sheet writes every time (the same words as its page). */
char *
mado_incident_text_format_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  local = g_date_time_to_local (time);
  /* Translators: a date and time as g_date_time_format() takes it, e.g.
   * "%Y年%-m月%-d日 %H:%M" in Japanese. */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

char *
mado_incident_text_format_date (const GDate *date)
{
  g_autoptr(GDateTime) time = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date), 0, 0, 0);
  /* Translators: a date with its weekday as g_date_time_format() takes it,
   * e.g. "%Y年%-m月%-d日（%a）" in Japanese. */
  return g_date_time_format (time, _("%A %-d %B %Y"));
}

/* "by Friday 15 May 2026: 3 days left", for a range "between … and …". */
char *
mado_incident_text_describe_due (const MadoDutyDue *due)
{
  g_autofree char *first = mado_incident_text_format_date (&due->first);
  g_autofree char *last = mado_incident_text_format_date (&due->last);
  g_autofree char *when = NULL;
  g_autofree char *left = NULL;

  if (g_date_compare (&due->first, &due->last) == 0)
    /* Translators: a deadline; %s is a date. */
    when = g_strdup_printf (_("by %s"), first);
  else
    /* Translators: a deadline given as a range; both %s are dates. */
    when = g_strdup_printf (_("between %s and %s"), first, last);

  if (due->days_left > 0)
    left = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left", "%d days left", due->days_left),
                            due->days_left);
  else if (due->days_left == 0)
    left = g_strdup (_("due today"));
  else
    left = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day late", "%d days late", -due->days_left),
                            -due->days_left);
  /* Translators: a deadline, then how long is left ("3 days left"). */
  return g_strdup_printf (_("%s: %s"), when, left);
}

/* The duties of @dataset that apply to the answers on @sheet (MadoDuty,
 * in the dataset's order). */
GPtrArray *
mado_incident_text_applying_duties (MadoIncidentSheet *sheet,
                                    MadoDataset       *dataset)
{
  GPtrArray *duties = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) answers = mado_incident_sheet_dup_duty_answers (sheet);
  GListModel *all = dataset != NULL ? mado_dataset_get_duties (dataset) : NULL;

  for (guint i = 0; all != NULL && i < g_list_model_get_n_items (all); i++)
    {
      MadoDuty *duty = g_list_model_get_item (all, i);

      if (mado_duty_applies (duty, (const char * const *) answers))
        g_ptr_array_add (duties, duty);
      else
        g_object_unref (duty);
    }
  return duties;
}

static void
append_heading (GString                *text,
                const char             *heading,
                MadoIncidentTextFormat  format)
{
  if (format == MADO_INCIDENT_TEXT_MARKDOWN)
    g_string_append_printf (text, "\n## %s\n\n", heading);
  else
    g_string_append_printf (text, "\n%s\n", heading);
}

/* Markdown would read "*", "_" or a leading "#" in typed text as markup. */
static void
append_inline (GString                *text,
               const char             *value,
               MadoIncidentTextFormat  format)
{
  for (const char *c = value; *c != '\0'; c++)
    {
      if (*c == '\n')
        {
          g_string_append_c (text, ' ');
          continue;
        }
      if (format == MADO_INCIDENT_TEXT_MARKDOWN && strchr ("\\`*_[]<>#|", *c) != NULL)
        g_string_append_c (text, '\\');
      g_string_append_c (text, *c);
    }
}

static void
append_entry (GString                *text,
              MadoIncidentEntry      *entry,
              MadoIncidentTextFormat  format)
{
  g_autofree char *happened = mado_incident_text_format_time (mado_incident_entry_get_happened (entry));
  g_autofree char *written = mado_incident_text_format_time (mado_incident_entry_get_written (entry));
  const char *who = mado_incident_entry_get_who (entry);
  const char *reference = mado_incident_entry_get_reference (entry);

  g_string_append_printf (text, format == MADO_INCIDENT_TEXT_MARKDOWN ? "- **%s** %s: " : "%s %s: ",
                          happened, mado_incident_text_kind_label (mado_incident_entry_get_kind (entry)));
  append_inline (text, mado_incident_entry_get_text (entry), format);
  if (*who != '\0')
    {
      /* Translators: in a timeline entry as text, before who was called. */
      g_string_append_printf (text, " (%s ", _("called:"));
      append_inline (text, who, format);
      g_string_append_c (text, ')');
    }
  if (*reference != '\0')
    {
      /* Translators: in a timeline entry as text, before the reference number a desk gave. */
      g_string_append_printf (text, " [%s ", _("reference:"));
      append_inline (text, reference, format);
      g_string_append_c (text, ']');
    }
  /* Translators: in a timeline entry as text; %s is when it was written down. */
  g_string_append_printf (text, " — ");
  g_string_append_printf (text, _("written %s"), written);
  g_string_append_c (text, '\n');
}

/* The timeline, in order of happening; "—" when it is empty. */
void
mado_incident_text_append_timeline (GString                *text,
                                    MadoIncidentSheet      *sheet,
                                    MadoIncidentTextFormat  format)
{
  GListModel *timeline;

  g_return_if_fail (text != NULL);
  g_return_if_fail (MADO_IS_INCIDENT_SHEET (sheet));

  timeline = mado_incident_sheet_get_timeline (sheet);
  /* Translators: heading above an incident's timeline. */
  append_heading (text, _("Timeline"), format);
  if (g_list_model_get_n_items (timeline) == 0)
    g_string_append (text, "—\n");
  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(MadoIncidentEntry) entry = g_list_model_get_item (timeline, i);
      append_entry (text, entry, format);
    }
}

static void
append_duty (GString                *text,
             MadoDuty               *duty,
             GArray                 *dues,
             MadoIncidentTextFormat  format)
{
  MadoLink *form = mado_duty_get_form (duty);
  MadoLink *source = mado_duty_get_source (duty);
  g_autofree char *checked = g_date_time_format (mado_link_get_date (source), "%Y-%m-%d");
  const char *bullet = format == MADO_INCIDENT_TEXT_MARKDOWN ? "  - " : "  ";

  if (format == MADO_INCIDENT_TEXT_MARKDOWN)
    g_string_append_printf (text, "- **%s** — %s\n", mado_duty_get_name (duty), mado_duty_get_authority (duty));
  else
    g_string_append_printf (text, "* %s — %s\n", mado_duty_get_name (duty), mado_duty_get_authority (duty));
  for (guint i = 0; i < dues->len; i++)
    {
      const MadoDutyDue *due = &g_array_index (dues, MadoDutyDue, i);
      g_autofree char *when = mado_incident_text_describe_due (due);

      g_string_append_printf (text, "%s%s: %s\n", bullet, due->stage->label, when);
    }
  g_string_append_printf (text, "%s%s\n", bullet, mado_duty_get_counting (duty));
  /* Translators: before the address of a report form. */
  g_string_append_printf (text, "%s%s %s <%s>\n", bullet, _("Form:"), mado_link_get_label (form),
                          mado_link_get_url (form));
  /* Translators: before the source of a reporting duty; the last %s is the date it was checked. */
  g_string_append_printf (text, "%s%s %s <%s> (", bullet, _("Source:"), mado_link_get_label (source),
                          mado_link_get_url (source));
  g_string_append_printf (text, _("checked %s"), checked);
  g_string_append (text, ")\n");
}

/* The deadlines of the duties that apply, counted from the time of
 * becoming aware, seen at @now; nothing when no duty applies. Always with
 * the words that say it is a reminder, not legal advice. */
void
mado_incident_text_append_deadlines (GString                *text,
                                     MadoIncidentSheet      *sheet,
                                     MadoDataset            *dataset,
                                     GDateTime              *now,
                                     MadoIncidentTextFormat  format)
{
  g_autoptr(GPtrArray) duties = NULL;
  g_auto(GStrv) answers = NULL;
  GDateTime *aware_at;

  g_return_if_fail (text != NULL);
  g_return_if_fail (MADO_IS_INCIDENT_SHEET (sheet));
  g_return_if_fail (now != NULL);

  duties = mado_incident_text_applying_duties (sheet, dataset);
  if (duties->len == 0)
    return;
  answers = mado_incident_sheet_dup_duty_answers (sheet);
  aware_at = mado_incident_sheet_get_aware_at (sheet);

  /* Translators: heading above the reporting deadlines of an incident. */
  append_heading (text, _("Reporting Deadlines"), format);
  g_string_append_printf (text, "%s\n", _("A reminder, not legal advice: check each duty with its source."));
  if (aware_at == NULL)
    g_string_append_printf (text, "%s\n", _("The time of becoming aware is not filled in: the deadlines count from it."));
  else
    {
      g_autofree char *when = mado_incident_text_format_time (aware_at);
      /* Translators: %s is a date and time. */
      g_string_append_printf (text, _("Became aware: %s"), when);
      g_string_append_c (text, '\n');
    }
  g_string_append_c (text, '\n');
  for (guint i = 0; i < duties->len; i++)
    {
      g_autoptr(GArray) dues = NULL;

      if (aware_at != NULL)
        dues = mado_duty_compute (g_ptr_array_index (duties, i), (const char * const *) answers, aware_at, now);
      else
        dues = g_array_new (FALSE, TRUE, sizeof (MadoDutyDue));
      append_duty (text, g_ptr_array_index (duties, i), dues, format);
    }
}

/* One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
 * break; a leading "=", "+", "-" or "@" is kept from a spreadsheet's
 * formulas by a leading apostrophe. */
static void
append_csv_field (GString    *csv,
                  const char *value,
                  gboolean    last)
{
  gboolean quote = strpbrk (value, ",\"\r\n") != NULL;

  if (quote)
    g_string_append_c (csv, '"');
  if (strchr ("=+-@", value[0]) != NULL && value[0] != '\0')
    g_string_append_c (csv, '\'');
  for (const char *c = value; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *c);
    }
  if (quote)
    g_string_append_c (csv, '"');
  g_string_append (csv, last ? "\r\n" : ",");
}

/* The timeline as CSV, a row per entry, with a header; times in ISO 8601
 * with their offset, so that a spreadsheet or a script reads them back. */
char *
mado_incident_text_timeline_csv (MadoIncidentSheet *sheet)
{
  GListModel *timeline;
  GString *csv;

  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (sheet), NULL);

  timeline = mado_incident_sheet_get_timeline (sheet);
  csv = g_string_new (NULL);
  /* Translators: the header row of the timeline as CSV. */
  append_csv_field (csv, _("Happened"), FALSE);
  append_csv_field (csv, _("Written"), FALSE);
  append_csv_field (csv, _("Kind"), FALSE);
  append_csv_field (csv, _("What Happened or Was Done"), FALSE);
  append_csv_field (csv, _("Who Was Called"), FALSE);
  append_csv_field (csv, _("Reference Number"), TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(MadoIncidentEntry) entry = g_list_model_get_item (timeline, i);
      g_autofree char *happened = g_date_time_format_iso8601 (mado_incident_entry_get_happened (entry));
      g_autofree char *written = g_date_time_format_iso8601 (mado_incident_entry_get_written (entry));

      append_csv_field (csv, happened, FALSE);
      append_csv_field (csv, written, FALSE);
      append_csv_field (csv, mado_incident_text_kind_label (mado_incident_entry_get_kind (entry)), FALSE);
      append_csv_field (csv, mado_incident_entry_get_text (entry), FALSE);
      append_csv_field (csv, mado_incident_entry_get_who (entry), FALSE);
      append_csv_field (csv, mado_incident_entry_get_reference (entry), TRUE);
    }
  return g_string_free (csv, FALSE);
}
