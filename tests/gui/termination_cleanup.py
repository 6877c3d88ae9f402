#!/usr/bin/env python3
"""A GUI or screenshot run ended with SIGTERM or SIGINT exits cleanly (128 + signal) and leaves no
smo-trainer-XXXXXX scratch folder in TMPDIR (issue 10 item 11).

usage: termination_cleanup.py SMO_TRAINER_EXE
Re-runs itself under xvfb-run, then starts the app directly so the signal goes to the app itself.
"""
import glob
import os
import signal
import subprocess
import sys
import tempfile
import time

CASES = [
    ("screenshot, SIGTERM", signal.SIGTERM, ["--screenshot", "never.png", "--frames", "100000000"]),
    ("window, SIGTERM", signal.SIGTERM, []),
    ("window, SIGINT", signal.SIGINT, ["--screen", "library"]),
]


def run_case(exe, work, name, sig, args):
    env = dict(os.environ)
    tmp = os.path.join(work, "tmp")
    for sub in ("tmp", "config", "data", "state"):
        os.makedirs(os.path.join(work, sub), exist_ok=True)
    env.update(TMPDIR=tmp, XDG_CONFIG_HOME=os.path.join(work, "config"), XDG_DATA_HOME=os.path.join(work, "data"),
               XDG_STATE_HOME=os.path.join(work, "state"), SMO_TRAINER_LOG_TIMING="1")
    log_path = os.path.join(work, "app.log")
    with open(log_path, "w") as log:
        app = subprocess.Popen([exe] + args, env=env, cwd=work, stdout=log, stderr=log)
    deadline = time.time() + 60
    # first_frame_ms is printed after the first frame: the main loop is running.
    while "first_frame_ms" not in open(log_path).read():
        if app.poll() is not None or time.time() > deadline:
            app.kill()
            print(f"FAIL {name}: the app did not start\n" + open(log_path).read())
            return False
        time.sleep(0.1)
    app.send_signal(sig)
    try:
        code = app.wait(timeout=30)
    except subprocess.TimeoutExpired:
        app.kill()
        print(f"FAIL {name}: no exit within 30 s of the signal")
        return False
    left = glob.glob(os.path.join(tmp, "smo-trainer-*"))
    print(f"{name}: exit {code}, scratch folders left: {len(left)}")
    ok = True
    if left:
        print(f"FAIL {name}: left {left}")
        ok = False
    if code != 128 + sig:
        print(f"FAIL {name}: exit {code}, expected {128 + sig} (a clean exit after the signal)")
        ok = False
    if not ok:
        print(open(log_path).read())
    return ok


def main():
    exe = os.path.abspath(sys.argv[1])
    if "--inner" not in sys.argv:
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, os.path.abspath(__file__), exe, "--inner"]
        return subprocess.call(cmd)
    ok = True
    for name, sig, args in CASES:
        with tempfile.TemporaryDirectory() as work:
            ok = run_case(exe, work, name, sig, args) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
