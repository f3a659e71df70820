# A thread that is no daemon runs a loop that waits with a time-out: main's end waits for it.
import asyncio
import threading

log = []


async def listener():
    ev = asyncio.Event()
    log.append("listening")
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.1)
    except asyncio.TimeoutError:
        log.append("timed out")


def run_loop():
    asyncio.run(listener())


t = threading.Thread(target=run_loop)
t.start()
t.join(timeout=0.01)
alive = 1 if t.is_alive() else 0
