/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one check every address passes before it is loaded or opened: the
 * deceptive forms of issue 24 are refused for the right reason, the plain
 * forms the dataset uses (Japanese paths, IDN hosts, ports, mail subjects)
 * are accepted, and a refused address is quoted without its tricks. */
#include <locale.h>
#include <string.h>

#include "mado-dataset.h"
#include "mado-uri-check.h"
#include "mado-validators.h"

static const struct {
  const char     *uri;
  MadoUriProblem  problem;
} refused[] = {
  /* Opens evil.example, whatever it reads like. */
  { "https://www.ipa.go.jp@evil.example/", MADO_URI_PROBLEM_USER_INFO },
  { "https://@www.ipa.go.jp/", MADO_URI_PROBLEM_USER_INFO },
  { "https://user:pass@www.ipa.go.jp/", MADO_URI_PROBLEM_USER_INFO },
  /* A right-to-left override turns "fdp.exe" round. */
  { "https://www.ipa.go.jp/\u202Eexe.pdf", MADO_URI_PROBLEM_CHARACTERS },
  { "https://www.ipa.go.jp/%E2%80%AEexe.pdf", MADO_URI_PROBLEM_CHARACTERS },
  { "https://www.ipa.go.jp/a\u200Bb", MADO_URI_PROBLEM_CHARACTERS },
  { "https://www.ipa.go.jp/\r\nSet-Cookie:x", MADO_URI_PROBLEM_CHARACTERS },
  { "https://www.ipa.go.jp/%0d%0a", MADO_URI_PROBLEM_CHARACTERS },
  { "https://www.ipa.go.jp/\tx", MADO_URI_PROBLEM_CHARACTERS },
  { "https://www.ipa.go.jp/%00", MADO_URI_PROBLEM_CHARACTERS },
  { "https://www.ipa go.jp/", MADO_URI_PROBLEM_CHARACTERS },
  { "https://www.ipa.go.jp/\u3000", MADO_URI_PROBLEM_CHARACTERS },
  { " https://www.ipa.go.jp/", MADO_URI_PROBLEM_SCHEME },
  { "https://www.ipa.go.jp/ ", MADO_URI_PROBLEM_CHARACTERS },
  { "https://evil.example\\www.ipa.go.jp/", MADO_URI_PROBLEM_CHARACTERS },
  /* Cyrillic "і", "р", "а" among Latin letters. */
  { "https://www.\u0456\u0440\u0430.go.jp/", MADO_URI_PROBLEM_MIXED_SCRIPT },
  { "https://www.ip\u0430.go.jp/", MADO_URI_PROBLEM_MIXED_SCRIPT },
  { "https://xn--pple-43d.com/", MADO_URI_PROBLEM_MIXED_SCRIPT },
  { "https://\u0430\u0440\u0440\u04CF\u0435.com/", MADO_URI_PROBLEM_MIXED_SCRIPT },
  { "https://xn--80ak6aa92e.com/", MADO_URI_PROBLEM_MIXED_SCRIPT },
  { "https://www.ipa.go.jp\u2044evil.example/", MADO_URI_PROBLEM_HOST },
  { "HTTP://www.ipa.go.jp/", MADO_URI_PROBLEM_SCHEME },
  { "Https://www.ipa.go.jp/", MADO_URI_PROBLEM_SCHEME },
  { "MAILTO:desk@example.org", MADO_URI_PROBLEM_SCHEME },
  { "javascript:alert(1)", MADO_URI_PROBLEM_SCHEME },
  { "file:///etc/passwd", MADO_URI_PROBLEM_SCHEME },
  { "ftp://example.org/", MADO_URI_PROBLEM_SCHEME },
  { "", MADO_URI_PROBLEM_SCHEME },
  { "mailto:desk@example.org?attach=/etc/passwd", MADO_URI_PROBLEM_MAIL },
  { "mailto:desk@example.org?subject=a&bcc=x@evil.example", MADO_URI_PROBLEM_MAIL },
  { "mailto:desk@example.org?subject=a&subject=b", MADO_URI_PROBLEM_MAIL },
  { "mailto:desk@example.org,other@evil.example", MADO_URI_PROBLEM_MAIL },
  { "mailto:desk%40example.org", MADO_URI_PROBLEM_MAIL },
  { "mailto:desk@example.org#x", MADO_URI_PROBLEM_MAIL },
  { "mailto:", MADO_URI_PROBLEM_MAIL },
  { "mailto:?to=desk@example.org", MADO_URI_PROBLEM_MAIL },
  { "mailto:desk@localhost", MADO_URI_PROBLEM_MAIL },
  { "mailto:desk@printer.local", MADO_URI_PROBLEM_HOST },
  { "mailto:desk@127.0.0.1", MADO_URI_PROBLEM_HOST },
  { "mailto:desk@example.org?subject=%E2%80%AEa", MADO_URI_PROBLEM_CHARACTERS },
  { "mailto:desk@example.org?subject=a%0D%0Abcc:x@evil.example", MADO_URI_PROBLEM_CHARACTERS },
  { "https://./", MADO_URI_PROBLEM_HOST },
  { "https://", MADO_URI_PROBLEM_HOST },
  { "https:///path", MADO_URI_PROBLEM_HOST },
  { "https://www..ipa.go.jp/", MADO_URI_PROBLEM_HOST },
  { "https://www.ipa.go.jp./", MADO_URI_PROBLEM_HOST },
  { "https://.ipa.go.jp/", MADO_URI_PROBLEM_HOST },
  { "http://127.0.0.1:631/", MADO_URI_PROBLEM_HOST },
  { "http://127.1/", MADO_URI_PROBLEM_HOST },
  { "http://2130706433/", MADO_URI_PROBLEM_HOST },
  { "http://0x7f.1/", MADO_URI_PROBLEM_HOST },
  { "http://[::1]/", MADO_URI_PROBLEM_HOST },
  { "http://localhost/", MADO_URI_PROBLEM_HOST },
  { "http://localhost:631/", MADO_URI_PROBLEM_HOST },
  { "http://printer/", MADO_URI_PROBLEM_HOST },
  { "http://printer.local/", MADO_URI_PROBLEM_HOST },
  { "http://router.home.arpa/", MADO_URI_PROBLEM_HOST },
  { "https://WWW.IPA.GO.JP/", MADO_URI_PROBLEM_HOST },
  { "https://\uFF57\uFF57\uFF57.ipa.go.jp/", MADO_URI_PROBLEM_HOST },
  { "https://www.ipa.go\u3002jp/", MADO_URI_PROBLEM_HOST },
  { "https://www.ip%61.go.jp/", MADO_URI_PROBLEM_HOST },
  { "https://-ipa.go.jp/", MADO_URI_PROBLEM_HOST },
  { "https://ipa_x.go.jp/", MADO_URI_PROBLEM_HOST },
  { "https://www.ipa.go.jp:0/", MADO_URI_PROBLEM_HOST },
  { "https://www.ipa.go.jp:/", MADO_URI_PROBLEM_HOST },
  { "https://www.ipa.go.jp:99999/", MADO_URI_PROBLEM_SYNTAX },
  { "https://www.ipa.go.jp/a b", MADO_URI_PROBLEM_CHARACTERS },
  { "https://www.ipa.go.jp/%zz", MADO_URI_PROBLEM_SYNTAX },
};

static const char * const accepted[] = {
  "https://www.ipa.go.jp/security/anshin/about.html#1faq",
  "http://www.kokusen.go.jp/map/",
  "https://b.hatena.ne.jp/keyword/セキュリティ",
  "https://cp.hosting-srv.net/ssl/113//www.s199.hosting-srv.net/consul/consulform.php",
  "https://www.ipa.go.jp/security/guide/ps6vr70000011jhl-att/000055848.pdf",
  "https://example.org/search?q=%E3%82%BB&lang=ja",
  /* A query in Shift_JIS: its bytes are not UTF-8, but hold no control. */
  "https://example.jp/search?q=%83Z",
  "https://example.org/my%20file.pdf",
  "https://example.org:8443/",
  "https://日本語.jp/",
  "https://xn--wgv71a119e.jp/",
  "https://ドメイン名例.jp/",
  "https://пример.рф/",
  "https://xn--90a3ac.xn--p1ai/",
  "mailto:desk@example.org",
  "mailto:cs-support@ipa.go.jp?subject=%E7%9B%B8%E8%AB%87",
  "mailto:desk@example.org?subject=a&body=line%0D%0Aline",
  "mailto:desk@example.org?Subject=a",
};

static void
test_refused (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      MadoUriProblem problem = mado_uri_check (refused[i].uri);

      if (problem != refused[i].problem)
        g_error ("“%s”: expected problem %d, got %d", refused[i].uri,
                 refused[i].problem, problem);
      g_assert_false (mado_uri_scheme_is_allowed (refused[i].uri));
    }
}

static void
test_accepted (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      MadoUriProblem problem = mado_uri_check (accepted[i]);

      if (problem != MADO_URI_PROBLEM_NONE)
        g_error ("“%s” refused: %s", accepted[i], mado_uri_problem_describe (problem));
      g_assert_true (mado_uri_scheme_is_allowed (accepted[i]));
    }
}

static void
test_not_utf8 (void)
{
  g_assert_cmpint (mado_uri_check ("https://example.org/\xff"), ==, MADO_URI_PROBLEM_CHARACTERS);
}

static void
test_printable (void)
{
  g_autofree char *rlo = mado_uri_dup_printable ("https://x.jp/\u202Eexe.pdf");
  g_autofree char *crlf = mado_uri_dup_printable ("https://x.jp/\r\n a");
  g_autofree char *wide_space = mado_uri_dup_printable ("https://x.jp/\u3000a");
  g_autofree char *japanese = mado_uri_dup_printable ("https://b.hatena.ne.jp/keyword/セキュリティ");
  g_autofree char *bad = mado_uri_dup_printable ("https://x.jp/\xff");
  g_autofree char *long_uri = g_strnfill (500, 'a');
  g_autofree char *cut = mado_uri_dup_printable (long_uri);

  g_assert_cmpstr (rlo, ==, "https://x.jp/\\u{202E}exe.pdf");
  g_assert_cmpstr (crlf, ==, "https://x.jp/\\u{000D}\\u{000A} a");
  g_assert_cmpstr (wide_space, ==, "https://x.jp/\\u{3000}a");
  g_assert_cmpstr (japanese, ==, "https://b.hatena.ne.jp/keyword/セキュリティ");
  g_assert_true (g_utf8_validate (bad, -1, NULL));
  g_assert_cmpuint (g_utf8_strlen (cut, -1), ==, 201);
  g_assert_true (g_str_has_suffix (cut, "…"));
}

static void
test_every_problem_described (void)
{
  for (MadoUriProblem p = MADO_URI_PROBLEM_NONE; p <= MADO_URI_PROBLEM_MAIL; p++)
    g_assert_nonnull (mado_uri_problem_describe (p));
}

/* The loader names the link's JSON path and the rule, and quotes the
 * address with its right-to-left override spelt out rather than obeyed. */
static void
test_loader_message (void)
{
  static const struct {
    const char *fixture;
    const char *words;
  } cases[] = {
    { "url-rtl-override.json", "“https://www.ipa.go.jp/\\u{202E}gpj.exe” contains" },
    { "url-user-info.json", "has a user name before the host" },
    { "url-cyrillic-host.json", "mixes writing systems" },
    { "url-ip-literal.json", "does not name a public host" },
    { "url-mailto-attach.json", "at most a subject and a body" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "fixtures", "invalid",
                                                     cases[i].fixture, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(MadoDataset) dataset = mado_dataset_new_from_file (file, "en", &error);

      g_assert_null (dataset);
      g_assert_error (error, MADO_DATASET_ERROR, MADO_DATASET_ERROR_BAD_SCHEME);
      g_assert_true (g_str_has_prefix (error->message, "$.contacts[0].links[0].url: "));
      if (strstr (error->message, cases[i].words) == NULL)
        g_error ("%s: “%s” not in “%s”", cases[i].fixture, cases[i].words, error->message);
      g_assert_null (strstr (error->message, "\u202E"));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/uri-check/refused", test_refused);
  g_test_add_func ("/uri-check/accepted", test_accepted);
  g_test_add_func ("/uri-check/not-utf8", test_not_utf8);
  g_test_add_func ("/uri-check/printable", test_printable);
  g_test_add_func ("/uri-check/every-problem-described", test_every_problem_described);
  g_test_add_func ("/uri-check/loader-message", test_loader_message);

  return g_test_run ();
}
