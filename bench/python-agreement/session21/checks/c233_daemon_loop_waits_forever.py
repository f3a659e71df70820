# an event loop in a daemon thread waits forever on an asyncio.Event; main ends, so the program ends (ok)
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
