/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-about.h"
#include "mado-holidays.h"

#define METAINFO_RESOURCE RESOURCE_BASE "/metainfo.xml"

/* The About window tells what the metainfo tells the software centre, from
 * the same file: libadwaita 1.2 cannot read it itself
 * (adw_about_window_new_from_appdata() came in 1.4). The metainfo source is
 * in the GResource untranslated; its strings are the msgids that xgettext
 * extracted from it, so gettext translates them here as it does for the
 * installed, merged copy. */

typedef struct
{
  MadoAboutInfo *info;
  /* Elements inside one with an xml:lang are translations: skipped. */
  guint          skip_depth;
  /* The text of the element being read, NULL when none is wanted. */
  GString       *text;
  gboolean       text_is_markup;
  char          *url_type;
  guint          n_releases;
  GString       *notes;
} ParseState;

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

/* Collapses white space as xgettext does for the msgids of an ITS file:
 * runs of it become one space, none at either end. */
static char *
normalize_space (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* The translation of the text read so far, normalized; the text is done. */
static char *
take_translated_text (ParseState *state)
{
  g_autofree char *msgid = NULL;

  g_assert (state->text != NULL);

  msgid = normalize_space (state->text->str);
  g_string_free (state->text, TRUE);
  state->text = NULL;

  if (*msgid == '\0')
    return g_steal_pointer (&msgid);
  return g_strdup (g_dgettext (GETTEXT_PACKAGE, msgid));
}

/* The element names from <component> down to the current one, joined by
 * '/', e.g. "component/releases/release". */
static char *
element_path (GMarkupParseContext *context)
{
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  GString *path = g_string_new (NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (const GSList *l = stack; l != NULL; l = l->next)
    g_ptr_array_insert (names, 0, l->data);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (path, "%s%s", i > 0 ? "/" : "", (char *) names->pdata[i]);

  return g_string_free (path, FALSE);
}

static const char *
lookup_attribute (const char **names,
                  const char **values,
                  const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];

  return NULL;
}

static gboolean
in_newest_release_description (const char *path,
                               ParseState *state)
{
  return state->n_releases == 1
         && g_str_has_prefix (path, "component/releases/release/description/");
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element_name,
                  const char          **attribute_names,
                  const char          **attribute_values,
                  gpointer              user_data,
                  GError              **error)
{
  ParseState *state = user_data;
  g_autofree char *path = NULL;

  if (state->skip_depth > 0 || lookup_attribute (attribute_names, attribute_values, "xml:lang"))
    {
      state->skip_depth++;
      return;
    }

  path = element_path (context);

  if (g_str_equal (path, "component/releases/release"))
    {
      state->n_releases++;
      if (state->n_releases == 1)
        {
          state->info->release_version =
            g_strdup (lookup_attribute (attribute_names, attribute_values, "version"));
          state->info->release_date =
            g_strdup (lookup_attribute (attribute_names, attribute_values, "date"));
        }
    }
  else if (in_newest_release_description (path, state))
    {
      const char *name = element_name;

      if (g_str_equal (name, "p") || g_str_equal (name, "li"))
        {
          state->text = g_string_new (NULL);
          state->text_is_markup = TRUE;
        }
      else if (g_str_equal (name, "ul") || g_str_equal (name, "ol"))
        g_string_append_printf (state->notes, "<%s>", name);
      else if ((g_str_equal (name, "em") || g_str_equal (name, "code")) && state->text != NULL)
        g_string_append_printf (state->text, "<%s>", name);
    }
  else if (g_str_equal (path, "component/name")
           || g_str_equal (path, "component/summary")
           || g_str_equal (path, "component/developer_name")
           || g_str_equal (path, "component/developer/name")
           || g_str_equal (path, "component/project_license")
           || g_str_equal (path, "component/url"))
    {
      state->text = g_string_new (NULL);
      state->text_is_markup = FALSE;
      g_free (state->url_type);
      state->url_type = g_strdup (lookup_attribute (attribute_names, attribute_values, "type"));
    }
}

static void
store_text (ParseState *state,
            const char *path)
{
  MadoAboutInfo *info = state->info;
  char **field = NULL;

  if (g_str_equal (path, "component/name"))
    field = &info->name;
  else if (g_str_equal (path, "component/summary"))
    field = &info->summary;
  else if (g_str_equal (path, "component/developer/name")
           || (g_str_equal (path, "component/developer_name") && info->developer_name == NULL))
    field = &info->developer_name;
  else if (g_str_equal (path, "component/url") && g_strcmp0 (state->url_type, "homepage") == 0)
    field = &info->homepage;
  else if (g_str_equal (path, "component/url") && g_strcmp0 (state->url_type, "bugtracker") == 0)
    field = &info->bugtracker;

  if (g_str_equal (path, "component/project_license"))
    {
      g_autofree char *license = normalize_space (state->text->str);

      g_string_free (state->text, TRUE);
      state->text = NULL;
      g_free (info->project_license);
      info->project_license = g_steal_pointer (&license);
      info->license_type = license_type_from_spdx (info->project_license);
    }
  else if (g_str_equal (path, "component/url"))
    {
      /* Addresses are not translated. */
      g_autofree char *url = normalize_space (state->text->str);

      g_string_free (state->text, TRUE);
      state->text = NULL;
      if (field != NULL)
        {
          g_free (*field);
          *field = g_steal_pointer (&url);
        }
    }
  else
    {
      g_autofree char *text = take_translated_text (state);

      if (field != NULL)
        {
          g_free (*field);
          *field = g_steal_pointer (&text);
        }
    }
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element_name,
                gpointer              user_data,
                GError              **error)
{
  ParseState *state = user_data;
  g_autofree char *path = NULL;

  if (state->skip_depth > 0)
    {
      state->skip_depth--;
      return;
    }

  path = element_path (context);

  if (in_newest_release_description (path, state))
    {
      if ((g_str_equal (element_name, "p") || g_str_equal (element_name, "li")) && state->text != NULL)
        {
          g_autofree char *text = take_translated_text (state);
          g_string_append_printf (state->notes, "<%s>%s</%s>", element_name, text, element_name);
        }
      else if (g_str_equal (element_name, "ul") || g_str_equal (element_name, "ol"))
        g_string_append_printf (state->notes, "</%s>", element_name);
      else if ((g_str_equal (element_name, "em") || g_str_equal (element_name, "code")) && state->text != NULL)
        g_string_append_printf (state->text, "</%s>", element_name);
    }
  else if (state->text != NULL)
    store_text (state, path);
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 text_len,
         gpointer              user_data,
         GError              **error)
{
  ParseState *state = user_data;

  if (state->skip_depth > 0 || state->text == NULL)
    return;

  if (state->text_is_markup)
    {
      g_autofree char *escaped = g_markup_escape_text (text, text_len);
      g_string_append (state->text, escaped);
    }
  else
    g_string_append_len (state->text, text, text_len);
}

static const GMarkupParser parser = {
  start_element_cb,
  end_element_cb,
  text_cb,
  NULL,
  NULL,
};

static gboolean
check_complete (MadoAboutInfo  *info,
                GError        **error)
{
  const struct {
    const char *value;
    const char *what;
  } required[] = {
    { info->name, "<name>" },
    { info->summary, "<summary>" },
    { info->developer_name, "<developer><name>" },
    { info->homepage, "<url type=\"homepage\">" },
    { info->project_license, "<project_license>" },
    { info->release_version, "a <release> with a version" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    if (required[i].value == NULL || *required[i].value == '\0')
      {
        g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                     "The metainfo has no %s", required[i].what);
        return FALSE;
      }

  return TRUE;
}

/* Reads the About window's facts from metainfo XML: the name, summary,
 * developer, homepage, bug tracker, licence and the newest (first) release
 * with its notes as AdwAboutWindow markup, each translated. Translations
 * inside the file (elements with xml:lang) are skipped: gettext has them. */
MadoAboutInfo *
mado_about_info_new_from_bytes (GBytes  *metainfo,
                                GError **error)
{
  g_autoptr(MadoAboutInfo) info = g_new0 (MadoAboutInfo, 1);
  g_autoptr(GMarkupParseContext) context = NULL;
  ParseState state = { .info = info, .notes = g_string_new (NULL) };
  gsize len;
  const char *data;
  gboolean ok;

  g_return_val_if_fail (metainfo != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (metainfo, &len);
  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &state, NULL);
  ok = g_markup_parse_context_parse (context, data, len, error)
       && g_markup_parse_context_end_parse (context, error);

  if (state.text != NULL)
    g_string_free (state.text, TRUE);
  g_free (state.url_type);
  info->release_notes = g_string_free (state.notes, FALSE);

  if (!ok || !check_complete (info, error))
    return NULL;

  return g_steal_pointer (&info);
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

/* The facts when the metainfo cannot be read, which the tests rule out for
 * a build that passed them. */
static MadoAboutInfo *
fallback_info (void)
{
  MadoAboutInfo *info = g_new0 (MadoAboutInfo, 1);

  /* Translators: the application's name; 窓口 means the desk or window where one asks for help. */
  info->name = g_strdup (_("Madoguchi"));
  info->developer_name = g_strdup ("");
  info->release_version = g_strdup (PACKAGE_VERSION);
  info->release_notes = g_strdup ("");
  info->license_type = GTK_LICENSE_GPL_3_0;
  return info;
}

void
mado_about_present (GtkWindow  *parent,
                    const char *source_line,
                    GDateTime  *data_checked)
{
  g_autoptr(GBytes) metainfo = NULL;
  g_autoptr(MadoAboutInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  metainfo = g_resources_lookup_data (METAINFO_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (metainfo != NULL)
    info = mado_about_info_new_from_bytes (metainfo, &error);
  if (info == NULL)
    {
      g_message ("Could not read the app's metainfo: %s", error->message);
      info = fallback_info ();
    }

  gtk_window_present (GTK_WINDOW (mado_about_window_new (parent, info, source_line, data_checked)));
}
