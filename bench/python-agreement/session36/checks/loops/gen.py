"""Writes random asyncio programs: 2-4 tasks, each a few steps among `await asyncio.sleep(0)`, a lock's
`async with`, a queue put or get (gets balanced by puts), an event set or wait, a read-modify-write of
a shared counter across an await, and a sub-coroutine awaited or started as a task. Only zero delays
and one event loop: CPython's log order is fixed, so weft must list that exact order.
Run here: python3 gen.py; python3 cmp.py > ../../results/loops.txt (cmp.py: the timers' comparison)."""
import random

HEAD = '''import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

'''


def task_body(rng, name, puts, gets, events_set, events_waited):
    lines = []
    for step in range(rng.randint(2, 4)):
        label = f"{name}{step}"
        kind = rng.choice(["sleep", "lock", "rmw", "helper", "subtask", "put", "get", "set", "wait", "sleep"])
        if kind == "sleep":
            lines.append(f'    log.append("{label}")\n    await asyncio.sleep(0)')
        elif kind == "lock":
            lines.append(f'    async with lock:\n        log.append("{label}+")\n        await asyncio.sleep(0)\n        log.append("{label}-")')
        elif kind == "rmw":
            lines.append(f'    global counter\n    seen = counter\n    await asyncio.sleep(0)\n    counter = seen + 1\n    log.append("{label}=" + str(counter))')
        elif kind == "helper":
            lines.append(f'    await helper("{label}")')
        elif kind == "subtask":
            lines.append(f'    sub = asyncio.create_task(helper("{label}"))\n    log.append("{label}>")\n    await sub')
        elif kind == "put":
            puts.append(label)
            lines.append(f'    await q.put("{label}")\n    log.append("{label}!")')
        elif kind == "get":
            gets.append(label)
            lines.append(f'    item = await q.get()\n    log.append("{label}<" + item)')
        elif kind == "set":
            events_set.append(label)
            lines.append(f'    ev.set()\n    log.append("{label}*")')
        else:
            events_waited.append(label)
            lines.append(f'    await ev.wait()\n    log.append("{label}~")')
    body = "\n".join(lines)
    # one `global` line at the top of the function
    if "global counter" in body:
        body = "    global counter\n" + body.replace("    global counter\n", "")
    return f"async def {name}(q, ev, lock):\n" + body + "\n"


def program(rng):
    names = ["a", "b", "c", "d"][: rng.randint(2, 4)]
    puts, gets, events_set, events_waited = [], [], [], []
    bodies = [task_body(rng, n, puts, gets, events_set, events_waited) for n in names]
    extra = []
    # balance the queue and the event so that nothing waits for ever
    for _ in range(len(gets) - len(puts)):
        extra.append('    await q.put("main")')
    if events_waited and not events_set:
        extra.append("    ev.set()")
    main = ("async def main():\n    q = asyncio.Queue()\n    ev = asyncio.Event()\n    lock = asyncio.Lock()\n"
            + "    tasks = [" + ", ".join(f"asyncio.create_task({n}(q, ev, lock))" for n in names) + "]\n"
            + "    await asyncio.sleep(0)\n" + "".join(line + "\n" for line in extra)
            + "    await asyncio.gather(*tasks)\n    log.append(\"left=\" + str(q.qsize()))\n")
    return HEAD + "\n\n".join(bodies) + "\n\n" + main + "\n\nasyncio.run(main())\nprint(log)\n"


if __name__ == "__main__":
    rng = random.Random(3636)
    for n in range(40):
        with open(f"l{n:02d}.py", "w") as out:
            out.write(f'"""Random zero-delay asyncio program (seed 3636, number {n})."""\n' + program(rng))
