#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Measures madoguchi against the bare AdwApplicationWindow built in the same
tree, in the same run (the machines are noisy: ratios of paired runs are
what is comparable, absolute times are not):

1. time to the first painted frame, paired runs A B A B, median of the
   per-pair ratios, with the cairo renderer and with GL;
2. callgrind instructions to the first frame (cairo), the fewest of three
   runs each, and their ratio;
3. peak RSS of both at start-up, PSS of both once shown, and PSS and the
   heap in use before and after 10,000 section switches and 10,000 search
   keystrokes in one process; then 1,000 keystrokes alone, each timed to
   the end of the next frame drawn;
4. CPU time per idle minute after 20 s at rest;
5. dataset load, and search time per keystroke on the real dataset and on
   one 100x larger (bench-search);
6. the same first-frame ratio inside the Flatpak sandbox, when it is built;
7. when Chromium is installed, what a desk would otherwise keep open: the
   source page saved locally as one HTML file (bench/source_page.py), its
   first frame as a headless screenshot (start to the PNG written, paired
   with madoguchi's cairo first frame), and the PSS of all its processes and
   their CPU per idle minute in a real window on the same Xvfb. Only
   file:// is opened, and the flags stop every request it would make of its
   own (no host name resolves; a dead proxy on the loopback).

Run it through bench/run, which provides the private display and session.
Writes a table to stdout and the figures as JSON (--json)."""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("--build", default="build")
parser.add_argument("--pairs", type=int, default=10, help="paired first-frame runs per renderer")
parser.add_argument("--idle-seconds", type=int, default=60)
parser.add_argument("--quick", action="store_true", help="fewer pairs, no callgrind, 20 s idle")
parser.add_argument("--only-instructions", action="store_true",
                    help="only the callgrind count (three runs each), with its row")
parser.add_argument("--json", default=None, help="where to write the figures (default BUILD/bench.json)")
parser.add_argument("--no-browser", action="store_true", help="leave out the comparison with Chromium")
parser.add_argument("--seed", default=os.environ.get("MADOGUCHI_SEED_DIR"),
                    help="the seed folder whose copy of the source page the browser shows "
                         "(default $MADOGUCHI_SEED_DIR; without it, the bundled dataset's Japanese text)")
args = parser.parse_args()
if args.quick:
    args.pairs, args.idle_seconds = 4, 20

build = os.path.abspath(args.build)
app = os.path.join(build, "src/madoguchi")
bare = os.path.join(build, "bench/bare-window")
work = tempfile.mkdtemp(prefix="mado-bench.")
base_env = dict(os.environ,
                GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"),
                GSETTINGS_BACKEND="memory",
                MADOGUCHI_LOCALEDIR=os.path.join(build, "po"),
                LANGUAGE=os.environ.get("LANGUAGE", "ja"),
                HOME=work, XDG_CONFIG_HOME=os.path.join(work, "config"),
                XDG_DATA_HOME=os.path.join(work, "data"), XDG_CACHE_HOME=os.path.join(work, "cache"))
base_env.pop("G_DEBUG", None)
# tests/run-with-session keeps GL out of the tests (GDK_DEBUG=gl-disable on
# GTK 4.8, GDK_DISABLE on newer): a desk's GTK sets GL up at start even to
# draw with cairo, so both programs are measured as they run there, and the
# GL row is GL.
base_env.pop("GDK_DEBUG", None)
base_env.pop("GDK_DISABLE", None)
results = {"date": datetime.datetime.now().isoformat(timespec="seconds"),
           "machine": f"{platform.node()} {platform.machine()}, {os.cpu_count()} cores",
           "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                    text=True).stdout.strip()}


def first_frame(program, renderer):
    """Wall time and peak RSS of one start to the first painted frame."""
    env = dict(base_env, MADOGUCHI_QUIT_AFTER_FIRST_FRAME="1", GSK_RENDERER=renderer)
    start = time.perf_counter()
    process = subprocess.Popen([program], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{program} failed ({status}) with GSK_RENDERER={renderer}")
    return elapsed, usage.ru_maxrss


def paired(renderer):
    first_frame(app, renderer)  # warm caches (fonts, shaders) uncounted
    first_frame(bare, renderer)
    ratios, app_times, bare_times, app_rss, bare_rss = [], [], [], [], []
    for i in range(args.pairs):
        order = [(app, app_times, app_rss), (bare, bare_times, bare_rss)]
        if i % 2:
            order.reverse()
        for program, times, rss in order:
            elapsed, peak = first_frame(program, renderer)
            times.append(elapsed)
            rss.append(peak)
        ratios.append(app_times[-1] / bare_times[-1])
    return {"ratio_median": statistics.median(ratios),
            "app_s_median": statistics.median(app_times), "bare_s_median": statistics.median(bare_times),
            "app_peak_rss_mib": statistics.median(app_rss) / 1024,
            "bare_peak_rss_mib": statistics.median(bare_rss) / 1024}


def callgrind_once(program, out):
    env = dict(base_env, MADOGUCHI_QUIT_AFTER_FIRST_FRAME="1", GSK_RENDERER="cairo")
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", program],
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    for line in open(out):
        if line.startswith("summary:") or line.startswith("totals:"):
            return int(line.split()[1])
    raise RuntimeError("no totals in " + out)


def callgrind(program, runs=3):
    """Instructions to the first frame, fewest and most of @runs runs. The
    count is exact for one run, but GTK 4.8 sometimes loads its icon theme
    twice (about 63 M more: the main thread looks an icon up before GTK's
    own loading thread is done, and reads the themes again), depending on
    how the threads are scheduled: the fewest is the program's own cost."""
    counts = [callgrind_once(program, os.path.join(work, f"callgrind.{os.path.basename(program)}.{i}"))
              for i in range(runs)]
    return min(counts), max(counts)


def window_shown(program):
    """Whether a window of @program (by its X class, the binary's name) is up."""
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True,
                          errors="replace").stdout
    return f'("{os.path.basename(program)}"' in tree


def smaps(pid, field):
    for line in open(f"/proc/{pid}/smaps_rollup"):
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def cpu_ms(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])
    return ticks * 1000 / os.sysconf("SC_CLK_TCK")


def start_and_wait(program):
    process = subprocess.Popen([program], env=dict(base_env, GSK_RENDERER="cairo"),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 30
    while time.time() < deadline and not window_shown(program):
        time.sleep(0.1)
    time.sleep(2)  # the first frames and the idle work after them
    return process


def at_rest(program, idle_seconds):
    process = start_and_wait(program)
    pss = smaps(process.pid, "Pss")
    time.sleep(20)
    before = cpu_ms(process.pid)
    time.sleep(idle_seconds)
    used = cpu_ms(process.pid) - before
    process.terminate()
    process.wait()
    return pss, used * 60 / idle_seconds


def soak():
    steps = "1000" if args.quick else "10000"
    output = subprocess.run([os.path.join(build, "bench/soak")],
                            env=dict(base_env, GSK_RENDERER="cairo", MADOGUCHI_SOAK_STEPS=steps),
                            capture_output=True, text=True, check=True, timeout=3600).stdout
    return json.loads(output.strip().splitlines()[-1])


def keystrokes_with_frame():
    """Keystrokes alone, each timed to the end of the next frame drawn: the
    rows the list lays out and paints are part of it."""
    steps = "300" if args.quick else "1000"
    output = subprocess.run([os.path.join(build, "bench/soak")],
                            env=dict(base_env, GSK_RENDERER="cairo", MADOGUCHI_SOAK_STEPS=steps,
                                     MADOGUCHI_SOAK_SWITCHES="0", MADOGUCHI_SOAK_FRAME="1"),
                            capture_output=True, text=True, check=True, timeout=3600).stdout
    return json.loads(output.strip().splitlines()[-1])


def search():
    """The search figures, or None when bench-search fails (it says why on
    stderr): the rest of the run is still worth its table."""
    process = subprocess.run([os.path.join(build, "tests/bench-search"), "--csv"], env=base_env,
                             capture_output=True, text=True)
    if process.returncode != 0:
        print(f"bench-search failed ({process.returncode}): {process.stderr.strip()}", file=sys.stderr)
        return None
    output = process.stdout
    rows = [line.split(",") for line in output.strip().splitlines() if "," in line]
    header, data = rows[0], rows[1:]
    return {row[0]: dict(zip(header[1:], map(float, row[1:]))) for row in data}


def flatpak_first_frame():
    """The same paired ratio inside the sandbox, if build-aux/flatpak installed it."""
    user_dir = os.environ.get("MADOGUCHI_FLATPAK_USER_DIR",
                              "/var/tmp/madoguchi-flatpak/flatpak-user")
    if not shutil.which("flatpak") or not os.path.isdir(user_dir):
        return None
    env = dict(base_env, FLATPAK_USER_DIR=user_dir)
    probe = subprocess.run(["flatpak", "--user", "info", "io.github.madoguchi.Madoguchi"],
                           env=env, capture_output=True)
    if probe.returncode != 0:
        return None
    times = []
    command = ["flatpak", "run", "--env=MADOGUCHI_QUIT_AFTER_FIRST_FRAME=1", "--env=GSK_RENDERER=cairo",
               "io.github.madoguchi.Madoguchi"]
    subprocess.run(command, env=env, capture_output=True)
    for _ in range(max(3, args.pairs // 2)):
        start = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return {"sandbox_s_median": statistics.median(times)}


CHROMIUM_FLAGS = [
    "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
    "--disable-breakpad", "--metrics-recording-only", "--disable-domain-reliability",
    "--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication,"
    "InterestFeedContentSuggestions,CertificateTransparencyComponentUpdater",
    # Nothing leaves the machine even if something above is missed: no host
    # name resolves, and any proxied request goes to a closed loopback port.
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
    "--lang=ja", "--window-size=960,720",
]


def chromium_command(profile, *extra):
    command = [shutil.which("chromium"), f"--user-data-dir={profile}"] + CHROMIUM_FLAGS
    if os.geteuid() == 0:
        command.append("--no-sandbox")  # Chromium refuses to start as root otherwise
    return command + list(extra)


def source_page():
    """The page, written into the work folder; its URL and what it was made from."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import source_page as page
    seed_page = os.path.join(args.seed, page.SEED_PAGE) if args.seed else None
    if seed_page and os.path.isfile(seed_page):
        text, origin = page.from_seed(seed_page), "the seed's copy of page 355"
    else:
        dataset = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../resources/dataset/contacts.json")
        text, origin = page.from_dataset(dataset), "the bundled dataset's Japanese text"
    path = os.path.join(work, "source-page.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return "file://" + path, origin


def timed(command, env):
    """Wall time and CPU time (the process and the children it reaped) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        sys.exit(f"{command[0]} failed ({status})")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def process_tree(root, marker):
    """@root's descendants, and processes that name @marker (Chromium's crash
    handler leaves the tree)."""
    parents, found = {}, {root}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
            parents[int(entry)] = int(stat[1])
            if marker in open(f"/proc/{entry}/cmdline").read():
                found.add(int(entry))
        except OSError:
            pass
    changed = True
    while changed:
        changed = False
        for pid, parent in parents.items():
            if parent in found and pid not in found:
                found.add(pid)
                changed = True
    return sorted(found)


def tree_sum(pids, measure):
    total = 0
    for pid in pids:
        try:
            total += measure(pid)
        except OSError:
            pass  # gone meanwhile
    return total


def browser():
    """Chromium showing the source page: first frame (headless screenshot,
    paired with madoguchi), then PSS and idle CPU of a real window."""
    url, origin = source_page()
    env = dict(base_env)
    shot = os.path.join(work, "chromium.png")
    runs = max(3, args.pairs // 2)
    app_env = dict(base_env, MADOGUCHI_QUIT_AFTER_FIRST_FRAME="1", GSK_RENDERER="cairo")
    profile = os.path.join(work, "chromium-headless")
    headless = chromium_command(profile, "--headless", f"--screenshot={shot}", "--hide-scrollbars", url)
    timed(headless, env)  # the profile is made and the caches warmed, uncounted
    ratios, cpu_ratios, browser_s, browser_cpu, app_s, app_cpu = [], [], [], [], [], []
    for i in range(runs):
        order = [(headless, env, browser_s, browser_cpu), ([app], app_env, app_s, app_cpu)]
        if i % 2:
            order.reverse()
        for command, command_env, times, cpus in order:
            elapsed, cpu = timed(command, command_env)
            times.append(elapsed)
            cpus.append(cpu)
        ratios.append(browser_s[-1] / app_s[-1])
        cpu_ratios.append(browser_cpu[-1] / app_cpu[-1])

    profile = os.path.join(work, "chromium-window")
    process = subprocess.Popen(chromium_command(profile, "--new-window", url), env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and not window_shown("chromium"):
        time.sleep(0.2)
    time.sleep(10)  # the page painted and the start-up work after it
    pids = process_tree(process.pid, profile)
    pss = tree_sum(pids, lambda pid: smaps(pid, "Pss"))
    time.sleep(20)
    pids = process_tree(process.pid, profile)
    before = {pid: cpu_ms(pid) for pid in pids if os.path.exists(f"/proc/{pid}")}
    time.sleep(args.idle_seconds)
    used = tree_sum(before, lambda pid: cpu_ms(pid) - before[pid])
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    version = subprocess.run(["chromium", "--version"], capture_output=True, text=True).stdout.strip()
    return {"version": version, "page": origin, "page_bytes": os.path.getsize(url[len("file://"):]),
            "first_frame_ratio_median": statistics.median(ratios),
            "first_frame_cpu_ratio_median": statistics.median(cpu_ratios),
            "browser_s_median": statistics.median(browser_s), "app_s_median": statistics.median(app_s),
            "browser_cpu_s_median": statistics.median(browser_cpu),
            "app_cpu_s_median": statistics.median(app_cpu),
            "processes": len(pids), "pss_mib": pss / 1024,
            "idle_cpu_ms_per_min": used * 60 / args.idle_seconds}


def instructions():
    print("Counting instructions (callgrind, three runs each, a few minutes)…", file=sys.stderr)
    (app_ir, app_ir_max), (bare_ir, bare_ir_max) = callgrind(app), callgrind(bare)
    return {"app": app_ir, "bare": bare_ir, "ratio": app_ir / bare_ir,
            "app_max": app_ir_max, "bare_max": bare_ir_max}


def instructions_row(ins):
    return ("instructions to first frame (callgrind, cairo; fewest of 3)", f"{ins['ratio']:.2f}×",
            f"{ins['app'] / 1e6:.0f} M vs {ins['bare'] / 1e6:.0f} M "
            f"(most {ins['app_max'] / 1e6:.0f} M vs {ins['bare_max'] / 1e6:.0f} M)", "≤ 1.6×")


if args.only_instructions:
    results["instructions"] = instructions()
    print(f"Madoguchi benchmark (instructions only), {results['date']}, {results['machine']}, "
          f"commit {results['commit']}")
    print()
    print("| measure | result | detail | target |")
    print("|---|---|---|---|")
    print("| " + " | ".join(instructions_row(results["instructions"])) + " |")
    shutil.rmtree(work, ignore_errors=True)
    sys.exit(0)

print("Measuring first frames…", file=sys.stderr)
results["first_frame_cairo"] = paired("cairo")
results["first_frame_gl"] = paired("gl")
if not args.quick and shutil.which("valgrind"):
    results["instructions"] = instructions()
print("Measuring memory and idle cost…", file=sys.stderr)
app_pss, app_idle = at_rest(app, args.idle_seconds)
bare_pss, bare_idle = at_rest(bare, args.idle_seconds)
results["memory"] = {"app_pss_mib": app_pss / 1024, "bare_pss_mib": bare_pss / 1024,
                     "pss_ratio": app_pss / bare_pss}
results["idle_cpu_ms_per_min"] = {"app": app_idle, "bare": bare_idle}
print("Soaking (10,000 section switches, 10,000 keystrokes)…", file=sys.stderr)
results["soak"] = soak()
results["keystrokes_with_frame"] = keystrokes_with_frame()
results["search"] = search()
results["flatpak"] = flatpak_first_frame()
results["browser"] = None
if not args.no_browser and shutil.which("chromium"):
    print("Measuring Chromium on the source page saved locally…", file=sys.stderr)
    results["browser"] = browser()

out = args.json or os.path.join(build, "bench.json")
with open(out, "w") as f:
    json.dump(results, f, indent=2, ensure_ascii=False)

cairo, gl, memory, soaked = (results["first_frame_cairo"], results["first_frame_gl"],
                             results["memory"], results["soak"])
rows = [
    ("first frame, cairo (median of paired ratios)", f"{cairo['ratio_median']:.2f}×",
     f"{cairo['app_s_median']:.3f} s vs {cairo['bare_s_median']:.3f} s", "≤ 1.6×"),
    ("first frame, GL", f"{gl['ratio_median']:.2f}×",
     f"{gl['app_s_median']:.3f} s vs {gl['bare_s_median']:.3f} s", ""),
]
if "instructions" in results:
    rows.append(instructions_row(results["instructions"]))
rows += [
    ("PSS once shown", f"{memory['pss_ratio']:.2f}×",
     f"{memory['app_pss_mib']:.1f} MiB vs {memory['bare_pss_mib']:.1f} MiB", "≤ 1.25×"),
    ("peak RSS to first frame (cairo)", f"{cairo['app_peak_rss_mib'] / cairo['bare_peak_rss_mib']:.2f}×",
     f"{cairo['app_peak_rss_mib']:.1f} MiB vs {cairo['bare_peak_rss_mib']:.1f} MiB", ""),
    ("PSS growth over the soak", f"{soaked['pss_kib_after'] - soaked['pss_kib_before']:+d} KiB",
     f"{soaked['pss_kib_before'] / 1024:.1f} → {soaked['pss_kib_after'] / 1024:.1f} MiB; "
     f"files mapped {soaked['pss_file_kib_after'] - soaked['pss_file_kib_before']:+d} KiB", "within noise"),
    ("heap in use, growth over the soak", f"{soaked['heap_kib_after'] - soaked['heap_kib_before']:+d} KiB",
     f"{soaked['heap_kib_before'] / 1024:.1f} → {soaked['heap_kib_after'] / 1024:.1f} MiB (mallinfo2)",
     "within noise"),
    ("section switch in the window", f"{soaked['switch_us'] / 1000:.1f} ms", "whole page", ""),
    ("keystroke in the window (CPU, median)", f"{soaked['keystroke_median_us'] / 1000:.2f} ms",
     f"95th percentile {soaked['keystroke_p95_us'] / 1000:.2f} ms, worst "
     f"{soaked['keystroke_max_us'] / 1000:.1f} ms; wall, mean {soaked['keystroke_us'] / 1000:.2f} ms",
     "< 2 ms"),
    ("keystroke with its frame (CPU, median)",
     f"{results['keystrokes_with_frame']['keystroke_median_us'] / 1000:.2f} ms",
     f"95th percentile {results['keystrokes_with_frame']['keystroke_p95_us'] / 1000:.2f} ms, worst "
     f"{results['keystrokes_with_frame']['keystroke_max_us'] / 1000:.1f} ms; "
     f"before the frame {results['keystrokes_with_frame']['handler_median_us'] / 1000:.2f} ms", ""),
    ("CPU per idle minute", f"{results['idle_cpu_ms_per_min']['app']:.0f} ms",
     f"bare {results['idle_cpu_ms_per_min']['bare']:.0f} ms", "0 ms"),
]
for name, figures in (results["search"] or {}).items():
    rows.append((f"search keystroke, {name} dataset (model)", f"{figures['keystroke_median_us']:.1f} µs",
                 f"worst {figures['keystroke_worst_us']:.0f} µs, load {figures['load_ms']:.1f} ms, "
                 f"index {figures['build_ms']:.1f} ms", "≤ 50 µs" if name == "1×" else "linear"))
if results["flatpak"]:
    rows.append(("first frame in the Flatpak sandbox", f"{results['flatpak']['sandbox_s_median']:.3f} s",
                 "flatpak run included", ""))
if results["browser"]:
    chromium = results["browser"]
    rows += [
        ("Chromium on the source page: first frame (headless screenshot, paired)",
         f"{chromium['first_frame_ratio_median']:.2f}× madoguchi",
         f"{chromium['browser_s_median']:.3f} s vs {chromium['app_s_median']:.3f} s; CPU "
         f"{chromium['first_frame_cpu_ratio_median']:.2f}× ({chromium['browser_cpu_s_median']:.2f} s vs "
         f"{chromium['app_cpu_s_median']:.2f} s)", ""),
        ("Chromium on the source page: PSS (window, all processes)",
         f"{chromium['pss_mib'] / memory['app_pss_mib']:.2f}× madoguchi",
         f"{chromium['pss_mib']:.1f} MiB in {chromium['processes']} processes vs "
         f"{memory['app_pss_mib']:.1f} MiB; {chromium['pss_mib'] / memory['bare_pss_mib']:.2f}× the bare window", ""),
        ("Chromium on the source page: CPU per idle minute", f"{chromium['idle_cpu_ms_per_min']:.0f} ms",
         f"madoguchi {results['idle_cpu_ms_per_min']['app']:.0f} ms; {chromium['version']}; "
         f"page from {chromium['page']}", ""),
    ]

print(f"Madoguchi benchmark, {results['date']}, {results['machine']}, commit {results['commit']}")
print()
print("| measure | result | detail | target |")
print("|---|---|---|---|")
for row in rows:
    print("| " + " | ".join(row) + " |")
print()
print(f"Figures: {out}")
shutil.rmtree(work, ignore_errors=True)
