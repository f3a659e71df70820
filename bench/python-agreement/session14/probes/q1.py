# asyncio queue stealing
import asyncio

consumer_got = 0
main_took = 0


async def consumer(q):
    global consumer_got
    await q.get()
    consumer_got = 1


async def main():
    global main_took
    q = asyncio.Queue()
    t = asyncio.create_task(consumer(q))
    await asyncio.sleep(0.01)
    q.put_nowait(5)
    try:
        q.get_nowait()
        main_took = 1
    except asyncio.QueueEmpty:
        pass
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)


asyncio.run(main())
