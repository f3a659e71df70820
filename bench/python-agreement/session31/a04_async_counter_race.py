# BUG: the view counter is read, then the coroutine awaits (a database call), then writes: increments are lost
import asyncio

views = 0
log = []


async def fake_db_call():
    await asyncio.sleep(0)


async def record_view(user):
    global views
    current = views
    await fake_db_call()
    views = current + 1
    log.append(user)


async def main():
    users = ["u1", "u2", "u3", "u4"]
    await asyncio.gather(*[record_view(u) for u in users])


asyncio.run(main())
print("views:", views, "logged:", len(log))
print("lost:", len(log) - views)
