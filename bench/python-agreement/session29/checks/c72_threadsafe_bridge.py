import asyncio
import threading
import time

received = []


async def main():
    loop = asyncio.get_running_loop()
    done = asyncio.Event()

    def from_thread():
        for n in (1, 2):
            time.sleep(0.001)
            loop.call_soon_threadsafe(received.append, n)
        loop.call_soon_threadsafe(done.set)

    threading.Thread(target=from_thread).start()
    await done.wait()


asyncio.run(main())
print(received)
