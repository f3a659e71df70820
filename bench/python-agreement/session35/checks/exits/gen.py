"""Writes one program per (way the module's code ends the process, daemon or not): a thread sleeps 30 ms
and then sets `state = 2` and prints; the module sets `state = 1` and ends. Whether CPython's thread
finished is read from its output. Run: python3 gen.py; python3 cmp.py > ../../results/exits.txt."""
EXITS = {
    "sys_exit": ("import sys\n", "sys.exit(0)"),
    "exit_builtin": ("", "exit()"),
    "raise_systemexit": ("", "raise SystemExit(0)"),
    "os_exit": ("import os\nimport sys\n", "sys.stdout.flush()\nos._exit(0)"),
    "os_abort": ("import os\nimport sys\n", "sys.stdout.flush()\nos.abort()"),
    "fall_off_end": ("", "pass"),
}
for name, (imports, ending) in EXITS.items():
    for daemon in (False, True):
        text = f'''"""The module ends by `{ending.splitlines()[-1]}` while a {'daemon ' if daemon else ''}thread sleeps 30 ms."""
{imports}import threading
import time

state = 0


def slow():
    global state
    time.sleep(0.03)
    state = 2
    print("thread finished", flush=True)


threading.Thread(target=slow, daemon={daemon}).start()
state = 1
print("main done", flush=True)
{ending}
'''
        open(f"{name}__{'daemon' if daemon else 'plain'}.py", "w").write(text)
