/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The About window's facts come from the metainfo, read at build time
 * (build-aux/about-facts, tested by test-about-facts.py): the bundled facts
 * are complete and agree with the build, they are translated and the
 * release notes become markup, and the window shows them. */
#include "config.h"

#include "mado-about.h"
#include "mado-test-utils.h"

static void
test_bundled_facts (void)
{
  g_autoptr(MadoAboutInfo) info = mado_about_info_new (&mado_about_facts);

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

static const MadoAboutNote example_notes[] = {
  { "p", "Faster &amp; <em>smaller</em>." },
  { "ol", NULL },
  { "li", "One" },
  { "li", "Two <code>x</code>" },
  { "/ol", NULL },
  { NULL, NULL },
};

static const MadoAboutFacts example_facts = {
  .name = "Example",
  .summary = "Does one thing well",
  .developer_name = "New Name",
  .homepage = "https://example.org/",
  .bugtracker = "https://example.org/bugs",
  .project_license = "MIT",
  .release_version = "2.0",
  .release_date = "2030-01-02",
  .release_notes = example_notes,
};

static void
test_info (void)
{
  g_autoptr(MadoAboutInfo) info = mado_about_info_new (&example_facts);
  MadoAboutFacts custom = example_facts;
  g_autoptr(MadoAboutInfo) custom_info = NULL;

  g_assert_cmpstr (info->name, ==, "Example");
  g_assert_cmpstr (info->summary, ==, "Does one thing well");
  g_assert_cmpstr (info->developer_name, ==, "New Name");
  g_assert_cmpstr (info->homepage, ==, "https://example.org/");
  g_assert_cmpint (info->license_type, ==, GTK_LICENSE_MIT_X11);
  g_assert_cmpstr (info->release_notes, ==,
                   "<p>Faster &amp; <em>smaller</em>.</p>"
                   "<ol><li>One</li><li>Two <code>x</code></li></ol>");

  /* A licence GTK does not name is shown as its SPDX text. */
  custom.project_license = "LicenseRef-proprietary";
  custom.release_notes = NULL;
  custom_info = mado_about_info_new (&custom);
  g_assert_cmpint (custom_info->license_type, ==, GTK_LICENSE_CUSTOM);
  g_assert_cmpstr (custom_info->release_notes, ==, "");
}

static void
test_window (void)
{
  g_autoptr(MadoAboutInfo) info = NULL;
  g_autofree char *name = NULL;
  g_autofree char *version = NULL;
  g_autofree char *copyright = NULL;
  g_autofree char *debug = NULL;
  g_autofree char *icon = NULL;
  g_autofree char *comments = NULL;
  g_autoptr(GDateTime) checked = NULL;
  GtkLicense license;
  GtkWidget *about;

  info = mado_about_info_new (&example_facts);
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

  g_test_add_func ("/about/bundled-facts", test_bundled_facts);
  g_test_add_func ("/about/info", test_info);
  g_test_add_func ("/about/window", test_window);

  return g_test_run ();
}
