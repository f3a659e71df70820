"""Timer jitter of CPython on this machine: how late `asyncio.sleep` and `time.sleep` end, and how long
from `wait_for` setting its time-out to the wrapped coroutine's first step (which sets its sleep's timer).
The first two are what weft's time window must absorb; the last is all that can reorder two timers of one
event loop, which fires due timers in the order of their deadlines (docs/python.md, "Sleeps and the time
window"). Session 20 (helper s20window).

    ~/.pyenv/versions/3.11.7/bin/python bench/cpython/timer_jitter.py [N]   # N sleeps of each kind (300)
"""
import asyncio, time, threading, statistics, sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 300

def pct(xs, p):
    xs = sorted(xs); return xs[min(len(xs) - 1, int(p * len(xs)))]

def show(name, xs):
    ms = [x * 1e3 for x in xs]
    print(f"{name}: n={len(ms)} median={pct(ms,.5):.3f}ms p90={pct(ms,.9):.3f}ms p99={pct(ms,.99):.3f}ms max={max(ms):.3f}ms")

async def asyncio_overshoot(d):
    out = []
    loop = asyncio.get_running_loop()
    for _ in range(N):
        t = loop.time(); await asyncio.sleep(d); out.append(loop.time() - t - d)
    return out

async def set_gap():
    # wait_for sets its timer, then the task it wraps sets its sleep's timer on its first step: the
    # gap between the two set times is what a stall must exceed to reorder a 1 ms sleep and a 10 ms
    # time-out (a06's fast service).
    loop = asyncio.get_running_loop()
    gaps = []
    async def inner(t0):
        gaps.append(loop.time() - t0)
        await asyncio.sleep(0.001)
    for _ in range(N):
        t0 = loop.time()
        await asyncio.wait_for(inner(t0), timeout=0.01)
    return gaps

def thread_overshoot(d):
    out = []
    for _ in range(N):
        t = time.monotonic(); time.sleep(d); out.append(time.monotonic() - t - d)
    return out

async def main():
    show("asyncio.sleep(0.001) late by", await asyncio_overshoot(0.001))
    show("asyncio.sleep(0.01) late by", await asyncio_overshoot(0.01))
    show("wait_for timer set -> wrapped task's first step", await set_gap())

show("time.sleep(0.001) late by", thread_overshoot(0.001))
show("time.sleep(0.01) late by", thread_overshoot(0.01))
asyncio.run(main())
