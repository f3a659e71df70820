# CPython: the daemon thread's loop waits forever; main ends, so the program ends: ok alive=1 log=['listening'] (10/10).
# weft explore: "complete", one outcome: deadlock (the coroutine of the daemon thread's loop is counted as stuck).
import asyncio
import threading

log = []


async def listener():
    ev = asyncio.Event()
    log.append("listening")
    await ev.wait()
    log.append("never")


def run_loop():
    asyncio.run(listener())


t = threading.Thread(target=run_loop, daemon=True)
t.start()
t.join(timeout=0.05)
alive = 1 if t.is_alive() else 0
