# A daemon thread's event loop makes a child task; both wait on an Event no one sets when main ends.
# CPython: ok, the daemon thread and its loop stop at the interpreter's exit.
import asyncio
import threading

log = []


async def child(ev):
    log.append("child")
    await ev.wait()
    log.append("child never")


async def listener():
    ev = asyncio.Event()
    task = asyncio.create_task(child(ev))
    log.append("listening")
    await task
    log.append("never")


def run_loop():
    asyncio.run(listener())


t = threading.Thread(target=run_loop, daemon=True)
t.start()
t.join(timeout=0.05)
alive = 1 if t.is_alive() else 0
