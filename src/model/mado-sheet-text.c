/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-guide-summary.h"
#include "mado-incident-text.h"
#include "mado-sheet-text.h"
#include "mado-text-format.h"

/* The words of the incident sheet, shared by the page and by its text: the
 * name of each field and a hint of what a good answer looks like; and the
 * whole sheet as text, laid out to be read aloud on a call or pasted into a
 * report form (plain), or kept as a file (Markdown). */

typedef struct
{
  const char *label;
  const char *hint;
  gboolean    is_long;
} FieldInfo;

static const FieldInfo fields[MADO_INCIDENT_N_FIELDS] = {
  [MADO_INCIDENT_FIELD_TITLE] = {
    N_("Title"),
    N_("A few words anyone at the desk will recognise, e.g. “Ransom note on the accounting PC”."),
    FALSE },
  [MADO_INCIDENT_FIELD_DEVICE] = {
    /* Translators: CHECK2 item: the kind of device involved. */
    N_("Device Type"),
    N_("What kind of device and whose: desktop PC, laptop, smartphone, server, router… "
       "e.g. “Company laptop, sales team”."),
    FALSE },
  [MADO_INCIDENT_FIELD_OS] = {
    /* Translators: CHECK2 item: the device's operating system. */
    N_("Operating System"),
    N_("Name and version, e.g. Windows 11 23H2, macOS 14, Android 14, iOS 17."),
    FALSE },
  [MADO_INCIDENT_FIELD_SECURITY_SOFTWARE] = {
    /* Translators: CHECK2 item: antivirus or similar software in use. */
    N_("Security Software"),
    N_("Product and whether it was up to date, e.g. “Microsoft Defender, updated today”, or “none”."),
    FALSE },
  [MADO_INCIDENT_FIELD_CLOUD_SERVICES] = {
    /* Translators: CHECK2 item: online services used on the device or account. */
    N_("Cloud Services Used"),
    N_("Services used on that device or account, e.g. Microsoft 365, Google Workspace, "
       "Dropbox, online banking."),
    FALSE },
  [MADO_INCIDENT_FIELD_TIMELINE] = {
    /* Translators: CHECK2 item: the sequence of events, with times. */
    N_("When It Happened and What Followed"),
    N_("In order, with times: what was seen first, what was done, what happened next. "
       "e.g. “09:10 mail opened; 09:12 files renamed; 09:20 network cable unplugged”."),
    TRUE },
  [MADO_INCIDENT_FIELD_SUSPICION] = {
    /* Translators: CHECK2 item: the signs that point to malware or intrusion. */
    N_("Why It Looks Like Malware or Unauthorised Access"),
    N_("What exactly was seen: a ransom message, logins nobody made, renamed files, "
       "mail sent that nobody wrote…"),
    TRUE },
  [MADO_INCIDENT_FIELD_OTHER_DESKS] = {
    /* Translators: CHECK2 item: other help desks contacted so far. */
    N_("Desks Already Contacted"),
    N_("Who, when, and what they said, e.g. “IT department 10:20: told to keep the PC off "
       "the network”. Write “none” if none."),
    TRUE },
  [MADO_INCIDENT_FIELD_NOTICED_AT] = {
    N_("Noticed At"),
    N_("When it was first noticed, and by whom, e.g. “12 May, about 09:30, by the user”."),
    FALSE },
  [MADO_INCIDENT_FIELD_REPORTED_BY] = {
    N_("Reported By"),
    N_("Name, department and how to reach them, e.g. “Sato, accounting, ext. 1234”."),
    FALSE },
  [MADO_INCIDENT_FIELD_NOTES] = {
    N_("Notes"),
    N_("Anything else: evidence kept (screenshots, mails, logs), who has been told, "
       "what is still to do."),
    TRUE },
  [MADO_INCIDENT_FIELD_GUIDE_ANSWERS] = {
    /* Translators: the answers given in the "What Happened?" guide. */
    N_("Guide Answers"),
    N_("Filled in by “Attach to Incident Sheet” on a result of “What Happened?”; "
       "you can change it."),
    TRUE },
};

const char *
mado_sheet_field_get_label (MadoIncidentField field)
{
  g_return_val_if_fail (field < MADO_INCIDENT_N_FIELDS, NULL);
  return _(fields[field].label);
}

const char *
mado_sheet_field_get_hint (MadoIncidentField field)
{
  g_return_val_if_fail (field < MADO_INCIDENT_N_FIELDS, NULL);
  return _(fields[field].hint);
}

/* Long fields take several lines of text. */
gboolean
mado_sheet_field_is_long (MadoIncidentField field)
{
  g_return_val_if_fail (field < MADO_INCIDENT_N_FIELDS, FALSE);
  return fields[field].is_long;
}

/* How many characters a field takes from typing and pasting. A sheet is
 * read over the phone and copied into mails; a field of 1 MB of log lines
 * helps no one and once froze the app. What a file holds is never cut. */
#define SHORT_MAX_LENGTH 2000
#define LONG_MAX_LENGTH 100000

guint
mado_sheet_field_get_max_length (MadoIncidentField field)
{
  return mado_sheet_field_is_long (field) ? LONG_MAX_LENGTH : SHORT_MAX_LENGTH;
}

/* What to tell the person about a field of @length characters: NULL while
 * it is short; from a fifth of the limit a warning, before the limit is
 * hit; at the limit, that it is full. Either says where logs belong. */
char *
mado_sheet_field_describe_length (MadoIncidentField field,
                                  guint             length)
{
  guint max = mado_sheet_field_get_max_length (field);

  if (length < max / 5)
    return NULL;
  if (length < max)
    /* Translators: both %u are numbers of characters. */
    return g_strdup_printf (_("This field is long: %u of at most %u characters. An incident "
                              "sheet is not a place for logs: keep logs and screenshots as "
                              "files in a safe place, and write here where they are."),
                            length, max);
  /* Translators: %u is a number of characters. */
  return g_strdup_printf (_("This field is full (%u characters): what went beyond was not "
                            "added. Keep logs and screenshots as files in a safe place, and "
                            "write here where they are."), length);
}

/* The one line of a toast at startup for what loading the sheets found
 * (mado_incident_store_get_load_error()); the sheet page says the rest. It
 * must be true: a folder that cannot be used did not set anything aside. */
const char *
mado_sheet_load_summary (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain != MADO_INCIDENT_ERROR)
    return error->message;
  switch ((MadoIncidentError) error->code)
    {
    case MADO_INCIDENT_ERROR_CORRUPT:
      /* Translators: a toast at startup when the file of incident sheets was damaged. */
      return _("The saved incident sheets could not be read and were set aside. Nothing was deleted.");
    case MADO_INCIDENT_ERROR_PARTLY_CORRUPT:
      /* Translators: a toast at startup. */
      return _("Some saved incident sheets could not be read and were set aside; the others are here. "
               "Nothing was deleted.");
    case MADO_INCIDENT_ERROR_IN_USE:
      /* Translators: a toast at startup. */
      return _("Another copy of Madoguchi keeps the incident sheets: this copy cannot change them.");
    case MADO_INCIDENT_ERROR_FOLDER_UNUSABLE:
      /* Translators: a toast at startup. */
      return _("Incident sheets cannot be saved: their folder cannot be used.");
    case MADO_INCIDENT_ERROR_RECOVERED:
      /* Translators: a toast at startup. */
      return _("Changes to the incident sheets that were being saved when Madoguchi stopped were recovered.");
    case MADO_INCIDENT_ERROR_UNREADABLE:
    case MADO_INCIDENT_ERROR_WRITE_FAILED:
    default:
      /* Translators: a toast at startup. */
      return _("The saved incident sheets could not be read, and changes cannot be saved.");
    }
}

const char *
mado_sheet_ongoing_get_label (MadoIncidentOngoing ongoing)
{
  switch (ongoing)
    {
    case MADO_INCIDENT_ONGOING_YES:
      /* Translators: whether the incident is still going on. */
      return C_("still going on", "Yes");
    case MADO_INCIDENT_ONGOING_NO:
      return C_("still going on", "No");
    case MADO_INCIDENT_ONGOING_UNKNOWN:
    default:
      return C_("still going on", "Not Known");
    }
}

char *
mado_sheet_format_time (GDateTime *time)
{
  g_return_val_if_fail (time != NULL, NULL);

  /* Translators: a date and time as g_date_time_format() takes it, e.g.
   * "%Y年%-m月%-d日 %H:%M" in Japanese. */
  return g_date_time_format (time, _("%-d %B %Y, %H:%M"));
}

static gboolean
is_today (GDateTime *time)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) local = g_date_time_to_local (time);
  int year, month, day, now_year, now_month, now_day;

  g_date_time_get_ymd (local, &year, &month, &day);
  g_date_time_get_ymd (now, &now_year, &now_month, &now_day);
  return year == now_year && month == now_month && day == now_day;
}

/* "Called 14:05" today, with the date on other days; "Not called yet". */
char *
mado_sheet_format_called (MadoIncidentContact *contact)
{
  GDateTime *called_at;
  g_autofree char *when = NULL;

  g_return_val_if_fail (MADO_IS_INCIDENT_CONTACT (contact), NULL);

  called_at = mado_incident_contact_get_called_at (contact);
  if (!mado_incident_contact_get_called (contact))
    return g_strdup (_("Not called yet"));
  if (called_at == NULL)
    return g_strdup (_("Called"));

  /* Translators: a time of day as g_date_time_format() takes it. */
  when = is_today (called_at) ? g_date_time_format (called_at, _("%H:%M"))
                              : mado_sheet_format_time (called_at);
  /* Translators: when a desk was called; %s is a time ("14:05") or a date and time. */
  return g_strdup_printf (_("Called %s"), when);
}

char *
mado_sheet_default_title (GDateTime *created)
{
  g_autofree char *when = mado_sheet_format_time (created);

  /* Translators: the title a new incident sheet gets; %s is a date and time. */
  return g_strdup_printf (_("Incident of %s"), when);
}

/* The sheet as text. */

static const char *
or_dash (const char *value)
{
  return *value != '\0' ? value : "—";
}

/* Markdown joins lines of a paragraph: two spaces at the end keep each line
 * of a long answer, and of a contact, on its own. */
static void
append_lines (GString             *text,
              const char          *value,
              const char          *indent,
              MadoSheetTextFormat  format)
{
  g_auto(GStrv) lines = g_strsplit (value, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (text, "%s%s%s\n", indent, lines[i],
                            format == MADO_SHEET_TEXT_MARKDOWN && lines[i + 1] != NULL ? "  " : "");
}

static void
append_field (GString             *text,
              MadoIncidentSheet   *sheet,
              MadoIncidentField    field,
              MadoSheetTextFormat  format)
{
  const char *label = mado_sheet_field_get_label (field);
  const char *value = or_dash (mado_incident_sheet_get_text (sheet, field));

  if (!mado_sheet_field_is_long (field))
    {
      if (format == MADO_SHEET_TEXT_MARKDOWN)
        g_string_append_printf (text, "- **%s:** %s\n", label, value);
      else
        g_string_append_printf (text, "%s: %s\n", label, value);
      return;
    }

  if (format == MADO_SHEET_TEXT_MARKDOWN)
    {
      g_string_append_printf (text, "\n## %s\n\n", label);
      append_lines (text, value, "", format);
    }
  else
    {
      g_string_append_printf (text, "%s:\n", label);
      append_lines (text, value, "  ", format);
    }
}

static void
append_heading (GString             *text,
                const char          *heading,
                MadoSheetTextFormat  format)
{
  if (format == MADO_SHEET_TEXT_MARKDOWN)
    g_string_append_printf (text, "\n## %s\n\n", heading);
  else
    g_string_append_printf (text, "\n%s\n", heading);
}

static void
append_header (GString             *text,
               MadoIncidentSheet   *sheet,
               MadoSheetTextFormat  format)
{
  g_autofree char *created = mado_sheet_format_time (mado_incident_sheet_get_created (sheet));
  g_autofree char *modified = mado_sheet_format_time (mado_incident_sheet_get_modified (sheet));
  const char *bullet = format == MADO_SHEET_TEXT_MARKDOWN ? "- " : "";

  if (format == MADO_SHEET_TEXT_MARKDOWN)
    g_string_append_printf (text, "# %s\n\n", or_dash (mado_incident_sheet_get_title (sheet)));
  else
    /* Translators: the first line of an incident sheet copied as text. */
    g_string_append_printf (text, _("Incident sheet: %s\n"), or_dash (mado_incident_sheet_get_title (sheet)));
  /* Translators: in an incident sheet as text, before a date and time. */
  g_string_append_printf (text, "%s%s %s\n", bullet, _("Created:"), created);
  g_string_append_printf (text, "%s%s %s\n", bullet, _("Last changed:"), modified);
}

static void
append_contact (GString             *text,
                MadoIncidentContact *attached,
                MadoDataset         *dataset,
                MadoSheetTextFormat  format)
{
  MadoContact *contact = dataset != NULL
    ? mado_dataset_lookup_contact (dataset, mado_incident_contact_get_contact_id (attached))
    : NULL;
  g_autoptr(GString) block = g_string_new (NULL);
  g_autofree char *called = mado_sheet_format_called (attached);
  const char *note = mado_incident_contact_get_note (attached);

  /* The numbers as the dataset has them now; the name as attached if the
   * dataset no longer knows the desk. */
  if (contact != NULL)
    mado_contact_append_text (contact, block);
  else
    g_string_append_printf (block, "* %s\n", mado_incident_contact_get_name (attached));
  g_string_append_printf (block, "  %s\n", called);
  if (*note != '\0')
    /* Translators: before the note (a ticket number…) of a called desk. */
    g_string_append_printf (block, "  %s %s\n", _("Note:"), note);

  g_string_truncate (block, block->len - 1);
  append_lines (text, block->str, "", format);
}

static void
append_contacts (GString             *text,
                 MadoIncidentSheet   *sheet,
                 MadoDataset         *dataset,
                 MadoSheetTextFormat  format)
{
  GListModel *contacts = mado_incident_sheet_get_contacts (sheet);

  /* Translators: heading above the desks attached to an incident sheet. */
  append_heading (text, _("Contacts"), format);
  if (g_list_model_get_n_items (contacts) == 0)
    g_string_append (text, "—\n");
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoIncidentContact) attached = g_list_model_get_item (contacts, i);
      append_contact (text, attached, dataset, format);
    }
}

/* The timeline, then the deadlines that apply (their text is the model's). */
static void
append_clock (GString             *text,
              MadoIncidentSheet   *sheet,
              MadoDataset         *dataset,
              MadoSheetTextFormat  format)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  MadoIncidentTextFormat model_format = format == MADO_SHEET_TEXT_MARKDOWN ? MADO_INCIDENT_TEXT_MARKDOWN
                                                                           : MADO_INCIDENT_TEXT_PLAIN;

  mado_incident_text_append_timeline (text, sheet, model_format);
  mado_incident_text_append_deadlines (text, sheet, dataset, now, model_format);
}

/* The whole sheet, every field even when empty (a "—" shows what is still
 * missing), in CHECK2's order, then the report, the desks, the guide's
 * answers and the notes. @dataset (may be NULL) gives each desk's numbers. */
char *
mado_sheet_text_build (MadoIncidentSheet   *sheet,
                       MadoDataset         *dataset,
                       MadoSheetTextFormat  format)
{
  GString *text;
  const char *ongoing_bullet = format == MADO_SHEET_TEXT_MARKDOWN ? "- **" : "";
  const char *ongoing_colon = format == MADO_SHEET_TEXT_MARKDOWN ? ":**" : ":";

  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (sheet), NULL);
  g_return_val_if_fail (dataset == NULL || MADO_IS_DATASET (dataset), NULL);

  text = g_string_new (NULL);
  append_header (text, sheet, format);

  g_string_append_c (text, '\n');
  for (MadoIncidentField field = MADO_INCIDENT_FIELD_DEVICE; field <= MADO_INCIDENT_FIELD_OTHER_DESKS; field++)
    append_field (text, sheet, field, format);

  g_string_append_c (text, '\n');
  append_field (text, sheet, MADO_INCIDENT_FIELD_NOTICED_AT, format);
  /* Translators: whether the incident is still going on, in the sheet as text. */
  g_string_append_printf (text, "%s%s%s %s\n", ongoing_bullet, _("Still Going On"), ongoing_colon,
                          mado_sheet_ongoing_get_label (mado_incident_sheet_get_ongoing (sheet)));
  append_field (text, sheet, MADO_INCIDENT_FIELD_REPORTED_BY, format);

  append_contacts (text, sheet, dataset, format);
  append_clock (text, sheet, dataset, format);
  if (format == MADO_SHEET_TEXT_PLAIN)
    g_string_append_c (text, '\n');
  append_field (text, sheet, MADO_INCIDENT_FIELD_GUIDE_ANSWERS, format);
  append_field (text, sheet, MADO_INCIDENT_FIELD_NOTES, format);
  return g_string_free (text, FALSE);
}

/* What an export to a file named @file_name holds: the timeline as CSV
 * for ".csv", plain text for ".txt", Markdown for any other name. */
char *
mado_sheet_text_build_for_file (MadoIncidentSheet *sheet,
                                MadoDataset       *dataset,
                                const char        *file_name)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (sheet), NULL);

  if (file_name != NULL && g_str_has_suffix (file_name, ".csv"))
    return mado_incident_text_timeline_csv (sheet);
  if (file_name != NULL && g_str_has_suffix (file_name, ".txt"))
    return mado_sheet_text_build (sheet, dataset, MADO_SHEET_TEXT_PLAIN);
  return mado_sheet_text_build (sheet, dataset, MADO_SHEET_TEXT_MARKDOWN);
}
