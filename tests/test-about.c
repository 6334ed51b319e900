/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The About window's facts come from the metainfo: the bundled one is read
 * completely and agrees with the build, the parser takes what a metainfo
 * may hold (translations, the old developer_name, inline markup, several
 * releases) and refuses one that lacks a fact, and the window shows them. */
#include "config.h"

#include "mado-about.h"
#include "mado-test-utils.h"

static MadoAboutInfo *
parse (const char  *xml,
       GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));

  return mado_about_info_new_from_bytes (bytes, error);
}

static void
test_bundled_metainfo (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MadoAboutInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_resources_lookup_data (RESOURCE_BASE "/metainfo.xml", 0, &error);
  g_assert_no_error (error);
  info = mado_about_info_new_from_bytes (bytes, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (info->name, ==, "Madoguchi");
  g_assert_cmpstr (info->developer_name, ==, "Madoguchi contributors");
  g_assert_cmpstr (info->homepage, ==, "https://github.com/madoguchi/madoguchi");
  g_assert_cmpstr (info->bugtracker, ==, "https://github.com/madoguchi/madoguchi/issues");
  g_assert_cmpstr (info->project_license, ==, "GPL-3.0-or-later");
  g_assert_cmpint (info->license_type, ==, GTK_LICENSE_GPL_3_0);
  g_assert_nonnull (info->summary);
  /* The newest release is the version meson builds. */
  g_assert_cmpstr (info->release_version, ==, PACKAGE_VERSION);
  g_assert_true (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", info->release_date, 0, 0));
  g_assert_true (g_str_has_prefix (info->release_notes, "<p>"));
  g_assert_nonnull (strstr (info->release_notes, "<ul><li>"));
}

static const char full_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<component type=\"desktop-application\">\n"
  "  <id>org.example.App</id>\n"
  "  <name>Example</name>\n"
  "  <name xml:lang=\"ja\">例</name>\n"
  "  <summary>Does\n     one thing  well</summary>\n"
  "  <developer_name>Old Name</developer_name>\n"
  "  <developer id=\"org.example\"><name>New Name</name></developer>\n"
  "  <project_license>MIT</project_license>\n"
  "  <url type=\"vcs-browser\">https://example.org/git</url>\n"
  "  <url type=\"homepage\"> https://example.org/ </url>\n"
  "  <url type=\"bugtracker\">https://example.org/bugs</url>\n"
  "  <releases>\n"
  "    <release version=\"2.0\" date=\"2030-01-02\">\n"
  "      <description>\n"
  "        <p>Faster &amp; <em>smaller</em>.</p>\n"
  "        <p xml:lang=\"ja\">速い</p>\n"
  "        <ol><li>One</li><li>Two <code>x</code></li></ol>\n"
  "      </description>\n"
  "    </release>\n"
  "    <release version=\"1.0\" date=\"2029-01-01\">\n"
  "      <description><p>Old</p></description>\n"
  "    </release>\n"
  "  </releases>\n"
  "</component>\n";

static void
test_parse (void)
{
  g_autoptr(MadoAboutInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = parse (full_xml, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (info->name, ==, "Example");
  g_assert_cmpstr (info->summary, ==, "Does one thing well");
  g_assert_cmpstr (info->developer_name, ==, "New Name");
  g_assert_cmpstr (info->homepage, ==, "https://example.org/");
  g_assert_cmpstr (info->bugtracker, ==, "https://example.org/bugs");
  g_assert_cmpint (info->license_type, ==, GTK_LICENSE_MIT_X11);
  g_assert_cmpstr (info->release_version, ==, "2.0");
  g_assert_cmpstr (info->release_date, ==, "2030-01-02");
  g_assert_cmpstr (info->release_notes, ==,
                   "<p>Faster &amp; <em>smaller</em>.</p>"
                   "<ol><li>One</li><li>Two <code>x</code></li></ol>");
}

static void
test_parse_legacy_and_custom (void)
{
  g_autoptr(MadoAboutInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = parse ("<component><name>A</name><summary>B</summary>"
                "<developer_name>Old Name</developer_name>"
                "<project_license>LicenseRef-proprietary</project_license>"
                "<url type=\"homepage\">https://example.org/</url>"
                "<releases><release version=\"1\"/></releases></component>",
                &error);
  g_assert_no_error (error);
  g_assert_cmpstr (info->developer_name, ==, "Old Name");
  g_assert_cmpint (info->license_type, ==, GTK_LICENSE_CUSTOM);
  g_assert_null (info->release_date);
  g_assert_null (info->bugtracker);
  g_assert_cmpstr (info->release_notes, ==, "");
}

static void
test_parse_refuses (void)
{
  const char *broken[] = {
    /* No release. */
    "<component><name>A</name><summary>B</summary><developer_name>C</developer_name>"
    "<project_license>MIT</project_license><url type=\"homepage\">https://e.org/</url></component>",
    /* Only a translated name. */
    "<component><name xml:lang=\"ja\">A</name><summary>B</summary><developer_name>C</developer_name>"
    "<project_license>MIT</project_license><url type=\"homepage\">https://e.org/</url>"
    "<releases><release version=\"1\"/></releases></component>",
    /* Not XML. */
    "<component><name>A</nam></component>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      int expected = i < 2 ? G_MARKUP_ERROR_INVALID_CONTENT : G_MARKUP_ERROR_PARSE;
      g_autoptr(GError) error = NULL;
      g_autoptr(MadoAboutInfo) info = parse (broken[i], &error);

      g_assert_null (info);
      g_assert_error (error, G_MARKUP_ERROR, expected);
    }
}

static void
test_window (void)
{
  g_autoptr(MadoAboutInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *version = NULL;
  g_autofree char *copyright = NULL;
  g_autofree char *debug = NULL;
  g_autofree char *icon = NULL;
  g_autofree char *comments = NULL;
  g_autoptr(GDateTime) checked = NULL;
  GtkLicense license;
  GtkWidget *about;

  info = parse (full_xml, &error);
  g_assert_no_error (error);
  checked = g_date_time_new_utc (2026, 12, 2, 0, 0, 0);
  about = mado_about_window_new (NULL, info, "Publisher\nhttps://example.org/source", checked);
  gtk_window_present (GTK_WINDOW (about));
  mado_test_iterate (50);

  g_object_get (about,
                "application-name", &name,
                "version", &version,
                "copyright", &copyright,
                "debug-info", &debug,
                "application-icon", &icon,
                "license-type", &license,
                "comments", &comments,
                NULL);
  g_assert_cmpstr (name, ==, "Example");
  g_assert_cmpstr (version, ==, "2.0");
  g_assert_cmpstr (copyright, ==, "© 2030 New Name");
  g_assert_cmpstr (icon, ==, APP_ID);
  g_assert_cmpint (license, ==, GTK_LICENSE_MIT_X11);
  g_assert_nonnull (strstr (debug, "GTK "));
  /* The data's date sits under the summary, in the running language. */
  g_assert_true (g_str_has_suffix (comments, "\n\nData checked: 2026-12-02\nJapanese holidays known until 2027-12-31"));

  g_object_add_weak_pointer (G_OBJECT (about), (gpointer *) &about);
  gtk_window_destroy (GTK_WINDOW (about));
  mado_test_iterate (10);
  g_assert_null (about);
}

int
main (int   argc,
      char *argv[])
{
  mado_test_init (&argc, &argv);

  g_test_add_func ("/about/bundled-metainfo", test_bundled_metainfo);
  g_test_add_func ("/about/parse", test_parse);
  g_test_add_func ("/about/parse-legacy-and-custom", test_parse_legacy_and_custom);
  g_test_add_func ("/about/parse-refuses", test_parse_refuses);
  g_test_add_func ("/about/window", test_window);

  return g_test_run ();
}
