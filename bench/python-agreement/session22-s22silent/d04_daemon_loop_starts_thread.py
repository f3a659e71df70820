# A coroutine on a daemon thread's loop starts a thread without daemon=: it inherits the flag from
# the daemon thread (current_thread() is the loop's thread), so it does not keep the program alive.
import asyncio
import threading
import time

log = []
gate = threading.Event()


def slow_writer():
    gate.wait()
    log.append("late")


async def listener():
    threading.Thread(target=slow_writer).start()
    log.append("started")
    ev = asyncio.Event()
    await ev.wait()


def run_loop():
    asyncio.run(listener())


t = threading.Thread(target=run_loop, daemon=True)
t.start()
time.sleep(0.05)
count = len(log)
