"""Writes one program per (what is polled, the poll's sleep, the setter's delay, threads or coroutines):
a poller loops `while <not set>: sleep(d)` and a setter sets it after a delay. CPython ends every one of
them with `seen = 1`. Run: python3 gen.py; python3 cmp.py > ../../results/polls.txt."""
FLAGS = {
    "global": ("flag = 0\n", "flag == 0", "global flag\n    flag = 1"),
    "attribute": ("class Box:\n    value = 0\n\n\nbox = Box()\n", "box.value == 0", "box.value = 1"),
    "dict_item": ('state = {"ready": 0}\n', 'state["ready"] == 0', 'state["ready"] = 1'),
    "list_length": ("items = []\n", "len(items) == 0", "items.append(1)"),
}
POLLS = {"p0": "0", "p01ms": "0.0001", "p1ms": "0.001", "p10ms": "0.01"}
DELAYS = {"d05ms": "0.0005", "d2ms": "0.002", "d20ms": "0.02"}
for fname, (decl, test, setit) in FLAGS.items():
    for pname, poll in POLLS.items():
        for dname, delay in DELAYS.items():
            async_text = f'''"""asyncio: poll `{test}` every {poll} s; the setter sets it after {delay} s."""
import asyncio

{decl}seen = 0


async def setter():
    await asyncio.sleep({delay})
    {setit}


async def poller():
    global seen
    while {test}:
        await asyncio.sleep({poll})
    seen = 1


async def main():
    await asyncio.gather(poller(), setter())


asyncio.run(main())
print(seen)
'''
            thread_text = f'''"""threads: poll `{test}` every {poll} s; the setter sets it after {delay} s."""
import threading
import time

{decl}seen = 0


def setter():
    time.sleep({delay})
    {setit}


def poller():
    global seen
    while {test}:
        time.sleep({poll})
    seen = 1


threads = [threading.Thread(target=poller), threading.Thread(target=setter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
'''
            open(f"async__{fname}__{pname}__{dname}.py", "w").write(async_text)
            open(f"thread__{fname}__{pname}__{dname}.py", "w").write(thread_text)
