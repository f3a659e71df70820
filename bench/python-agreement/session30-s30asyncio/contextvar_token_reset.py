import asyncio
import contextvars

current_user = contextvars.ContextVar("current_user", default="anonymous")
seen = []
after_reset = []


async def audit(action: str) -> None:
    await asyncio.sleep(0.001)
    seen.append(f"{current_user.get()}:{action}")


async def as_user(user: str, action: str) -> None:
    token = current_user.set(user)
    try:
        await audit(action)
    finally:
        current_user.reset(token)
    await asyncio.sleep(0.001)
    after_reset.append(current_user.get())


async def main() -> None:
    current_user.set("admin")
    await asyncio.gather(as_user("alice", "read"), as_user("bob", "write"))
    await as_user("carol", "delete")
    after_reset.append(current_user.get())


asyncio.run(main())
final_user = current_user.get()
print(sorted(seen), after_reset, final_user)
