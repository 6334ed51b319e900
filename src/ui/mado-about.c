/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-about.h"
#include "mado-holidays.h"

/* The About window tells what the metainfo tells the software centre, from
 * the same file: build-aux/about-facts reads it at build time into
 * mado_about_facts (libadwaita 1.2 cannot read a metainfo itself;
 * adw_about_window_new_from_appdata () came in 1.4). Its texts are the
 * msgids that xgettext extracted from the metainfo, so gettext translates
 * them here as it does for the installed, merged copy. */

static const struct {
  const char *spdx;
  GtkLicense  type;
} licenses[] = {
  { "GPL-3.0-or-later", GTK_LICENSE_GPL_3_0 },
  { "GPL-3.0+", GTK_LICENSE_GPL_3_0 },
  { "GPL-3.0-only", GTK_LICENSE_GPL_3_0_ONLY },
  { "GPL-2.0-or-later", GTK_LICENSE_GPL_2_0 },
  { "GPL-2.0-only", GTK_LICENSE_GPL_2_0_ONLY },
  { "LGPL-2.1-or-later", GTK_LICENSE_LGPL_2_1 },
  { "LGPL-3.0-or-later", GTK_LICENSE_LGPL_3_0 },
  { "AGPL-3.0-or-later", GTK_LICENSE_AGPL_3_0 },
  { "MIT", GTK_LICENSE_MIT_X11 },
  { "BSD-3-Clause", GTK_LICENSE_BSD_3 },
  { "Apache-2.0", GTK_LICENSE_APACHE_2_0 },
  { "MPL-2.0", GTK_LICENSE_MPL_2_0 },
};

static GtkLicense
license_type_from_spdx (const char *spdx)
{
  for (guint i = 0; i < G_N_ELEMENTS (licenses); i++)
    if (g_strcmp0 (spdx, licenses[i].spdx) == 0)
      return licenses[i].type;

  return GTK_LICENSE_CUSTOM;
}

static char *
translate (const char *msgid)
{
  if (msgid == NULL || *msgid == '\0')
    return g_strdup (msgid);
  return g_strdup (g_dgettext (GETTEXT_PACKAGE, msgid));
}

/* The release notes as AdwAboutWindow markup, each paragraph and item
 * translated. */
static char *
release_notes_markup (const MadoAboutNote *notes)
{
  GString *markup = g_string_new (NULL);

  for (const MadoAboutNote *note = notes; note != NULL && note->kind != NULL; note++)
    {
      if (note->msgid != NULL)
        {
          g_autofree char *text = translate (note->msgid);
          g_string_append_printf (markup, "<%s>%s</%s>", note->kind, text, note->kind);
        }
      else
        g_string_append_printf (markup, "<%s>", note->kind);
    }

  return g_string_free (markup, FALSE);
}

/* The facts of @facts translated for the running language. Addresses,
 * licence, version and date are not translated. */
MadoAboutInfo *
mado_about_info_new (const MadoAboutFacts *facts)
{
  MadoAboutInfo *info = g_new0 (MadoAboutInfo, 1);

  g_return_val_if_fail (facts != NULL, NULL);

  info->name = translate (facts->name);
  info->summary = translate (facts->summary);
  info->developer_name = translate (facts->developer_name);
  info->homepage = g_strdup (facts->homepage);
  info->bugtracker = g_strdup (facts->bugtracker);
  info->project_license = g_strdup (facts->project_license);
  info->license_type = license_type_from_spdx (facts->project_license);
  info->release_version = g_strdup (facts->release_version);
  info->release_date = g_strdup (facts->release_date);
  info->release_notes = release_notes_markup (facts->release_notes);
  return info;
}

void
mado_about_info_free (MadoAboutInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->name);
  g_free (info->summary);
  g_free (info->developer_name);
  g_free (info->homepage);
  g_free (info->bugtracker);
  g_free (info->project_license);
  g_free (info->release_version);
  g_free (info->release_date);
  g_free (info->release_notes);
  g_free (info);
}

/* What a bug report needs to know about the libraries the app runs on: the
 * Flatpak runtime's differ from the system's. */
static char *
debug_info (MadoAboutInfo *info)
{
  return g_strdup_printf ("%s %s (%s)\n"
                          "GLib %u.%u.%u\n"
                          "GTK %u.%u.%u\n"
                          "libadwaita %u.%u.%u\n",
                          APP_ID, info->release_version,
                          info->release_date != NULL ? info->release_date : "",
                          glib_major_version, glib_minor_version, glib_micro_version,
                          gtk_get_major_version (), gtk_get_minor_version (),
                          gtk_get_micro_version (),
                          adw_get_major_version (), adw_get_minor_version (),
                          adw_get_micro_version ());
}

/* "Japanese holidays known until 2027-12-31": past that day, hours that
 * depend on holidays are unknown. */
static char *
dup_holidays_line (void)
{
  const GDate *last = mado_holidays_get_last_day (mado_holidays_get_default ());
  char date[16];

  if (!g_date_valid (last))
    return g_strdup (_("No holiday table: hours that depend on holidays are unknown"));
  g_date_strftime (date, sizeof date, "%Y-%m-%d", last);
  return g_strdup_printf (_("Japanese holidays known until %s"), date);
}

/* The summary, then the date the content was last checked against its
 * sources: a desk must be able to tell how old its numbers are; then until
 * when the app can tell holidays. */
static char *
comments_with_date (MadoAboutInfo *info,
                    GDateTime     *data_checked)
{
  g_autofree char *date = NULL;
  g_autofree char *line = NULL;
  g_autofree char *holidays = dup_holidays_line ();

  if (data_checked == NULL)
    return g_strdup (info->summary);

  date = g_date_time_format (data_checked, "%Y-%m-%d");
  /* Translators: in the About window, the date the contact data was last
   * checked against its public sources (meta.reviewed); %s is YYYY-MM-DD. */
  line = g_strdup_printf (_("Data checked: %s"), date);
  if (info->summary == NULL || *info->summary == '\0')
    return g_strdup_printf ("%s\n%s", line, holidays);
  return g_strdup_printf ("%s\n\n%s\n%s", info->summary, line, holidays);
}

/* Where the holiday table comes from, as its generator recorded it. */
static void
add_holidays_section (GtkWidget *about)
{
  MadoHolidays *holidays = mado_holidays_get_default ();
  const GDate *checked = mado_holidays_get_checked (holidays);
  char date[16] = "";
  g_autofree char *text = NULL;

  if (mado_holidays_get_source (holidays) == NULL)
    return;
  if (g_date_valid (checked))
    g_date_strftime (date, sizeof date, "%Y-%m-%d", checked);
  /* Translators: in the About window, where the holiday table comes from; the first %s names the source, the second is a date. */
  text = g_strdup_printf (_("%s\nRead on %s."), mado_holidays_get_source (holidays), date);
  /* Translators: a heading in the About window, above the source of the national holidays. */
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Japanese Holidays"), NULL,
                                      GTK_LICENSE_CUSTOM, text);
}

/* @source_line: who publishes the content and where, shown as the legal
 * section "Content"; NULL leaves it out. @data_checked: when the content was
 * last checked against its sources, shown under the summary and in that
 * section (libadwaita 1.2's About window has no line of its own for it);
 * NULL leaves it out. */
GtkWidget *
mado_about_window_new (GtkWindow     *parent,
                       MadoAboutInfo *info,
                       const char    *source_line,
                       GDateTime     *data_checked)
{
  g_autofree char *copyright = NULL;
  g_autofree char *debug = debug_info (info);
  g_autofree char *year = NULL;
  g_autofree char *comments = NULL;
  GtkWidget *about;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (info != NULL, NULL);

  year = info->release_date != NULL ? g_strndup (info->release_date, 4) : NULL;
  if (year != NULL)
    /* Translators: the About window's copyright line: a year, then the developers' name. */
    copyright = g_strdup_printf (_("© %s %s"), year, info->developer_name);
  comments = comments_with_date (info, data_checked);

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", parent != NULL,
                        "application-icon", APP_ID,
                        "application-name", info->name,
                        "developer-name", info->developer_name,
                        "version", info->release_version,
                        "release-notes-version", info->release_version,
                        "release-notes", info->release_notes,
                        "comments", comments,
                        "website", info->homepage,
                        "issue-url", info->bugtracker,
                        "copyright", copyright,
                        "license-type", info->license_type,
                        "debug-info", debug,
                        NULL);
  if (info->license_type == GTK_LICENSE_CUSTOM)
    adw_about_window_set_license (ADW_ABOUT_WINDOW (about), info->project_license);

  if (source_line != NULL)
    {
      g_autofree char *date = data_checked != NULL ? g_date_time_format (data_checked, "%Y-%m-%d") : NULL;
      g_autofree char *checked_line = date != NULL ? g_strdup_printf (_("Data checked: %s"), date) : NULL;
      g_autofree char *content = checked_line != NULL
        ? g_strdup_printf ("%s\n%s", source_line, checked_line)
        : g_strdup (source_line);

      /* Translators: a heading in the About window, above the publisher of the content. */
      adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Content"), NULL,
                                          GTK_LICENSE_CUSTOM, content);
    }
  add_holidays_section (about);

  return about;
}

void
mado_about_present (GtkWindow  *parent,
                    const char *source_line,
                    GDateTime  *data_checked)
{
  g_autoptr(MadoAboutInfo) info = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  info = mado_about_info_new (&mado_about_facts);
  gtk_window_present (GTK_WINDOW (mado_about_window_new (parent, info, source_line, data_checked)));
}
