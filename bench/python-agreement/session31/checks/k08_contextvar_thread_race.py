# two tasks set a ContextVar and read a shared counter between awaits; the var is per task, the counter is not
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anon")
hits = 0
log = []


async def serve(name):
    global hits
    user.set(name)
    current = hits
    await asyncio.sleep(0)
    hits = current + 1
    log.append(user.get())


async def main():
    await asyncio.gather(serve("ann"), serve("bob"))


asyncio.run(main())
print(hits, log)
