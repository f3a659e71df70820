# main runs its own loop to the end while a daemon thread's loop waits for ever.
import asyncio
import threading

log = []


async def listener():
    log.append("listening")
    ev = asyncio.Event()
    await ev.wait()


async def main_work():
    await asyncio.sleep(0.01)
    log.append("main done")


def run_loop():
    asyncio.run(listener())


t = threading.Thread(target=run_loop, daemon=True)
t.start()
asyncio.run(main_work())
count = len(log)
